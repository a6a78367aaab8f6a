"""The settings contract: names, defaults, and one clear line for each bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.runtime.settings import SettingsError, load_settings

APP_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

def test_defaults(tmp_path: Path) -> None:
    s = load_settings({}, cwd=tmp_path)
    assert s.database_url == f"sqlite:///{tmp_path / 'brukarbot.db'}"
    assert s.timezone == "Europe/Stockholm"
    assert s.language == "sv"
    assert s.slack_api_url == "https://slack.com/api/"
    assert s.port == 3000
    assert s.public_url is None
    assert s.teams_app_id is None
    assert not s.has_slack_tokens


def test_all_variables_are_read(tmp_path: Path) -> None:
    s = load_settings(
        {
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": "sec",
            "SLACK_APP_TOKEN": "xapp-1",
            "SLACK_API_URL": "http://127.0.0.1:9999/api",
            "DATABASE_URL": "postgresql://u@h/db",
            "BOT_TIMEZONE": "Europe/Helsinki",
            "BOT_LANGUAGE": "en",
            "SMTP_URL": "smtp://localhost:25",
            "MAIL_FROM": "bot@example.org",
            "PORT": "8080",
            "PUBLIC_URL": "https://brukarbot.example.org/",
            "TEAMS_APP_ID": "0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D",
        },
        cwd=tmp_path,
    )
    assert s.has_slack_tokens
    assert s.slack_api_url == "http://127.0.0.1:9999/api/"
    assert s.database_url == "postgresql+psycopg://u@h/db"
    assert (s.timezone, s.language, s.port) == ("Europe/Helsinki", "en", 8080)
    assert s.smtp_url == "smtp://localhost:25"
    assert s.mail_from == "bot@example.org"
    assert s.public_url == "https://brukarbot.example.org"
    assert s.teams_app_id == "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


@pytest.mark.parametrize(
    ("variable", "value", "fragment"),
    [
        ("DATABASE_URL", "inte en adress", "ingen databasadress"),
        ("DATABASE_URL", "mysql://u@h/db", "stöds inte"),
        ("BOT_TIMEZONE", "Europe/Atlantis", "ingen känd tidszon"),
        ("BOT_LANGUAGE", "fi", "välj sv eller en"),
        ("SLACK_API_URL", "ftp://x", "http(s)"),
        ("PORT", "tjugo", "portnummer"),
        ("SMTP_URL", "mail.example.org", "smtp://"),
        ("PUBLIC_URL", "brukarbot.example.org", "http(s)"),
        ("TEAMS_APP_ID", "brukarbot", "GUID"),
        ("IMAP_URL", "imap.example.org", "imaps://"),
        ("IMAP_URL", "pop3://u:p@mail.example.org", "imaps://"),
        ("IMAP_URL", "imaps://mail.example.org", "imaps://"),  # no login
        ("IMAP_URL", "imaps://u:p@mail.example.org:tio", "portnummer"),
        ("IMAP_URL", "imaps://u:p@mail.example.org/INBOX", "SMTP_URL"),  # answers need it
    ],
)
def test_a_bad_value_names_the_variable_in_one_line(
    variable: str, value: str, fragment: str, tmp_path: Path
) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings({variable: value}, cwd=tmp_path)
    message = str(err.value)
    assert message.startswith(f"{variable}: ")
    assert fragment in message
    assert "\n" not in message


def test_the_mailbox_is_read_with_a_mail_server_to_answer_by(tmp_path: Path) -> None:
    s = load_settings(
        {
            "SMTP_URL": "smtps://u:p@mail.example.org",
            "IMAP_URL": "imaps://radet%40example.org:p@mail.example.org/Brukarr%C3%A5d",
            "MAIL_AUTHSERV_ID": "mx.example.org",
        },
        cwd=tmp_path,
    )
    assert s.imap_url == "imaps://radet%40example.org:p@mail.example.org/Brukarr%C3%A5d"
    assert s.mail_authserv_id == "mx.example.org"
    assert load_settings({}, cwd=tmp_path).imap_url is None


def test_microsoft_365_is_reached_with_the_apps_credentials(tmp_path: Path) -> None:
    app = {"MAIL_OAUTH_CLIENT_ID": "id", "MAIL_OAUTH_CLIENT_SECRET": "hemligt"}
    s = load_settings({**app, "MAIL_OAUTH_TENANT": "kommun.onmicrosoft.com"}, cwd=tmp_path)
    assert s.mail_oauth is not None
    assert (s.mail_oauth.client_id, s.mail_oauth.client_secret) == ("id", "hemligt")
    assert s.mail_oauth.authority == "https://login.microsoftonline.com/kommun.onmicrosoft.com"
    other = load_settings(
        {**app, "MAIL_OAUTH_AUTHORITY": "https://login.microsoftonline.us/tenant/"}, cwd=tmp_path
    )
    assert other.mail_oauth is not None
    assert other.mail_oauth.authority == "https://login.microsoftonline.us/tenant"
    assert load_settings({}, cwd=tmp_path).mail_oauth is None


def test_teams_is_on_with_the_bots_app_id_and_secret(tmp_path: Path) -> None:
    bot = {"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": "hemligt"}
    s = load_settings(bot, cwd=tmp_path)
    assert s.teams is not None
    assert (s.teams.app_id, s.teams.password, s.teams.tenant) == (APP_ID, "hemligt", None)
    assert s.teams.openid_url == "https://login.botframework.com/v1/.well-known/openidconfiguration"
    local = {"TEAMS_OPENID_URL": "http://127.0.0.1:9/v1/openid", "TEAMS_LOGIN_URL": "http://x/"}
    other = load_settings({**bot, **local, "TEAMS_TENANT_ID": "t1"}, cwd=tmp_path)
    assert other.teams is not None
    assert (other.teams.openid_url, other.teams.login_url, other.teams.tenant) == (
        "http://127.0.0.1:9/v1/openid",
        "http://x",
        "t1",
    )
    assert load_settings({}, cwd=tmp_path).teams is None
    # The app id alone is the app package's (python -m bot teams-app): no /api/messages.
    assert load_settings({"TEAMS_APP_ID": APP_ID}, cwd=tmp_path).teams is None


@pytest.mark.parametrize(
    ("env", "variable", "fragment"),
    [
        (
            {"MAIL_OAUTH_CLIENT_ID": "id", "MAIL_OAUTH_TENANT": "t"},
            "MAIL_OAUTH_CLIENT_SECRET",
            "behövs",
        ),
        ({"MAIL_OAUTH_CLIENT_SECRET": "s"}, "MAIL_OAUTH_CLIENT_ID", "behövs"),
        (
            {"MAIL_OAUTH_CLIENT_ID": "id", "MAIL_OAUTH_CLIENT_SECRET": "s"},
            "MAIL_OAUTH_TENANT",
            "tenant",
        ),
        ({"MAIL_OAUTH_AUTHORITY": "http://login.example.org/t"}, "MAIL_OAUTH_AUTHORITY", "https"),
        ({"MAIL_OAUTH_AUTHORITY": "https://login.example.org"}, "MAIL_OAUTH_AUTHORITY", "tenant"),
        ({"TEAMS_APP_PASSWORD": "s"}, "TEAMS_APP_ID", "behövs"),
        (
            {"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": "s", "TEAMS_OPENID_URL": "login"},
            "TEAMS_OPENID_URL",
            "http(s)",
        ),
    ],
)
def test_the_apps_credentials_come_whole_or_not_at_all(
    env: dict[str, str], variable: str, fragment: str, tmp_path: Path
) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(env, cwd=tmp_path)
    message = str(err.value)
    assert message.startswith(f"{variable}: ") and fragment in message and "\n" not in message


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgres://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_database_urls_as_hosting_platforms_hand_them_out(
    given: str, used: str, tmp_path: Path
) -> None:
    assert load_settings({"DATABASE_URL": given}, cwd=tmp_path).database_url == used


def test_a_driver_we_do_not_install_is_refused_with_what_works(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings({"DATABASE_URL": "postgresql+psycopg2://u@h/db"}, cwd=tmp_path)
    assert str(err.value).startswith("DATABASE_URL: ")
    assert "postgresql://" in str(err.value)


def test_a_secret_is_read_from_the_file_its_name_file_names(tmp_path: Path) -> None:
    (tmp_path / "token").write_text("xoxb-from-a-file\n", encoding="utf-8")
    (tmp_path / "db").write_text("postgres://u@h/db", encoding="utf-8")
    s = load_settings(
        {
            "SLACK_BOT_TOKEN_FILE": str(tmp_path / "token"),
            "DATABASE_URL_FILE": str(tmp_path / "db"),
        },
        cwd=tmp_path,
    )
    assert s.slack_bot_token == "xoxb-from-a-file"  # the file's last newline is not the token's
    assert s.database_url == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_BOT_TOKEN_FILE": "/run/secrets/t"}, "inte båda"),
        ({"SLACK_BOT_TOKEN_FILE": "/no/such/file"}, "går inte att läsa"),
    ],
)
def test_a_secret_file_that_cannot_be_used_is_named(
    env: dict[str, str], fragment: str, tmp_path: Path
) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(env, cwd=tmp_path)
    assert str(err.value).startswith("SLACK_BOT_TOKEN_FILE: ")
    assert fragment in str(err.value)


def test_logging_settings(tmp_path: Path) -> None:
    assert (
        load_settings({}, cwd=tmp_path).log_level,
        load_settings({}, cwd=tmp_path).log_format,
    ) == (
        "INFO",
        "text",
    )
    s = load_settings({"LOG_LEVEL": "warning", "LOG_FORMAT": "json"}, cwd=tmp_path)
    assert (s.log_level, s.log_format) == ("WARNING", "json")
    for variable, value in (("LOG_LEVEL", "LOUD"), ("LOG_FORMAT", "xml")):
        with pytest.raises(SettingsError) as err:
            load_settings({variable: value}, cwd=tmp_path)
        assert str(err.value).startswith(f"{variable}: ") and "välj" in str(err.value)

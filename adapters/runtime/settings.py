"""Configuration from the environment (contract: the variable names are used by deployments).

Every problem stops start-up with one line that names the variable and what is wrong,
in Swedish and English, because an operator may read either. Any of them may come from a
file instead, `NAME_FILE`, as Docker and Kubernetes hand secrets over. `python -m bot --help`
lists them (adapters/cli/main.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_DATABASE_FILE = "brukarbot.db"
LANGUAGES = ("sv", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("text", "json")


MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/"
# The Bot Framework's: where Teams' signing keys are published, and where a bot gets its token.
TEAMS_OPENID_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
TEAMS_LOGIN_URL = "https://login.microsoftonline.com"


class SettingsError(ValueError):
    """A configuration value is unusable; str() is the one line to show the operator."""


@dataclass(frozen=True)
class MailOAuth:
    """OAuth2 client credentials for the mail servers (Microsoft 365, which takes no
    passwords): SMTP and IMAP log in by XOAUTH2 as the user their URL names."""

    client_id: str
    client_secret: str
    authority: str  # https://login.microsoftonline.com/<tenant>


@dataclass(frozen=True)
class TeamsBot:
    """The bot registered for Teams (an Entra app and an Azure Bot): its app id, which every
    token Teams sends must be addressed to, and its client secret, with which it gets its
    own tokens; `tenant` for a single-tenant bot (None: multi-tenant, botframework.com).
    `openid_url` says where Teams' signing keys are published and `login_url` where tokens
    are got (the local Teams stands in for both in tests and the sandbox)."""

    app_id: str
    password: str
    tenant: str | None = None
    openid_url: str = TEAMS_OPENID_URL
    login_url: str = TEAMS_LOGIN_URL


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str | None
    slack_signing_secret: str | None
    slack_app_token: str | None
    slack_api_url: str
    database_url: str
    timezone: str
    language: str
    smtp_url: str | None
    mail_from: str | None
    port: int
    public_url: str | None  # where people reach `serve` (links to the member page)
    log_level: str = "INFO"
    log_format: str = "text"
    # The mailbox members write to (adapters/mail/imap.py); None: no email is read.
    imap_url: str | None = None
    # Whose Authentication-Results headers to believe (the receiving server's authserv-id).
    mail_authserv_id: str | None = None
    mail_oauth: MailOAuth | None = None
    # Microsoft Teams: the bot's Microsoft App ID (its Entra app's); None: no Teams.
    teams_app_id: str | None = None
    teams: TeamsBot | None = None  # None: no Teams (nothing on /api/messages)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def has_slack_tokens(self) -> bool:
        return bool(self.slack_bot_token and self.slack_app_token)

    @property
    def has_chat(self) -> bool:
        """Whether messages can go to a chat: Slack's bot token, or Teams' bot (a
        deployment for Teams alone has no Slack token)."""
        return bool(self.slack_bot_token) or self.teams is not None


def _problem(variable: str, sv: str, en: str) -> SettingsError:
    return SettingsError(f"{variable}: {sv} / {en}")


def _database_url(raw: str | None, cwd: Path) -> str:
    if not raw:
        return f"sqlite:///{cwd / DEFAULT_DATABASE_FILE}"
    try:
        url = make_url(raw)
    except ArgumentError:
        raise _problem(
            "DATABASE_URL",
            f"'{raw}' är ingen databasadress; skriv t.ex. sqlite:///brukarbot.db "
            "eller postgresql+psycopg://user@host/db",
            f"'{raw}' is not a database URL; e.g. sqlite:///brukarbot.db",
        ) from None
    if url.drivername in ("postgres", "postgresql"):
        # postgres:// is what Heroku, Render and Scalingo hand out; psycopg 3 is what we
        # install, and SQLAlchemy's bare name would look for psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in ("sqlite", "postgresql+psycopg"):
        raise _problem(
            "DATABASE_URL",
            f"databasen '{url.drivername}' stöds inte; använd sqlite:///fil.db eller "
            "postgresql://användare@värd/databas",
            f"'{url.drivername}' is not supported; use sqlite:///file.db or "
            "postgresql://user@host/database",
        )
    return url.render_as_string(hide_password=False)


def _timezone(raw: str | None) -> str:
    name = raw or "Europe/Stockholm"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _problem(
            "BOT_TIMEZONE",
            f"'{name}' är ingen känd tidszon; skriv t.ex. Europe/Stockholm",
            f"'{name}' is not a known time zone; e.g. Europe/Stockholm",
        ) from None
    return name


def _language(raw: str | None) -> str:
    lang = (raw or "sv").lower()
    if lang not in LANGUAGES:
        raise _problem(
            "BOT_LANGUAGE",
            f"'{raw}' stöds inte; välj sv eller en",
            f"'{raw}' is not supported; choose sv or en",
        )
    return lang


def _api_url(raw: str | None) -> str:
    url = raw or DEFAULT_API_URL
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise _problem(
            "SLACK_API_URL",
            f"'{url}' är ingen http(s)-adress; standard är {DEFAULT_API_URL}",
            f"'{url}' is not an http(s) URL; default is {DEFAULT_API_URL}",
        )
    return url if url.endswith("/") else url + "/"


def _port(raw: str | None) -> int:
    if not raw:
        return 3000
    if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 65536:
        raise _problem(
            "PORT",
            f"'{raw}' är inget portnummer (1–65535)",
            f"'{raw}' is not a port number (1–65535)",
        )
    return int(raw)


def _smtp_url(raw: str | None) -> str | None:
    if not raw:
        return None
    if urlparse(raw).scheme not in ("smtp", "smtps", "smtp+starttls"):
        raise _problem(
            "SMTP_URL",
            f"'{raw}' ska börja med smtp://, smtps:// eller smtp+starttls://",
            f"'{raw}' must start with smtp://, smtps:// or smtp+starttls://",
        )
    return raw


IMAP_SCHEMES = ("imap", "imaps", "imap+starttls")


def _imap_url(raw: str | None, smtp_url: str | None) -> str | None:
    """The mailbox to read: a login is needed, and answers go out by SMTP."""
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in IMAP_SCHEMES or not parsed.hostname or not parsed.username:
        raise _problem(
            "IMAP_URL",
            f"'{raw}' ska vara imaps://användare:lösenord@värd[:993][/mapp] "
            "(eller imap://, imap+starttls://)",
            f"'{raw}' must be imaps://user:password@host[:993][/folder] "
            "(or imap://, imap+starttls://)",
        )
    try:
        parsed.port  # noqa: B018 (raises on a port that is no number)
    except ValueError:
        raise _problem(
            "IMAP_URL", f"'{raw}' har inget giltigt portnummer", f"'{raw}' has no valid port"
        ) from None
    if smtp_url is None:
        raise _problem(
            "IMAP_URL",
            "e-post läses bara när SMTP_URL också är satt (svaren skickas med e-post)",
            "email is read only when SMTP_URL is set too (the answers go by email)",
        )
    return raw


def _mail_oauth(env: _Environment) -> MailOAuth | None:
    """MAIL_OAUTH_CLIENT_ID, MAIL_OAUTH_CLIENT_SECRET and MAIL_OAUTH_TENANT together (or
    MAIL_OAUTH_AUTHORITY instead of the tenant: another cloud's, an https URL), or none."""
    client_id, secret = env.get("MAIL_OAUTH_CLIENT_ID"), env.get("MAIL_OAUTH_CLIENT_SECRET")
    tenant, authority = env.get("MAIL_OAUTH_TENANT"), env.get("MAIL_OAUTH_AUTHORITY")
    if not (client_id or secret or tenant or authority):
        return None
    if authority:
        parsed = urlparse(authority)
        if parsed.scheme != "https" or not parsed.hostname or not parsed.path.strip("/"):
            raise _problem(
                "MAIL_OAUTH_AUTHORITY",
                f"'{authority}' ska vara en https-adress med tenant, t.ex. "
                "https://login.microsoftonline.com/<tenant-id>",
                f"'{authority}' must be an https URL with the tenant, e.g. "
                "https://login.microsoftonline.com/<tenant-id>",
            )
    missing = [
        name
        for name, value in (
            ("MAIL_OAUTH_CLIENT_ID", client_id),
            ("MAIL_OAUTH_CLIENT_SECRET", secret),
            ("MAIL_OAUTH_TENANT", tenant or authority),
        )
        if not value
    ]
    if missing:
        raise _problem(
            missing[0],
            "behövs med de andra MAIL_OAUTH-inställningarna (appens id, hemlighet och tenant)",
            "is needed with the other MAIL_OAUTH settings (the app's id, secret and tenant)",
        )
    assert client_id and secret
    return MailOAuth(client_id, secret, (authority or f"{MICROSOFT_AUTHORITY}{tenant}").rstrip("/"))


def _teams(env: _Environment, app_id: str | None) -> TeamsBot | None:
    """The bot Teams talks to: TEAMS_APP_PASSWORD with TEAMS_APP_ID (the id alone is for the
    app package), or no Teams on /api/messages."""
    password = env.get("TEAMS_APP_PASSWORD")
    if not password:
        return None
    if not app_id:
        raise _problem(
            "TEAMS_APP_ID",
            "behövs med TEAMS_APP_PASSWORD (botens Microsoft App ID och klienthemlighet)",
            "is needed with TEAMS_APP_PASSWORD (the bot's Microsoft App ID and client secret)",
        )
    return TeamsBot(
        app_id=app_id,
        password=password,
        tenant=env.get("TEAMS_TENANT_ID"),
        openid_url=_https_url("TEAMS_OPENID_URL", env.get("TEAMS_OPENID_URL"), TEAMS_OPENID_URL),
        login_url=_https_url("TEAMS_LOGIN_URL", env.get("TEAMS_LOGIN_URL"), TEAMS_LOGIN_URL),
    )


def _https_url(variable: str, raw: str | None, default: str) -> str:
    """An http(s) URL (http for the local Teams on this machine), without its last slash."""
    if not raw:
        return default
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise _problem(
            variable,
            f"'{raw}' är ingen http(s)-adress; standard är {default}",
            f"'{raw}' is not an http(s) URL; default is {default}",
        )
    return raw.rstrip("/")


def _public_url(raw: str | None) -> str | None:
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or parsed.query:
        raise _problem(
            "PUBLIC_URL",
            f"'{raw}' är ingen http(s)-adress, t.ex. https://brukarbot.example.org",
            f"'{raw}' is not an http(s) URL, e.g. https://brukarbot.example.org",
        )
    return raw.rstrip("/")


GUID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", re.I)


def _teams_app_id(raw: str | None) -> str | None:
    if not raw:
        return None
    if not GUID.fullmatch(raw):
        raise _problem(
            "TEAMS_APP_ID",
            f"'{raw}' är inget app-id; skriv botens Microsoft App ID (ett GUID, t.ex. "
            "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d) från Azure Bot eller Entra",
            f"'{raw}' is not an app id; give the bot's Microsoft App ID (a GUID) from Azure "
            "Bot or Entra",
        )
    return raw.lower()


def _one_of(raw: str | None, variable: str, choices: tuple[str, ...], default: str) -> str:
    value = raw or default
    if value not in choices:
        raise _problem(
            variable,
            f"'{raw}' går inte; välj {' eller '.join(choices)}",
            f"'{raw}' will not do; choose {' or '.join(choices)}",
        )
    return value


class _Environment:
    """The variables, each from NAME or else from the file NAME_FILE names (its last newline
    off)."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env

    def get(self, name: str) -> str | None:
        path = self._env.get(f"{name}_FILE")
        if not path:
            return self._env.get(name) or None
        if self._env.get(name):
            raise _problem(
                f"{name}_FILE",
                f"sätt antingen {name} eller {name}_FILE, inte båda",
                f"set either {name} or {name}_FILE, not both",
            )
        try:
            return Path(path).read_text(encoding="utf-8").removesuffix("\n") or None
        except (OSError, UnicodeDecodeError) as err:
            raise _problem(
                f"{name}_FILE",
                f"filen '{path}' går inte att läsa ({type(err).__name__})",
                f"cannot read the file '{path}' ({type(err).__name__})",
            ) from None


def load_settings(env: Mapping[str, str] | None = None, *, cwd: Path | None = None) -> Settings:
    """Read and validate the settings; raises SettingsError on the first bad variable."""
    env = _Environment(os.environ if env is None else env)
    cwd = Path.cwd() if cwd is None else cwd
    smtp_url = _smtp_url(env.get("SMTP_URL"))
    return Settings(
        slack_bot_token=env.get("SLACK_BOT_TOKEN"),
        slack_signing_secret=env.get("SLACK_SIGNING_SECRET"),
        slack_app_token=env.get("SLACK_APP_TOKEN"),
        slack_api_url=_api_url(env.get("SLACK_API_URL")),
        database_url=_database_url(env.get("DATABASE_URL"), cwd),
        timezone=_timezone(env.get("BOT_TIMEZONE")),
        language=_language(env.get("BOT_LANGUAGE")),
        smtp_url=smtp_url,
        mail_from=env.get("MAIL_FROM"),
        port=_port(env.get("PORT")),
        public_url=_public_url(env.get("PUBLIC_URL")),
        log_level=_one_of(
            (env.get("LOG_LEVEL") or "").upper() or None, "LOG_LEVEL", LOG_LEVELS, "INFO"
        ),
        log_format=_one_of(env.get("LOG_FORMAT"), "LOG_FORMAT", LOG_FORMATS, "text"),
        imap_url=_imap_url(env.get("IMAP_URL"), smtp_url),
        mail_authserv_id=env.get("MAIL_AUTHSERV_ID"),
        mail_oauth=_mail_oauth(env),
        teams_app_id=_teams_app_id(env.get("TEAMS_APP_ID")),
        teams=_teams(env, _teams_app_id(env.get("TEAMS_APP_ID"))),
    )

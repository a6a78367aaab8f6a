"""The Teams app package (adapters.teams.package, `python -m bot teams-app`): a zip with a
manifest valid by Microsoft's manifest schema 1.29 (tests/schemas), the bot in personal, team
and group chats with the same commands as the Slack app, the message extension "Lägg till som
punkt", and its two icons at the sizes Teams takes."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from PIL import Image

from adapters.teams.package import ADD_AS_POINT, package
from bot.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(
    (ROOT / "tests" / "schemas" / "MicrosoftTeams-1.29.schema.json").read_text(encoding="utf-8")
)
APP_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
SITE = "https://brukarbot.example.org"


def _opened(zipped: bytes) -> tuple[dict[str, Any], dict[str, Image.Image]]:
    with zipfile.ZipFile(io.BytesIO(zipped)) as files:
        assert sorted(files.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(files.read("manifest.json"))
        icons = {
            name: Image.open(io.BytesIO(files.read(name))) for name in manifest["icons"].values()
        }
    return manifest, icons


def test_the_package_holds_a_manifest_valid_by_teams_schema_and_icons_of_the_right_sizes() -> None:
    manifest, icons = _opened(package(APP_ID, SITE))
    # Not jsonschema.validate: it checks the schema first, whose ECMAScript patterns (\p{L},
    # in parts a bot's manifest has not) Python's re cannot read.
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(manifest)
    # The schema is draft-04, which reads no `const`: the version it pins is checked here.
    assert manifest["manifestVersion"] == SCHEMA["properties"]["manifestVersion"]["const"]
    assert manifest["$schema"].endswith(
        f"/v{manifest['manifestVersion']}/MicrosoftTeams.schema.json"
    )
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["developer"]["websiteUrl"] == SITE + "/"
    assert manifest["validDomains"] == ["brukarbot.example.org"]
    color, outline = icons[manifest["icons"]["color"]], icons[manifest["icons"]["outline"]]
    assert (color.format, color.size, outline.format, outline.size) == (
        "PNG",
        (192, 192),
        "PNG",
        (32, 32),
    )
    # The outline icon is white on transparent, as Teams requires; the color icon is not.
    pixels = outline.convert("RGBA").tobytes()
    shown = [tuple(pixels[i : i + 4]) for i in range(0, len(pixels), 4) if pixels[i + 3]]
    assert shown and all(p[:3] == (255, 255, 255) for p in shown)
    assert any(p[3] == 255 for p in shown) and len(shown) < 32 * 32 / 2
    assert color.convert("RGBA").getpixel((20, 96)) == (0x2C, 0x5F, 0x2D, 255)
    assert package(APP_ID, SITE) == package(APP_ID, SITE)  # the same settings, the same bytes


def test_the_bot_answers_the_slack_apps_commands_everywhere_and_adds_a_message_as_a_point() -> None:
    manifest, _ = _opened(package(APP_ID, SITE))
    slack = yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))
    [bot] = manifest["bots"]
    assert sorted(bot["scopes"]) == ["groupChat", "personal", "team"]
    [commands] = bot["commandLists"]
    assert sorted(commands["scopes"]) == sorted(bot["scopes"])
    titles = [c["title"] for c in commands["commands"]]
    assert titles == [c["command"].removeprefix("/") for c in slack["features"]["slash_commands"]]
    assert all(c["description"] for c in commands["commands"])
    [extension] = manifest["composeExtensions"]
    [command] = extension["commands"]
    [shortcut] = slack["features"]["shortcuts"]
    assert (command["id"], command["title"]) == (shortcut["callback_id"], shortcut["name"])
    assert command["id"] == ADD_AS_POINT
    assert (command["type"], command["context"], extension["botId"]) == (
        "action",
        ["message"],
        APP_ID,
    )


def test_the_command_writes_the_package_from_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brukarbot-teams.zip"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.delenv("TEAMS_APP_ID", raising=False)
    monkeypatch.setenv("PUBLIC_URL", SITE)
    assert main(["teams-app", "--out", str(out)]) == 2
    assert capsys.readouterr().err.startswith("TEAMS_APP_ID: ")
    monkeypatch.setenv("TEAMS_APP_ID", APP_ID.upper())
    monkeypatch.delenv("PUBLIC_URL")
    assert main(["teams-app", "--out", str(out)]) == 2
    assert capsys.readouterr().err.startswith("PUBLIC_URL: ")
    assert not out.exists()
    monkeypatch.setenv("PUBLIC_URL", SITE)
    assert main(["teams-app", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    manifest, _ = _opened(out.read_bytes())
    assert manifest["id"] == APP_ID

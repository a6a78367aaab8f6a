"""The Teams app package: manifest.json (schema 1.29) and the two icons in one zip, which an
administrator uploads to Teams (README: "Microsoft Teams").

The bot is the app (its Microsoft App ID is the app's id and the bot's), in a team's
channels, group chats and a personal chat. Teams has no slash commands: the commands are the
same words written to the bot (`@Brukarbot punkt Parkeringen`), declared here so Teams suggests
them, one for each of the Slack app's slash commands (slack/manifest.yml). The message extension
"Lägg till som punkt" is Slack's message shortcut: an action on a message, which the bot
answers when asked for its task (fetchTask: it takes the message as the point, as Slack's does).
"""

from __future__ import annotations

import io
import json
import zipfile
from importlib.metadata import version
from typing import Any
from urllib.parse import urlparse

from adapters.teams.icons import GREEN, color_icon, outline_icon

MANIFEST_VERSION = "1.29"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
COLOR, OUTLINE = "color.png", "outline.png"
ADD_AS_POINT = "add_as_point"  # the Slack shortcut's callback id, the extension's command id
SCOPES = ["personal", "team", "groupChat"]
# Each command as it is written to the bot in Teams, and what it does (Teams shows both).
COMMANDS = (
    ("brukarrad", "Brukarrådet i kanalen: skapa <namn>, ledamot @person <roll>, visa, logg"),
    ("mote", "Planera, visa, flytta och ställ in möten: mote torsdag 11 mars kl 13-16"),
    ("punkt", "Skicka en punkt till dagordningen: punkt Parkeringen[: beskrivning]"),
    ("dagordning", "Nästa mötes dagordning och varje punkts status"),
    ("kallelse", "Förhandsvisa och skicka kallelsen; underlag, syfte, fika, förkortningar"),
    ("paminnelser", "Vilka påminnelser du får och när, eller pausa dem"),
    ("narvaro", "Svara på kallelsen (kommer, kommer inte), checka in, närvarolistan"),
    ("arvode", "Arvodesunderlag, ditt eget eller allas för sekreteraren"),
    ("protokoll", "Protokollet: rader under mötet, utkast, justering och publicering"),
    ("atgard", "Rådets öppna åtgärder, och markera en som klar"),
    ("minadata", "Se, exportera eller radera det som är sparat om dig"),
    ("arbetsgrupp", "Arbetsgrupper: tillsätts av stormötet, egna möten, rapport tills de stängs"),
)
FIXED = (1980, 1, 1, 0, 0, 0)  # every file's time in the zip: the same settings, the same bytes


def manifest(app_id: str, public_url: str) -> dict[str, Any]:
    """The app's manifest: `app_id` the Entra app's (the Azure Bot's Microsoft App ID),
    `public_url` where the bot is served (its site, and its domain)."""
    site = public_url.rstrip("/") + "/"
    return {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": version("brukarbot"),
        "id": app_id,
        "localizationInfo": {"defaultLanguageTag": "sv-se"},
        "developer": {
            "name": "Brukarbot",
            "websiteUrl": site,
            "privacyUrl": site,
            "termsOfUseUrl": site,
        },
        "name": {"short": "Brukarbot", "full": "Brukarbot: brukarrådets mötescykel"},
        "description": {
            "short": "Dagordning, kallelser, påminnelser, närvaro och protokoll för brukarråd.",
            "full": (
                "Brukarbot sköter mötescykeln i brukarråd: föreningarnas företrädare lämnar "
                "punkter till dagordningen i chatten, sekreteraren skickar kallelsen, alla får "
                "påminnelser, närvaron registreras (den ligger till grund för arvodet), "
                "protokollet justeras, och varje punkt följs tills den som väckte den har fått "
                "veta vad som hände. Skriv @Brukarbot hjälp i kanalen, eller hjälp i en chatt "
                "med Brukarbot."
            ),
        },
        "icons": {"color": COLOR, "outline": OUTLINE},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*GREEN),
        "bots": [
            {
                "botId": app_id,
                "scopes": SCOPES,
                "isNotificationOnly": False,
                "supportsFiles": False,
                "commandLists": [
                    {
                        "scopes": SCOPES,
                        "commands": [
                            {"title": title, "description": description}
                            for title, description in COMMANDS
                        ],
                    }
                ],
            }
        ],
        "composeExtensions": [
            {
                "botId": app_id,
                "commands": [
                    {
                        "id": ADD_AS_POINT,
                        "type": "action",
                        "title": "Lägg till som punkt",
                        "description": "Gör meddelandet till en punkt på nästa mötes dagordning",
                        "context": ["message"],
                        "fetchTask": True,
                    }
                ],
            }
        ],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [urlparse(site).netloc],
    }


def package(app_id: str, public_url: str) -> bytes:
    """The zip Teams takes: the manifest and its icons at the top."""
    files = {
        "manifest.json": json.dumps(manifest(app_id, public_url), ensure_ascii=False, indent=2),
        COLOR: color_icon(),
        OUTLINE: outline_icon(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, content in files.items():
            zipped.writestr(zipfile.ZipInfo(name, FIXED), content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()

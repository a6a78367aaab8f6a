"""What people write to the bot in plain messages, outside the slash commands.

A message is "addressed" to the bot when it is a DM to the bot or mentions it; then anything
that names a point is one, and anything else gets a short help. In the council channel, where
people also talk to each other, only a message that clearly gives a point is read: "punkt:
Tolk vid besök", "Punkt - Tolk vid besök", or "punkt Tolk vid besök" with the title's capital.
"punkt 3 var bra" or "punkt för punkt" is conversation.

Also the other words people use for the commands' subcommands (English ones, and Swedish
synonyms), and the ways of answering a kallelse.
"""

from __future__ import annotations

import re

from bot.grammar import MENTION, fold, is_number
from bot.vocabulary import Answer

_POINT = re.compile(
    r"^\s*(?:(?:ny|new)\s+)?(?:punkt|point|agenda\s+(?:point|item))"
    r"(?P<separator>\s*[:\-–—]|\s)\s*(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_MENTIONS = re.compile(rf"^\s*(?:{MENTION.pattern}[\s,:]*)+")


def addressed_text(text: str, bot_user_id: str | None) -> tuple[str, bool]:
    """The text without the mentions of the bot it starts with, and whether it named the bot
    at all (anywhere in the text)."""
    if not bot_user_id or f"<@{bot_user_id}" not in text:
        return text, False
    return _LEADING_MENTIONS.sub("", text, count=1), True


def point_text(text: str, *, addressed: bool) -> str | None:
    """The point (title and optional ": description") a message gives, or None when it gives
    none. `addressed`: written to the bot, not among people in the channel."""
    match = _POINT.match(text)
    if match is None:
        return None
    body = match["text"].strip()
    first = body.split()[0].rstrip(".:,")
    if is_number(first.split(".")[0]) or fold(first) == "nr":
        return None  # "punkt 3" is an agenda item (a minutes line), not a new point
    if match["separator"].strip() or addressed or body[0].isupper():
        return body
    return None


# Other words people type for a command's subcommand, English first of all, by command; the
# value is the Swedish word the command's grammar knows.
SYNONYMS: dict[str, dict[str, str]] = {
    "/brukarrad": {
        "create": "skapa", "member": "ledamot", "remove": "avsluta", "end": "avsluta",
        "settings": "inställningar", "standing": "stående", "log": "logg", "show": "visa",
        "overview": "visa",
    },
    "/mote": {
        "move": "flytta", "reschedule": "flytta", "cancel": "inställa", "plenary": "stormöte",
        "premeeting": "förmöte", "pre-meeting": "förmöte", "workgroup": "arbetsgrupp",
        "list": "", "show": "", "lista": "", "visa": "",
    },
    "/punkt": {
        "withdraw": "återta", "reject": "avslå", "decline": "avslå", "move": "flytta",
        "handled": "behandlad", "done": "behandlad", "accept": "godkänn", "approve": "godkänn",
        "aob": "övriga", "premeeting": "förmöte", "pre-meeting": "förmöte",
    },
    "/dagordning": {"premeeting": "förmöte", "pre-meeting": "förmöte"},
    "/kallelse": {
        "documents": "underlag", "document": "underlag", "docs": "underlag",
        "handlingar": "underlag", "handling": "underlag", "purpose": "syfte", "led": "leds",
        "leader": "ledare", "contact": "kontakt", "breaks": "paus", "break": "paus",
        "food": "fika", "coffee": "fika", "preparation": "förberedelse",
        "abbreviation": "förkortning", "abbreviations": "förkortningar", "email": "e-post",
        "premeeting": "förmöte", "pre-meeting": "förmöte",
    },
    "/paminnelser": {
        "off": "av", "on": "på", "times": "tider", "hours": "tider", "days": "dagar",
        "pause": "paus", "resume": "fortsätt", "default": "standard", "reset": "standard",
        "show": "visa",
    },
    "/narvaro": {
        "read": "läst", "checkin": "incheckning", "check-in": "incheckning", "list": "lista",
        "register": "lista", "statistics": "statistik", "stats": "statistik",
    },
    "/arvode": {"settings": "inställningar", "mine": "mitt", "details": "uppgifter"},
    "/protokoll": {
        "draft": "utkast", "edit": "redigera", "approve": "justera", "review": "justera",
        "publish": "publicera", "premeeting": "förmöte", "pre-meeting": "förmöte",
        "adjusters": "justerare", "approvers": "justerare",
    },
    "/atgard": {"done": "klar", "close": "klar", "list": "lista", "show": "visa"},
    "/minadata": {"show": "visa", "delete": "radera", "erase": "radera"},
}  # fmt: skip


def in_swedish(command: str, typed: str) -> str:
    """The Swedish subcommand for a word typed to `command` ("move" -> "flytta"); any other
    word as typed."""
    return SYNONYMS[command].get(fold(typed), typed)


# How people answer a kallelse, folded, longest first where one starts another.
_ANSWERS: dict[str, Answer] = {
    "jag kommer inte": Answer.NOT_COMING, "kommer inte": Answer.NOT_COMING,
    "kommer ej": Answer.NOT_COMING, "jag kan inte komma": Answer.NOT_COMING,
    "kan inte komma": Answer.NOT_COMING, "jag kan inte": Answer.NOT_COMING,
    "kan inte": Answer.NOT_COMING, "jag har forhinder": Answer.NOT_COMING,
    "har forhinder": Answer.NOT_COMING, "forhinder": Answer.NOT_COMING,
    "nej": Answer.NOT_COMING, "no": Answer.NOT_COMING, "not coming": Answer.NOT_COMING,
    "i can't come": Answer.NOT_COMING, "can't come": Answer.NOT_COMING,
    "cannot come": Answer.NOT_COMING,
    "ja jag kommer": Answer.COMING, "jag kommer": Answer.COMING, "kommer": Answer.COMING,
    "ja": Answer.COMING, "yes": Answer.COMING, "i'm coming": Answer.COMING,
    "coming": Answer.COMING,
}  # fmt: skip
_LONGEST_ANSWER = max(len(words.split()) for words in _ANSWERS)


def answer_words(text: str) -> tuple[Answer, str] | None:
    """The answer a text starts with ("ja", "jag kommer", "nej", "kan inte komma", "yes")
    and the words after it (a meeting, a reason); None when it starts with none."""
    words = text.split()
    for count in range(min(_LONGEST_ANSWER, len(words)), 0, -1):
        said = " ".join(fold(word).strip(",.!").replace("’", "'") for word in words[:count])
        if said in _ANSWERS:
            return _ANSWERS[said], " ".join(words[count:])
    return None

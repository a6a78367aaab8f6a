"""The other words people use for the commands' subcommands (English ones, and Swedish
synonyms), and the ways of answering a kallelse. (A point written in a message: see
bot.commands.punkt.)
"""

from __future__ import annotations

from bot.commands.grammar import fold
from bot.core.vocabulary import Answer

# Other words people type for a command's subcommand, English first of all, by command; the
# value is the Swedish word the command's grammar knows.
SYNONYMS: dict[str, dict[str, str]] = {
    "/brukarrad": {
        "create": "skapa", "member": "ledamot", "remove": "avsluta", "end": "avsluta",
        "settings": "inställningar", "standing": "stående", "log": "logg", "show": "visa",
        "overview": "visa", "year": "år", "report": "årsrapport", "arsrapport": "årsrapport",
        "rapport": "årsrapport",
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
    "/arvode": {
        "settings": "inställningar",
        "mine": "mitt",
        "details": "uppgifter",
        "certificate": "intyg",
        "claims": "anmälningar",
        "approve": "godkänn",
        "level": "nivå",
        "payer": "betalare",
        "form": "blankett",
    },
    "/protokoll": {
        "draft": "utkast", "edit": "redigera", "approve": "justera", "review": "justera",
        "publish": "publicera", "premeeting": "förmöte", "pre-meeting": "förmöte",
        "adjusters": "justerare", "approvers": "justerare",
    },
    "/atgard": {"done": "klar", "close": "klar", "list": "lista", "show": "visa"},
    "/arbetsgrupp": {
        "create": "skapa", "show": "visa", "list": "lista", "member": "ledamot",
        "members": "ledamöter", "convenor": "sammankallande", "meeting": "möte",
        "close": "stäng", "stang": "stäng", "mote": "möte", "extend": "förläng",
        "forlang": "förläng",
    },
    "/minadata": {
        "show": "visa", "delete": "radera", "erase": "radera", "page": "sida", "close": "stäng",
    },
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

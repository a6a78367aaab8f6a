"""The message catalogue: every user-facing sentence, Swedish by default, English available.

Handlers and services name a key; nothing user-facing is written inline elsewhere.
Parameters may be `Ref` (another key, rendered in the same language) or lists (joined as
"a, b och c" by Babel), so a service can describe a message without knowing the reader's language.

A message that counts something is a dict of CLDR plural categories ("one", "other" for both
Swedish and English) chosen by its `count` parameter, like gettext's ngettext: one count per
message (a second counted noun goes in as a `Ref` with its own count), so each maps one-to-one
to a msgid/msgid_plural entry of a .po file.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.lists import format_list
from babel.numbers import format_decimal

from bot.texts import en, sv

Message = str | dict[str, str]
CATALOGUES: dict[str, dict[str, Message]] = {"sv": sv.TEXTS, "en": en.TEXTS}
# English as written in Sweden: "Anna, Bo and Cia", without the American serial comma.
LOCALES = {"sv": Locale("sv", "SE"), "en": Locale("en", "GB")}
COUNT = "count"


@dataclass(frozen=True)
class Ref:
    """A catalogue key used as a parameter of another message (with its count if it has one)."""

    key: str
    count: int | Decimal | None = None


def plural_categories(lang: str) -> set[str]:
    return set(LOCALES[lang].plural_form.tags) | {"other"}


def join_list(items: list[str], lang: str = "sv") -> str:
    return format_list(items, locale=LOCALES.get(lang, LOCALES["sv"])) if items else ""


def _param(value: Any, lang: str) -> Any:
    if isinstance(value, Ref):
        return t(value.key, lang) if value.count is None else t(value.key, lang, count=value.count)
    if isinstance(value, list):
        return join_list([str(_param(v, lang)) for v in value], lang)
    return value


def t(key: str, lang: str = "sv", /, **params: Any) -> str:
    if lang not in CATALOGUES:
        lang = "sv"
    message = CATALOGUES[lang].get(key) or sv.TEXTS[key]
    values = {name: _param(value, lang) for name, value in params.items()}
    if isinstance(message, dict):
        count = params[COUNT]
        message = message[LOCALES[lang].plural_form(count)]
        values[COUNT] = format_decimal(count, locale=LOCALES[lang])
    return message.format(**values)

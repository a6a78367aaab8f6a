"""The message catalogue: every user-facing sentence, Swedish by default, English available.

Handlers and services name a key; nothing user-facing is written inline elsewhere.
Parameters may be `Ref` (another key, rendered in the same language) or lists (joined as
"a, b och c"), so a service can describe a message without knowing the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.texts import en, sv

CATALOGUES: dict[str, dict[str, str]] = {"sv": sv.TEXTS, "en": en.TEXTS}


@dataclass(frozen=True)
class Ref:
    """A catalogue key used as a parameter of another message."""

    key: str


def join_list(items: list[str], lang: str = "sv") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + t("list.and", lang) + items[-1]


def _param(value: Any, lang: str) -> Any:
    if isinstance(value, Ref):
        return t(value.key, lang)
    if isinstance(value, list):
        return join_list([str(_param(v, lang)) for v in value], lang)
    return value


def t(key: str, lang: str = "sv", /, **params: Any) -> str:
    catalogue = CATALOGUES.get(lang, sv.TEXTS)
    template = catalogue.get(key) or sv.TEXTS[key]
    return template.format(**{name: _param(value, lang) for name, value in params.items()})

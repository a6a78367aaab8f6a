"""The message catalogue: every user-facing sentence, Swedish by default, English available.

The sentences live in gettext catalogues, `locale/<lang>/LC_MESSAGES/brukarbot.po`, so that
translators and their tools (Poedit, Weblate) can work on them: each entry's msgctxt is the key
the code names, its msgid the Swedish source, its msgstr the sentence in that language (an
empty or fuzzy msgstr falls back to Swedish, as gettext does). Handlers and services name a
key; nothing user-facing is written inline elsewhere.

The sentences are neutral: no channel's markup or escaping. `<`, `>` and `&` are written as
themselves; emphasis is a small markup each channel maps (`*strong*`, `_em_`, `` `code` ``,
a line beginning `> ` a quotation); a person, a conversation or a link is a parameter
(bot.core.texts.render). A message is rendered for the channel it goes by (bot.core.texts.render,
and the chat adapter's own).

A message that counts something is a msgid/msgid_plural entry, read here into a dict of CLDR
plural categories ("one", "other" for both Swedish and English) chosen by its `count`
parameter, like gettext's ngettext: one count per message (a second counted noun goes in as a
`Ref` with its own count).

Parsing both .po files took a tenth of a second of every process's start (a `tick` as much as
a `serve`), so what a parse gives is kept as JSON in `__pycache__` beside this module, under
a name made of the .po's and this module's contents: an edited catalogue, or a change in how
it is read, is parsed again. Where that folder cannot be written, every start parses.
"""

from __future__ import annotations

import gettext
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from hashlib import sha256
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel import Locale

Message = str | dict[str, str]
DOMAIN = "brukarbot"
SOURCE = "sv"  # the language the msgids are written in, and the fallback
COUNT = "count"
# English as written in Sweden: "Anna, Bo and Cia", without the American serial comma.
LOCALE_NAMES = {"sv": ("sv", "SE"), "en": ("en", "GB")}
CACHE = Path(__file__).with_name("__pycache__")


def po_path(lang: str) -> Any:
    return resources.files(__package__) / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(lang: str, cache: Path | None = CACHE) -> dict[str, Message]:
    """The catalogue of `lang` by key, leaving out what is not translated (yet): from its copy
    in `cache` when that was made from this very .po, else parsed (and kept there)."""
    source = po_path(lang).read_bytes()
    kept = None
    if cache is not None:
        digest = sha256(source + Path(__file__).read_bytes()).hexdigest()[:24]
        kept = cache / f"{DOMAIN}.{lang}.{digest}.json"
        try:
            return json.loads(kept.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass  # not made yet, or unreadable: parse
    messages = parse(lang, source)
    if kept is not None:
        _keep(kept, lang, messages)
    return messages


def _keep(path: Path, lang: str, messages: dict[str, Message]) -> None:
    """Write the copy whole or not at all (another process may be reading it), and drop the
    copies of earlier versions of the catalogue."""
    try:
        path.parent.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
        ) as out:
            json.dump(messages, out, ensure_ascii=False)
        os.chmod(out.name, 0o644)  # readable by the processes' user (the image makes it)
        os.replace(out.name, path)
        for earlier in path.parent.glob(f"{DOMAIN}.{lang}.*.json"):
            if earlier != path:
                earlier.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only install: parse at every start instead


def parse(lang: str, source: bytes) -> dict[str, Message]:
    """The messages of the .po `source`, by key."""
    # Babel's .po reader loads only when a catalogue is parsed, not on every start.
    from babel.messages.pofile import read_po

    catalog = read_po(BytesIO(source), locale=lang, domain=DOMAIN)
    # gettext numbers a message's plural forms by its Plural-Forms expression; the code
    # chooses by CLDR category: which category each form is, found on whole numbers.
    form_of = gettext.c2py(catalog.plural_expr)
    category = {form_of(n): LOCALES[lang].plural_form(n) for n in range(1000)}
    messages: dict[str, Message] = {}
    for entry in catalog:
        if not entry.id or entry.fuzzy or entry.context is None:
            continue  # the header, and what a translator has not yet confirmed
        if isinstance(entry.string, (list, tuple)):
            if all(entry.string):
                messages[entry.context] = {category[i]: s for i, s in enumerate(entry.string)}
        elif entry.string:
            messages[entry.context] = entry.string
    return messages


class _Locales(Mapping[str, "Locale"]):
    """Babel's locale of each language, made (and Babel imported) when first asked for: a
    process that sends nothing counted or listed (a `tick` with nothing due) needs none."""

    def __init__(self) -> None:
        self._made: dict[str, Locale] = {}

    def __getitem__(self, lang: str) -> Locale:
        if lang not in self._made:
            from babel import Locale

            self._made[lang] = Locale(*LOCALE_NAMES[lang])
        return self._made[lang]

    def __contains__(self, lang: object) -> bool:
        return lang in LOCALE_NAMES

    def __iter__(self) -> Iterator[str]:
        return iter(LOCALE_NAMES)

    def __len__(self) -> int:
        return len(LOCALE_NAMES)


class _Catalogues(Mapping[str, dict[str, Message]]):
    """Each language's catalogue, read when first asked for: a process that says nothing (a
    `tick` with nothing due) reads none, one that speaks Swedish only reads that one."""

    def __init__(self) -> None:
        self._read: dict[str, dict[str, Message]] = {}

    def __getitem__(self, lang: str) -> dict[str, Message]:
        if lang not in self._read:
            if lang not in LOCALES:
                raise KeyError(lang)
            self._read[lang] = load(lang)
        return self._read[lang]

    def __contains__(self, lang: object) -> bool:
        return lang in LOCALE_NAMES

    def __iter__(self) -> Iterator[str]:
        return iter(LOCALES)

    def __len__(self) -> int:
        return len(LOCALES)


LOCALES: Mapping[str, Locale] = _Locales()
CATALOGUES: Mapping[str, dict[str, Message]] = _Catalogues()


@dataclass(frozen=True)
class Ref:
    """A catalogue key used as a parameter of another message (with its count if it has one,
    and its own parameters: "stormöte torsdag 3 december i Stora salen" as one phrase)."""

    key: str
    count: int | Decimal | None = None
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


def plural_categories(lang: str) -> set[str]:
    return set(LOCALES[lang].plural_form.tags) | {"other"}


def join_list(items: list[str], lang: str = "sv") -> str:
    if not items:
        return ""
    from babel.lists import format_list  # with the first list (see _Locales)

    return format_list(items, locale=LOCALES[lang if lang in LOCALES else SOURCE])


def sentence(key: str, lang: str, count: int | Decimal | None = None) -> str:
    """The sentence `key` in `lang` (Swedish when it has none), in the form `count` takes."""
    lang = lang if lang in LOCALES else SOURCE
    found = CATALOGUES[lang].get(key) or CATALOGUES[SOURCE][key]
    if isinstance(found, dict):
        if count is None:
            raise KeyError(f"{key} counts something: it needs a {COUNT}")
        return found[LOCALES[lang].plural_form(count)]
    return found


def written_count(count: int | Decimal, lang: str) -> str:
    from babel.numbers import format_decimal  # with the first count written (see _Locales)

    return format_decimal(count, locale=LOCALES[lang if lang in LOCALES else SOURCE])

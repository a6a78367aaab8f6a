"""A catalogue message rendered for the channel it goes by, from its neutral form.

The catalogue's sentences hold no channel's markup (bot.core.texts.catalogue); their parameters
are values: people's words (a `str`, as stored: plain, with their own mentions and links,
bot/core/written.py), numbers, another message (`Ref`), a list of values (joined "a, b och c"), or
a reference that each channel writes its own way:

- `Mention`: a person (their name, and the account a chat reaches them by: in that chat a
  mention, which pings them; elsewhere, and in a letter, their name);
- `Conversation`: a council's conversation (in a chat a link to it, "#name" in words);
- `Link`: an address with an optional label.

A `Channel` says how its text looks: the catalogue's own words with their marks, people's
words, each reference. Here the channels that know no chat platform: plain text (email's
text part, documents, the calendar), HTML (email's HTML part) and the console (the sandbox's
terminal, which reads marks as they are); a chat's own markup is its adapter's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from html import escape
from string import Formatter

from bot.core.identity import Account
from bot.core.texts.catalogue import COUNT, Ref, join_list, sentence, written_count
from bot.core.written import readable


@dataclass(frozen=True)
class Mention:
    """A person named in a message: their name, and the account a chat reaches them by (None:
    none, they are named by name)."""

    name: str
    account: Account | None = None


@dataclass(frozen=True)
class Conversation:
    """A council's conversation: its name, and its id where it lives (a chat's channel id)."""

    name: str
    id: str


@dataclass(frozen=True)
class Link:
    url: str
    label: str | None = None


# Where a parameter stands while the catalogue's words go through a channel's marks: a
# character no sentence holds (Unicode's private use area), numbered by the parameter.
_SLOT = 0xE000
_SLOTS = re.compile("[\ue000-\uefff]")
_CODE_SLOT = 0xF000  # and where a code span stands while the other marks are read
_CODE_SLOTS = re.compile("[\uf000-\uf8ff]")
# The neutral marks (*strong*, _emphasis_, `code`): a mark hugs its words.
CODE = re.compile(r"`([^`\n]+)`")
STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")


class Channel:
    """How one channel writes a message; by default, the catalogue's words as they are."""

    def marked(self, text: str) -> str:
        """The catalogue's own words, marks and all (each parameter a slot character)."""
        return text

    def words(self, text: str) -> str:
        """A parameter written as text: people's words, a name, a number."""
        return text

    def mention(self, person: Mention) -> str:
        return "@" + self.words(person.name)

    def conversation(self, conversation: Conversation) -> str:
        return "#" + self.words(conversation.name)

    def link(self, link: Link) -> str:
        label = link.label
        return self.words(f"{label} ({link.url})" if label and label != link.url else link.url)


def marks(
    text: str, *, code: Callable[[str], str], strong: str, em: str, run: Callable[[str], str]
) -> str:
    """The neutral marks mapped: each code span by `code` (its insides are not marked),
    strong and emphasis by their replacement patterns, the rest of the words by `run`. A
    mark may enclose a code span (`_Skriv `/paminnelser`._`)."""
    spans: list[str] = []

    def hidden(found: re.Match[str]) -> str:
        spans.append(code(found.group(1)))
        return chr(_CODE_SLOT + len(spans) - 1)

    text = EMPHASIS.sub(em, STRONG.sub(strong, run(CODE.sub(hidden, text))))
    return _CODE_SLOTS.sub(lambda slot: spans[ord(slot.group()) - _CODE_SLOT], text)


class Plain(Channel):
    """Plain text (an email's text part, a document, a calendar event): marks left out,
    people's mentions and links in words."""

    def marked(self, text: str) -> str:
        return marks(text, code=lambda code: code, strong=r"\1", em=r"\1", run=lambda run: run)

    def words(self, text: str) -> str:
        return readable(text)

    def mention(self, person: Mention) -> str:
        return self.words(person.name)  # a letter names people; it does not @ them


class Html(Plain):
    """HTML (an email's HTML part): everything escaped, marks as <strong>, <em>, <code>."""

    def marked(self, text: str) -> str:
        return marks(
            text,
            code=lambda code: f"<code>{escape(code)}</code>",
            strong=r"<strong>\1</strong>",
            em=r"<em>\1</em>",
            run=escape,
        )

    def words(self, text: str) -> str:
        return escape(readable(text))

    def link(self, link: Link) -> str:
        label = self.words(link.label or link.url)
        return f'<a href="{escape(link.url)}">{label}</a>'


Value = str | int | Decimal | Ref | Mention | Conversation | Link | list


def render(channel: Channel, key: str | Ref, lang: str, /, **params: Value) -> str:
    """The message `key` in `lang`, written for `channel`; a `Ref` brings its own parameters."""
    if isinstance(key, Ref):
        counted = {} if key.count is None else {COUNT: key.count}
        return render(channel, key.key, lang, **key.params, **counted, **params)
    count = params.get(COUNT)
    counts = count if isinstance(count, int | Decimal) else None
    pieces, slots = _shape(channel, sentence(key, lang, counts))
    if not slots:
        return pieces[0]
    # The words between the slots, each slot written in turn: nothing a parameter holds is
    # taken for a slot, and a parameter the sentence does not use is not written.
    out = [pieces[0]]
    for (name, spec), after in zip(slots, pieces[1:], strict=True):
        if name == COUNT and counts is not None:
            written = channel.words(written_count(counts, lang))
        else:
            value = params[name]
            written = channel.words(value) if type(value) is str else said(channel, value, lang)
        out.append(format(written, spec) if spec else written)
        out.append(after)
    return "".join(out)


@cache
def _shape(channel: Channel, template: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The sentence's own words as the channel writes them, split where each parameter goes,
    and the parameters (name, format spec) in that order: the same at every call."""
    fields: list[tuple[str, str]] = []
    skeleton: list[str] = []
    for literal, name, spec, _conversion in Formatter().parse(template):
        skeleton.append(literal)
        if name is not None:
            skeleton.append(chr(_SLOT + len(fields)))
            fields.append((name, spec or ""))
    marked = channel.marked("".join(skeleton))
    slots = tuple(fields[ord(slot) - _SLOT] for slot in _SLOTS.findall(marked))
    return tuple(_SLOTS.split(marked)), slots


def said(channel: Channel, value: Value, lang: str) -> str:
    """One value written for the channel, as a parameter is: people's words, a number, a
    phrase of the catalogue (`Ref`), a list, a person, a conversation or a link."""
    if isinstance(value, Ref):
        return render(channel, value, lang)
    if isinstance(value, list):
        return join_list([said(channel, item, lang) for item in value], lang)
    if isinstance(value, Mention):
        return channel.mention(value)
    if isinstance(value, Conversation):
        return channel.conversation(value)
    if isinstance(value, Link):
        return channel.link(value)
    return channel.words(str(value))


PLAIN = Plain()
HTML = Html()
CONSOLE = Channel()


def plain(key: str | Ref, lang: str, /, **params: Value) -> str:
    """For plain text: an email's text part, a document, a calendar event."""
    return render(PLAIN, key, lang, **params)


def html(key: str | Ref, lang: str, /, **params: Value) -> str:
    """For HTML: an email's HTML part (inline: the caller makes the paragraphs)."""
    return render(HTML, key, lang, **params)


def console(key: str | Ref, lang: str, /, **params: Value) -> str:
    """For a terminal (the sandbox): the catalogue's words and marks as they are."""
    return render(CONSOLE, key, lang, **params)

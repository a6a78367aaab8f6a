"""The minutes as one neutral message (bot.core.message), composed once for every channel:
its title, date and status, then each item's lines (decisions, information, action items
with their owners). Asked of a justerare with their two actions (APPROVE, PROPOSE); published
with the archive document attached (an email's attachment; a chat gets its files in the
post's thread)."""

from __future__ import annotations

from bot.core.message import (
    Action,
    Actions,
    Attachment,
    Block,
    Divider,
    Line,
    Message,
    Note,
    Paragraph,
    Section,
    Text,
    Words,
    Written,
)
from bot.core.texts import Ref
from bot.core.texts.render import PLAIN
from bot.minutes.archive import ArchiveFile
from bot.minutes.render import Layout, Said, ref_of, say
from bot.minutes.render import Text as Phrase

# The justerare's answers; the value is "<meeting id>:<version>" (read back by the chat
# adapter's listener).
APPROVE = "minutes_approve"
PROPOSE = "minutes_propose"
MORE = "protokoll.blocks.more"  # where a channel cannot show the whole


def text_of(phrase: Phrase, lang: str) -> Text:
    """A phrase of the layout in the neutral form: catalogue words, or as an approved version
    was written."""
    if isinstance(phrase, Said):
        return Written(phrase.parts)
    return Words(phrase.key, {k: ref_of(v) for k, v in phrase.params.items()}, lang)


def minutes(doc: Layout) -> list[Block]:
    """The document: title, what it is (date, place, status), each item with its lines."""
    lang = doc.lang
    blocks: list[Block] = [
        Section(text_of(doc.title, lang), ()),
        Note(tuple(text_of(p, lang) for p in doc.meta)),
        Divider(),
    ]
    blocks += [
        Section(
            text_of(part.heading, lang),
            tuple(Line(text_of(line, lang), bullet=True) for line in part.lines),
        )
        for part in doc.sections
    ]
    return blocks


def justering_request(doc: Layout, meeting_id: int, version: int) -> Message:
    """To each justerare: the version to approve, approve or propose a change."""
    lang, value = doc.lang, f"{meeting_id}:{version}"
    ask = Paragraph(Words("protokoll.justera.ask", {"version": version}, lang))
    actions = Actions(
        (
            Action(APPROVE, Words("protokoll.button.approve", {}, lang), value, "primary"),
            Action(PROPOSE, Words("protokoll.button.propose", {}, lang), value),
        )
    )
    title = say(doc.title, lang, PLAIN)
    summary = Words("protokoll.justera.subject", {"title": title, "version": version}, lang)
    return Message((ask, *minutes(doc), actions), summary, Words(MORE, {}, lang))


def published(
    doc: Layout, files: tuple[ArchiveFile, ...], *, council: str, meeting: Ref
) -> Message:
    """The minutes as published, with their document attached: from the council, greeting
    the member by name in a letter."""
    lang = doc.lang
    attached = [Attachment(f.filename, f.mimetype, f.content, lang) for f in files]
    summary = Words("protokoll.mail.subject", {"council": council, "meeting": meeting}, lang)
    more = Words(MORE, {}, lang)
    return Message((*minutes(doc), *attached), summary, more, sender=council, greets=True)

"""The minutes as neutral messages (bot.core.message), composed once for every channel: its
title, date and status, then each item's lines (decisions, information, action items with
their owners). Asked of a justerare with their two actions (APPROVE, PROPOSE); published with
the archive document attached (an email's attachment; a chat gets its files in the post's
thread). While they are written: the first message of their thread (the words to write lines
with and the agenda's numbers), the secretary's draft with an action to edit each item
(EDIT), and a change to approved minutes asked of the second officer (AMENDMENT)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.message import (
    TEXT,
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
from bot.core.texts.render import PLAIN, Mention
from bot.minutes.archive import ArchiveFile
from bot.minutes.record import Item
from bot.minutes.render import Layout, Said, ref_of, say
from bot.minutes.render import Section as Part
from bot.minutes.render import Text as Phrase

# The justerare's answers; the value is "<meeting id>:<version>" (read back by the chat
# adapter's listener).
APPROVE = "minutes_approve"
PROPOSE = "minutes_propose"
# The secretary's edit of an item: id EDIT + "_" + the item, value "<meeting id>:<item>".
EDIT = "minutes_edit"
# The second officer's answer to a change: id AMENDMENT + "_" + one of AMENDMENT_ANSWERS,
# value "<answer>:<meeting id>:<amendment id>".
AMENDMENT = "minutes_amendment"
AMENDMENT_ANSWERS = ("yes", "no")
MORE = "protokoll.blocks.more"  # where a channel cannot show the whole


def text_of(phrase: Phrase, lang: str) -> Text:
    """A phrase of the layout in the neutral form: catalogue words, or as an approved version
    was written."""
    if isinstance(phrase, Said):
        return Written(phrase.parts)
    return Words(phrase.key, {k: ref_of(v) for k, v in phrase.params.items()}, lang)


def _part(part: Part, lang: str, action: Action | None = None) -> Section:
    """An item (or another part) with its lines."""
    lines = tuple(Line(text_of(line, lang), bullet=True) for line in part.lines)
    return Section(text_of(part.heading, lang), lines, action)


def minutes(doc: Layout, *, edit: int | None = None) -> list[Block]:
    """The document: title, what it is (date, place, status), each item with its lines; with
    `edit` (the meeting's id), each agenda item with the secretary's action to edit it."""
    lang = doc.lang
    blocks: list[Block] = [
        Section(text_of(doc.title, lang), ()),
        Note(tuple(text_of(p, lang) for p in doc.meta)),
        Divider(),
    ]
    edit_label = Words("protokoll.button.edit", {}, lang)
    blocks += [
        _part(
            part,
            lang,
            Action(f"{EDIT}_{part.item}", edit_label, f"{edit}:{part.item}")
            if edit is not None and part.item is not None
            else None,
        )
        for part in doc.sections
    ]
    return blocks


def thread_start(items: Sequence[Item], lang: str) -> Message:
    """The first message of the minutes' thread: how to write the lines, and the agenda's
    numbers to write them under (a sub-item under its item)."""
    agenda = tuple(
        Line(Words(TEXT, {"text": item.title}, lang), item.number, under=item.is_sub)
        for item in items
    )
    return Message((Paragraph(Words("protokoll.thread.intro", {}, lang)), Section(None, agenda)))


def draft(doc: Layout, meeting_id: int, meeting: Ref, hint_words: Words | None = None) -> Message:
    """The secretary's draft: the minutes with an action to edit each item, and what to do
    next (`hint_words`: said instead of the files' being in their direct messages, by a
    chat that sends no files)."""
    lang = doc.lang
    hint = Note((hint_words or Words("protokoll.draft.hint", {}, lang),))
    summary = Words("protokoll.draft.summary", {"meeting": meeting}, lang)
    return Message((*minutes(doc, edit=meeting_id), hint), summary, Words(MORE, {}, lang))


def amendment_question(
    amendment_id: int, meeting_id: int, item: Item, part: Part, by: Mention, lang: str
) -> Message:
    """To the second officer: who wants to change an item of approved minutes, the item as
    it would read, and their answer."""
    ask = Words(
        "protokoll.amendment.ask", {"who": by, "number": item.number, "title": item.title}, lang
    )
    answers = Actions(
        tuple(
            Action(
                f"{AMENDMENT}_{answer}",
                Words(f"protokoll.button.amendment_{answer}", {}, lang),
                f"{answer}:{meeting_id}:{amendment_id}",
                "primary" if answer == "yes" else None,
            )
            for answer in AMENDMENT_ANSWERS
        )
    )
    summary = Words("protokoll.amendment.ask_short", {}, lang)
    blocks = (Paragraph(ask), _part(part, lang), answers)
    return Message(blocks, summary, Words(MORE, {}, lang))


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

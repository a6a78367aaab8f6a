"""Block Kit for the minutes: the document, the justerare's buttons, the edit modals."""

from __future__ import annotations

import json
from collections.abc import Sequence

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DatePickerElement,
    DividerBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from adapters.slack.handlers.replies import (
    MAX_BLOCKS,
    MAX_VIEW_BLOCKS,
    SECTION_LIMIT,
    Reply,
    chunks,
    escape,
    fit,
    section,
)
from adapters.slack.mrkdwn import SLACK, t
from bot.core.outbox import Message
from bot.core.texts import join_list
from bot.core.vocabulary import NoteKind
from bot.minutes.capture import AmendmentAsked, EditForm, Started
from bot.minutes.render import Layout, Section, Text, say

EDIT = "minutes_edit"  # value "<meeting id>:<item>"
AMENDMENT = "minutes_amendment"  # value "<yes|no>:<meeting id>:<amendment id>"
EDIT_MODAL = "minutes_edit_modal"
PROPOSE_MODAL = "minutes_propose_modal"
NEW = "new"  # block ids of the edit modal's new line
# The edit form's blocks besides its lines: the item's title, the new line (a heading and four
# inputs), and the note that more lines follow.
EDIT_FORM_FRAME = 1 + 5 + 1
MAX_INPUT = 2000


def text_of(phrase: Text, lang: str) -> str:
    return say(phrase, lang, SLACK)


def section_texts(part: Section, lang: str) -> list[str]:
    """An item's heading and lines, in as many section texts as Slack's length limit needs."""
    lines = [f"• {text_of(line, lang)}" for line in part.lines]
    return chunks([f"*{text_of(part.heading, lang)}*", *lines])


def minutes_blocks(doc: Layout, *, edit_meeting: int | None = None) -> list[Block]:
    """The minutes as a message; with `edit_meeting`, each item has the secretary's button."""
    lang = doc.lang
    blocks: list[Block] = [
        section(f"*{text_of(doc.title, lang)}*"),
        ContextBlock(elements=[MarkdownTextObject(text=text_of(p, lang)) for p in doc.meta]),
        DividerBlock(),
    ]
    for part in doc.sections:
        text, *more = section_texts(part, lang)
        if edit_meeting is not None and part.item is not None:
            blocks.append(
                SectionBlock(
                    text=MarkdownTextObject(text=fit(text, SECTION_LIMIT)),
                    accessory=ButtonElement(
                        text=t("protokoll.button.edit", lang),
                        action_id=f"{EDIT}_{part.item}",
                        value=f"{edit_meeting}:{part.item}",
                    ),
                )
            )
        else:
            blocks.append(section(text))
        blocks += [section(rest) for rest in more]
    if len(blocks) > MAX_BLOCKS:
        blocks = [*blocks[: MAX_BLOCKS - 1], section(t("protokoll.blocks.more", lang))]
    return blocks


def fallback(doc: Layout) -> str:
    """The notification text of a minutes message."""
    meta = " · ".join(text_of(p, doc.lang) for p in doc.meta)
    return f"{text_of(doc.title, doc.lang)} – {meta}"


def draft_reply(doc: Layout, meeting_id: int) -> Reply:
    blocks = minutes_blocks(doc, edit_meeting=meeting_id)
    hint = ContextBlock(elements=[MarkdownTextObject(text=t("protokoll.draft.hint", doc.lang))])
    blocks = [*blocks[: MAX_BLOCKS - 1], hint]
    return Reply(text=fallback(doc), blocks=tuple(blocks))


def amendment_blocks(asked: AmendmentAsked) -> list[Block]:
    lang = asked.lang
    ask = t(
        "protokoll.amendment.ask",
        lang,
        who=f"<@{asked.requested_by}>",
        number=asked.item.number,
        title=escape(asked.item.title),
    )
    buttons = ActionsBlock(
        elements=[
            ButtonElement(
                text=t(f"protokoll.button.amendment_{answer}", lang),
                action_id=f"{AMENDMENT}_{answer}",
                value=f"{answer}:{asked.meeting_id}:{asked.id}",
                style="primary" if answer == "yes" else None,
            )
            for answer in ("yes", "no")
        ]
    )
    texts = section_texts(asked.section, lang)[: MAX_BLOCKS - 2]
    return [section(ask), *(section(text) for text in texts), buttons]


def amendment_asks(asked: AmendmentAsked) -> list[Message]:
    """The question to each officer who may confirm a change to approved minutes."""
    blocks = [b.to_dict() for b in amendment_blocks(asked)]
    text = t("protokoll.amendment.ask_short", asked.lang)
    return [
        Message(
            person,
            text,
            blocks,
            key=f"dm:amendment:{asked.id}:p{person}",
            council_id=asked.council_id,
            subject=f"m{asked.meeting_id}",
        )
        for person in asked.confirmers
    ]


def thread_intro(started: Started) -> str:
    """The first message of the minutes' thread: the agenda's numbers and the words to use."""
    lang = started.lang
    items = "\n".join(
        f"{'      ' if i.is_sub else ''}{i.number}. {escape(i.title)}" for i in started.items
    )
    return t("protokoll.thread.intro", lang, items=items)


# -- modals --------------------------------------------------------------------------------


def _text_input(block_id: str, label: str, value: str | None, *, optional: bool) -> InputBlock:
    return InputBlock(
        block_id=block_id,
        label=label,
        optional=optional,
        element=PlainTextInputElement(
            action_id="value", multiline=True, max_length=MAX_INPUT, initial_value=value
        ),
    )


def _owner_input(block_id: str, user: str | None, lang: str) -> InputBlock:
    return InputBlock(
        block_id=block_id,
        label=t("protokoll.modal.owner", lang),
        optional=True,
        element=UserSelectElement(action_id="value", initial_user=user),
    )


def _due_input(block_id: str, due: str | None, lang: str) -> InputBlock:
    return InputBlock(
        block_id=block_id,
        label=t("protokoll.modal.due", lang),
        optional=True,
        element=DatePickerElement(action_id="value", initial_date=due),
    )


def kind_label(kind: NoteKind, lang: str) -> str:
    return t(f"protokoll.kind.{kind.name.lower()}", lang)


def edit_modal(form: EditForm, channel_id: str, *, after: str | None = None) -> View:
    """One input per line of the item (emptied: removed) and one for a new line.

    A form holds at most 100 blocks (an action line takes three): an item with more lines
    than fit is edited a page at a time, from the line after `after`; saving a page shows
    the next (adapters/slack/handlers/minutes_views.py), and a save only touches the lines it
    showed.
    """
    lang = form.lang
    blocks: list[Block] = []
    if form.locked:
        blocks.append(section(t("protokoll.modal.locked", lang)))
    ids = [entry.id for entry in form.entries]
    start = ids.index(after) + 1 if after in ids else 0
    room = MAX_VIEW_BLOCKS - len(blocks) - EDIT_FORM_FRAME
    shown = 0
    for entry in form.entries[start:]:
        inputs = [
            _text_input(f"text_{entry.id}", kind_label(entry.kind, lang), entry.text, optional=True)
        ]
        if entry.kind == NoteKind.ACTION:
            due = entry.due.isoformat() if entry.due else None
            inputs += [
                _owner_input(f"owner_{entry.id}", entry.owner_user_id, lang),
                _due_input(f"due_{entry.id}", due, lang),
            ]
        if len(inputs) > room:
            break
        blocks += inputs
        room -= len(inputs)
        shown += 1
    left = len(form.entries) - start - shown
    metadata: dict[str, object] = {
        "meeting": form.meeting_id,
        "item": form.item.number,
        "channel": channel_id,
    }
    if left:
        blocks.append(section(t("protokoll.modal.more", lang, count=left)))
        metadata["after"] = form.entries[start + shown - 1].id
    options = [Option(text=kind_label(kind, lang), value=kind.value) for kind in NoteKind]
    blocks += [
        section(t("protokoll.modal.new", lang)),
        InputBlock(
            block_id=f"{NEW}_kind",
            label=t("protokoll.modal.kind", lang),
            optional=True,
            element=StaticSelectElement(action_id="value", options=options),
        ),
        _text_input(f"{NEW}_text", t("protokoll.modal.text", lang), None, optional=True),
        _owner_input(f"{NEW}_owner", None, lang),
        _due_input(f"{NEW}_due", None, lang),
    ]
    title = t("protokoll.modal.edit_title", lang, number=form.item.number)
    return View(
        type="modal",
        callback_id=EDIT_MODAL,
        private_metadata=json.dumps(metadata),
        title=PlainTextObject(text=title[:24]),
        submit=PlainTextObject(text=t("modal.save", lang)),
        close=PlainTextObject(text=t("modal.cancel", lang)),
        blocks=[section(f"*{escape(form.item.number)}. {escape(form.item.title)}*"), *blocks],
    )


def propose_modal(meeting_id: int, version: int, lang: str) -> View:
    return View(
        type="modal",
        callback_id=PROPOSE_MODAL,
        private_metadata=json.dumps({"meeting": meeting_id, "version": version}),
        title=PlainTextObject(text=t("protokoll.button.propose", lang)[:24]),
        submit=PlainTextObject(text=t("protokoll.modal.send", lang)),
        close=PlainTextObject(text=t("modal.cancel", lang)),
        blocks=[
            _text_input("text", t("protokoll.modal.proposal", lang), None, optional=False),
        ],
    )


def names_line(user_ids: Sequence[str], lang: str) -> str:
    return join_list([f"<@{u}>" for u in user_ids], lang)

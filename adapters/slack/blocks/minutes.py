"""Block Kit for the minutes' forms: editing an item, proposing a change. The minutes'
messages (the draft, the justering request, the amendment question, the thread's first
message) are the domain's (bot.minutes.message), rendered by adapters.slack.message."""

from __future__ import annotations

import json
from collections.abc import Sequence

from slack_sdk.models.blocks import (
    Block,
    DatePickerElement,
    InputBlock,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    StaticSelectElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from adapters.slack.handlers.replies import (
    MAX_VIEW_BLOCKS,
    escape,
    section,
)
from adapters.slack.mrkdwn import t
from bot.core.texts import join_list
from bot.core.vocabulary import NoteKind
from bot.minutes.capture import EditForm

EDIT_MODAL = "minutes_edit_modal"
PROPOSE_MODAL = "minutes_propose_modal"
NEW = "new"  # block ids of the edit modal's new line
# The edit form's blocks besides its lines: the item's title, the new line (a heading and four
# inputs), and the note that more lines follow.
EDIT_FORM_FRAME = 1 + 5 + 1
MAX_INPUT = 2000


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

"""Block Kit for agenda points: the agenda, submission receipts and the point modals."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    CheckboxesElement,
    InputBlock,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from adapters.slack.handlers.replies import (
    MAX_BLOCKS,
    SECTION_LIMIT,
    Reply,
    chunks,
    fit,
    section,
)
from adapters.slack.message import mrkdwn, mrkdwn_section
from adapters.slack.mrkdwn import slack, t
from bot.agenda import AgendaView, PointInfo, Submitted
from bot.agenda.message import agenda, paged
from bot.attendance.receipts import point_receipt
from bot.core.message import Line
from bot.meetings.labels import meeting_title
from bot.meetings.service import MeetingInfo, chosen_kind

POINT_MODAL = "point_submit"
DECISION_MODAL = "point_decision"
# Buttons and menus on the agenda start with this (value: "<what>:<point id>"); the rest of
# an action_id only makes it unique in the message.
POINT_ACTION = "point_action"
PICK_COUNCIL = "point_pick_council"
# The block ids of an agenda's points carry the page they are on: "agenda_page2_17".
PAGE_BLOCK = re.compile(r"agenda_page([0-9]+)_(?:late)?[0-9]+")
MAX_OPTION_TEXT = 75  # Slack's limit for an option's text
MAX_ACTIONS = 25  # Slack's limit for the buttons in one actions block
MAX_OPTIONS = 100  # Slack's limit for the options of a select menu


# -- receipts ----------------------------------------------------------------------------


def receipt(submitted: Submitted) -> str:
    key, params = point_receipt(submitted)
    return slack(key, submitted.lang, **params)


def council_picker(councils: list[tuple[int, str]], message_ts: str, lang: str) -> Reply:
    """A DM asking which council a point is for. Each button names the council and the DM
    message, which is read again when pressed: a button's value holds at most 2,000
    characters, and a point may be longer."""
    buttons = [
        ButtonElement(
            text=fit(name, MAX_OPTION_TEXT),
            action_id=f"{PICK_COUNCIL}_{council_id}",
            value=json.dumps({"c": council_id, "ts": message_ts}),
        )
        for council_id, name in councils
    ]
    rows = [
        ActionsBlock(elements=buttons[i : i + MAX_ACTIONS])
        for i in range(0, len(buttons), MAX_ACTIONS)
    ]
    question = t("punkt.which_council", lang)
    return Reply(text=question, blocks=(section(question), *rows[: MAX_BLOCKS - 1]))


# -- the agenda --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One piece of the agenda that stays in one message: a line, or a late point with
    its buttons."""

    text: str
    point: PointInfo | None = None
    late: bool = False


def _written(line: Line) -> str:
    """An agenda's line in mrkdwn: "3. …" numbered, "   • …" under the item before."""
    mark = f"{line.number}. " if line.number is not None else ""
    if line.bullet:
        mark = "   • " if line.under else "• "
    return mark + mrkdwn(line.text)


def agenda_pages(view: AgendaView, today: date) -> list[Reply]:
    """The agenda (bot.agenda.message) as one message, or several when it needs more blocks
    than Slack allows in one: every line is shown (late points waiting for a decision
    included), each page saying where it continues. Its blocks are written as Slack's JSON
    directly: an agenda of thousands of points would otherwise build and serialise tens of
    thousands of slack_sdk objects (most of what /dagordning cost at 2,000 points)."""
    found = agenda(view, today)
    lang = found.lang
    head, countdown = mrkdwn(found.head), mrkdwn(found.countdown)
    entries = [_Entry(_written(e.line), e.point) for e in found.items]
    if found.late_title is not None:
        entries.append(_Entry(mrkdwn(found.late_title)))
        entries += [_Entry(_written(e.line), e.point, late=True) for e in found.late]
    if found.settled_title is not None:
        settled = [mrkdwn(found.settled_title), *map(_written, found.settled)]
        entries += [_Entry(chunk) for chunk in chunks(settled)]
    hint = t("dagordning.hint_manage" if view.can_manage else "dagordning.hint", lang)
    menus = _Menus(lang) if view.can_manage else None
    pages = _paginate(entries, menus)
    replies = []
    for number, page in enumerate(pages):
        top = [mrkdwn_section(head), _context(countdown)] if number == 0 else []
        if number > 0:
            top = [_context(mrkdwn(found.continued(number + 1)))]
        blocks = top + [b for entry in page for b in _entry_blocks(entry, menus, number)]
        last = number == len(pages) - 1
        blocks.append(_context(hint if last else mrkdwn(found.more(number + 2, len(pages)))))
        lines = ([head, countdown] if number == 0 else []) + [e.text for e in page]
        replies.append(Reply(text=fit("\n".join(lines), SECTION_LIMIT), blocks=tuple(blocks)))
    return replies


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _label(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


class _Menus:
    """The secretary's words on every point, looked up once for the whole agenda."""

    def __init__(self, lang: str) -> None:
        self.managed = [
            (what, _label(t(f"dagordning.menu.{what}", lang)))
            for what in ("up", "down", "move", "reject", "handle")
        ]
        self.late = [
            (what, _label(t(f"dagordning.menu.{what}", lang)))
            for what in ("take", "ovriga", "move", "reject")
        ]


def _paginate(entries: list[_Entry], menus: _Menus | None) -> list[list[_Entry]]:
    """Entries in pages that fit MAX_BLOCKS with their head (2 blocks on the first page,
    1 after) and the closing line; a late point stays together with its buttons."""

    def size(entry: _Entry) -> int:
        return 2 if entry.late and entry.point is not None and menus is not None else 1

    return paged(entries, size, MAX_BLOCKS - 3, MAX_BLOCKS - 2)


def _entry_blocks(entry: _Entry, menus: _Menus | None, page: int) -> list[dict[str, Any]]:
    point = entry.point
    if point is None or menus is None:
        return [mrkdwn_section(entry.text)]
    if entry.late:
        return [mrkdwn_section(entry.text), _late_buttons(point, menus, page)]
    return [_managed(entry.text, point, menus, page)]


def page_of(block_id: str | None) -> int:
    """Which page of the agenda a button or menu sits on (0 for a message from before
    the agenda had pages), so a redraw replaces that page with itself."""
    found = PAGE_BLOCK.fullmatch(block_id or "")
    return int(found.group(1)) if found else 0


def _managed(text: str, point: PointInfo, menus: _Menus, page: int) -> dict[str, Any]:
    """A point on the agenda with the secretary's menu: order, move, no, handled."""
    block = mrkdwn_section(text)
    block["block_id"] = f"agenda_page{page}_{point.id}"
    block["accessory"] = {
        "type": "overflow",
        "action_id": f"{POINT_ACTION}_{point.id}",
        "options": [
            {"text": label, "value": f"{what}:{point.id}"} for what, label in menus.managed
        ],
    }
    return block


def _late_buttons(point: PointInfo, menus: _Menus, page: int) -> dict[str, Any]:
    buttons = []
    for what, label in menus.late:
        button = {
            "type": "button",
            "action_id": f"{POINT_ACTION}_{what}_{point.id}",
            "text": label,
            "value": f"{what}:{point.id}",
        }
        if what == "take":
            button["style"] = "primary"
        buttons.append(button)
    return {"type": "actions", "block_id": f"agenda_page{page}_late{point.id}", "elements": buttons}


# -- modals ------------------------------------------------------------------------------


def point_modal(meetings: list[MeetingInfo], channel_id: str, lang: str) -> View:
    blocks: list[Block] = [
        InputBlock(
            block_id="title",
            label=t("punkt.modal.title", lang),
            element=PlainTextInputElement(action_id="value", max_length=300),
        ),
        InputBlock(
            block_id="description",
            label=t("punkt.modal.description", lang),
            optional=True,
            element=PlainTextInputElement(action_id="value", multiline=True, max_length=2500),
        ),
    ]
    if meetings:
        # The soonest ones, as many as a menu holds.
        shown = meetings[:MAX_OPTIONS]
        options = [
            Option(text=fit(t(meeting_title(m, lang), lang), MAX_OPTION_TEXT), value=str(m.id))
            for m in shown
        ]
        default = chosen_kind(formote=False)
        initial = next((o for o, m in zip(options, shown, strict=True) if m.kind == default), None)
        blocks.append(
            InputBlock(
                block_id="meeting",
                label=t("punkt.modal.meeting", lang),
                element=StaticSelectElement(
                    action_id="value", options=options, initial_option=initial
                ),
            )
        )
    else:
        blocks.append(section(t("punkt.modal.no_meeting", lang)))
    blocks += [
        InputBlock(
            block_id="presents",
            label=t("punkt.modal.presents_label", lang),
            optional=True,
            element=CheckboxesElement(
                action_id="value",
                options=[Option(text=t("punkt.modal.presents", lang), value="yes")],
            ),
        ),
        InputBlock(
            block_id="links",
            label=t("punkt.modal.links", lang),
            optional=True,
            element=PlainTextInputElement(action_id="value", multiline=True, max_length=490),
        ),
    ]
    return View(
        type="modal",
        callback_id=POINT_MODAL,
        private_metadata=channel_id,
        title=PlainTextObject(text=t("punkt.modal.heading", lang)),
        submit=PlainTextObject(text=t("punkt.modal.submit", lang)),
        close=PlainTextObject(text=t("modal.cancel", lang)),
        blocks=blocks,
    )


def decision_modal(
    what: str, point_id: int, channel_id: str, response_url: str | None, lang: str, page: int
) -> View:
    """Asks the reason for a no, or the outcome of a handled point (on agenda page `page`)."""
    metadata = json.dumps(
        {
            "what": what,
            "point": point_id,
            "channel": channel_id,
            "response_url": response_url,
            "page": page,
        }
    )
    return View(
        type="modal",
        callback_id=DECISION_MODAL,
        private_metadata=metadata,
        title=PlainTextObject(text=t(f"dagordning.menu.{what}", lang)[:24]),
        submit=PlainTextObject(text=t("modal.save", lang)),
        close=PlainTextObject(text=t("modal.cancel", lang)),
        blocks=[
            InputBlock(
                block_id="text",
                label=t(f"punkt.modal.{what}_label", lang),
                hint=PlainTextObject(text=t(f"punkt.modal.{what}_hint", lang)),
                element=PlainTextInputElement(action_id="value", multiline=True, max_length=2000),
            )
        ],
    )

"""Block Kit for agenda points: the agenda, submission receipts and the point modals."""

from __future__ import annotations

import itertools
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
    escape,
    fit,
    section,
)
from adapters.slack.message import mrkdwn_section
from adapters.slack.mrkdwn import slack, t
from bot.agenda import AgendaLine, AgendaView, Attachment, PointInfo, Submitted, outline
from bot.attendance.receipts import point_receipt
from bot.core.when import format_date
from bot.meetings.labels import due_text, meeting_label, meeting_title
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


def _who(point: PointInfo, lang: str) -> str:
    name = escape(point.submitter_name or t("punkt.unknown_submitter", lang))
    home = escape(point.forening) if point.forening else t("brukarrad.show.group_verksamhet", lang)
    return f"{name}, {home}"


def point_line(point: PointInfo, lang: str) -> str:
    line = t(
        "dagordning.point", lang, title=escape(point.title), id=point.id, who=_who(point, lang)
    )
    if point.presents_self:
        line += t("dagordning.presents_self", lang)
    if point.late:
        line += t("dagordning.late_mark", lang)
    if point.attachment is not None:
        line += f" · {attachment_link(point.attachment, lang)}"
    return line


def attachment_link(attachment: Attachment, lang: str) -> str:
    """The file shared with the point's message, as a link named "bild" (or "fil")."""
    return f"<{attachment.link}|{t(attachment.label, lang)}>"


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


def agenda_pages(view: AgendaView, today: date) -> list[Reply]:
    """The agenda as one message, or several when it needs more blocks than Slack allows
    in one: every line is shown (late points waiting for a decision included), each page
    saying where it continues. Its blocks are written as Slack's JSON directly: an agenda
    of thousands of points would otherwise build and serialise tens of thousands of
    slack_sdk objects (most of what /dagordning cost at 2,000 points)."""
    lang = view.lang
    meeting = view.meeting
    place = t("mote.place", lang, place=escape(meeting.place)) if meeting.place else ""
    head = t(
        "dagordning.title",
        lang,
        meeting=meeting_label(meeting, lang),
        place=place,
        id=meeting.id,
        council=escape(view.council_name),
    )
    days_left = (meeting.dates.agenda_deadline - today).days
    deadline = format_date(meeting.dates.agenda_deadline, lang)
    countdown = (
        t("dagordning.open", lang, deadline=deadline, count=days_left)
        if days_left >= 0
        else t("dagordning.closed", lang, deadline=deadline)
    )
    entries = [_Entry(text, point) for text, point in _agenda_items(view)]
    if view.late:
        entries.append(_Entry(t("dagordning.late_title", lang)))
        entries += [_Entry(point_line(p, lang), p, late=True) for p in view.late]
    if view.settled:
        settled = [t("dagordning.settled_title", lang)]
        settled += [_settled_line(p, lang) for p in view.settled]
        entries += [_Entry(chunk) for chunk in chunks(settled)]
    hint = t("dagordning.hint_manage" if view.can_manage else "dagordning.hint", lang)
    menus = _Menus(lang) if view.can_manage else None
    pages = _paginate(entries, menus)
    replies = []
    for number, page in enumerate(pages):
        top = [mrkdwn_section(head), _context(countdown)] if number == 0 else []
        if number > 0:
            label = meeting_title(meeting, lang)
            top = [_context(t("dagordning.continued", lang, meeting=label, page=number + 1))]
        blocks = top + [b for entry in page for b in _entry_blocks(entry, menus, number)]
        last = number == len(pages) - 1
        blocks.append(
            _context(
                hint if last else t("dagordning.more", lang, page=number + 2, pages=len(pages))
            )
        )
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
    pages: list[list[_Entry]] = [[]]
    used = 2 + 1
    for entry in entries:
        size = 2 if entry.late and entry.point is not None and menus is not None else 1
        if used + size > MAX_BLOCKS and pages[-1]:
            pages.append([])
            used = 1 + 1
        pages[-1].append(entry)
        used += size
    return pages


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


def _agenda_items(view: AgendaView) -> list[tuple[str, PointInfo | None]]:
    """The numbered lines of the agenda, each with its point (for the secretary's menu)."""
    counter = itertools.count(1)
    items: list[tuple[str, PointInfo | None]] = []
    for line in outline(view):
        text = _line_text(line, view.lang)
        items.append((f"{next(counter)}. {text}" if line.numbered else f"   • {text}", line.point))
    return items


def _line_text(line: AgendaLine, lang: str) -> str:
    if line.point is not None:
        text = point_line(line.point, lang)
        return f"{t('dagordning.carried', lang)} {text}" if line.carried else text
    if line.action is not None:
        return _action_line(line.action, lang)
    if line.awaited is not None:
        return slack(line.awaited.phrase(lang), lang)
    if line.report is not None:
        return slack(line.report.phrase(lang), lang)
    if line.yearly:
        return t("dagordning.yearly", lang, title=escape(line.standing or ""))
    return escape(line.standing or "")


def _action_line(action: tuple[int, str, str | None, date | None], lang: str) -> str:
    item_id, text, owner, due = action
    return t(
        "dagordning.action",
        lang,
        id=item_id,
        text=escape(text),
        owner=escape(owner or t("punkt.unknown_submitter", lang)),
        due=due_text(due, lang),
    )


def _settled_line(point: PointInfo, lang: str) -> str:
    status = t(f"status.{point.status.value}", lang)
    outcome = f": {escape(point.outcome)}" if point.outcome else ""
    return f"• {point_line(point, lang)} – _{status}_{outcome}"


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

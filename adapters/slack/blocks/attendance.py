"""Block Kit and texts for attendance: answers, the ersättare's question, check-in, the
secretary's checklist, the register and the statistics."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    InputBlock,
    Option,
    PlainTextObject,
    RadioButtonsElement,
    TimePickerElement,
)
from slack_sdk.models.views import View

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.handlers.outgoing import as_dicts
from adapters.slack.handlers.replies import Reply, escape, lines_reply, section, text_reply
from adapters.slack.mrkdwn import slack, t
from bot.attendance.asks import SUBSTITUTE_ACTION, ask_key, ask_said
from bot.attendance.receipts import answer_receipt
from bot.attendance.service import Answered, CheckedIn, Registered, Roll, RollEntry
from bot.attendance.stats import Statistics
from bot.attendance.substitutes import SubstituteAnswered
from bot.core.notices import keys
from bot.core.outbox import Message
from bot.core.vocabulary import Answer, Presence
from bot.core.when import format_date
from bot.meetings.labels import clock, meeting_label, meeting_title
from bot.meetings.service import MeetingInfo

CHECKIN_ACTION = "narvaro_checkin"  # value: "<here|remote>:<meeting id>"
REGISTER_MODAL = "narvaro_register"
# A checklist line is three input blocks; Slack allows 100 blocks in a modal, and the
# intro (and a note when some do not fit) take two.
MAX_CHECKLIST = 32


def answered_reply(answered: Answered) -> Reply:
    lang = answered.lang
    lines = [slack(key, lang, **params) for key, params in answer_receipt(answered)]
    word = "kommer" if answered.answer == Answer.COMING else "kommer inte"
    return text_reply("\n".join(lines) + other_meeting(answered.other, word, lang))


def other_meeting(other: MeetingInfo | None, word: str, lang: str) -> str:
    """A line naming the other meeting they were summoned to, and how to pick it."""
    if other is None:
        return ""
    label = meeting_label(other, lang)
    return "\n" + t("narvaro.other", lang, meeting=label, id=other.id, word=word)


def substitute_asks(answered: Answered) -> list[Message]:
    """The question to each ersättare asked, with a yes and a no: queued with the answer."""
    asks: list[Message] = []
    for ask in answered.search.asks if answered.search else ():
        params = {k: escape(v) if isinstance(v, str) else v for k, v in ask.params.items()}
        text = t("narvaro.substitute.ask", ask.lang, **params)
        buttons = ActionsBlock(
            block_id=f"substitute_{ask.request_id}",
            elements=[
                ButtonElement(
                    action_id=f"{SUBSTITUTE_ACTION}_yes",
                    text=t("narvaro.substitute.yes", ask.lang),
                    value=f"yes:{ask.request_id}",
                    style="primary",
                ),
                ButtonElement(
                    action_id=f"{SUBSTITUTE_ACTION}_no",
                    text=t("narvaro.substitute.no", ask.lang),
                    value=f"no:{ask.request_id}",
                ),
            ],
        )
        asks.append(
            Message(
                ask.person_id,
                text,
                blocks=as_dicts([section(text), buttons]),
                # In the neutral form too, for an ersättare reached by email or in Teams.
                said=ask_said(ask),
                key=ask_key(ask),
                council_id=ask.council_id,
                subject=f"m{ask.meeting_id}",
            )
        )
    return asks


def deliver_answer(services: Services, answered: Answered) -> None:
    """Send now what the answer queued: the questions to the ersättare, and the notices."""
    asks = answered.search.asks if answered.search else ()
    send_now(services, [*(ask_key(a) for a in asks), *keys(answered.notices)])


def substitute_reply(answered: SubstituteAnswered) -> Reply:
    params = {k: escape(v) if isinstance(v, str) else v for k, v in answered.params.items()}
    return text_reply(t(f"narvaro.substitute.{answered.outcome.value}", answered.lang, **params))


def checkin_prompt(meeting: MeetingInfo, lang: str) -> tuple[str, list[Block]]:
    """The message with check-in buttons, posted when the meeting's window opens."""
    text = t("narvaro.checkin.prompt", lang, meeting=meeting_title(meeting, lang))
    buttons = ActionsBlock(
        block_id=f"checkin_{meeting.id}",
        elements=[
            ButtonElement(
                action_id=f"{CHECKIN_ACTION}_here",
                text=t("narvaro.checkin.button", lang),
                value=f"here:{meeting.id}",
                style="primary",
            ),
            ButtonElement(
                action_id=f"{CHECKIN_ACTION}_remote",
                text=t("narvaro.checkin.button_remote", lang),
                value=f"remote:{meeting.id}",
            ),
        ],
    )
    return text, [section(text), buttons]


def checked_in_reply(checked: CheckedIn) -> Reply:
    lang, meeting = checked.lang, meeting_label(checked.meeting, checked.lang)
    if checked.already:
        return text_reply(t("narvaro.checkin.already", lang, meeting=meeting))
    text = t(
        "narvaro.checkin.done",
        lang,
        meeting=meeting,
        presence=_presence(checked.presence, lang).lower(),  # a label inside a sentence
    )
    if checked.arrived_at is not None:
        text += t("narvaro.checkin.late", lang, time=clock(checked.arrived_at, lang))
    return text_reply(text)


def _presence(presence: Presence, lang: str) -> str:
    return t(f"presence.{presence.name.lower()}", lang)


def _who(entry: RollEntry, lang: str) -> str:
    home = entry.forening or (t("brukarrad.show.group_verksamhet", lang) if entry.is_unit else "")
    return f"{entry.name} ({home})" if home else entry.name


def checklist_modal(roll: Roll) -> View:
    """Per person: present / remote / absent, and a time for arriving late or leaving early."""
    lang = roll.lang
    options = [
        Option(value=p.value, text=PlainTextObject(text=_presence(p, lang))) for p in Presence
    ]
    by_value = {o.value: o for o in options}
    shown = roll.entries[:MAX_CHECKLIST]
    blocks: list[Block] = [
        section(t("narvaro.modal.intro", lang, meeting=meeting_title(roll.meeting, lang)))
    ]
    if len(shown) < len(roll.entries):
        blocks.append(
            section(t("narvaro.modal.too_many", lang, shown=len(shown), total=len(roll.entries)))
        )
    for entry in shown:
        initial = _initial_presence(entry)
        blocks += [
            InputBlock(
                block_id=f"presence_{entry.person_id}",
                label=_label(_who(entry, lang) + _replacing(entry, lang)),
                optional=True,
                element=RadioButtonsElement(
                    action_id="value",
                    options=options,
                    initial_option=by_value[initial.value] if initial else None,
                ),
            ),
            _time_input(entry, "arrived", lang),
            _time_input(entry, "left", lang),
        ]
    return View(
        type="modal",
        callback_id=REGISTER_MODAL,
        private_metadata=json.dumps({"meeting": roll.meeting.id, "channel": roll.conversation}),
        title=t("narvaro.modal.title", lang),
        submit=t("narvaro.modal.submit", lang),
        close=t("narvaro.modal.cancel", lang),
        blocks=blocks,
    )


def _label(text: str) -> PlainTextObject:
    return PlainTextObject(text=text[:2000])


def _replacing(entry: RollEntry, lang: str) -> str:
    return t("narvaro.list.replaces", lang, name=entry.replaces) if entry.replaces else ""


def _initial_presence(entry: RollEntry) -> Presence | None:
    """What is known: the register, else the answer (an apology: absent; a yes: present)."""
    if entry.presence is not None:
        return entry.presence
    if entry.answer == Answer.NOT_COMING:
        return Presence.ABSENT
    if entry.answer == Answer.COMING:
        return Presence.PRESENT
    return None


def _time_input(entry: RollEntry, which: str, lang: str) -> InputBlock:
    at = entry.arrived_at if which == "arrived" else entry.left_at
    return InputBlock(
        block_id=f"{which}_{entry.person_id}",
        label=_label(t(f"narvaro.modal.{which}", lang, name=entry.name)),
        optional=True,
        element=TimePickerElement(
            action_id="value", initial_time=at.strftime("%H:%M") if at else None
        ),
    )


def register_errors(err_person_id: int, text: str) -> dict[str, Any]:
    """The ack that keeps the modal open with the message under that person's times."""
    return {"response_action": "errors", "errors": {f"left_{err_person_id}": text}}


def registered_text(registered: Registered) -> str:
    lang = registered.lang
    counts = [
        t(f"narvaro.count.{p.name.lower()}", lang, count=registered.counts.get(p, 0))
        for p in Presence
    ]
    return t(
        "narvaro.register.saved",
        lang,
        meeting=meeting_label(registered.meeting, lang),
        summary=", ".join(counts),
    )


def roll_reply(roll: Roll) -> Reply:
    """The register by förening (before the meeting: the answers)."""
    lang = roll.lang
    lines = [t("narvaro.list.title", lang, meeting=meeting_label(roll.meeting, lang))]
    group: str | None = None
    for entry in roll.entries:
        heading = entry.forening or t(
            "brukarrad.show.group_verksamhet" if entry.is_unit else "brukarrad.show.group_none",
            lang,
        )
        if heading != group:
            group = heading
            lines.append(f"*{escape(heading)}*")
        details = ""
        if entry.arrived_at is not None:
            details += t("narvaro.list.arrived", lang, time=clock(entry.arrived_at, lang))
        if entry.left_at is not None:
            details += t("narvaro.list.left", lang, time=clock(entry.left_at, lang))
        if entry.replaces:
            details += t("narvaro.list.replaces", lang, name=escape(entry.replaces))
        if entry.replaced_by:
            details += t("narvaro.list.replaced_by", lang, name=escape(entry.replaced_by))
        if entry.reason:
            details += t("narvaro.list.reason", lang, reason=escape(entry.reason))
        lines.append(
            t(
                "narvaro.list.line",
                lang,
                name=escape(entry.name),
                status=_status(entry, lang),
                details=details,
            )
        )
    counts = Counter(e.presence for e in roll.entries if e.presence)
    if counts:
        lines.append(
            ", ".join(
                t(f"narvaro.count.{p.name.lower()}", lang, count=counts.get(p, 0)) for p in Presence
            )
        )
    return lines_reply(lines)


def _status(entry: RollEntry, lang: str) -> str:
    if entry.presence is not None:
        return _presence(entry.presence, lang).lower()
    if entry.answer is not None:
        return t(f"narvaro.status.{entry.answer.name.lower()}", lang)
    return t("narvaro.status.none", lang)


def statistics_reply(stats: Statistics) -> Reply:
    lang = stats.lang
    if not stats.meetings:
        return text_reply(t("narvaro.stats.none", lang))
    lines = [
        t(
            "narvaro.stats.title",
            lang,
            since=format_date(stats.since, lang),
            count=stats.meetings,
        )
    ]
    for share in stats.shares:
        line = t(
            "narvaro.stats.line",
            lang,
            forening=escape(share.forening),
            attended=share.attended,
            meetings=share.meetings,
            percent=round(100 * share.share),
        )
        if share.often_missing:
            line += t("narvaro.stats.often_missing", lang, count=share.missed)
        lines.append(line)
    if any(s.often_missing for s in stats.shares):
        lines.append(t("narvaro.stats.note", lang))
    text = "\n".join(lines)
    return Reply(text=text, blocks=(section(text),))

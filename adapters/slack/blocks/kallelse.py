"""Block Kit for the kallelse: the secretary's preview and receipts; the kallelse itself (the
channel post, each member's copy with its answer buttons, the notes about documents added
later) is composed once by bot.kallelse.message and shown by adapters.slack.message."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    DividerBlock,
)

from adapters.slack.handlers.replies import MAX_BLOCKS, Reply, escape, section, shown
from adapters.slack.message import rendered
from adapters.slack.mrkdwn import t
from bot.core.message import Message, Paragraph, Words
from bot.core.texts import CATALOGUES
from bot.core.when import When, format_date, format_when
from bot.kallelse.content import (
    meeting_phrase,
)
from bot.kallelse.message import SEND, SEND_ANYWAY, content
from bot.kallelse.service import (
    Delivered,
    DeliveryStatus,
    DocumentAdded,
    MemberCopy,
    Preview,
    Sent,
)
from bot.meetings.labels import meeting_label


def member_message(copy: MemberCopy) -> Reply:
    """A member's kallelse, redrawn with their own answer once they gave one."""
    return shown(copy.message)


# -- the secretary's preview and receipts ------------------------------------------------


def _send_button(preview: Preview) -> ButtonElement:
    lang = preview.kallelse.lang
    meeting_id = str(preview.kallelse.meeting.id)
    if not preview.late:
        return ButtonElement(
            action_id=SEND,
            text=t("kallelse.button.send", lang),
            value=meeting_id,
            style="primary",
        )
    return ButtonElement(
        action_id=SEND_ANYWAY,
        text=t("kallelse.button.send_anyway", lang),
        value=meeting_id,
        style="danger",
        confirm=ConfirmObject(
            title=t("kallelse.confirm.title", lang),
            text=t("kallelse.confirm.text", lang, last_day=format_date(preview.last_day, lang)),
            confirm=t("kallelse.button.send_anyway", lang),
            deny=t("modal.cancel", lang),
        ),
    )


def _status(preview: Preview) -> list[str]:
    lang = preview.kallelse.lang
    last_day = format_date(preview.last_day, lang)
    if preview.sent_at is not None:
        when = format_when(When(start=preview.sent_at), lang=lang)
        return [t("kallelse.preview.sent", lang, when=when)]
    who = "channel" if preview.in_channel else "formote"
    if preview.kallelse.group is not None:
        who = "working_group"  # the roster's alone
    lines = [t(f"kallelse.preview.audience_{who}", lang, count=preview.recipients)]
    if not preview.email_enabled:
        lines.append(t("kallelse.preview.no_email", lang))
    elif preview.emails:
        lines.append(t("kallelse.preview.email", lang, count=preview.emails))
    if preview.missing:
        fields = [t(f"kallelse.field.{f.value}", lang) for f in preview.missing]
        lines.append(t("kallelse.preview.missing", lang, fields=fields))
    if preview.breaks_outside:
        lines.append(
            t(
                "kallelse.preview.breaks_outside",
                lang,
                times=list(preview.breaks_outside),
                id=preview.kallelse.meeting.id,
            )
        )
    days = (preview.kallelse.meeting.when.start.date() - preview.last_day).days
    key = "kallelse.preview.late" if preview.late else "kallelse.preview.on_time"
    lines.append(t(key, lang, last_day=last_day, count=days))
    return lines


def preview_reply(preview: Preview) -> Reply:
    """Only the secretary (or chair) sees it: the kallelse as members will, then what
    sending does, and the button (for a late one "Skicka ändå", with a confirmation)."""
    kallelse = preview.kallelse
    lang = kallelse.lang
    intro = Words("kallelse.preview.intro", {"id": kallelse.meeting.id}, lang)
    tail: list[Block] = [DividerBlock(), section("\n".join(_status(preview)))]
    if preview.sent_at is None:
        tail.append(ActionsBlock(block_id="kallelse_send", elements=[_send_button(preview)]))
    head = rendered(Message((Paragraph(intro), *content(kallelse)))).blocks or []
    blocks = (*head[: MAX_BLOCKS - len(tail)], *tail)
    return Reply(text=t("kallelse.preview.intro", lang, id=kallelse.meeting.id), blocks=blocks)


def status_text(status: DeliveryStatus) -> str:
    """Per member where their copy stands: arrived, waiting, or why it could not be delivered;
    and their copy by email, if one was sent."""
    lang = status.lang
    lines = [t("kallelse.status.title", lang, meeting=meeting_label(status.meeting, lang))]
    if not status.sent:
        return "\n".join([*lines, t("kallelse.status.not_sent", lang)])
    for state in Delivered:
        found = [line for line in status.lines if line.state == state]
        if not found:
            continue
        lines.append(t(f"kallelse.status.{state.value}", lang, count=len(found)))
        lines += [
            "• "
            + escape(line.name)
            + (_why(line.error, lang) if line.error else "")
            + (f" ({t(f'kallelse.status.email.{line.email.value}', lang)})" if line.email else "")
            for line in found
        ]
    return "\n".join(lines)


def _why(code: str, lang: str) -> str:
    """Slack's error (or the sender's reason) as a person would say it."""
    known = f"kallelse.status.error.{code}"
    if known in CATALOGUES["sv"]:
        return f" – {t(known, lang)}"
    return f" – {t('kallelse.status.error.other', lang, code=escape(code))}"


def sent_text(sent: Sent, arrived: int) -> str:
    """What the secretary is told: to how many it is queued, how many it has reached so far,
    and how many wait ("köad till 46 …: levererad till 44, 2 väntar")."""
    kallelse = sent.kallelse
    lang = kallelse.lang
    meeting = meeting_phrase(kallelse)
    text = t(
        "kallelse.sent",
        lang,
        meeting=meeting,
        count=len(sent.recipients),
        channel=t("kallelse.sent.channel", lang) if sent.conversation else "",
        email=t("kallelse.sent.email", lang, count=sent.emailed) if sent.emailed else "",
        arrived=arrived,
    )
    waiting = len(sent.recipients) - arrived
    if waiting > 0:
        text += t("kallelse.sent.waiting", lang, count=waiting)
    return text + "." + (t("kallelse.sent.late", lang) if sent.late else "")


# -- documents ---------------------------------------------------------------------------


def document_reply(added: DocumentAdded) -> str:
    kallelse = added.kallelse
    lang = kallelse.lang
    text = t(
        "kallelse.document.added",
        lang,
        title=escape(added.document.title),
        meeting=meeting_phrase(kallelse),
    )
    if not added.sent:
        return text + t("kallelse.document.before_sending", lang)
    thread = t("kallelse.document.thread", lang) if added.thread_ts else ""
    email = t("kallelse.sent.email", lang, count=added.emailed) if added.emailed else ""
    return text + t(
        "kallelse.document.told", lang, count=len(added.recipients), thread=thread, email=email
    )

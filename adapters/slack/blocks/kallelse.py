"""Block Kit for the kallelse: the secretary's preview, the channel post, each member's DM
with its answer buttons, and the notes about documents added later."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
)

from adapters.slack.blocks.agenda import attachment_link
from adapters.slack.handlers.replies import MAX_BLOCKS, Reply, chunks, escape, section
from adapters.slack.mrkdwn import SLACK, encoded, t
from bot.core.texts import CATALOGUES
from bot.core.texts.render import said
from bot.core.vocabulary import Answer
from bot.core.when import When, format_date, format_when
from bot.kallelse.content import (
    DocumentInfo,
    Item,
    Kallelse,
    Named,
    Value,
    facts,
    heading,
    meeting_phrase,
    practical,
)
from bot.kallelse.service import (
    Delivered,
    DeliveryStatus,
    DocumentAdded,
    MemberCopy,
    Preview,
    Sent,
)
from bot.meetings.labels import meeting_label

SEND = "kallelse_send"  # value: the meeting id
SEND_ANYWAY = "kallelse_send_anyway"
ANSWER = "kallelse_answer"  # + "_coming", "_not_coming" or "_read"; value: the meeting id
HEADER_LIMIT = 150  # Slack's limit for a header's text


def _value(value: Value, lang: str) -> str:
    if isinstance(value, Named):
        return f"<@{value.user_id}>"
    if isinstance(value, DocumentInfo):
        if value.title == value.url:
            return f"<{encoded(value.url)}>"
        return f"<{encoded(value.url)}|{escape(value.title)}>"
    return said(SLACK, value, lang)


def _item(item: Item, lang: str) -> str:
    by = f" – _{said(SLACK, item.by, lang)}_" if item.by else ""
    text = said(SLACK, item.title, lang) + by
    if item.attachment is not None:
        text += f" · {attachment_link(item.attachment, lang)}"
    return f"{item.number}. {text}" if item.number else f"      • {text}"


def _sections(title: str, lines: list[str]) -> list[Block]:
    """A titled list as few sections as Slack's length limit allows."""
    return [section(text) for text in chunks([f"*{title}*", *lines])]


def content(kallelse: Kallelse) -> list[Block]:
    """The kallelse itself, the same for the preview, the channel and every DM."""
    lang = kallelse.lang
    blocks: list[Block] = [
        HeaderBlock(text=t(heading(kallelse), lang)[:HEADER_LIMIT]),
        section("\n".join(f"*{t(k, lang)}:* {_value(v, lang)}" for k, v in facts(kallelse))),
    ]
    agenda = [_item(i, lang) for i in kallelse.agenda] or [t("kallelse.agenda_empty", lang)]
    blocks += _sections(t("kallelse.agenda", lang), agenda)
    if kallelse.documents:
        lines = [f"• {_value(d, lang)}" for d in kallelse.documents]
        blocks += _sections(t("kallelse.documents", lang), lines)
    if practical(kallelse):
        lines = [f"*{t(k, lang)}:* {escape(v)}" for k, v in practical(kallelse)]
        blocks += _sections(t("kallelse.practical", lang), lines)
    if kallelse.preparation:
        blocks += _sections(t("kallelse.preparation", lang), [escape(kallelse.preparation)])
    if kallelse.glossary:
        lines = [f"*{escape(g.abbreviation)}* – {escape(g.meaning)}" for g in kallelse.glossary]
        blocks += _sections(t("kallelse.glossary", lang), lines)
    return blocks


def _context(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=text)])


def _notification(kallelse: Kallelse) -> str:
    """The text a notification and a screen reader get for the whole message."""
    when = format_when(kallelse.meeting.when, lang=kallelse.lang)
    return f"{t(heading(kallelse), kallelse.lang)}: {when}"


def _fit(blocks: list[Block], tail: list[Block]) -> tuple[Block, ...]:
    """Keep the tail (the buttons) whatever the length of the content before it."""
    return tuple(blocks[: MAX_BLOCKS - len(tail)] + tail)


def _contact_line(kallelse: Kallelse) -> str:
    who = (
        _value(kallelse.contact, kallelse.lang)
        if kallelse.contact
        else t("kallelse.the_secretary", kallelse.lang)
    )
    return t("kallelse.footer.contact", kallelse.lang, contact=who)


# -- the channel and the DMs ---------------------------------------------------------------


def channel_message(kallelse: Kallelse) -> Reply:
    lang = kallelse.lang
    footer = f"{t('kallelse.footer.channel', lang)} {_contact_line(kallelse)}"
    return Reply(text=_notification(kallelse), blocks=_fit(content(kallelse), [_context(footer)]))


def member_message(copy: MemberCopy) -> Reply:
    """A member's kallelse: their buttons, and their own answer once they gave one."""
    kallelse = copy.kallelse
    lang = kallelse.lang
    meeting_id = str(kallelse.meeting.id)
    lines = []
    if copy.answer is not None:
        key = "coming" if copy.answer == Answer.COMING else "not_coming"
        lines.append(t(f"kallelse.answered.{key}", lang))
    if copy.read:
        lines.append(t("kallelse.answered.read", lang))
    if not lines:
        key = "kallelse.footer.answer" if copy.answers else "kallelse.footer.substitute"
        lines.append(t(key, lang))
    lines.append(_contact_line(kallelse))
    whats = ["coming", "not_coming", "read"] if copy.answers else ["read"]
    chosen = {
        "coming": copy.answer == Answer.COMING,
        "not_coming": copy.answer == Answer.NOT_COMING,
        "read": copy.read,
    }
    buttons = ActionsBlock(
        block_id=f"kallelse_answers_{meeting_id}",
        elements=[
            ButtonElement(
                action_id=f"{ANSWER}_{what}",
                text=t(f"kallelse.button.{what}", lang),
                value=meeting_id,
                style="primary" if chosen[what] else None,
            )
            for what in whats
        ],
    )
    tail: list[Block] = [DividerBlock(), section("\n".join(lines)), buttons]
    return Reply(text=_notification(kallelse), blocks=_fit(content(kallelse), tail))


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
    lang = preview.kallelse.lang
    intro = section(t("kallelse.preview.intro", lang, id=preview.kallelse.meeting.id))
    tail: list[Block] = [DividerBlock(), section("\n".join(_status(preview)))]
    if preview.sent_at is None:
        tail.append(ActionsBlock(block_id="kallelse_send", elements=[_send_button(preview)]))
    blocks = _fit([intro, *content(preview.kallelse)], tail)
    return Reply(
        text=t("kallelse.preview.intro", lang, id=preview.kallelse.meeting.id), blocks=blocks
    )


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


def document_notice(added: DocumentAdded) -> str:
    """For the kallelse's thread and each member's DM."""
    kallelse = added.kallelse
    lang = kallelse.lang
    return t(
        "kallelse.document.notice",
        lang,
        meeting=meeting_phrase(kallelse),
        council=escape(kallelse.council_name),
        document=_value(added.document, lang),
    )


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

"""`kallelse` from Teams: the officer's preview as a card with its send button (a late one
"Skicka ändå"), what sending did, where each member's copy stands, and a document added;
the words read by bot.commands.kallelse. The kallelse itself is composed once by
bot.kallelse.message and goes through the outbox like every message."""

from __future__ import annotations

from adapters.teams.commands import Asked, joined, one
from adapters.teams.ids import TEAMS
from adapters.teams.text import read_mention
from bot.commands.help import Help
from bot.commands.kallelse import (
    AddDocument,
    KallelseRequest,
    Preview,
    SetEmail,
    SetTerm,
    SetText,
    Status,
    parse,
)
from bot.core.identity import Account
from bot.core.message import Action, Actions, Divider, Line, Message, Paragraph, Section, Words
from bot.core.texts import Ref
from bot.core.texts.render import Mention, Value
from bot.core.vocabulary import MeetingKind
from bot.core.when import When, format_date, format_when
from bot.kallelse import answers
from bot.kallelse.content import meeting_phrase
from bot.kallelse.message import SEND, SEND_ANYWAY, content
from bot.kallelse.service import Delivered, DeliveryStatus, Sent
from bot.kallelse.service import Preview as Previewed
from bot.meetings.labels import meeting_label


def read(text: str) -> KallelseRequest:
    return parse(text, person=read_mention, link=lambda _: None, addresses=lambda words: words)


def run(asked: Asked, rest: str) -> Message:
    request = read(rest)
    services, lang = asked.services, asked.lang
    if isinstance(request, Help):
        return one("kallelse.help", lang)
    if isinstance(request, Preview | Status | AddDocument):
        meeting = {"meeting_id": request.meeting.meeting_id, "formote": request.meeting.formote}
        if isinstance(request, Preview):
            return preview(services.kallelse.preview(**meeting, **asked.caller))
        if isinstance(request, Status):
            return status(services.kallelse.delivery(**meeting, **asked.caller))
        added = services.kallelse.add_document(
            url=request.url, title=request.title, **meeting, **asked.caller
        )
        asked.queued += added.keys
        params: dict[str, Value] = {
            "title": added.document.title,
            "meeting": meeting_phrase(added.kallelse),
        }
        if not added.sent:
            tail: Value = Ref("kallelse.document.before_sending")
        else:
            email = Ref("kallelse.sent.email", added.emailed) if added.emailed else ""
            told = {"thread": "", "email": email}
            tail = Ref("kallelse.document.told", len(added.recipients), told)
        return Message.of(joined(lang, Ref("kallelse.document.added", params=params), tail))
    lines = _settings(asked, request)
    if lines is not None:
        return Message.of(joined(lang, *(Ref(key, params=params) for key, params in lines)))
    return one("teams.kallelse.elsewhere", lang)


def _settings(asked: Asked, request: KallelseRequest) -> list[answers.Line] | None:
    """The kallelse's texts, abbreviations and email addresses, answered in the words
    Slack's answers have (bot.kallelse.answers); None for what Teams does not do yet."""
    kallelse = asked.services.kallelse
    if isinstance(request, SetText):
        done = kallelse.set_text(
            field=request.field,
            value=request.value,
            meeting_id=request.meeting.meeting_id,
            kind=request.meeting.kind or MeetingKind.STORMOTE,
            **asked.caller,
        )
        return answers.text_set(done, request.word, cleared=request.value is None)
    if isinstance(request, SetTerm):
        term = kallelse.set_term(
            abbreviation=request.abbreviation, meaning=request.meaning, **asked.caller
        )
        return answers.term_set(term, removed=request.meaning is None)
    if isinstance(request, SetEmail):
        person = request.person
        whose = kallelse.set_email(
            email=request.address, for_account=person.account if person else None, **asked.caller
        )
        own = whose == asked.who.external_id
        name = (person.label if person else None) or whose
        who = Mention(name, Account(TEAMS, asked.who.workspace, whose))
        return answers.email_set(who, own=own, removed=request.address is None)
    return None


def preview(previewed: Previewed) -> Message:
    """The kallelse as members will see it, then what sending does, and the button."""
    kallelse = previewed.kallelse
    lang = kallelse.lang
    words = [Words(key, params, lang) for key, params in _status(previewed)]
    tail: list[Divider | Section | Actions] = [
        Divider(),
        Section(None, tuple(Line(w) for w in words)),
    ]
    if previewed.sent_at is None:
        late = previewed.late
        label = "kallelse.button.send_anyway" if late else "kallelse.button.send"
        button = Action(
            SEND_ANYWAY if late else SEND,
            Words(label, {}, lang),
            str(kallelse.meeting.id),
            "danger" if late else "primary",
        )
        tail.append(Actions((button,), id="kallelse_send"))
    intro = Words("kallelse.preview.intro", {"id": kallelse.meeting.id}, lang)
    return Message((Paragraph(intro), *content(kallelse), *tail), summary=intro)


def _status(previewed: Previewed) -> list[tuple[str, dict[str, Value]]]:
    lang = previewed.kallelse.lang
    last_day = format_date(previewed.last_day, lang)
    if previewed.sent_at is not None:
        when = format_when(When(start=previewed.sent_at), lang=lang)
        return [("kallelse.preview.sent", {"when": when})]
    who = "channel" if previewed.in_channel else "formote"
    lines: list[tuple[str, dict[str, Value]]] = [
        (f"kallelse.preview.audience_{who}", {"count": previewed.recipients})
    ]
    if not previewed.email_enabled:
        lines.append(("kallelse.preview.no_email", {}))
    elif previewed.emails:
        lines.append(("kallelse.preview.email", {"count": previewed.emails}))
    if previewed.missing:
        fields: list[Value] = [Ref(f"kallelse.field.{f.value}") for f in previewed.missing]
        lines.append(("kallelse.preview.missing", {"fields": fields}))
    if previewed.breaks_outside:
        times: list[Value] = list(previewed.breaks_outside)
        params: dict[str, Value] = {"times": times, "id": previewed.kallelse.meeting.id}
        lines.append(("kallelse.preview.breaks_outside", params))
    days = (previewed.kallelse.meeting.when.start.date() - previewed.last_day).days
    key = "kallelse.preview.late" if previewed.late else "kallelse.preview.on_time"
    lines.append((key, {"last_day": last_day, "count": days}))
    return lines


def sent(done: Sent) -> Message:
    """What the officer is told once it is sent: to how many, by which ways."""
    kallelse = done.kallelse
    params: dict[str, Value] = {
        "meeting": meeting_phrase(kallelse),
        "channel": Ref("kallelse.sent.channel") if done.conversation else "",
        "email": Ref("kallelse.sent.email", done.emailed) if done.emailed else "",
    }
    queued = Ref("teams.kallelse.sent", len(done.recipients), params)
    late = Ref("kallelse.sent.late") if done.late else ""
    return Message.of(joined(kallelse.lang, queued, ".", late))


def status(found: DeliveryStatus) -> Message:
    """Per member where their copy stands: arrived, waiting, or not delivered."""
    lang = found.lang
    title = Words("kallelse.status.title", {"meeting": meeting_label(found.meeting, lang)}, lang)
    if not found.sent:
        return Message.of(title, Words("kallelse.status.not_sent", {}, lang))
    sections = []
    for state in Delivered:
        names = tuple(
            Line(Words("message.text", {"text": line.name}, lang), bullet=True)
            for line in found.lines
            if line.state == state
        )
        if not names:
            continue
        heading = Words(f"kallelse.status.{state.value}", {"count": len(names)}, lang)
        sections.append(Section(heading, names))
    return Message((Paragraph(title), *sections))

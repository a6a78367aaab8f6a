"""`narvaro` from Teams: answer the kallelse (coming, or not with a reason: the förening's
ersättare are asked in their own chats), say the minutes are read, check in, the register
and the statistics; the words read by bot.commands.narvaro. The checklist is Slack's form."""

from __future__ import annotations

from collections import Counter

from adapters.teams.commands import Asked, joined, one, said
from bot.attendance.asks import ask_key, substitute_questions
from bot.attendance.receipts import answer_receipt
from bot.attendance.service import Answered, CheckedIn, Roll
from bot.attendance.stats import Statistics
from bot.commands.help import Help
from bot.commands.narvaro import Answering, CheckIn, Read, Register, parse
from bot.commands.narvaro import Statistics as AskedStatistics
from bot.core.message import Message
from bot.core.notices import keys
from bot.core.texts import Ref
from bot.core.texts.render import Value, plain
from bot.core.vocabulary import Answer, Presence
from bot.core.when import format_date
from bot.meetings.labels import clock, hours_value, meeting_label
from bot.meetings.service import MeetingInfo

Lines = list[tuple[str, dict[str, Value]]]


def run(asked: Asked, rest: str) -> Message:
    request = parse(rest)
    services, lang = asked.services, asked.lang
    if isinstance(request, Help):
        return one("narvaro.help", lang)
    if isinstance(request, Answering):
        result = services.attendance.answer(
            answer=request.answer,
            reason=request.reason,
            compose=substitute_questions,
            **request.meeting.asked,
            **asked.caller,
        )
        asked.queued += answer_keys(result)
        return answered(result)
    if isinstance(request, Read):
        read = services.attendance.mark_read(
            minutes=request.minutes, **request.meeting.asked, **asked.caller
        )
        lang = read.lang
        thanks = Ref("narvaro.read", params={"meeting": meeting_label(read.meeting, lang)})
        hours: Value = ""
        if read.reading_minutes is not None:
            hours = Ref("narvaro.read.hours", hours_value(read.reading_minutes))
        return Message.of(joined(lang, thanks, hours, _other(read.other, "läst", lang)))
    if isinstance(request, CheckIn):
        return checked_in(
            services.attendance.check_in(
                remote=request.remote, **request.meeting.asked, **asked.caller
            )
        )
    if isinstance(request, Register):
        return roll(services.attendance.register_list(**request.meeting.asked, **asked.caller))
    if isinstance(request, AskedStatistics):
        return statistics(services.attendance.statistics(**asked.caller))
    # The checklist is a form of Slack's; in Teams, the register as it stands.
    return roll(services.attendance.register_list(**request.meeting.asked, **asked.caller))


def answer_keys(answered: Answered) -> list[str]:
    """What an answer queued: the questions to the ersättare, and the notices."""
    asks = answered.search.asks if answered.search else ()
    return [*(ask_key(a) for a in asks), *keys(answered.notices)]


def answered(result: Answered) -> Message:
    lines: Lines = list(answer_receipt(result))
    word = "kommer" if result.answer == Answer.COMING else "kommer inte"
    other = _other(result.other, word, result.lang)
    if other:
        lines.append(("message.joined", {"a": other, "b": "", "c": "", "d": ""}))
    return said(result.lang, *lines)


def _other(other: MeetingInfo | None, word: str, lang: str) -> Value:
    if other is None:
        return ""
    label = meeting_label(other, lang)
    return Ref("narvaro.other", params={"meeting": label, "id": other.id, "word": word})


def checked_in(checked: CheckedIn) -> Message:
    lang, meeting = checked.lang, meeting_label(checked.meeting, checked.lang)
    if checked.already:
        return one("narvaro.checkin.already", lang, meeting=meeting)
    presence = _presence(checked.presence, lang)
    done = Ref("narvaro.checkin.done", params={"meeting": meeting, "presence": presence})
    late: Value = ""
    if checked.arrived_at is not None:
        late = Ref("narvaro.checkin.late", params={"time": clock(checked.arrived_at, lang)})
    return Message.of(joined(lang, done, late))


def _presence(presence: Presence, lang: str) -> str:
    """A presence's label inside a sentence."""
    return plain(f"presence.{presence.name.lower()}", lang).lower()


def roll(found: Roll) -> Message:
    """The register (before the meeting: the answers), one line a person."""
    lang = found.lang
    lines: Lines = [("narvaro.list.title", {"meeting": meeting_label(found.meeting, lang)})]
    for entry in found.entries:
        status: Value
        if entry.presence is not None:
            status = _presence(entry.presence, lang)
        elif entry.answer is not None:
            status = Ref(f"narvaro.status.{entry.answer.name.lower()}")
        else:
            status = Ref("narvaro.status.none")
        details: Value = ""
        if entry.replaces:
            details = Ref("narvaro.list.replaces", params={"name": entry.replaces})
        elif entry.replaced_by:
            details = Ref("narvaro.list.replaced_by", params={"name": entry.replaced_by})
        elif entry.reason:
            details = Ref("narvaro.list.reason", params={"reason": entry.reason})
        lines.append(
            ("narvaro.list.line", {"name": entry.name, "status": status, "details": details})
        )
    counts = Counter(e.presence for e in found.entries if e.presence)
    if counts:
        parts: list[Value] = [
            Ref(f"narvaro.count.{p.name.lower()}", counts.get(p, 0)) for p in Presence
        ]
        lines.append(("message.text", {"text": parts}))
    return said(lang, *lines)


def statistics(stats: Statistics) -> Message:
    lang = stats.lang
    if not stats.meetings:
        return one("narvaro.stats.none", lang)
    since = format_date(stats.since, lang)
    lines: Lines = [("narvaro.stats.title", {"since": since, "count": stats.meetings})]
    for share in stats.shares:
        params: dict[str, Value] = {
            "forening": share.forening,
            "attended": share.attended,
            "meetings": share.meetings,
            "percent": round(100 * share.share),
        }
        lines.append(("narvaro.stats.line", params))
    return said(lang, *lines)

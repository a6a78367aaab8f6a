"""The minutes as a document: one layout from the record and its facts, then formats.

The layout is made of catalogue phrases whose parameters are people's words (and dates),
so every format writes them as its channel does (bot.core.texts.render.Channel): Markdown here,
Block Kit in the chat adapter's blocks, DOCX in bot/minutes/archive.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.commands.grammar import fold
from bot.core.texts import Ref
from bot.core.texts.render import Channel, render
from bot.core.vocabulary import MinutesStatus, NoteKind
from bot.core.when import When, format_date, format_when
from bot.core.written import readable
from bot.minutes.facts import Attendee, Facts, MeetingFacts
from bot.minutes.outcomes import action_phrase, outcome
from bot.minutes.record import Entry, Item, Record

ENTRY_KEYS = {
    NoteKind.DECISION: "protokoll.doc.decision",
    NoteKind.INFO: "protokoll.doc.info",
    NoteKind.NOTE: "protokoll.doc.note",
    NoteKind.REJECTION: "protokoll.doc.rejection",
}
STATUS_KEYS = {
    MinutesStatus.DRAFT: "protokoll.doc.status.draft",
    MinutesStatus.JUSTERING: "protokoll.doc.status.justering",
    MinutesStatus.LOCKED: "protokoll.doc.status.locked",
    MinutesStatus.PUBLISHED: "protokoll.doc.status.published",
}
PRESENCE_KEYS = {
    "present": "protokoll.doc.present",
    "remote": "protokoll.doc.remote",
    "absent": "protokoll.doc.absent",
    "unknown": "protokoll.doc.unknown",
}


@dataclass(frozen=True)
class Phrase:
    """A catalogue key and its parameters; str parameters are escaped by each format."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Said:
    """A phrase as an approved version read (bot.minutes.snapshot): the catalogue's text
    and people's words apart (odd parts are words), so each format escapes only the words."""

    parts: tuple[str, ...]


Text = Phrase | Said


def say(phrase: Text, lang: str, channel: Channel) -> str:
    """The phrase as the channel writes it: the catalogue's words with their marks, people's
    words (every str parameter) made inert its way."""
    if isinstance(phrase, Said):
        parts = enumerate(phrase.parts)
        return "".join(channel.words(p) if i % 2 else channel.marked(p) for i, p in parts)
    return render(channel, ref_of(phrase), lang)


def ref_of(value: object) -> object:
    """A phrase as the catalogue renders it (bot.core.texts.Ref), nested phrases and lists too."""
    if isinstance(value, Phrase):
        return Ref(value.key, params={k: ref_of(v) for k, v in value.params.items()})
    if isinstance(value, list | tuple):
        return [ref_of(v) for v in value]
    return value


@dataclass(frozen=True)
class Section:
    heading: Text
    lines: tuple[Text, ...]
    item: str | None = None  # the agenda item shown, for the secretary's edit button
    sub: bool = False  # an item under another ("5.1")


@dataclass(frozen=True)
class Layout:
    lang: str
    title: Text
    meta: tuple[Text, ...]
    sections: tuple[Section, ...]
    dated: datetime  # the log's last change: the document's date in the archive
    name: str  # file name without extension


def layout(record: Record, facts: Facts) -> Layout:
    zone = ZoneInfo(facts.timezone)
    meeting = facts.meeting
    meta = [_when(meeting, zone, facts.lang)]
    if meeting.place:
        meta.append(Phrase("protokoll.doc.place", {"place": meeting.place}))
    meta.append(status_phrase(record))
    if record.chosen and facts.justerare:
        chosen = [facts.people.get(pid, "?") for pid in facts.justerare]
        meta.append(Phrase("protokoll.doc.chosen", {"names": chosen}))
    sections = [_attendance(facts)]
    sections += [_item(item, record, facts) for item in record.outline]
    if facts.next_meeting is not None:
        following = [_when(facts.next_meeting, zone, facts.lang)]
        if facts.next_meeting.place:
            following.append(Phrase("protokoll.doc.place", {"place": facts.next_meeting.place}))
        sections.append(Section(Phrase("protokoll.doc.next_title"), tuple(following)))
    sections.append(_signatures(facts))
    if record.approvals or record.amendments:
        sections.append(_log(record, facts, zone))
    local_day = meeting.start.astimezone(zone).date()
    return Layout(
        lang=facts.lang,
        title=Phrase("protokoll.doc.title", {"council": facts.council}),
        meta=tuple(meta),
        sections=tuple(sections),
        dated=record.updated_at or meeting.start,
        name=f"protokoll-{local_day.isoformat()}-{fold(meeting.kind.value)}",
    )


def status_phrase(record: Record) -> Phrase:
    key = STATUS_KEYS[record.status]
    if record.locked and not record.justered:
        key = "protokoll.doc.status.unjustered"
    return Phrase(key, {"version": record.version})


def _when(meeting: MeetingFacts, zone: ZoneInfo, lang: str) -> Phrase:
    end = meeting.end.astimezone(zone) if meeting.end else None
    when = When(meeting.start.astimezone(zone), end)
    return Phrase(
        "protokoll.doc.when",
        {"kind": Phrase(f"kind.{meeting.kind.value}"), "when": format_when(when, lang=lang)},
    )


def _at(instant: datetime, zone: ZoneInfo, lang: str) -> str:
    return format_when(When(instant.astimezone(zone)), lang=lang)


def _attendee(person: Attendee) -> str | Phrase:
    if person.replaces is None:
        return person.name
    return Phrase("protokoll.doc.replaces", {"name": person.name, "replaced": person.replaces})


def _attendance(facts: Facts) -> Section:
    lines = [
        Phrase(key, {"group": group.name, "names": [_attendee(p) for p in people]})
        for group in facts.attendance
        for how, key in PRESENCE_KEYS.items()
        if (people := getattr(group, how))
    ]
    return Section(
        Phrase("protokoll.doc.attendance_title"),
        tuple(lines) or (Phrase("protokoll.doc.no_register"),),
    )


def _name(facts: Facts, person_id: int | None) -> str | Phrase:
    name = facts.people.get(person_id) if person_id is not None else None
    return name if name is not None else Phrase("punkt.unknown_submitter")


def _due(day: date | None, lang: str) -> str | None:
    return format_date(day, lang) if day else None


def entry_phrase(entry: Entry, facts: Facts) -> Phrase:
    if entry.kind == NoteKind.ACTION:
        key, params = action_phrase(entry, facts.lang)
        return Phrase(key, params | {"owner": entry.owner or Phrase("punkt.unknown_submitter")})
    if entry.kind == NoteKind.POSTPONED:
        if not entry.text:
            return Phrase("protokoll.doc.postponed")
        return Phrase("protokoll.doc.postponed_because", {"text": entry.text})
    return Phrase(ENTRY_KEYS[entry.kind], {"text": entry.text})


def _item(item: Item, record: Record, facts: Facts) -> Section:
    entries = record.entries_of(item.number)
    lines: list[Phrase] = []
    point = facts.points.get(item.point_id) if item.point_id is not None else None
    if point is not None:
        group = point.forening or Phrase("brukarrad.show.group_verksamhet")
        who = point.submitter or Phrase("punkt.unknown_submitter")
        lines.append(Phrase("protokoll.doc.submitted_by", {"name": who, "group": group}))
    lines += [
        Phrase(
            "protokoll.doc.followed",
            {
                "id": action.id,
                "text": action.text,
                "owner": action.owner or Phrase("punkt.unknown_submitter"),
                "due": (
                    Phrase("dagordning.due", {"date": _due(action.due, facts.lang)})
                    if action.due
                    else Phrase("dagordning.no_due")
                ),
            },
        )
        for action in item.actions
    ]
    lines += [entry_phrase(e, facts) for e in entries]
    if point is not None:
        fate = outcome(point, entries, facts.lang)
        if fate.settled_before:
            status = Phrase(f"status.{fate.status.value}")
            lines.append(
                Phrase("protokoll.doc.settled", {"status": status, "text": fate.text})
                if fate.text
                else Phrase("protokoll.doc.settled_bare", {"status": status})
            )
        elif not entries:
            lines.append(Phrase("protokoll.doc.not_reached"))
    elif not lines:
        lines.append(Phrase("protokoll.doc.nothing"))
    heading = "protokoll.doc.item_carried" if item.carried else "protokoll.doc.item"
    return Section(
        Phrase(heading, {"number": item.number, "title": item.title}),
        tuple(lines),
        item=item.number,
        sub=item.is_sub,
    )


def _signatures(facts: Facts) -> Section:
    lines = [
        Phrase(key, {"names": [facts.people.get(pid, "") for pid in people]})
        for key, people in (
            ("protokoll.doc.secretary", facts.secretary),
            ("protokoll.doc.chair", facts.chair),
            ("protokoll.doc.justerare", facts.justerare),
        )
        if people
    ]
    return Section(Phrase("protokoll.doc.signatures_title"), tuple(lines))


def _log(record: Record, facts: Facts, zone: ZoneInfo) -> Section:
    lines = [
        Phrase(
            "protokoll.doc.approved",
            {
                "name": _name(facts, a.person_id),
                "at": _at(a.at, zone, facts.lang),
                "version": a.version,
            },
        )
        for a in record.approvals
    ]
    lines += [
        Phrase(
            "protokoll.doc.amended",
            {
                "at": _at(a.decided_at, zone, facts.lang),
                "requested": _name(facts, a.requested_by),
                "confirmed": _name(facts, a.confirmed_by),
            },
        )
        for a in record.amendments
        if a.confirmed_by is not None and a.decided_at is not None
    ]
    return Section(Phrase("protokoll.doc.log_title"), tuple(lines))


# -- Markdown ------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def markdown_escape(text: str) -> str:
    """People's words stay words: no emphasis, links, HTML or headings of their own; their
    mentions and links in words (bot/core/written.py)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(readable(text).split()))


class MarkdownWords(Channel):
    """Markdown reads the catalogue's marks as they are; people's words are escaped."""

    def words(self, text: str) -> str:
        return markdown_escape(text)


MARKDOWN = MarkdownWords()


def markdown(doc: Layout) -> str:
    def text(phrase: Text) -> str:
        return say(phrase, doc.lang, MARKDOWN)

    out = [f"# {text(doc.title)}", ""]
    out += [line for phrase in doc.meta for line in (text(phrase), "")]
    for section in doc.sections:
        out += [f"{'###' if section.sub else '##'} {text(section.heading)}", ""]
        out += [f"- {text(line)}" for line in section.lines]
        out.append("")
    return "\n".join(out)


def markdown_bytes(doc: Layout) -> bytes:
    return markdown(doc).encode("utf-8")

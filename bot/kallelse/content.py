"""What a kallelse says and to whom: composed from the meeting, its agenda (bot.agenda), its
documents and the texts the council sets (its defaults, overridden field by field for one
meeting). Pure data and reading; bot.kallelse.service sends it, bot.kallelse.message says it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from adapters.storage.models import Council, GlossaryTerm, KallelseTexts, Meeting, Person
from bot.agenda import AgendaLine, Attachment, agenda_view, outline
from bot.attendance.roll import members_at
from bot.commands.grammar import web_link
from bot.core.identity import Account
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref, join_list
from bot.core.texts.render import PLAIN, said
from bot.core.vocabulary import Role
from bot.core.when import format_when
from bot.meetings.labels import due_text, meeting_label
from bot.meetings.service import MeetingInfo, meeting_info, visible_to
from bot.meetings.summoned import roster_for, summoned
from bot.reminders.addresses import prefers_email

URL = re.compile(r"https?://[^\s<>|\"]+")
# A clock time as written in a text: "14.30", "kl 9:15", "kl. 14".
CLOCK = re.compile(
    r"(?<![\d.:])(?:([01]?\d|2[0-3])[.:]([0-5]\d)|kl\.?\s*([01]?\d|2[0-3]))(?![\d.:]?\d)",
    re.IGNORECASE,
)


class Field(StrEnum):
    """The texts a council sets for its kallelser (the KallelseTexts columns)."""

    PURPOSE = "purpose"
    LEADER = "leader"
    CONTACT = "contact"
    BREAKS = "breaks"
    FOOD = "food"
    PREPARATION = "preparation"


PEOPLE_FIELDS = frozenset({Field.LEADER, Field.CONTACT})
# Shown in the preview as missing when unset: a good kallelse has them (shared/domain.md).
RECOMMENDED = (Field.PURPOSE, Field.PREPARATION)


@dataclass(frozen=True)
class Named:
    name: str
    # The account a chat reaches them by, for a mention (None: named by name).
    account: Account | None = None


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    url: str


@dataclass(frozen=True)
class Term:
    abbreviation: str
    meaning: str


# People's words as stored, or a phrase of the catalogue's around them: each renderer
# writes it for its channel (bot.core.texts.render.said).
Words = str | Ref


@dataclass(frozen=True)
class Item:
    """One agenda line in neutral words; renderers escape and decorate it."""

    number: int | None  # None: under the numbered item before it
    title: Words
    by: Words | None  # who raised it ("Anna Andersson, RSMH Väst"), or an action's owner
    attachment: Attachment | None = None  # a file shared with the point's message


@dataclass(frozen=True)
class Kallelse:
    council_id: int
    workspace: str
    council_name: str
    lang: str
    meeting: MeetingInfo
    sequence: int
    purpose: str | None
    leader: Named | None
    contact: Named | None
    agenda: tuple[Item, ...]
    documents: tuple[DocumentInfo, ...]
    breaks: str | None
    food: str | None
    preparation: str | None
    glossary: tuple[Term, ...]  # only the abbreviations the kallelse uses
    # Invited to this meeting only, not members (KallelseService.invite): named in it.
    guests: tuple[str, ...] = ()
    # A working group's meeting: the group's name and mandate.
    group: tuple[str, str] | None = None

    @property
    def link(self) -> str | None:
        """The meeting's place when it is a link (a remote meeting)."""
        place = web_link(self.meeting.place or "")
        return place if URL.fullmatch(place) else None


@dataclass(frozen=True)
class Recipient:
    person_id: int
    account: Account | None  # their chat account; None: reached by email only
    name: str
    email: str | None
    answers: bool  # holds a seat; an ersättare gets it to read, and is asked if needed
    # Their copy in the chat reaches them as a letter: no chat account, or they prefer email.
    mailed: bool = False

    @property
    def handle(self) -> str:
        """Names them in outbox keys: their chat account, else their person."""
        return self.account.external_id if self.account else f"p{self.person_id}"


def calendar_uid(kallelse: Kallelse) -> str:
    """Stable per meeting, whatever the mail settings, so updates replace the invitation."""
    return f"meeting-{kallelse.meeting.id}.{kallelse.workspace.lower()}@brukarbot"


def kind_word(kallelse: Kallelse) -> Ref:
    """ "stormöte", as it reads inside a sentence."""
    return Ref(f"kind.word.{kallelse.meeting.kind.value}")


def meeting_phrase(kallelse: Kallelse) -> Ref:
    """ "stormöte torsdag 3 december 2026 kl. 13.00–16.00" """
    return meeting_label(kallelse.meeting, kallelse.lang)


def heading(kallelse: Kallelse) -> Ref:
    return Ref(
        "kallelse.heading", params={"kind": kind_word(kallelse), "council": kallelse.council_name}
    )


Value = Words | Named | DocumentInfo


def facts(kallelse: Kallelse) -> list[tuple[str, Value]]:
    """The kallelse's head, label (a catalogue key) and value: when, where (or the link),
    purpose, people."""
    lang = kallelse.lang
    meeting = kallelse.meeting
    rows: list[tuple[str, Value]] = [("kallelse.when", format_when(meeting.when, lang=lang))]
    if kallelse.link:
        rows.append(("kallelse.link", DocumentInfo(kallelse.link, kallelse.link)))
    else:
        rows.append(("kallelse.place", meeting.place or Ref("kallelse.place_later")))
    optional: list[tuple[str, Value | None]] = [
        ("kallelse.working_group", _group_phrase(kallelse)),
        ("kallelse.purpose", kallelse.purpose),
        ("kallelse.leader", kallelse.leader),
        ("kallelse.contact", kallelse.contact),
        ("kallelse.guests", join_list(list(kallelse.guests), lang) or None),
    ]
    return rows + [(key, value) for key, value in optional if value is not None]


def _group_phrase(kallelse: Kallelse) -> Ref | None:
    if kallelse.group is None:
        return None
    name, mandate = kallelse.group
    return Ref("kallelse.working_group.value", params={"name": name, "mandate": mandate})


def breaks_outside(kallelse: Kallelse) -> tuple[str, ...]:
    """The clock times in the breaks text outside the meeting's time (a stormöte's "paus kl
    14.30" in a 10–12 förmöte), as "14.30"; an open-ended meeting checks its start only."""
    when = kallelse.meeting.when
    start = when.start.time()
    end = when.end.time() if when.end and when.end.date() == when.start.date() else None
    found = []
    for match in CLOCK.finditer(kallelse.breaks or ""):
        hour, minute = int(match[1] or match[3]), int(match[2] or 0)
        at = time(hour, minute)
        if at <= start or (end is not None and at >= end):
            found.append(f"{hour:02d}.{minute:02d}")
    return tuple(found)


def practical(kallelse: Kallelse) -> list[tuple[str, str]]:
    """Breaks and food, when the council has said: label (a catalogue key) and value."""
    found = (("kallelse.breaks", kallelse.breaks), ("kallelse.food", kallelse.food))
    return [(key, value) for key, value in found if value]


# -- composing ---------------------------------------------------------------------------


def _texts(uow: UnitOfWork, council: Council, meeting: Meeting) -> dict[Field, object]:
    """Each field from the meeting's row, else the council's for meetings of its kind (None
    when neither has it): a förmöte never reads the stormöte's paus or fika."""
    rows: list[KallelseTexts | None] = [
        uow.kallelse.meeting_texts(meeting.id),
        uow.kallelse.council_texts(council.id, meeting.kind),
    ]
    columns = {f: f"{f.value}_id" if f in PEOPLE_FIELDS else f.value for f in Field}
    return {
        f: next((v for r in rows if r and (v := getattr(r, col)) is not None), None)
        for f, col in columns.items()
    }


def _people(
    uow: UnitOfWork, council: Council, meeting: Meeting, texts: dict[Field, object], now: datetime
) -> tuple[Named | None, Named | None]:
    """Who leads and who to contact: as set, else the chair (a working group's convenor),
    and the secretary or the chair.
    Only members who may see the meeting count (a förmöte's are the associations')."""
    members = sorted(
        (m for m in members_at(uow, council, now).values() if visible_to(m.viewer, meeting)),
        key=lambda m: m.person.display_name,
    )

    group = (
        uow.working_groups.get(council.id, meeting.working_group_id)
        if meeting.working_group_id is not None
        else None
    )
    convenor = group.convenor_id if group is not None else None

    def pick(field: Field, roles: tuple[Role, ...]) -> Named | None:
        chosen = [m for m in members if m.person.id == texts[field]]
        if field == Field.LEADER:  # a working group's meeting is led by its convenor
            chosen += [m for m in members if m.person.id == convenor]
        chosen += [m for role in roles for m in members if role in m.roles]
        return (
            Named(chosen[0].person.display_name, chosen[0].person.chat_address) if chosen else None
        )

    return (
        pick(Field.LEADER, (Role.ORDFORANDE,)),
        pick(Field.CONTACT, (Role.SEKRETERARE, Role.ORDFORANDE)),
    )


def _who(line: AgendaLine, lang: str) -> Words | None:
    unknown = Ref("punkt.unknown_submitter")
    if line.point is not None:
        name = line.point.submitter_name or unknown
        home = line.point.forening or Ref("brukarrad.show.group_verksamhet")
        return Ref("kallelse.raised_by", params={"name": name, "home": home})
    if line.action is not None:
        _, _, owner, due = line.action
        return Ref(
            "kallelse.action_owner", params={"owner": owner or unknown, "due": due_text(due, lang)}
        )
    return None


def _title(line: AgendaLine, lang: str) -> Words:
    if line.point is not None:
        title: Words = line.point.title
        if line.point.presents_self:
            title = Ref("kallelse.presents_self", params={"title": title})
        return Ref("kallelse.carried", params={"title": title}) if line.carried else title
    if line.action is not None:
        return Ref("kallelse.action", params={"id": line.action[0], "text": line.action[1]})
    if line.awaited is not None:
        return line.awaited.phrase(lang)
    if line.report is not None:
        return line.report.phrase(lang)
    if line.yearly:
        return Ref("kallelse.yearly", params={"title": line.standing or ""})
    return line.standing or ""


def _items(lines: list[AgendaLine], lang: str) -> tuple[Item, ...]:
    items: list[Item] = []
    number = 0
    for line in lines:
        if line.numbered:
            number += 1
        attachment = line.point.attachment if line.point else None
        item_number = number if line.numbered else None
        items.append(Item(item_number, _title(line, lang), _who(line, lang), attachment))
    return tuple(items)


def used_terms(terms: Iterable[GlossaryTerm], texts: Iterable[str]) -> tuple[Term, ...]:
    """The abbreviations that occur as words in the texts, as written (LSS, not "lss")."""
    joined = "\n".join(texts)
    return tuple(
        Term(term.abbreviation, term.meaning)
        for term in terms
        if re.search(rf"(?<!\w){re.escape(term.abbreviation)}(?!\w)", joined)
    )


def compose(uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime) -> Kallelse:
    lang = council.language
    texts = _texts(uow, council, meeting)
    leader, contact = _people(uow, council, meeting, texts, now)
    agenda = _items(outline(agenda_view(uow, council, meeting, can_manage=False)), lang)
    documents = tuple(DocumentInfo(d.title, d.url) for d in uow.kallelse.documents(meeting.id))
    # "" is a meeting's "none here", hiding the council's default.
    words = {f: str(v) if v not in (None, "") else None for f, v in texts.items()}
    read = [said(PLAIN, i.title, lang) for i in agenda] + [d.title for d in documents]
    read += [v for f, v in words.items() if v is not None and f not in PEOPLE_FIELDS]
    return Kallelse(
        council_id=council.id,
        workspace=council.workspace,
        council_name=council.name,
        lang=lang,
        meeting=meeting_info(council, meeting),
        sequence=meeting.sequence,
        purpose=words[Field.PURPOSE],
        leader=leader,
        contact=contact,
        agenda=agenda,
        documents=documents,
        breaks=words[Field.BREAKS],
        food=words[Field.FOOD],
        preparation=words[Field.PREPARATION],
        glossary=used_terms(uow.kallelse.glossary(council.id), read),
        guests=tuple(p.display_name for p in uow.kallelse.guests(meeting.id)),
        group=_group(uow, council, meeting),
    )


def _group(uow: UnitOfWork, council: Council, meeting: Meeting) -> tuple[str, str] | None:
    if meeting.working_group_id is None:
        return None
    group = uow.working_groups.get(council.id, meeting.working_group_id)
    return (group.name, group.mandate) if group is not None else None


def _reached(person: Person, answers: bool) -> Recipient:
    """A person as a kallelse reaches them. Email goes to an address they confirmed, or to
    one set in the chat for a member with a chat account (by themselves, or by an officer:
    the kallelse by email is opt-in); a member reached only by email gets nothing before
    confirming theirs."""
    account = person.chat_address
    confirmed = person.email_verified_at is not None or account is not None
    email = person.email if confirmed else None
    mailed = account is None or prefers_email(person)
    return Recipient(person.id, account, person.display_name, email, answers, mailed)


def audience(
    uow: UnitOfWork, council: Council, meeting: Meeting, now: datetime
) -> tuple[Recipient, ...]:
    """Every member who may see the meeting (a förmöte: the associations' only; a working
    group's meeting: its roster), and the meeting's guests, who read it and answer nothing."""
    members = sorted(members_at(uow, council, now).values(), key=lambda m: m.person.display_name)
    guests = [_reached(p, answers=False) for p in uow.kallelse.guests(meeting.id)]
    roster = roster_for(uow, meeting)
    # On a working group's roster everyone answers: the group counts who comes.
    return tuple(
        _reached(m.person, m.holds_seat or roster is not None)
        for m in members
        if summoned(m.viewer, meeting, roster)
    ) + tuple(guests)

"""Lines written during the meeting, MeetBot style, and the agenda they are written against.

punkt 3            the current item is agenda item 3 ("punkt 5.1": the first under 5)
nästa punkt        the item after the current one
beslut: …          a decision            info: …        information given
notering: …        anything worth noting avslag: …      a reasoned no to the point
flyttas[: …]       the point goes to the next meeting
åtgärd: @person … [senast <när>]   an action item with its owner (or "Sara …": a member's
                                    name) and due date
justerare: @anna [och Lina]         who the meeting chose to approve the minutes

The grammar knows no platform: how a person or a link is written into a line is the
adapter's, so the adapter reads them (`LineReader`, like bot.commands.people).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.agenda import AgendaView, outline
from bot.commands.grammar import check_length, fold
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.texts.render import plain
from bot.core.vocabulary import NoteKind, PointStatus
from bot.core.when import parse_when
from bot.minutes.record import FollowedAction, Item

# Folded first words and the kind they start; "bordläggs" is the formal word for flyttas.
KIND_WORDS = {
    "beslut": NoteKind.DECISION,
    "atgard": NoteKind.ACTION,
    "info": NoteKind.INFO,
    "information": NoteKind.INFO,
    "notering": NoteKind.NOTE,
    "avslag": NoteKind.REJECTION,
    "flyttas": NoteKind.POSTPONED,
    "bordlaggs": NoteKind.POSTPONED,
    # English, for English-language councils
    "decision": NoteKind.DECISION,
    "action": NoteKind.ACTION,
    "note": NoteKind.NOTE,
    "rejected": NoteKind.REJECTION,
    "postponed": NoteKind.POSTPONED,
}
# What a minutes line starts with; other messages in the thread are conversation.
LINE_START = re.compile(
    r"^\s*(?:(?:punkt|item)\s+\d|(?:n[äa]sta|next)\s+(?:punkt|item)\b"
    r"|(?:beslut|decision|[åa]tg[äa]rd|action|info(?:rmation)?|notering|note|avslag|rejected"
    r"|justerare)\s*:|(?:flyttas|bordl[äa]ggs|postponed)\s*(?::|$))",
    re.IGNORECASE,
)
_GOTO = re.compile(r"^\s*(?:punkt|item)\s+(\d{1,2}(?:\.\d{1,2})?)\s*$", re.IGNORECASE)
_NEXT = re.compile(r"^\s*(?:n[äa]sta|next)(?:\s+(?:punkt|item))?\s*$", re.IGNORECASE)
_NOTE = re.compile(r"^\s*([^\W\d_]+)\s*(?::\s*(.*))?$", re.DOTALL)
_CHOSEN = re.compile(r"^\s*justerare\s*:(.*)$", re.IGNORECASE | re.DOTALL)
_NAMES_APART = re.compile(r"\s*(?:,|&|\boch\b|\band\b)\s*", re.IGNORECASE)
_DUE = re.compile(r"\s+senast\s+(?P<when>[^\n]+?)\s*[.!]?\s*$", re.IGNORECASE)
MAX_LINE = 2000


class LineReader(Protocol):
    """What the adapter the line came from wrote into it, read its way."""

    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        """The first person the text names, anywhere: the text before them, the person and
        the text after (both as written); None when it names nobody."""

    def words(self, text: str) -> str:
        """The text as the minutes keep it: each person by name, each link spelled out
        ("rapporten (https://…)"), so the record reads the same everywhere."""


@dataclass(frozen=True)
class Goto:
    number: str | None  # None: the next item


@dataclass(frozen=True)
class Chosen:
    """Who approves these minutes: the people named the adapter's way, and those written
    by name."""

    people: tuple[PersonRef, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    text: str
    owner: PersonRef | None = None
    due: date | None = None


def parse_line(
    text: str,
    *,
    now: datetime,
    zone: ZoneInfo,
    read: LineReader,
    members: Mapping[str, str] | None = None,
) -> Goto | Note | Chosen | None:
    """A minutes line as typed (bot/core/written.py), or None when the text is not one. `read`
    reads the people and links in it; `members` are the council's members' names by their
    account, for an action's owner written by name ("åtgärd: Sara …")."""
    text = check_length(text, MAX_LINE)
    if match := _GOTO.match(text):
        return Goto(match.group(1))
    if _NEXT.match(text):
        return Goto(None)
    if match := _CHOSEN.match(text):
        return chosen(match.group(1), read)
    if (noted := _noted(text)) is None:
        return None
    kind, body = noted
    if kind == NoteKind.ACTION:
        return _action(body, now, zone, read, members or {})
    body = read.words(body)
    if not body and kind != NoteKind.POSTPONED:
        raise UserError("protokoll.line.empty", kind=kind.value)
    return Note(kind, body)


def is_line(text: str) -> bool:
    """Whether the text is a minutes line at all (parse_line may still refuse what it says)."""
    return any(r.match(text) for r in (_GOTO, _NEXT, _CHOSEN)) or _noted(text) is not None


def _noted(text: str) -> tuple[NoteKind, str] | None:
    """The kind of note a line writes and its words as written; None when it writes none."""
    match = _NOTE.match(text)
    if match is None or fold(match.group(1)) not in KIND_WORDS:
        return None
    kind = KIND_WORDS[fold(match.group(1))]
    if match.group(2) is None and kind != NoteKind.POSTPONED:
        return None  # "beslut" without a colon is a word in a sentence
    return kind, (match.group(2) or "").strip()


def chosen(text: str, read: LineReader) -> Chosen:
    """`@anna och Lina Lind`: the people named the adapter's way, and the names between."""
    people: list[PersonRef] = []
    between: list[str] = []
    while (found := read.person(text)) is not None:
        before, person, text = found
        people.append(person)
        between.append(before)
    rest = ",".join([*between, text])
    names = tuple(n.strip().lstrip("@") for n in _NAMES_APART.split(rest) if n.strip(" @"))
    if not people and not names:
        raise UserError("protokoll.justerare.usage")
    return Chosen(tuple(people), names)


def _action(
    body: str, now: datetime, zone: ZoneInfo, read: LineReader, members: Mapping[str, str]
) -> Note:
    if found := read.person(body):
        before, owner, after = found
        owner = replace(owner, label=owner.label or members.get(owner.account))
        body = read.words(before + after).strip()
    elif named := _named_owner(body, members):
        owner, body = named
        body = read.words(body)
    else:
        raise UserError("protokoll.line.action_owner")
    due = None
    if until := _DUE.search(body):
        due = parse_when(until.group("when"), now=now, tz=zone).start.date()
        body = body[: until.start()].strip()
    body = body.lstrip(":,– -").strip()
    if not body:
        raise UserError("protokoll.line.empty", kind=NoteKind.ACTION.value)
    return Note(NoteKind.ACTION, body, owner, due)


def _named_owner(body: str, members: Mapping[str, str]) -> tuple[PersonRef, str] | None:
    """The member an action starts with by name, and the rest: a full name ("Sara
    Sekreterare ringer"), or a first name only one member has ("Sara ringer")."""
    words = body.split()
    for count in (3, 2, 1):
        said = fold(" ".join(words[:count]).rstrip(",:"))
        if count > len(words) or not said:
            continue
        named = {account for account, name in members.items() if fold(name) == said}
        if count == 1:
            named |= {a for a, name in members.items() if fold(name).split()[:1] == [said]}
        if len(named) == 1:
            account = named.pop()
            return PersonRef(account, members[account]), " ".join(words[count:])
    return None


# -- the agenda the minutes follow ---------------------------------------------------------

# Points already decided when the minutes begin were still on this meeting's agenda.
DECIDED = frozenset({PointStatus.HANDLED, PointStatus.REJECTED})


def agenda_items(view: AgendaView) -> list[Item]:
    """The agenda's numbered items, and the points under them as "5.1", "5.2"."""
    decided = [p for p in view.settled if p.status in DECIDED]
    items: list[Item] = []
    parent = 0
    subs = 0
    for line in outline(replace(view, points=[*view.points, *decided])):
        if line.numbered:
            parent, subs = len([i for i in items if not i.is_sub]) + 1, 0
            title = line.point.title if line.point else line.standing or ""
            if line.report is not None:  # a working group's, when there is no uppföljning
                title = plain(line.report.phrase(view.lang), view.lang)
            items.append(Item(str(parent), title, point_id=line.point.id if line.point else None))
        elif line.point is not None:
            subs += 1
            items.append(
                Item(
                    f"{parent}.{subs}",
                    line.point.title,
                    point_id=line.point.id,
                    carried=line.carried,
                )
            )
        elif line.action is not None:
            index = next(i for i, item in enumerate(items) if item.number == str(parent))
            action_id, text, owner, due = line.action
            followed = FollowedAction(
                action_id, text, owner, date.fromisoformat(due) if due else None
            )
            items[index] = replace(items[index], actions=(*items[index].actions, followed))
    return items

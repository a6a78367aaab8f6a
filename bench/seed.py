"""Fill a database with a region of councils as it looks in use: bulk Core inserts after
the migrations, then one reminder sweep whose rows are marked sent.

Councils meet once a quarter on their own day of it, so about 38 % of them have a meeting
inside the sweep's window (bot.reminders.kinds.meeting_span) at `now`; each has 8 to 40
members (the first eight as MEMBERS, the rest ledamöter and ersättare of its föreningar),
and a year of history: four held stormöten with their register, minutes, two closed action
items, 20 agenda points and an event per point, and their meeting-day reminders sent. The
next stormöte has its agenda open, and its kallelse and some answers once its kallelse day
has passed. Whatever the sweep finds due at `now` in that region was sent before (the
settling sweep below), so a sweep there finds due work only in the `due` councils: eight
members each, their last meeting 12 days ago with its minutes with the justerare and the
next one four hours after `now` (a local morning) with its kallelse sent, so every member
has the meeting-day reminder due, those holding a förening's seat the answer and the
secretary the minutes (DUE_PER_COUNCIL). Ids are given here, so a council's channel and members
follow from its number (channel_id, user_id) and the database must be empty.

On PostgreSQL the tables are analyzed after the bulk inserts, as autovacuum does soon after
bulk changes in a real database (it is off on some shared servers, and would otherwise run
at some moment during a bench and change its plans there): without statistics the planner
reads every account for each member's Slack id, and `events` whole for the few ids after the
last pass. SQLite keeps statistics only if someone runs ANALYZE, so it is not analyzed here
(bench/fanout.py --analyze measures that case).

    .venv/bin/python bench/seed.py --councils 1000 [--due 10] [--url sqlite:///region.db]
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Connection, Table, delete, func, insert, select, text, update

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.ids import SLACK
from adapters.storage.db import make_engine
from adapters.storage.migrate import upgrade
from adapters.storage.models import (
    Account,
    ActionItem,
    AgendaPoint,
    Attendance,
    Base,
    Conversation,
    Council,
    Event,
    Forening,
    Meeting,
    Membership,
    Minutes,
    OutboxMessage,
    Person,
    StandingPoint,
    SweepPasses,
)
from adapters.storage.repositories.people import forening_key
from bot.agenda import default_standing_points
from bot.core.vocabulary import (
    ActionStatus,
    Answer,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OutboxStatus,
    PointStatus,
    Presence,
    Role,
)
from bot.reminders.kinds import ReminderKind
from bot.reminders.sweep import sweep

TEAM_ID = "T0LOCAL"  # the local Slack's team, so its commands find these councils
ZONE = ZoneInfo("Europe/Stockholm")
# A Monday morning after the meeting-day reminders' hour (08:00).
DEFAULT_NOW = datetime(2026, 11, 23, 8, 30, tzinfo=ZONE)
FORENINGAR = (
    "RSMH",
    "Attention",
    "Hjärnkoll",
    "IFS",
    "Schizofreniförbundet",
    "Autism- och Aspergerförbundet",
    "Anhörigas Riksförbund",
    "SPES",
    "Balans",
    "Shedo",
)
# (role, which of the council's föreningar or None): the first members of every council.
MEMBERS: tuple[tuple[Role, int | None], ...] = (
    (Role.SEKRETERARE, None),
    (Role.ORDFORANDE, 0),
    (Role.JUSTERARE, 1),
    (Role.LEDAMOT, 2),
    (Role.LEDAMOT, 0),
    (Role.LEDAMOT, 1),
    (Role.ERSATTARE, 0),
    (Role.VERKSAMHET, None),
)
MOST_MEMBERS = 40
PAST_MEETINGS = 4
POINTS_PER_MEETING = 20
MEETINGS = PAST_MEETINGS + 1
ACTIONS_PER_MEETING = 2
QUARTER = timedelta(days=91)
MEETING_HOUR = clock(18)  # local
KALLELSE_BEFORE = timedelta(days=10)
MINUTES_AFTER = timedelta(days=10)
DUE_MEETING_IN = timedelta(hours=4)
DUE_LAST_MEETING = timedelta(days=12)
# Reminders due at `now` in a due council: mötesdag to every member, svar to those holding a
# förening's seat (not the ersättare) and protokoll to the secretary.
DUE_PER_COUNCIL = (
    len(MEMBERS)
    + sum(1 for role, which in MEMBERS if which is not None and role != Role.ERSATTARE)
    + 1
)
BATCH = 20_000
GOLDEN = 0.6180339887498949  # spreads any number of councils evenly over the quarter


def channel_id(council: int) -> str:
    """The Slack channel of council number `council` (1-based)."""
    return f"C{council:08d}"


def user_id(council: int, member: int) -> str:
    """The Slack user of member `member` (0 .. members_in(council) - 1) of `council`."""
    return f"U{council:07d}{member:02d}"


def members_in(council: int, due: frozenset[int]) -> int:
    """8 .. 40 members, spread over the councils; a due council has exactly MEMBERS."""
    if council in due:
        return len(MEMBERS)
    return len(MEMBERS) + (council * 7919) % (MOST_MEMBERS - len(MEMBERS) + 1)


def _role(member: int) -> tuple[Role, int | None]:
    if member < len(MEMBERS):
        return MEMBERS[member]
    return (Role.ERSATTARE if member % 3 == 0 else Role.LEDAMOT, member % 3)


def _meeting_id(council: int, index: int) -> int:
    """Index 0 .. PAST_MEETINGS - 1: held, oldest last; PAST_MEETINGS: the upcoming one."""
    return (council - 1) * MEETINGS + index + 1


@dataclass(frozen=True)
class Region:
    url: str
    councils: int
    now: datetime
    due: frozenset[int]  # the councils whose reminders are due at `now`

    @property
    def due_reminders(self) -> int:
        return len(self.due) * DUE_PER_COUNCIL


def due_councils(councils: int, due: int) -> frozenset[int]:
    """`due` council numbers spread evenly over 1..councils."""
    if due > councils:
        raise ValueError("more due councils than councils")
    step = councils // due if due else 1
    return frozenset(1 + k * step for k in range(due))


class _Rows:
    """Row dicts per table for one council range, generated rather than held."""

    def __init__(self, councils: int, now: datetime, due: frozenset[int]) -> None:
        self.councils = councils
        self.now = now
        self.due = due
        self.standing = [
            (s.meeting_kind, s.position, s.title, s.kind) for s in default_standing_points(0, "sv")
        ]
        sizes = [members_in(c, due) for c in range(1, councils + 1)]
        # The first person id of each council, minus one (index: council - 1).
        self.first_person = [0, *itertools.accumulate(sizes)]

    def person_id(self, council: int, member: int) -> int:
        return self.first_person[council - 1] + member + 1

    def members(self, council: int) -> range:
        return range(self.first_person[council] - self.first_person[council - 1])

    def _forening_id(self, council: int, which: int | None) -> int | None:
        return None if which is None else (council + which) % len(FORENINGAR) + 1

    def _starts(self, council: int, index: int) -> datetime:
        """A held meeting (index 0 the latest) or the upcoming one (index PAST_MEETINGS)."""
        if council in self.due:
            if index == PAST_MEETINGS:
                return self.now + DUE_MEETING_IN
            return self.now - DUE_LAST_MEETING - index * QUARTER
        # The council's day of the quarter: its last meeting 1 .. 90 days ago.
        days_ago = 1 + int((council * GOLDEN) % 1 * 90)
        last = datetime.combine(self.now.astimezone(ZONE).date(), MEETING_HOUR, tzinfo=ZONE)
        last -= timedelta(days=days_ago)
        if index == PAST_MEETINGS:
            return last + QUARTER
        return last - index * QUARTER

    def _with_justerare(self, council: int, index: int) -> bool:
        return index == 0 and council in self.due

    def _minutes_sent(self, council: int, index: int) -> bool:
        return (
            index < PAST_MEETINGS
            and not self._with_justerare(council, index)
            and self._starts(council, index) + MINUTES_AFTER <= self.now
        )

    def _kallelse_sent(self, council: int, index: int) -> bool:
        return self._starts(council, index) - KALLELSE_BEFORE <= self.now or council in self.due

    def foreningar(self) -> Iterator[dict[str, Any]]:
        for name in FORENINGAR:
            yield {"team_id": TEAM_ID, "name": name, "name_key": forening_key(name)}

    def councils_rows(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            yield {
                "id": c,
                "team_id": TEAM_ID,
                "name": f"Brukarråd {c}",
                "agenda_deadline_days": 7,
                "min_notice_days": 7,
                "minutes_due_days": 14,
                "fee_level": 1,
                "timezone": ZONE.key,
                "language": "sv",
                "created_at": self.now - timedelta(days=500),
            }

    def conversations(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            yield {
                "council_id": c,
                "platform": SLACK,
                "workspace": TEAM_ID,
                "external_id": channel_id(c),
            }

    def standing_points(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for meeting_kind, position, title, kind in self.standing:
                yield {
                    "council_id": c,
                    "meeting_kind": meeting_kind,
                    "position": position,
                    "title": title,
                    "kind": kind,
                }

    def persons(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for m in self.members(c):
                yield {
                    "id": self.person_id(c, m),
                    "display_name": f"Person {c}-{m}",
                    "created_at": self.now - timedelta(days=500),
                }

    def accounts(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for m in self.members(c):
                yield {
                    "person_id": self.person_id(c, m),
                    "platform": SLACK,
                    "workspace": TEAM_ID,
                    "external_id": user_id(c, m),
                }

    def memberships(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for m in self.members(c):
                role, which = _role(m)
                yield {
                    "council_id": c,
                    "person_id": self.person_id(c, m),
                    "role": role,
                    "forening_id": self._forening_id(c, which),
                    "active_from": self.now - timedelta(days=500),
                }

    def meetings(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for index in range(MEETINGS):
                starts = self._starts(c, index)
                yield {
                    "id": _meeting_id(c, index),
                    "council_id": c,
                    "kind": MeetingKind.STORMOTE,
                    "status": MeetingStatus.PLANNED,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=3),
                    "place": "Stora salen",
                    "agenda_opened_at": min(starts - timedelta(days=40), self.now),
                    "kallelse_sent_at": (
                        min(starts - KALLELSE_BEFORE, self.now)
                        if self._kallelse_sent(c, index)
                        else None
                    ),
                    "minutes_sent_at": (
                        starts + MINUTES_AFTER if self._minutes_sent(c, index) else None
                    ),
                    "sequence": 0,
                    "created_at": min(starts - timedelta(days=40), self.now),
                }

    def minutes(self) -> Iterator[dict[str, Any]]:
        """Published minutes of the held meetings; a draft for one held less than
        MINUTES_AFTER ago, and the due councils' last ones with the justerare."""
        for c in range(1, self.councils + 1):
            for index in range(PAST_MEETINGS):
                starts = self._starts(c, index)
                if self._minutes_sent(c, index):
                    status, published = MinutesStatus.PUBLISHED, starts + MINUTES_AFTER
                elif self._with_justerare(c, index):
                    status, published = MinutesStatus.JUSTERING, None
                else:
                    status, published = MinutesStatus.DRAFT, None
                yield {
                    "meeting_id": _meeting_id(c, index),
                    "status": status,
                    "version": 1,
                    "published_at": published,
                    "created_at": starts,
                }

    def action_items(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for index in range(PAST_MEETINGS):
                starts = self._starts(c, index)
                for n in range(ACTIONS_PER_MEETING):
                    yield {
                        "council_id": c,
                        "meeting_id": _meeting_id(c, index),
                        "owner_id": self.person_id(c, 1 + n),
                        "text": "Ta fram underlag till nästa möte.",
                        "due_on": (starts + timedelta(days=30)).date(),
                        "status": ActionStatus.DONE,
                        "closed_at": min(starts + timedelta(days=25), self.now),
                        "created_at": starts,
                    }

    def _points(self) -> Iterator[tuple[int, int, int, datetime]]:
        """(point id, council, meeting index, submitted at) for every point."""
        point = 0
        for c in range(1, self.councils + 1):
            for index in range(MEETINGS):
                submitted = min(self._starts(c, index) - timedelta(days=20), self.now)
                for _ in range(POINTS_PER_MEETING):
                    point += 1
                    yield point, c, index, submitted

    def points(self) -> Iterator[dict[str, Any]]:
        for point, c, index, submitted in self._points():
            member = 1 + point % 6  # the members with a förening, and the chair
            held = index < PAST_MEETINGS
            yield {
                "id": point,
                "council_id": c,
                "meeting_id": _meeting_id(c, index),
                "submitter_id": self.person_id(c, member),
                "forening_id": self._forening_id(c, MEMBERS[member][1]),
                "title": f"Punkt {point}",
                "description": "Bakgrund och förslag till beslut.",
                "status": PointStatus.HANDLED if held else PointStatus.ON_AGENDA,
                "late": False,
                "standing": False,
                "position": point % POINTS_PER_MEETING + 1,
                "presents_self": False,
                "outcome": "Rådet beslutade enligt förslaget." if held else None,
                "under_ovriga": False,
                "created_at": submitted,
            }

    def events(self) -> Iterator[dict[str, Any]]:
        for point, c, index, submitted in self._points():
            yield {
                "council_id": c,
                "meeting_id": _meeting_id(c, index),
                "actor_id": self.person_id(c, 1 + point % 6),
                "kind": "point.submitted",
                "data": {"point_id": point, "late": False, "status": "på dagordningen"},
                "at": submitted,
            }

    def attendance(self) -> Iterator[dict[str, Any]]:
        """The held meetings' register (every member came); at the upcoming meeting, once its
        kallelse is out, every other member has answered; in a due council everyone has read
        the documents and nobody has answered."""
        for c in range(1, self.councils + 1):
            for index in range(MEETINGS):
                held = index < PAST_MEETINGS
                if not held and not self._kallelse_sent(c, index):
                    continue
                starts = self._starts(c, index)
                for m in self.members(c):
                    answered = held or (c not in self.due and m % 2 == 0)
                    if not (answered or c in self.due):
                        continue
                    yield {
                        "meeting_id": _meeting_id(c, index),
                        "person_id": self.person_id(c, m),
                        "answer": Answer.COMING if answered else None,
                        "read_documents_at": (
                            self.now - timedelta(days=1) if c in self.due and not held else None
                        ),
                        "presence": Presence.PRESENT if held else None,
                        "arrived_at": starts if held else None,
                    }

    def sent_reminders(self) -> Iterator[dict[str, Any]]:
        """The meeting-day reminders of the held meetings, as the sender left them."""
        kind = ReminderKind.MOTESDAG
        for c in range(1, self.councils + 1):
            for index in range(PAST_MEETINGS):
                meeting = _meeting_id(c, index)
                slot = self._starts(c, index) - timedelta(hours=5)
                for m in self.members(c):
                    person = self.person_id(c, m)
                    stamp = slot.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
                    yield {
                        "idempotency_key": f"{kind.slug}:m{meeting}:p{person}:{stamp}",
                        "kind": kind.value,
                        "council_id": c,
                        "person_id": person,
                        "conversation": f"D{person:09d}",
                        "payload": {"text": "Mötet är idag."},
                        "due_at": slot,
                        "status": OutboxStatus.SENT,
                        "attempts": 1,
                        "sent_at": slot,
                        "ref": f"{slot.timestamp():.6f}",
                        "expires_at": slot + timedelta(hours=5),
                    }


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert(connection: Connection, model: type[Base], rows: Iterator[dict[str, Any]]) -> int:
    """COPY on PostgreSQL, else executemany in batches; returns the rows inserted."""
    if connection.dialect.name == "postgresql":
        return _copy(connection, _table(model), rows)
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            connection.execute(insert(_table(model)), batch)
            count += len(batch)
            batch = []
    if batch:
        connection.execute(insert(_table(model)), batch)
        count += len(batch)
    return count


def _copy(connection: Connection, table: Table, rows: Iterator[dict[str, Any]]) -> int:
    """The rows by PostgreSQL's COPY, as the driver writes them: each value as its column
    stores it (an enum by its value, JSON as text), a missing key as the column's default."""
    first = next(rows, None)
    if first is None:
        return 0
    given = [table.c[key] for key in first]
    defaults = {
        c.key: c.default.arg
        for c in table.c
        if c.key not in first and c.default is not None and c.default.is_scalar
    }
    names = [*(c.name for c in given), *(table.c[key].name for key in defaults)]
    stored = [_stored_as(c) for c in given]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    count = 0
    with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
        for row in itertools.chain([first], rows):
            values = [store(row[c.key]) for c, store in zip(given, stored, strict=True)]
            copy.write_row([*values, *(_plain(v) for v in defaults.values())])
            count += 1
    return count


def _stored_as(column: Any) -> Callable[[Any], Any]:
    if isinstance(column.type, JSON):
        return lambda value: None if value is None else json.dumps(value)
    return _plain


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _restart_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL: the ids were given, so move each id sequence past them."""
    for table in tables:
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT max(id) FROM {table.name}))"
            )
        )


def seed(
    url: str, councils: int, *, now: datetime = DEFAULT_NOW, due: int = 0
) -> tuple[Region, dict[str, int]]:
    """Migrate `url` and fill it; returns the region and the rows inserted per table."""
    upgrade(url)
    region = Region(url, councils, now, due_councils(councils, due))
    rows = _Rows(councils, now, region.due)
    plan: list[tuple[type[Base], Callable[[], Iterator[dict[str, Any]]]]] = [
        (Forening, rows.foreningar),
        (Council, rows.councils_rows),
        (Conversation, rows.conversations),
        (StandingPoint, rows.standing_points),
        (Person, rows.persons),
        (Account, rows.accounts),
        (Membership, rows.memberships),
        (Meeting, rows.meetings),
        (Minutes, rows.minutes),
        (ActionItem, rows.action_items),
        (AgendaPoint, rows.points),
        (Event, rows.events),
        (Attendance, rows.attendance),
        (OutboxMessage, rows.sent_reminders),
    ]
    engine = make_engine(url)
    counts: dict[str, int] = {}
    try:
        with engine.begin() as connection:
            if connection.scalar(select(func.count()).select_from(_table(Council))):
                raise SystemExit(f"{url} has councils already: seed an empty database")
            for model, generate in plan:
                counts[_table(model).name] = _insert(connection, model, generate())
            if engine.dialect.name == "postgresql":
                _restart_sequences(connection, [_table(model) for model, _ in plan])
        if engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("ANALYZE"))
    finally:
        engine.dispose()
    counts["outbox, swept"] = _settle(region)
    return region, counts


def _settle(region: Region) -> int:
    """What is due at `now` outside the due councils, as sent (a region where the bot has been
    running); the due councils' rows are left to the sweep being measured, which is the first
    pass after a start (over everything: no last pass is kept). Returns how many."""
    services = build_services(load_settings({"DATABASE_URL": region.url}))
    outbox = _table(OutboxMessage)
    pending = outbox.c.status == OutboxStatus.PENDING
    due = outbox.c.council_id.in_(region.due)
    try:
        sweep(services.uow, region.now)
        with services.engine.begin() as connection:
            connection.execute(delete(outbox).where(pending, due))
            connection.execute(update(_table(SweepPasses)).values(last_at=None, full_at=None))
            return connection.execute(
                update(outbox)
                .where(pending)
                .values(status=OutboxStatus.SENT, attempts=1, sent_at=region.now)
            ).rowcount
    finally:
        services.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=1000)
    parser.add_argument("--due", type=int, default=0, help="councils with reminders due")
    parser.add_argument(
        "--url",
        default=load_settings().database_url,
        help="database (default: DATABASE_URL, else the bot's default SQLite file)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    region, counts = seed(args.url, args.councils, due=args.due)
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    print(f"seeded {region.url}: {region.councils} councils in {elapsed:.1f} s")
    for table, count in counts.items():
        print(f"  {table:<16} {count:>9,}")
    print(f"  {'total':<16} {total:>9,} rows, {total / elapsed:,.0f} rows/s")
    print(f"  reminders due at {region.now.isoformat()}: {region.due_reminders}")


if __name__ == "__main__":
    main()

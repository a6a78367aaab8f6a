"""Fill a database with a region of councils, fast: bulk Core inserts after the migrations.

Each council gets eight members (the secretary, a chair, a justerare, three ledamöter and an
ersättare from föreningar shared by the region, and the unit's representative), four held
stormöten a quarter apart with published minutes and two closed action items each, an
upcoming stormöte 30 days ahead with its agenda open, 20 agenda points a meeting (100 a
council), an event per point and the meeting-day reminders sent before: nothing of it has a
reminder due at `now`. `due` councils differ in two meetings: the last one was 12 days ago
and its minutes are with the justerare, and the next one starts four hours after `now` (a
local morning) with its kallelse sent: every member has the answer and the meeting-day
reminder due, the secretary the minutes and the justerare the justering reminder. Ids are
given here, so a council's channel and members follow from its number (channel_id, user_id)
and the database must be empty.

    .venv/bin/python bench/seed.py --councils 1000 [--due 10] [--url sqlite:///region.db]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, func, insert, select, text

from bot.agenda import default_standing_points
from bot.reminders.kinds import ReminderKind
from bot.settings import load_settings
from bot.vocabulary import (
    ActionStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OutboxStatus,
    PointStatus,
    Role,
)
from storage.db import make_engine
from storage.migrate import upgrade
from storage.models import (
    ActionItem,
    AgendaPoint,
    Attendance,
    Base,
    Council,
    Event,
    Forening,
    Meeting,
    Membership,
    Minutes,
    OutboxMessage,
    Person,
    StandingPoint,
)
from storage.repositories.people import forening_key

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
# (role, which of the council's föreningar or None): the members of every council.
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
PAST_MEETINGS = 4
POINTS_PER_MEETING = 20
MEETINGS = PAST_MEETINGS + 1
ACTIONS_PER_MEETING = 2
UPCOMING_IN = timedelta(days=30)
DUE_MEETING_IN = timedelta(hours=4)
DUE_LAST_MEETING = timedelta(days=12)
# Reminders due at `now` in a due council: svar and mötesdag to every member, protokoll to
# the secretary and justering to the justerare.
DUE_PER_COUNCIL = 2 * len(MEMBERS) + 2
BATCH = 20_000


def channel_id(council: int) -> str:
    """The Slack channel of council number `council` (1-based)."""
    return f"C{council:08d}"


def user_id(council: int, member: int) -> str:
    """The Slack user of member `member` (an index into MEMBERS) of council `council`."""
    return f"U{council:07d}{member}"


def _person_id(council: int, member: int) -> int:
    return (council - 1) * len(MEMBERS) + member + 1


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

    def _forening_id(self, council: int, which: int | None) -> int | None:
        return None if which is None else (council + which) % len(FORENINGAR) + 1

    def _starts(self, council: int, index: int) -> datetime:
        due = council in self.due
        if index == 0 and due:
            return self.now - DUE_LAST_MEETING
        if index < PAST_MEETINGS:
            return self.now - timedelta(days=91 * (index + 1))
        return self.now + (DUE_MEETING_IN if due else UPCOMING_IN)

    def _with_justerare(self, council: int, index: int) -> bool:
        return index == 0 and council in self.due

    def foreningar(self) -> Iterator[dict[str, Any]]:
        for name in FORENINGAR:
            yield {"team_id": TEAM_ID, "name": name, "name_key": forening_key(name)}

    def councils_rows(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            yield {
                "id": c,
                "team_id": TEAM_ID,
                "channel_id": channel_id(c),
                "name": f"Brukarråd {c}",
                "agenda_deadline_days": 7,
                "min_notice_days": 7,
                "minutes_due_days": 14,
                "fee_level": 1,
                "timezone": ZONE.key,
                "language": "sv",
                "created_at": self.now - timedelta(days=500),
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
            for m in range(len(MEMBERS)):
                yield {
                    "id": _person_id(c, m),
                    "team_id": TEAM_ID,
                    "slack_user_id": user_id(c, m),
                    "display_name": f"Person {c}-{m}",
                    "created_at": self.now - timedelta(days=500),
                }

    def memberships(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for m, (role, which) in enumerate(MEMBERS):
                yield {
                    "council_id": c,
                    "person_id": _person_id(c, m),
                    "role": role,
                    "forening_id": self._forening_id(c, which),
                    "active_from": self.now - timedelta(days=500),
                }

    def meetings(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for index in range(MEETINGS):
                starts = self._starts(c, index)
                held = index < PAST_MEETINGS
                kallelse_sent = held or c in self.due
                minutes_sent = held and not self._with_justerare(c, index)
                yield {
                    "id": _meeting_id(c, index),
                    "council_id": c,
                    "kind": MeetingKind.STORMOTE,
                    "status": MeetingStatus.PLANNED,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=3),
                    "place": "Stora salen",
                    "agenda_opened_at": starts - timedelta(days=40),
                    "kallelse_sent_at": starts - timedelta(days=10) if kallelse_sent else None,
                    "minutes_sent_at": starts + timedelta(days=10) if minutes_sent else None,
                    "sequence": 0,
                    "created_at": starts - timedelta(days=40),
                }

    def minutes(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.councils + 1):
            for index in range(PAST_MEETINGS):
                starts = self._starts(c, index)
                justering = self._with_justerare(c, index)
                yield {
                    "meeting_id": _meeting_id(c, index),
                    "status": MinutesStatus.JUSTERING if justering else MinutesStatus.PUBLISHED,
                    "version": 1,
                    "published_at": None if justering else starts + timedelta(days=10),
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
                        "owner_id": _person_id(c, 1 + n),
                        "text": "Ta fram underlag till nästa möte.",
                        "due_on": (starts + timedelta(days=30)).date(),
                        "status": ActionStatus.DONE,
                        "closed_at": starts + timedelta(days=25),
                        "created_at": starts,
                    }

    def _points(self) -> Iterator[tuple[int, int, int, datetime]]:
        """(point id, council, meeting index, submitted at) for every point."""
        point = 0
        for c in range(1, self.councils + 1):
            for index in range(MEETINGS):
                submitted = self._starts(c, index) - timedelta(days=20)
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
                "submitter_id": _person_id(c, member),
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
                "actor_id": _person_id(c, 1 + point % 6),
                "kind": "point.submitted",
                "data": {"point_id": point, "late": False, "status": "på dagordningen"},
                "at": submitted,
            }

    def attendance(self) -> Iterator[dict[str, Any]]:
        """The due meetings' register: everyone has read the documents, nobody answered."""
        for c in sorted(self.due):
            for m in range(len(MEMBERS)):
                yield {
                    "meeting_id": _meeting_id(c, PAST_MEETINGS),
                    "person_id": _person_id(c, m),
                    "read_documents_at": self.now - timedelta(days=1),
                }

    def sent_reminders(self) -> Iterator[dict[str, Any]]:
        """The meeting-day reminders of the held meetings, as the sender left them."""
        kind = ReminderKind.MOTESDAG
        for c in range(1, self.councils + 1):
            for index in range(PAST_MEETINGS):
                meeting = _meeting_id(c, index)
                slot = self._starts(c, index) - timedelta(hours=5)
                for m in range(len(MEMBERS)):
                    person = _person_id(c, m)
                    stamp = slot.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
                    yield {
                        "idempotency_key": f"{kind.slug}:m{meeting}:p{person}:{stamp}",
                        "kind": kind.value,
                        "council_id": c,
                        "person_id": person,
                        "channel_id": f"D{person:09d}",
                        "payload": {"user": user_id(c, m), "text": "Mötet är idag."},
                        "due_at": slot,
                        "status": OutboxStatus.SENT,
                        "attempts": 1,
                        "sent_at": slot,
                        "slack_ts": f"{slot.timestamp():.6f}",
                        "expires_at": slot + timedelta(hours=5),
                    }


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert(connection: Connection, model: type[Base], rows: Iterator[dict[str, Any]]) -> int:
    """executemany in batches; returns the rows inserted."""
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
        (StandingPoint, rows.standing_points),
        (Person, rows.persons),
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
    finally:
        engine.dispose()
    return region, counts


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

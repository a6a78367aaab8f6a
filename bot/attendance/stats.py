"""Attendance per förening over the last twelve months, so the chair notices an association
that has been missing again and again and can get in touch. The seats are the associations'
own (they choose their representatives), so this only ever suggests a friendly word. Only
stormöten count (a förmöte's attendance is the associations' own business), and only those
whose register was taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from adapters.storage.models import Council
from bot.attendance.roll import members_at
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import ATTENDED, MeetingKind

PERIOD = timedelta(days=365)
# Missing from at least this many stormöten, and from more than half of them: worth a call.
REPEATED = 2
MOSTLY_BELOW = Fraction(1, 2)


@dataclass(frozen=True)
class ForeningShare:
    forening: str
    attended: int
    meetings: int

    @property
    def share(self) -> Fraction:
        return Fraction(self.attended, self.meetings) if self.meetings else Fraction(0)

    @property
    def missed(self) -> int:
        return self.meetings - self.attended

    @property
    def often_missing(self) -> bool:
        return self.missed >= REPEATED and self.share < MOSTLY_BELOW


@dataclass(frozen=True)
class Statistics:
    lang: str
    since: date
    meetings: int
    shares: list[ForeningShare]  # least represented first


def statistics(uow: UnitOfWork, council: Council, now: datetime) -> Statistics:
    start = now - PERIOD
    registers = uow.attendance.registered_in(
        council.id, start, now, kinds=frozenset({MeetingKind.STORMOTE})
    )
    represented: dict[str, int] = {
        m.forening.name: 0 for m in members_at(uow, council, now).values() if m.forening
    }
    for meeting, rows in registers:
        members = members_at(uow, council, meeting.starts_at)
        there: set[str] = set()
        for row in rows:
            member = members.get(row.person_id)
            if row.presence in ATTENDED and member is not None and member.forening is not None:
                there.add(member.forening.name)
        for name in there:
            represented[name] = represented.get(name, 0) + 1
    shares = [ForeningShare(name, n, len(registers)) for name, n in represented.items()]
    return Statistics(
        lang=council.language,
        since=start.astimezone(ZoneInfo(council.timezone)).date(),
        meetings=len(registers),
        shares=sorted(shares, key=lambda s: (s.share, s.forening.casefold())),
    )

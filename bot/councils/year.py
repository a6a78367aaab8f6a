"""The council's own year: the month it begins and how many stormöten it should hold.

The guidance plans a council's year as an årshjul of twelve months that need not follow the
calendar ("de behöver alltså inte vara baserade på kalenderår januari-december", seeds/001
L1132–1135), and asks for continuous meetings, "minst fyra på ett år" (seeds/000 L64). Both
are the council's to change (`/brukarrad år start <månad> möten <antal>`); a new council's
year is the calendar year with four stormöten. The year report (bot.councils.year_report)
covers one such year.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from adapters.storage.models import Council
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import council_at
from bot.councils.service import CouncilRef, change_setting

UowFactory = Callable[[], UnitOfWork]
MONTHS = 12
MAX_MEETINGS = 52  # one a week: more is no rule a council sets for its stormöten


@dataclass(frozen=True, order=True)
class CycleYear:
    """Twelve months from the first day of `start_month` in `year`."""

    year: int
    start_month: int

    @property
    def first(self) -> date:
        return date(self.year, self.start_month, 1)

    @property
    def after(self) -> date:
        """The first day of the next year (the end, not in the year)."""
        return date(self.year + 1, self.start_month, 1)

    @property
    def label(self) -> str:
        """ "2026" for a calendar year, "2025/26" for one that begins in another month."""
        if self.start_month == 1:
            return str(self.year)
        return f"{self.year}/{(self.year + 1) % 100:02d}"

    def span(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The year's instants in the council's zone: [start, end)."""
        return (
            datetime.combine(self.first, time(0), zone),
            datetime.combine(self.after, time(0), zone),
        )

    @classmethod
    def containing(cls, day: date, start_month: int) -> CycleYear:
        year = day.year if day.month >= start_month else day.year - 1
        return cls(year, start_month)


def current_year(council: Council, now: datetime) -> CycleYear:
    today = now.astimezone(ZoneInfo(council.timezone)).date()
    return CycleYear.containing(today, council.year_start_month)


@dataclass(frozen=True)
class YearSettings:
    council: CouncilRef
    start_month: int
    meetings: int
    current: CycleYear

    @classmethod
    def of(cls, council: Council, now: datetime) -> YearSettings:
        return cls(
            CouncilRef.of(council),
            council.year_start_month,
            council.meetings_per_year,
            current_year(council, now),
        )


class YearService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def settings(self, *, where: Conversation, now: datetime) -> YearSettings:
        """For anyone in the council, as its other settings are (`/brukarrad visa`)."""
        with self._uow() as uow:
            return YearSettings.of(council_at(uow, where), now)

    def change(
        self,
        *,
        who: Account,
        where: Conversation,
        start_month: int | None,
        meetings: int | None,
        now: datetime,
    ) -> YearSettings:
        """An officer sets the month the year begins and the stormöten it should hold (None:
        as it is); the change is in the chair's audit log."""
        changes = {
            name: value
            for name, value in (("start_month", start_month), ("meetings", meetings))
            if value is not None
        }
        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.year_changed", changes, now)
            if start_month is not None:
                council.year_start_month = start_month
            if meetings is not None:
                council.meetings_per_year = meetings
            result = YearSettings.of(council, now)
            uow.commit()
            return result

"""Personal reminder preferences, and the council's timing of each kind.

A volunteer's defaults: every kind, every day, 08–20 local time. People can turn kinds
off, narrow the days and hours, or pause everything; the council's officers choose on which
days before each date the reminders go out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from adapters.storage.models import ReminderPreference
from bot.core.authz import Action
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized, council_at
from bot.reminders.kinds import ReminderKind, Timing, council_timing

UowFactory = Callable[[], UnitOfWork]
ALL_DAYS = frozenset(range(7))


@dataclass(frozen=True)
class Preferences:
    off: frozenset[ReminderKind] = frozenset()
    weekdays: frozenset[int] = ALL_DAYS  # 0 = Monday
    hour_from: int = 8
    hour_to: int = 20  # reminders arrive from hour_from up to (not including) hour_to
    paused: bool = False

    def allows(self, kind: ReminderKind, local: datetime) -> bool:
        """Whether a reminder of `kind` may arrive at this local time."""
        return (
            not self.paused
            and kind not in self.off
            and local.weekday() in self.weekdays
            and self.hour_from <= local.hour < self.hour_to
        )

    @classmethod
    def of(cls, row: ReminderPreference | None) -> Preferences:
        if row is None:
            return cls()
        known = {k.value: k for k in ReminderKind}
        return cls(
            off=frozenset(known[v] for v in row.off_kinds if v in known),
            weekdays=frozenset(row.weekdays),
            hour_from=row.hour_from,
            hour_to=row.hour_to,
            paused=row.paused,
        )

    def store_in(self, row: ReminderPreference, now: datetime) -> None:
        row.off_kinds = sorted(k.value for k in self.off)
        row.weekdays = sorted(self.weekdays)
        row.hour_from = self.hour_from
        row.hour_to = self.hour_to
        row.paused = self.paused
        row.updated_at = now


Change = Callable[[Preferences], Preferences]


@dataclass(frozen=True)
class CouncilTiming:
    council_name: str
    timing: dict[ReminderKind, Timing]


class ReminderSettingsService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def mine(self, *, who: Account) -> Preferences:
        with self._uow() as uow:
            person = uow.directory.person(who)
            row = uow.reminders.preference(person.id) if person else None
            return Preferences.of(row)

    def change_mine(
        self, *, who: Account, user_name: str, change: Change, now: datetime
    ) -> Preferences:
        with self._uow() as uow:
            # Looked up first: ensure() would rename a known person to their chat handle.
            person = uow.directory.person(who) or uow.people.ensure(who, user_name, now=now)
            row = uow.reminders.preference(person.id)
            updated = change(Preferences.of(row))
            row = row or ReminderPreference(person_id=person.id)
            updated.store_in(row, now)
            uow.reminders.save_preference(row)
            uow.events.append("reminders.preferences_changed", at=now, actor_id=person.id)
            uow.commit()
            return updated

    def council_timing(self, *, where: Conversation) -> CouncilTiming:
        with self._uow() as uow:
            council = council_at(uow, where)
            return CouncilTiming(
                council.name, {kind: council_timing(council, kind) for kind in ReminderKind}
            )

    def change_council_timing(
        self,
        *,
        who: Account,
        where: Conversation,
        kind: ReminderKind,
        days: tuple[int, ...] | None,
        now: datetime,
    ) -> CouncilTiming:
        """Set the days before a kind's date (empty: off for the council; None: default)."""
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.CHANGE_SETTINGS, now=now)
            overrides = dict(council.reminder_days or {})
            if days is None:
                overrides.pop(kind.value, None)
            else:
                overrides[kind.value] = sorted(set(days), reverse=True)
            # A new dict, so the ORM sees the JSON change.
            council.reminder_days = overrides or None
            uow.events.append(
                "council.reminder_timing_changed",
                at=now,
                council_id=council.id,
                actor_id=actor.person_id,
                data={"kind": kind.value, "days": None if days is None else list(days)},
            )
            uow.commit()
        return self.council_timing(where=where)

"""What the reminder sweep reads, and reminder preferences, in memory."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from adapters.storage.models import (
    ActionItem,
    Attendance,
    Council,
    Event,
    Meeting,
    ReminderPreference,
    SweepPasses,
)
from bot.core.ports import Changes, MeetingSpan, Passes, TimingSettings
from bot.core.vocabulary import ActionStatus, MeetingKind, MeetingStatus
from tests.fakes.store import Store


def _timing(council: Council) -> TimingSettings:
    return TimingSettings(
        council.agenda_deadline_days,
        council.min_notice_days,
        council.minutes_due_days,
        council.reminder_days is not None,
    )


class FakeReminders:
    def __init__(self, store: Store) -> None:
        self._store = store

    def timing_settings(self) -> list[TimingSettings]:
        return list(dict.fromkeys(_timing(c) for c in self._store.all(Council)))

    def timezones(self) -> list[str]:
        return list(dict.fromkeys(c.timezone for c in self._store.all(Council)))

    def planned_meetings(
        self, spans: Sequence[MeetingSpan], *, councils: Sequence[int] | None = None
    ) -> list[Meeting]:
        def within(meeting: Meeting, span: MeetingSpan) -> bool:
            council = self._store.get(Council, meeting.council_id)
            return (
                council is not None
                and _timing(council) == span.settings
                and span.timezone in (None, council.timezone)
                and span.start <= meeting.starts_at < span.end
            )

        return [
            m
            for m in self._planned()
            if (councils is None or m.council_id in councils)
            and any(within(m, span) for span in spans)
        ]

    def councils_near(self, spans: Sequence[MeetingSpan], first: date, last: date) -> list[int]:
        meetings = {m.council_id for m in self.planned_meetings(spans)}
        return sorted(
            meetings | {item.council_id for item, _ in self.open_actions_due(first, last)}
        )

    def planned_moving(
        self, starting: tuple[datetime, datetime], kallelse_sent: tuple[datetime, datetime]
    ) -> list[Meeting]:
        return [
            m
            for m in self._planned()
            if starting[0] <= m.starts_at < starting[1]
            or (m.kallelse_sent_at and kallelse_sent[0] <= m.kallelse_sent_at < kallelse_sent[1])
        ]

    def attendance(self, meeting_ids: list[int]) -> list[Attendance]:
        return list(self._store.where(Attendance, lambda a: a.meeting_id in meeting_ids))

    def open_actions_due(
        self, first: date, last: date, *, councils: Sequence[int] | None = None
    ) -> list[tuple[ActionItem, MeetingKind | None]]:
        due = []
        for item in self._store.all(ActionItem):
            if (
                item.status == ActionStatus.OPEN
                and item.owner_id is not None
                and item.due_on is not None
                and first <= item.due_on <= last
                and (councils is None or item.council_id in councils)
            ):
                meeting = self._store.get(Meeting, item.meeting_id) if item.meeting_id else None
                due.append((item, meeting.kind if meeting else None))
        return due

    def preferences(self, person_ids: set[int]) -> dict[int, ReminderPreference]:
        return {
            p.person_id: p for p in self._store.all(ReminderPreference) if p.person_id in person_ids
        }

    def preferring_from(self, hours: set[int]) -> list[int]:
        return [p.person_id for p in self._store.all(ReminderPreference) if p.hour_from in hours]

    def passes(self) -> Passes:
        row = self._store.get(SweepPasses, 1)
        return Passes(row.last_at, row.full_at, row.event_id) if row else Passes(None, None, None)

    def changes_since(self, event_id: int | None) -> Changes:
        events = [e for e in self._store.all(Event) if event_id is None or e.id > event_id]
        return Changes(
            max((e.id for e in events), default=event_id),
            {e.council_id for e in events if e.council_id is not None},
            {e.actor_id for e in events if e.council_id is None and e.actor_id is not None},
        )

    def latest_event_id(self) -> int | None:
        return max((e.id for e in self._store.all(Event)), default=None)

    def record_pass(self, now: datetime, *, full: bool, event_id: int | None) -> None:
        row = self._store.get(SweepPasses, 1) or self._store.add(SweepPasses(id=1))
        marks = {"last_at": now, "event_id": event_id, **({"full_at": now} if full else {})}
        for column, value in marks.items():  # never moved back
            held = getattr(row, column)
            if value is not None and (held is None or held < value):
                setattr(row, column, value)

    def preference(self, person_id: int) -> ReminderPreference | None:
        return self.preferences({person_id}).get(person_id)

    def save_preference(self, preference: ReminderPreference) -> ReminderPreference:
        if preference.id is None:
            self._store.add(preference)
        return preference

    def _planned(self) -> list[Meeting]:
        found = self._store.where(Meeting, lambda m: m.status == MeetingStatus.PLANNED)
        return sorted(found, key=lambda m: (m.starts_at, m.id))

"""The minutes' state per meeting in memory (their lines are events: tests.fakes.meetings)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from adapters.slack.ids import SLACK
from adapters.storage.models import Conversation, Council, Event, Meeting, Minutes
from bot.core import identity
from bot.core.ports import Writing
from bot.core.vocabulary import MinutesStatus
from tests.fakes.attendance import FakeRegisters
from tests.fakes.people import FakeDirectory
from tests.fakes.store import Store


class FakeMinutesRecords:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_meeting(self, meeting_id: int) -> Minutes | None:
        return next(self._store.where(Minutes, lambda m: m.meeting_id == meeting_id), None)

    def with_events(
        self, meeting_id: int, kinds: Collection[str]
    ) -> tuple[Minutes | None, list[Event]]:
        found = self._store.where(Event, lambda e: e.meeting_id == meeting_id and e.kind in kinds)
        last = {e.kind: e for e in sorted(found, key=lambda e: e.id or 0)}
        return self.for_meeting(meeting_id), sorted(last.values(), key=lambda e: e.id or 0)

    def writing(
        self,
        where: identity.Conversation,
        who: identity.Account,
        *,
        now: datetime,
        until: datetime,
        limit: int,
        kinds: Sequence[str],
    ) -> Writing | None:
        directory = FakeDirectory(self._store)
        council = directory.council(where)
        if council is None:
            return None
        person, held = directory.person_in(who.within(council.workspace), council.id, now=now)
        meetings = FakeRegisters(self._store).started_by(council.id, until, limit=limit)
        minutes = {m.id: row for m in meetings if (row := self.for_meeting(m.id)) is not None}
        heads = {}
        for meeting in meetings:
            logged = self.with_events(meeting.id, kinds)[1]
            last = {e.kind: e for e in logged}
            heads[meeting.id] = sorted(last.values(), key=lambda e: e.id or 0)
        complete = len(meetings) < limit
        return Writing(council, person, held, meetings, complete, minutes, heads)

    def in_thread(
        self,
        conversation: str,
        thread_ts: str,
        who: identity.Account,
        *,
        now: datetime,
        kinds: Sequence[str],
    ) -> Writing | None:
        meeting = self.meeting_for_thread(conversation, thread_ts)
        council = self._store.get(Council, meeting.council_id) if meeting is not None else None
        if meeting is None or council is None:
            return None
        directory = FakeDirectory(self._store)
        person, held = directory.person_in(who.within(council.workspace), council.id, now=now)
        row = self.for_meeting(meeting.id)
        last = {e.kind: e for e in self.with_events(meeting.id, kinds)[1]}
        head = sorted(last.values(), key=lambda e: e.id or 0)
        minutes = {meeting.id: row} if row is not None else {}
        return Writing(council, person, held, [meeting], True, minutes, {meeting.id: head})

    def ensure(self, meeting_id: int, *, now: datetime) -> Minutes:
        return self.for_meeting(meeting_id) or self._store.add(
            Minutes(meeting_id=meeting_id, created_at=now)
        )

    def claim(self, meeting_id: int) -> Minutes | None:
        return self.for_meeting(meeting_id)  # one test, one request: nothing to wait for

    def in_justering(self, council_id: int) -> list[int]:
        held = {m.id for m in self._store.where(Meeting, lambda m: m.council_id == council_id)}
        return sorted(
            m.meeting_id
            for m in self._store.all(Minutes)
            if m.meeting_id in held and m.status == MinutesStatus.JUSTERING
        )

    def awaiting_justering(self, meeting_ids: list[int]) -> dict[int, frozenset[int]]:
        sent = {
            m.meeting_id: m.version
            for m in self._store.all(Minutes)
            if m.meeting_id in meeting_ids and m.status == MinutesStatus.JUSTERING
        }

        def of_version(meeting_id: int, kind: str) -> list[Event]:
            return [
                e
                for e in self._store.all(Event)
                if (e.meeting_id, e.kind) == (meeting_id, kind)
                and e.data.get("version") == sent[meeting_id]
            ]

        return {
            meeting_id: frozenset(
                {
                    p
                    for e in of_version(meeting_id, "minutes.sent")
                    for p in e.data["facts"]["justerare"]
                }
                - {e.actor_id for e in of_version(meeting_id, "minutes.approved")}
            )
            for meeting_id in sent
        }

    def meeting_for_thread(self, conversation: str, thread_ts: str) -> Meeting | None:
        minutes = next(
            self._store.where(
                Minutes, lambda m: (m.conversation, m.thread_ts) == (conversation, thread_ts)
            ),
            None,
        )
        if minutes is not None:
            return self._store.get(Meeting, minutes.meeting_id)
        councils = {
            c.council_id
            for c in self._store.all(Conversation)
            if c.platform == SLACK and c.external_id == conversation
        }
        return next(
            self._store.where(
                Meeting, lambda m: m.council_id in councils and m.kallelse_ts == thread_ts
            ),
            None,
        )

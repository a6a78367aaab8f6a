"""Attendance registers, substitute requests and fee profiles in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from adapters.storage.models import (
    Attendance,
    Council,
    FeeClaim,
    FeeProfile,
    FeeReceipt,
    Meeting,
    PayRecord,
    SubstituteRequest,
)
from bot.core.ports import ClaimRecord, HeldRow, RegisterEntry, RegisterRow
from bot.core.vocabulary import ATTENDED, Answer, MeetingKind, MeetingStatus, SubstituteStatus
from tests.fakes.store import Store


def _register_row(a: Attendance) -> RegisterRow:
    return RegisterRow(
        a.meeting_id,
        a.person_id,
        a.presence,
        a.arrived_at,
        a.left_at,
        a.read_documents_at,
        a.reading_minutes,
    )


class FakeRegisters:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, meeting_id: int, person_id: int) -> Attendance | None:
        return next((a for a in self.for_meeting(meeting_id) if a.person_id == person_id), None)

    def ensure(self, meeting_id: int, person_id: int) -> Attendance:
        found = self.get(meeting_id, person_id)
        return found or self._store.add(Attendance(meeting_id=meeting_id, person_id=person_id))

    def for_meeting(self, meeting_id: int) -> list[Attendance]:
        found = self._store.where(Attendance, lambda a: a.meeting_id == meeting_id)
        return sorted(found, key=lambda a: a.id)

    def held_between(
        self, start: datetime, end: datetime, council_id: int | None = None
    ) -> list[HeldRow]:
        return [
            HeldRow(m.id, m.council_id, m.kind, m.starts_at, m.ends_at, m.fee_terms)
            for m in self._in_order(m for m in self._planned() if start <= m.starts_at < end)
            if council_id in (None, m.council_id)
        ]

    def registers(self, meeting_ids: list[int]) -> list[RegisterEntry]:
        found = self._store.where(Attendance, lambda a: a.meeting_id in meeting_ids)
        ordered = sorted(found, key=lambda a: (a.meeting_id, a.id))
        return [RegisterEntry(a.meeting_id, a.person_id, a.presence) for a in ordered]

    def meeting(self, meeting_id: int) -> tuple[Meeting, Council] | None:
        meeting = self._store.get(Meeting, meeting_id)
        council = self._store.get(Council, meeting.council_id) if meeting else None
        return (meeting, council) if meeting and council else None

    def started_by(self, council_id: int, when: datetime, *, limit: int) -> list[Meeting]:
        found = [m for m in self._planned() if m.council_id == council_id and m.starts_at <= when]
        return sorted(found, key=lambda m: (m.starts_at, m.id), reverse=True)[:limit]

    def replacement_for(self, meeting_id: int, absent_person_id: int) -> Attendance | None:
        return next(
            (a for a in self.for_meeting(meeting_id) if a.replaces_person_id == absent_person_id),
            None,
        )

    def apologies_for_meetings_before(
        self, until: datetime, *, now: datetime
    ) -> list[tuple[Attendance, Meeting]]:
        return [
            (a, m)
            for m in self._in_order(m for m in self._planned() if now < m.starts_at < until)
            for a in self.for_meeting(m.id)
            if a.answer == Answer.NOT_COMING
        ]

    def attended(
        self, workspace: str, person_ids: list[int], start: datetime, end: datetime
    ) -> list[tuple[RegisterRow, HeldRow]]:
        teams = [c.id for c in self._store.all(Council) if c.workspace == workspace]
        return self.attended_in(teams, person_ids, start, end)

    def attended_in(
        self, council_ids: list[int], person_ids: list[int], start: datetime, end: datetime
    ) -> list[tuple[RegisterRow, HeldRow]]:
        meetings = (m for m in self._planned() if m.council_id in council_ids)
        return [
            (
                _register_row(a),
                HeldRow(m.id, m.council_id, m.kind, m.starts_at, m.ends_at, m.fee_terms),
            )
            for m in self._in_order(m for m in meetings if start <= m.starts_at < end)
            for a in self.for_meeting(m.id)
            if a.person_id in person_ids and a.presence in ATTENDED
        ]

    def registered_in(
        self, council_id: int, start: datetime, end: datetime, *, kinds: frozenset[MeetingKind]
    ) -> list[tuple[Meeting, list[Attendance]]]:
        registers = [
            (m, [a for a in self.for_meeting(m.id) if a.presence is not None])
            for m in self.council_meetings(council_id, start, end)
            if m.kind in kinds
        ]
        return [(m, register) for m, register in registers if register]

    def council_meetings(self, council_id: int, start: datetime, end: datetime) -> list[Meeting]:
        return self._in_order(
            m for m in self._planned() if m.council_id == council_id and start <= m.starts_at < end
        )

    def _planned(self) -> list[Meeting]:
        return [m for m in self._store.all(Meeting) if m.status == MeetingStatus.PLANNED]

    @staticmethod
    def _in_order(meetings: Iterable[Meeting]) -> list[Meeting]:
        return sorted(meetings, key=lambda m: (m.starts_at, m.id))


class FakeSubstituteRequests:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, request: SubstituteRequest) -> SubstituteRequest:
        return self._store.add(request)

    def get(self, request_id: int) -> SubstituteRequest | None:
        return self._store.get(SubstituteRequest, request_id)

    def for_absence(self, meeting_id: int, absent_person_id: int) -> list[SubstituteRequest]:
        return list(
            self._store.where(
                SubstituteRequest,
                lambda r: r.meeting_id == meeting_id and r.absent_person_id == absent_person_id,
            )
        )

    def open_for(self, meeting_id: int, substitute_person_id: int) -> list[SubstituteRequest]:
        return list(
            self._store.where(
                SubstituteRequest,
                lambda r: (
                    r.meeting_id == meeting_id
                    and r.substitute_person_id == substitute_person_id
                    and r.status == SubstituteStatus.ASKED
                ),
            )
        )


class FakeFeeProfiles:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, person_id: int) -> FeeProfile | None:
        return self._store.get(FeeProfile, person_id)

    def add(self, profile: FeeProfile) -> FeeProfile:
        return self._store.add(profile)

    def delete(self, profile: FeeProfile) -> None:
        self._store.delete(profile)

    def for_persons(self, person_ids: list[int]) -> dict[int, FeeProfile]:
        return {
            p.person_id: p
            for p in self._store.where(FeeProfile, lambda p: p.person_id in person_ids)
        }

    def pay_for(self, person_ids: list[int]) -> dict[int, list[PayRecord]]:
        found: dict[int, list[PayRecord]] = {}
        stated = self._store.where(PayRecord, lambda r: r.person_id in person_ids)
        for record in sorted(stated, key=lambda r: (r.person_id, r.valid_from)):
            found.setdefault(record.person_id, []).append(record)
        return found

    def add_pay(self, record: PayRecord) -> PayRecord:
        return self._store.add(record)

    def delete_pay(self, person_id: int) -> bool:
        return self._delete(PayRecord, person_id)

    def claims_of(
        self, person_id: int, council_ids: list[int], start: date, end: date
    ) -> list[FeeClaim]:
        found = self._store.where(
            FeeClaim,
            lambda c: (
                c.person_id == person_id and c.council_id in council_ids and start <= c.day < end
            ),
        )
        return sorted(found, key=lambda c: (c.day, c.council_id))

    def claims_in(self, council_id: int, start: date, end: date) -> list[FeeClaim]:
        found = self._store.where(
            FeeClaim, lambda c: c.council_id == council_id and start <= c.day < end
        )
        return sorted(found, key=lambda c: (c.day, c.person_id))

    def claim_records_in(self, council_id: int, start: date, end: date) -> list[ClaimRecord]:
        return [
            ClaimRecord(
                c.person_id,
                c.day,
                json.dumps(c.stated),
                json.dumps(c.figures),
                c.approved_at,
                c.approved_by,
            )
            for c in self.claims_in(council_id, start, end)
        ]

    def add_claim(self, claim: FeeClaim) -> FeeClaim:
        return self._store.add(claim)

    def delete_claims(self, person_id: int) -> bool:
        return self._delete(FeeClaim, person_id)

    def add_receipt(self, receipt: FeeReceipt) -> FeeReceipt:
        return self._store.add(receipt)

    def receipt(self, receipt_id: int) -> FeeReceipt | None:
        return self._store.get(FeeReceipt, receipt_id)

    def receipt_from(self, source: str) -> FeeReceipt | None:
        return next(iter(self._store.where(FeeReceipt, lambda r: r.source == source)), None)

    def receipts_of(
        self, person_id: int, council_ids: list[int], start: date, end: date
    ) -> list[FeeReceipt]:
        found = self._store.where(
            FeeReceipt,
            lambda r: (
                r.person_id == person_id and r.council_id in council_ids and start <= r.day < end
            ),
        )
        return sorted(found, key=lambda r: (r.day, r.council_id, r.id))

    def delete_receipts(self, receipt_ids: list[int]) -> None:
        for row in list(self._store.where(FeeReceipt, lambda r: r.id in receipt_ids)):
            self._store.delete(row)

    def delete_receipts_of(self, person_id: int) -> bool:
        return self._delete(FeeReceipt, person_id)

    def _delete(
        self, model: type[PayRecord] | type[FeeClaim] | type[FeeReceipt], person_id: int
    ) -> bool:
        rows = list(self._store.where(model, lambda r: r.person_id == person_id))
        for row in rows:
            self._store.delete(row)
        return bool(rows)

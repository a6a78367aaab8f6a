"""The kallelse's texts, documents, glossary and sending in memory."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from adapters.storage.models import (
    CouncilKallelse,
    Document,
    GlossaryTerm,
    KallelseTexts,
    Meeting,
    MeetingGuest,
    MeetingKallelse,
    Person,
)
from bot.core.vocabulary import MeetingKind
from tests.fakes.store import Store


class FakeKallelseRecords:
    def __init__(self, store: Store) -> None:
        self._store = store

    def council_texts(self, council_id: int, kind: MeetingKind) -> CouncilKallelse | None:
        return self._store.get(CouncilKallelse, council_id, kind)

    def meeting_texts(self, meeting_id: int) -> MeetingKallelse | None:
        return self._store.get(MeetingKallelse, meeting_id)

    def ensure_texts(
        self, *, council_id: int, meeting_id: int | None, kind: MeetingKind
    ) -> KallelseTexts:
        if meeting_id is not None:
            return self.meeting_texts(meeting_id) or self._store.add(
                MeetingKallelse(meeting_id=meeting_id)
            )
        return self.council_texts(council_id, kind) or self._store.add(
            CouncilKallelse(council_id=council_id, meeting_kind=kind)
        )

    def add_document(self, document: Document) -> Document:
        return self._store.add(document)

    def add_guest(self, guest: MeetingGuest) -> MeetingGuest:
        return self._store.add(guest)

    def guests(self, meeting_id: int) -> list[Person]:
        found = self._store.where(MeetingGuest, lambda g: g.meeting_id == meeting_id)
        invited = sorted(found, key=lambda g: (g.invited_at, g.id))
        return [p for g in invited if (p := self._store.get(Person, g.person_id)) is not None]

    def guests_of(self, meeting_ids: Collection[int]) -> set[tuple[int, int]]:
        found = self._store.where(MeetingGuest, lambda g: g.meeting_id in meeting_ids)
        return {(g.meeting_id, g.person_id) for g in found}

    def documents(self, meeting_id: int) -> list[Document]:
        found = self._store.where(Document, lambda d: d.meeting_id == meeting_id)
        return sorted(found, key=lambda d: (d.added_at, d.id))

    def glossary(self, council_id: int) -> list[GlossaryTerm]:
        found = self._store.where(GlossaryTerm, lambda t: t.council_id == council_id)
        return sorted(found, key=lambda t: t.abbreviation)

    def add_term(self, term: GlossaryTerm) -> GlossaryTerm:
        return self._store.add(term)

    def delete_term(self, term: GlossaryTerm) -> None:
        self._store.delete(term)

    def claim_sending(self, meeting_id: int, now: datetime) -> bool:
        meeting = self._store.get(Meeting, meeting_id)
        if meeting is None or meeting.kallelse_sent_at is not None:
            return False
        meeting.kallelse_sent_at = now
        return True

    def set_channel_post(self, meeting_id: int, ts: str) -> None:
        meeting = self._store.get(Meeting, meeting_id)
        if meeting is not None:
            meeting.kallelse_ts = ts

"""The kallelse: its texts per council and meeting, documents, glossary, and the send claim."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

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


class KallelseRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- texts ---------------------------------------------------------------------------

    def council_texts(self, council_id: int, kind: MeetingKind) -> CouncilKallelse | None:
        return self._session.get(CouncilKallelse, (council_id, kind))

    def meeting_texts(self, meeting_id: int) -> MeetingKallelse | None:
        return self._session.get(MeetingKallelse, meeting_id)

    def ensure_texts(
        self, *, council_id: int, meeting_id: int | None, kind: MeetingKind
    ) -> KallelseTexts:
        """The meeting's row when a meeting is given, else the council's for meetings of the
        kind; created if missing (by another request at the same moment, too)."""
        if meeting_id is not None:
            return self._ensure(MeetingKallelse, meeting_id, meeting_id=meeting_id)
        return self._ensure(
            CouncilKallelse, (council_id, kind), council_id=council_id, meeting_kind=kind
        )

    def _ensure(
        self,
        model: type[CouncilKallelse | MeetingKallelse],
        key: int | tuple[int, MeetingKind],
        **values: object,
    ) -> KallelseTexts:
        found = self._session.get(model, key)
        if found is not None:
            return found
        try:
            with self._session.begin_nested():
                row = model(**values)
                self._session.add(row)
        except IntegrityError:
            row = self._session.get(model, key)
            assert row is not None  # the other request's row
        return row

    # -- documents -----------------------------------------------------------------------

    def add_document(self, document: Document) -> Document:
        self._session.add(document)
        self._session.flush()
        return document

    def add_guest(self, guest: MeetingGuest) -> MeetingGuest:
        self._session.add(guest)
        self._session.flush()
        return guest

    def guests(self, meeting_id: int) -> list[Person]:
        return list(
            self._session.scalars(
                select(Person)
                .join(MeetingGuest, MeetingGuest.person_id == Person.id)
                .where(MeetingGuest.meeting_id == meeting_id)
                .order_by(MeetingGuest.invited_at, MeetingGuest.id)
            )
        )

    def guests_of(self, meeting_ids: Collection[int]) -> set[tuple[int, int]]:
        if not meeting_ids:
            return set()
        found = self._session.execute(
            select(MeetingGuest.meeting_id, MeetingGuest.person_id).where(
                MeetingGuest.meeting_id.in_(list(meeting_ids))
            )
        )
        return {(meeting_id, person_id) for meeting_id, person_id in found}

    def documents(self, meeting_id: int) -> list[Document]:
        return list(
            self._session.scalars(
                select(Document)
                .where(Document.meeting_id == meeting_id)
                .order_by(Document.added_at, Document.id)
            )
        )

    # -- glossary ------------------------------------------------------------------------

    def glossary(self, council_id: int) -> list[GlossaryTerm]:
        return list(
            self._session.scalars(
                select(GlossaryTerm)
                .where(GlossaryTerm.council_id == council_id)
                .order_by(GlossaryTerm.abbreviation)
            )
        )

    def add_term(self, term: GlossaryTerm) -> GlossaryTerm:
        self._session.add(term)
        self._session.flush()
        return term

    def delete_term(self, term: GlossaryTerm) -> None:
        self._session.delete(term)
        self._session.flush()

    # -- sending -------------------------------------------------------------------------

    def claim_sending(self, meeting_id: int, now: datetime) -> bool:
        """Mark the kallelse sent, in one statement: True for the one request that did it,
        False for every other (a second press, a retry, another process)."""
        result = self._session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id, Meeting.kallelse_sent_at.is_(None))
            .values(kallelse_sent_at=now)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1  # type: ignore[attr-defined]

    def set_channel_post(self, meeting_id: int, ts: str) -> None:
        self._session.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(kallelse_ts=ts)
            .execution_options(synchronize_session=False)
        )

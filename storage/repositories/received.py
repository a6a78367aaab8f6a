"""Slack events already taken in, by event id: a redelivery has no second effect."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import ReceivedEvent


class ReceivedEventRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def first_time(self, event_id: str, *, at: datetime) -> bool:
        """Record the event; False if it was recorded before (also by a delivery of it that
        is under way in another process at this moment)."""
        try:
            with self._session.begin_nested():
                self._session.add(ReceivedEvent(event_id=event_id, received_at=at))
        except IntegrityError:
            return False
        return True

    def prune(self, *, before: datetime) -> int:
        result = self._session.execute(
            delete(ReceivedEvent).where(ReceivedEvent.received_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)

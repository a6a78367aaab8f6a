"""Personal links to the member page, found by their tokens' hashes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from adapters.storage.models import MemberLink


class MemberLinkRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, link: MemberLink) -> None:
        self._session.add(link)
        self._session.flush()

    def get(self, link_id: int) -> MemberLink | None:
        return self._session.get(MemberLink, link_id)

    def by_hash(self, token_hash: str) -> MemberLink | None:
        return self._session.scalars(
            select(MemberLink).where(MemberLink.token_hash == token_hash)
        ).one_or_none()

    def revoke_all(self, person_id: int, *, at: datetime) -> int:
        """Revoke every link of the person not revoked yet (their sessions end); how many."""
        done = self._session.execute(
            update(MemberLink)
            .where(MemberLink.person_id == person_id, MemberLink.revoked_at.is_(None))
            .values(revoked_at=at)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(done, "rowcount", 0) or 0)

    def delete_for(self, person_id: int) -> None:
        """Every link of the person (their data erased)."""
        self._session.execute(
            delete(MemberLink)
            .where(MemberLink.person_id == person_id)
            .execution_options(synchronize_session=False)
        )

    def prune(self, *, expired_before: datetime) -> int:
        """Delete the links that expired before `expired_before`; how many."""
        done = self._session.execute(
            delete(MemberLink)
            .where(MemberLink.expires_at < expired_before)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(done, "rowcount", 0) or 0)

"""Personal links to the member page in memory."""

from __future__ import annotations

from datetime import datetime

from adapters.storage.models import MemberLink
from tests.fakes.store import Store


class FakeMemberLinks:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, link: MemberLink) -> None:
        self._store.add(link)

    def get(self, link_id: int) -> MemberLink | None:
        return self._store.get(MemberLink, link_id)

    def by_hash(self, token_hash: str) -> MemberLink | None:
        return next(self._store.where(MemberLink, lambda m: m.token_hash == token_hash), None)

    def revoke_all(self, person_id: int, *, at: datetime) -> int:
        open_links = list(
            self._store.where(
                MemberLink, lambda m: m.person_id == person_id and m.revoked_at is None
            )
        )
        for link in open_links:
            link.revoked_at = at
        return len(open_links)

    def delete_for(self, person_id: int) -> None:
        for link in self._store.where(MemberLink, lambda m: m.person_id == person_id):
            self._store.delete(link)

    def prune(self, *, expired_before: datetime) -> int:
        gone = list(self._store.where(MemberLink, lambda m: m.expires_at < expired_before))
        for link in gone:
            self._store.delete(link)
        return len(gone)

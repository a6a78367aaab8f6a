"""The councils' arbetsgrupper and their rosters in memory."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from adapters.storage.models import WorkingGroup, WorkingGroupMember
from tests.fakes.store import Store


class FakeWorkingGroups:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, group: WorkingGroup) -> WorkingGroup:
        return self._store.add(group)

    def get(self, council_id: int, group_id: int) -> WorkingGroup | None:
        group = self._store.get(WorkingGroup, group_id)
        return group if group is not None and group.council_id == council_id else None

    def by_ids(self, ids: Collection[int]) -> dict[int, WorkingGroup]:
        return {g.id: g for g in self._store.where(WorkingGroup, lambda g: g.id in ids)}

    def for_council(self, council_id: int) -> list[WorkingGroup]:
        found = self._store.where(WorkingGroup, lambda g: g.council_id == council_id)
        return sorted(found, key=lambda g: g.id)

    def ending_by(self, day: date) -> list[WorkingGroup]:
        found = self._store.where(WorkingGroup, lambda g: g.closed_at is None and g.ends_on <= day)
        return sorted(found, key=lambda g: (g.council_id, g.id))

    def _members(self, group_ids: Collection[int]) -> list[WorkingGroupMember]:
        found = self._store.where(WorkingGroupMember, lambda m: m.group_id in group_ids)
        return sorted(found, key=lambda m: (m.added_at, m.id))

    def roster(self, group_id: int) -> list[int]:
        return [m.person_id for m in self._members({group_id})]

    def rosters(self, group_ids: Collection[int]) -> dict[int, frozenset[int]]:
        found: dict[int, set[int]] = {}
        for member in self._members(group_ids):
            found.setdefault(member.group_id, set()).add(member.person_id)
        return {group_id: frozenset(people) for group_id, people in found.items()}

    def add_member(self, member: WorkingGroupMember) -> WorkingGroupMember:
        return self._store.add(member)

    def remove_member(self, group_id: int, person_id: int) -> bool:
        found = [m for m in self._members({group_id}) if m.person_id == person_id]
        for member in found:
            self._store.delete(member)
        return bool(found)

    def of_person(self, person_id: int) -> list[WorkingGroup]:
        on = {
            m.group_id
            for m in self._store.where(WorkingGroupMember, lambda m: m.person_id == person_id)
        }
        found = self._store.where(WorkingGroup, lambda g: g.id in on or g.convenor_id == person_id)
        return sorted(found, key=lambda g: g.id)

    def erase_person(self, person_id: int) -> None:
        gone = self._store.where(WorkingGroupMember, lambda m: m.person_id == person_id)
        for member in list(gone):
            self._store.delete(member)
        for group in self._store.all(WorkingGroup):
            for column in ("convenor_id", "created_by", "closed_by"):
                if getattr(group, column) == person_id:
                    setattr(group, column, None)

"""The councils' arbetsgrupper and their rosters."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from adapters.storage.models import WorkingGroup, WorkingGroupMember


class WorkingGroupRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, group: WorkingGroup) -> WorkingGroup:
        self._session.add(group)
        self._session.flush()
        return group

    def get(self, council_id: int, group_id: int) -> WorkingGroup | None:
        group = self._session.get(WorkingGroup, group_id)
        return group if group is not None and group.council_id == council_id else None

    def by_ids(self, ids: Collection[int]) -> dict[int, WorkingGroup]:
        if not ids:
            return {}
        found = self._session.scalars(select(WorkingGroup).where(WorkingGroup.id.in_(ids)))
        return {g.id: g for g in found}

    def for_council(self, council_id: int) -> list[WorkingGroup]:
        return list(
            self._session.scalars(
                select(WorkingGroup)
                .where(WorkingGroup.council_id == council_id)
                .order_by(WorkingGroup.id)
            )
        )

    def ending_by(self, day: date) -> list[WorkingGroup]:
        return list(
            self._session.scalars(
                select(WorkingGroup)
                .where(WorkingGroup.closed_at.is_(None), WorkingGroup.ends_on <= day)
                .order_by(WorkingGroup.council_id, WorkingGroup.id)
            )
        )

    def roster(self, group_id: int) -> list[int]:
        return list(
            self._session.scalars(
                select(WorkingGroupMember.person_id)
                .where(WorkingGroupMember.group_id == group_id)
                .order_by(WorkingGroupMember.added_at, WorkingGroupMember.id)
            )
        )

    def rosters(self, group_ids: Collection[int]) -> dict[int, frozenset[int]]:
        if not group_ids:
            return {}
        rows = self._session.execute(
            select(WorkingGroupMember.group_id, WorkingGroupMember.person_id).where(
                WorkingGroupMember.group_id.in_(group_ids)
            )
        )
        found: dict[int, set[int]] = {}
        for group_id, person_id in rows:
            found.setdefault(group_id, set()).add(person_id)
        return {group_id: frozenset(people) for group_id, people in found.items()}

    def add_member(self, member: WorkingGroupMember) -> WorkingGroupMember:
        self._session.add(member)
        self._session.flush()
        return member

    def remove_member(self, group_id: int, person_id: int) -> bool:
        gone = self._session.execute(
            delete(WorkingGroupMember).where(
                WorkingGroupMember.group_id == group_id, WorkingGroupMember.person_id == person_id
            )
        )
        return bool(getattr(gone, "rowcount", 0))

    def of_person(self, person_id: int) -> list[WorkingGroup]:
        on_roster = select(WorkingGroupMember.group_id).where(
            WorkingGroupMember.person_id == person_id
        )
        return list(
            self._session.scalars(
                select(WorkingGroup)
                .where(or_(WorkingGroup.id.in_(on_roster), WorkingGroup.convenor_id == person_id))
                .order_by(WorkingGroup.id)
            )
        )

    def erase_person(self, person_id: int) -> None:
        self._session.execute(
            delete(WorkingGroupMember).where(WorkingGroupMember.person_id == person_id)
        )
        for column in ("convenor_id", "created_by", "closed_by"):
            attribute = getattr(WorkingGroup, column)
            self._session.execute(
                update(WorkingGroup).where(attribute == person_id).values({column: None})
            )

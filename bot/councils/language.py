"""The language to write to someone in: by itself, as letters and reminders need it without
the rest of the councils' service."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from adapters.storage.models import Person
from bot.core.ports import UnitOfWork


def language_for(uow: UnitOfWork, person: Person, *, default: str, now: datetime) -> str:
    """The language to write to a person in: their own when they chose one, else their
    councils' when they all share one, else `default` (the bot's)."""
    return languages_for(uow, [person], default=default, now=now)[person.id]


def languages_for(
    uow: UnitOfWork, people: Collection[Person], *, default: str, now: datetime
) -> dict[int, str]:
    """`language_for` of each person, by id, in two queries however many they are."""
    undecided = [p.id for p in people if p.language is None]
    councils = uow.memberships.council_ids_by_person(undecided, now=now) if undecided else {}
    ids = sorted({c for held in councils.values() for c in held})
    spoken = {c.id: c.language for c in uow.councils.by_ids(ids)} if ids else {}
    found = {}
    for person in people:
        languages = {spoken[c] for c in councils.get(person.id, [])}
        chosen = languages.pop() if len(languages) == 1 else default
        found[person.id] = chosen if person.language is None else person.language
    return found

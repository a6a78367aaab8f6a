"""The language to write to someone in: by itself, as letters and reminders need it without
the rest of the councils' service."""

from __future__ import annotations

from datetime import datetime

from adapters.storage.models import Person
from bot.core.ports import UnitOfWork


def language_for(uow: UnitOfWork, person: Person, *, default: str, now: datetime) -> str:
    """The language to write to a person in: their own when they chose one, else their
    councils' when they all share one, else `default` (the bot's)."""
    if person.language is not None:
        return person.language
    ids = uow.memberships.council_ids_of(person.id, now=now)
    languages = {council.language for council in uow.councils.by_ids(ids)}
    return languages.pop() if len(languages) == 1 else default

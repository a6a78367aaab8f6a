"""A person named in the words of a command.

How a person is written depends on where the words come from (a mention in a chat, an email
address, a name), so the adapter reads them: it hands the parser a `PersonReader`, and the
parser gets back a neutral `PersonRef` that the adapter resolves to the person afterwards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.errors import UserError


@dataclass(frozen=True)
class PersonRef:
    """A person as the adapter that read the words knows them: their account there, and the
    name written with the reference, if any."""

    account: str
    label: str | None = None
    # An email address written instead (a member reached by email has no account to
    # mention): the adapter leaves `account` empty and the service finds them by it.
    address: str | None = None


# The person the words begin with and the words after them; None when they begin with none.
PersonReader = Callable[[str], tuple[PersonRef, str] | None]


def take_person(text: str, read: PersonReader, *, usage_key: str) -> tuple[PersonRef, str]:
    """The person the text begins with and the rest; UserError(usage_key) when none leads."""
    found = read(text.strip())
    if found is None:
        raise UserError(usage_key)
    return found

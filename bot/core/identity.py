"""Who asks and where: an account and a conversation, as an adapter names them.

A person exists on their own and has zero or more accounts; a council exists on its own and
is reached in zero or more conversations (adapters.storage.models). An adapter says who and
where a request is with these two values, naming its own platform; the domain never picks a
platform, it hands them to the Directory (bot.core.ports) to find the person and the council.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Account:
    """Who asks: an account on a platform, in one workspace (a chat's team, a tenant)."""

    platform: str  # the name its adapter gives it (each adapter names its own)
    workspace: str
    external_id: str

    def within(self, workspace: str) -> Account:
        """The same account as `workspace` records it: an account id is one person in every
        workspace of its platform, and a council's people are recorded in its own."""
        return replace(self, workspace=workspace)

    def named(self, external_id: str) -> Account:
        """Someone this account names (a person mentioned in a request): an account on the
        same platform, in the same workspace."""
        return replace(self, external_id=external_id)


@dataclass(frozen=True, slots=True)
class Conversation:
    """Where a request is made: a conversation on a platform (a chat channel today, an email
    list tomorrow), asked from one workspace; its id is unique on its platform."""

    platform: str
    workspace: str
    external_id: str

    def account(self, external_id: str) -> Account:
        """Someone's account as this conversation's platform and workspace name it (a person
        mentioned in it, or its creator)."""
        return Account(self.platform, self.workspace, external_id)


@dataclass(frozen=True, slots=True)
class NamedAccount:
    """An account with the name its platform shows for it (a person to add, a creator)."""

    external_id: str
    name: str

"""Whether a queued message is still wanted when its turn comes to be sent.

A reminder is queued when it falls due and may wait (a retry, a busy drain) before it is sent;
meanwhile the meeting may be cancelled, the person removed from the council or moved to the
unit. The sender asks here just before sending, and drops what is no longer wanted or allowed,
with the reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.storage.models import OutboxMessage, Person
from bot.core.authz import audience_of
from bot.core.outbox import said_in
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewer_by_person
from bot.core.vocabulary import ActionStatus, MeetingStatus, Platform
from bot.meetings.service import visible_to
from bot.reminders.addresses import by_email


def workspace_of(uow: UnitOfWork, row: OutboxMessage) -> str | None:
    """The Slack workspace (team id) the row is sent in, if known: its council's, else its
    person's Slack account's."""
    if row.council_id is not None:
        council = uow.councils.get(row.council_id)
        return council.team_id if council else None
    if row.person_id is not None:
        person = uow.people.get(row.person_id)
        account = person.account(Platform.SLACK) if person else None
        return account.workspace if account else None
    return None


def _unreachable(person: Person, payload: dict[str, Any]) -> str | None:
    """Why a message cannot go to the person by email (bot.reminders.addresses.by_email): it
    was written for a chat only, or their address is not confirmed (nothing but the
    confirmation goes to an address before its owner has confirmed it)."""
    if not by_email(person, payload):
        return None
    if said_in(payload) is None:
        return "no_chat_account"
    if person.email_verified_at is None and not payload.get("confirming"):
        return "address_unconfirmed"
    return None


def why_unwanted(uow: UnitOfWork, row: OutboxMessage, now: datetime) -> str | None:
    """None when the row may go; else why not (a short code, kept as the row's last error).
    In a workspace the app was removed from, that is how we learnt it (app_uninstalled,
    token_revoked …): bot.privacy.workspaces."""
    team = workspace_of(uow, row)
    gone = uow.workspaces.gone(team) if team else None
    if gone:
        return gone
    person = uow.people.get(row.person_id) if row.person_id is not None else None
    if person is not None and person.erased_at is None:
        unreachable = _unreachable(person, row.payload)
        if unreachable is not None:
            return unreachable
    if row.council_id is None:
        return None
    council = uow.councils.get(row.council_id)
    if council is None:
        return "recipient_gone"
    subject = str(row.payload.get("subject", ""))
    kind, number = subject[:1], subject[1:]
    if row.person_id is None:  # to the council's conversation: still about something?
        meeting = (
            uow.meetings.get(council.id, int(number))
            if kind == "m" and number.isdecimal()
            else None
        )
        if meeting is not None and meeting.status == MeetingStatus.CANCELLED:
            return "meeting_cancelled"
        return None
    if person is None or person.erased_at is not None:
        return "recipient_gone"
    account = person.account(Platform.SLACK)
    if account is not None and account.deactivated_at is not None:
        return "deactivated"
    viewer = viewer_by_person(uow, council, person.id, now=now)
    if not viewer.is_member:
        return "not_a_member"
    if not number.isdecimal():
        return None
    if kind == "m":
        meeting = uow.meetings.get(council.id, int(number))
        if meeting is None or meeting.status == MeetingStatus.CANCELLED:
            return "meeting_cancelled"
        if not visible_to(viewer, meeting):
            return "not_allowed"
    if (
        kind == "p"
        and uow.points.get(council.id, int(number), audience=audience_of(viewer)) is None
    ):
        return "not_allowed"
    if kind == "a":
        item = uow.actions.get(council.id, int(number), audience=audience_of(viewer))
        if item is None:
            return "not_allowed"
        if item.status != ActionStatus.OPEN:
            return "action_closed"
        if item.owner_id != person.id:
            return "not_the_owner"
    return None

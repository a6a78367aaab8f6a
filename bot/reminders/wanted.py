"""Whether a queued message is still wanted when its turn comes to be sent.

A reminder is queued when it falls due and may wait (a retry, a busy drain) before it is sent;
meanwhile the meeting may be cancelled, the person removed from the council or moved to the
unit. The sender asks here just before sending, and drops what is no longer wanted or allowed,
with the reason. It asks for a claimed batch at once (Checks).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from adapters.storage.models import OutboxMessage, Person
from bot.core.audience import Audience
from bot.core.authz import audience_of
from bot.core.outbox import posted_in, said_in, shown_in
from bot.core.ports import UnitOfWork
from bot.core.ports.messenger import EMAIL
from bot.core.viewers import viewers_by_person
from bot.core.vocabulary import ActionStatus, MeetingStatus
from bot.meetings.service import visible_to
from bot.reminders.addresses import account_to, by_email


def workspace_of(uow: UnitOfWork, row: OutboxMessage, reaches: Collection[str]) -> str | None:
    """The workspace the row is sent in, if known: its council's, else that of the account
    it is addressed to (`reaches`: the platforms there is a messenger for), else that of the
    conversation it answers in."""
    if row.council_id is not None:
        council = uow.councils.get(row.council_id)
        return council.workspace if council else None
    if row.person_id is not None:
        person = uow.people.get(row.person_id)
        account = account_to(person, row.payload, reaches) if person else None
        return account.workspace if account else None
    where = posted_in(row.payload) or shown_in(row.payload)
    return where.workspace if where else None


def _unreachable(person: Person, payload: dict[str, Any]) -> str | None:
    """Why a message cannot go to the person by email: as a letter, it was written for a
    chat only (those who prefer email get the email sent beside it) or their address is not
    confirmed (nothing but the confirmation goes to an address before its owner has confirmed
    it; but a member with a chat account who asked there for a copy by email, or an officer
    for them, gets the kallelse and the minutes at the address set there); any email, mail to
    the address comes back (bot.members.mailbox: until they confirm an address again)."""
    if payload.get("confirming"):
        return None
    letter = by_email(person, payload)
    if letter and said_in(payload) is None:
        return "no_chat_account"
    asked_in_chat = payload.get("via") == EMAIL and bool(person.accounts)  # any chat's
    if letter and person.email_verified_at is None and not asked_in_chat:
        return "address_unconfirmed"
    if (letter or "email" in payload) and person.email_failing_at is not None:
        return "address_failing"
    return None


class Checks:
    """The checks of one claimed batch, with what they read loaded for all its rows at once
    (councils, people with their accounts, removed workspaces, roles, meetings), in a few
    queries rather than a few per row. Kept while the batch is addressed: the people and
    councils it loaded are those the addresses read."""

    def __init__(
        self,
        uow: UnitOfWork,
        rows: Sequence[OutboxMessage],
        now: datetime,
        reaches: Collection[str],
    ) -> None:
        self._uow = uow
        self._reaches = reaches  # the platforms there is a messenger for (addresses read them)
        self._councils = {c.id: c for c in uow.councils.by_ids(_ids(r.council_id for r in rows))}
        self._people = uow.people.by_ids(_ids(r.person_id for r in rows), accounts=True)
        self._gone = uow.workspaces.all_gone() if rows else {}  # removed workspaces' reasons
        asked = {
            (self._councils[row.council_id], person)
            for row in rows
            if row.council_id in self._councils
            and (person := self._people.get(row.person_id or 0)) is not None
            and person.erased_at is None
        }
        self._viewers = viewers_by_person(uow, asked, now=now)
        self._meetings = uow.meetings.by_ids(_ids(_number(row, "m") for row in rows))
        self._guests = uow.kallelse.guests_of(list(self._meetings))
        self._groups = uow.working_groups.by_ids(_ids(_number(row, "g") for row in rows))
        self._rosters = uow.working_groups.rosters(
            _ids(m.working_group_id for m in self._meetings.values())
        )
        self._vacancies = uow.vacancies.by_ids(_ids(_number(row, "v") for row in rows))
        self._foreningar = uow.foreningar.by_ids(
            _ids(_number(row, "f") for row in rows)
            + _ids(v.forening_id for v in self._vacancies.values())
        )

    def workspace(self, row: OutboxMessage) -> str | None:
        """workspace_of, from what the batch read."""
        return workspace_of(self._uow, row, self._reaches)

    def why_unwanted(self, row: OutboxMessage) -> str | None:
        """None when the row may go; else why not (a short code, kept as the row's last
        error). In a workspace the app was removed from, that is how we learnt it
        (app_uninstalled, token_revoked …): bot.privacy.workspaces."""
        team = self.workspace(row)
        gone = self._gone.get(team) if team else None
        if gone:
            return gone
        person = self._people.get(row.person_id) if row.person_id is not None else None
        if person is not None and person.erased_at is None:
            unreachable = _unreachable(person, row.payload)
            if unreachable is not None:
                return unreachable
        if row.council_id is None:
            return None
        council = self._councils.get(row.council_id)
        if council is None:
            return "recipient_gone"
        meeting_id = _number(row, "m")
        meeting = self._meetings.get(meeting_id) if meeting_id is not None else None
        if meeting is not None and meeting.council_id != council.id:
            meeting = None
        if row.person_id is None:  # to the council's conversation: still about something?
            if meeting is not None and meeting.status == MeetingStatus.CANCELLED:
                return "meeting_cancelled"
            return None
        if person is None or person.erased_at is not None:
            return "recipient_gone"
        # The account it goes to, not just any of theirs: by email, or by another account,
        # a person deactivated in one workspace is still reached.
        account = account_to(person, row.payload, self._reaches)
        if account is not None and account.deactivated_at is not None:
            return "deactivated"
        seat = self._seat(row, person.id)
        if seat is not None:
            return seat or None
        viewer = self._viewers[(council.id, person.id)]
        if not viewer.is_member:
            # A guest of the meeting gets its kallelse, nothing else (KallelseService.invite).
            guest = meeting is not None and (meeting.id, person.id) in self._guests
            if guest and row.kind == "kallelse" and meeting.status != MeetingStatus.CANCELLED:
                return None
            return "not_a_member"
        if meeting_id is not None:
            if meeting is None or meeting.status == MeetingStatus.CANCELLED:
                return "meeting_cancelled"
            if not visible_to(viewer, meeting):
                return "not_allowed"
            # A working group's meeting is its roster's (and its guests'); the officers, who
            # send its kallelse, hear about it on the roster or not.
            group = meeting.working_group_id
            outside = group is not None and person.id not in self._rosters.get(group, ())
            if outside and (meeting.id, person.id) not in self._guests and not viewer.is_officer:
                return "not_on_roster"
        group_id = _number(row, "g")
        if group_id is not None:
            group_row = self._groups.get(group_id)
            if group_row is None or group_row.council_id != council.id:
                return "not_allowed"
            if group_row.closed_at is not None:
                return "group_closed"
        return self._about(row, council.id, person.id, audience_of(viewer))

    def _seat(self, row: OutboxMessage, person_id: int) -> str | None:
        """About a seat (bot.councils.succession): "vacancy_filled" once someone is appointed;
        "" (wanted) to the förening's contact, who need not be in the council; None: not
        about a seat, or to a member (checked as any)."""
        vacancy_id, forening_id = _number(row, "v"), _number(row, "f")
        if vacancy_id is not None:
            vacancy = self._vacancies.get(vacancy_id)
            if vacancy is None or vacancy.filled_at is not None:
                return "vacancy_filled"
            forening_id = vacancy.forening_id
        forening = self._foreningar.get(forening_id) if forening_id is not None else None
        if forening is not None and forening.contact_person_id == person_id:
            return ""
        return None

    def _about(
        self, row: OutboxMessage, council_id: int, person_id: int, audience: Audience
    ) -> str | None:
        """Why a message about a point or an action item may no longer go (these are few:
        read by row)."""
        day = row.payload.get("claim")
        if day is not None:
            start = date.fromisoformat(day)
            if self._uow.fee_profiles.claims_of(
                person_id, [council_id], start, start + timedelta(days=1)
            ):
                return "claimed"
        point = _number(row, "p")
        points = self._uow.points
        if point is not None and points.get(council_id, point, audience=audience) is None:
            return "not_allowed"
        action = _number(row, "a")
        if action is None:
            return None
        item = self._uow.actions.get(council_id, action, audience=audience)
        if item is None:
            return "not_allowed"
        if item.status != ActionStatus.OPEN:
            return "action_closed"
        if item.owner_id != person_id:
            return "not_the_owner"
        return None


def _ids(ids: Iterable[int | None]) -> list[int]:
    return sorted({i for i in ids if i is not None})


def _number(row: OutboxMessage, kind: str) -> int | None:
    """The number in the row's subject ("m12": meeting 12) when it is about a `kind`."""
    subject = str(row.payload.get("subject", ""))
    return int(subject[1:]) if subject[:1] == kind and subject[1:].isdecimal() else None

"""Erasing a person: the one function both `/minadata radera` and retention use.

Removed: their roles (ended), name, language, email, phone, accounts (so joining again makes a
new person), links to the member page, pay data, claims and their receipts, absence reasons,
reminder preferences and queued reminders, their place as kallelse leader or contact, their
invitations as a guest (a kallelse names them no more), their points for meetings yet to come
(withdrawn) and open action items (left without owner). Kept as the council's record, under
"f.d. ledamot" ("f.d. gäst" for someone only ever a guest): draft minutes, the register of
past meetings, points of meetings held and closed action items. Approved minutes keep the
name: they are served as they were approved.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from adapters.storage.models import Person
from bot.core.ports import UnitOfWork
from bot.core.vocabulary import PointStatus
from bot.fees.service import forget_profile
from bot.privacy import FORMER, FORMER_GUEST
from bot.privacy.minutes import Erased, redact


class Reason(StrEnum):
    REQUEST = "request"  # the person asked (/minadata radera)
    RETENTION = "retention"  # they left longer ago than the councils keep data
    UNINSTALLED = "uninstalled"  # the app was removed from their workspace (bot.privacy.workspaces)


def erase_person(uow: UnitOfWork, person: Person, *, now: datetime, reason: Reason) -> None:
    """Erase `person` (locked by the caller) within `uow`; the caller commits."""
    privacy = uow.privacy
    points = privacy.points_of(person.id)
    actions = privacy.actions_of(person.id)
    member_of = {council.id for _, council, _ in privacy.memberships_of(person.id)}
    guest_of = {council.id for _, _, council in privacy.guest_of(person.id)}
    # Never a member anywhere, only a guest: the record calls them a former guest.
    pseudonym = FORMER_GUEST if guest_of and not member_of else FORMER
    # Before anything changes: the minutes' copies are found by these ids and this name.
    erased = Erased(
        person.id,
        person.display_name,
        frozenset(point.id for point, _ in points),
        frozenset(item.id for item, _ in actions),
        pseudonym,
    )
    councils = member_of | {c.id for _, c in points} | {c.id for _, c in actions}
    for event in privacy.minutes_events(councils):
        data = redact(event.kind, event.data, erased)
        if data is not None:
            privacy.rewrite(event, data)

    privacy.end_memberships(person.id, now)
    for point in privacy.open_points_of(person.id, now):
        point.status = PointStatus.WITHDRAWN
        uow.events.append(
            "point.withdrawn",
            at=now,
            council_id=point.council_id,
            meeting_id=point.meeting_id,
            actor_id=person.id,
            data={"point_id": point.id, "status": point.status.value},
        )
    privacy.release_open_actions(person.id)
    privacy.clear_absence_reasons(person.id)
    privacy.clear_kallelse_roles(person.id)
    uow.working_groups.erase_person(person.id)  # off every roster, named nowhere
    privacy.drop_guest_invitations(person.id)  # no kallelse names them any more
    privacy.drop_reminders(person.id)
    uow.member_links.delete_for(person.id)  # no way in to the member page any more
    forget_profile(uow, person.id, now)

    person.display_name = pseudonym
    person.language = person.email = person.email_verified_at = person.phone = None
    person.email_failing_at, person.prefers_email = None, False
    person.accounts.clear()
    person.erased_at = now
    # One entry per council (a guest's too), so each chair's audit log shows it; ids only.
    for council_id in sorted(member_of | guest_of) or [None]:
        uow.events.append(
            "person.erased",
            at=now,
            council_id=council_id,
            actor_id=person.id if reason == Reason.REQUEST else None,
            data={"person_id": person.id, "reason": reason.value},
        )

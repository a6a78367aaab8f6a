"""A new representative's first weeks: short messages on the days after they join, so they
find their way into the council's work (issue 22; the guidance: what is expected of whoever
takes part, "Hur ofta ska gruppen ses, hur länge? Vem ska företrädaren representera?" and who
to ask, seeds/001 L1922–1928; a new representative should not be alone, L1941–1944; they
speak for the whole group, not only themselves, seeds/001 L2712–2716; training for the
role, seeds/003 L1146–1150).

On for a new council (a secretary expects it; `/brukarrad introduktion av` turns them off).
The council may add its own links (`/brukarrad introduktion länk <url> <titel>`, e.g. a
training such as "Med starkare röst"), given in the last message, and name a buddy from the
newcomer's förening (`/brukarrad fadder <ny> <fadder>`), told to both at once. The messages
are queued when the person is given their first seat in the council, each due on its day at
FROM_HOUR in the council's zone; the sender delivers them then, on the person's own channel,
and drops any whose person has left the council by then (bot.reminders.wanted).
A member taking a second role, or someone from the unit, is no new representative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Forening, Membership
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.message import Message, Words
from bot.core.notices import Notice, logged_and_told
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref, join_list
from bot.core.texts.render import Link
from bot.core.viewers import authorized, council_at
from bot.core.vocabulary import OFFICER_ROLES, OutboxStatus

UowFactory = Callable[[], UnitOfWork]
KIND = "introduktion"
FROM_HOUR = 10
# (days after joining, catalogue key): the purpose first, then what is expected, how the
# meetings work, and who to ask once they have met the council.
STEPS = (
    (1, "onboarding.purpose"),
    (4, "onboarding.expected"),
    (8, "onboarding.meetings"),
    (14, "onboarding.contact"),
)
# NSPH's training material for user representatives (seeds/003 L1150).
TRAINING = "https://nsph.se/publikationer/utbildningsmaterial/"
LINKS_STEP = "onboarding.contact"  # the council's own links come with whom to ask
MAX_LINKS = 10
MAX_TITLE = 200


def _link(stored: dict[str, str]) -> Link:
    return Link(stored["url"], stored.get("title") or None)


def queue_onboarding(
    uow: UnitOfWork, council: Council, membership: Membership, forening: Forening, now: datetime
) -> None:
    """The new representative's messages, in the transaction giving them their seat."""
    lang = council.language
    others = [
        row.person.display_name
        for row in uow.memberships.active(council.id, now=now)
        if row.membership.forening_id == forening.id and row.person.id != membership.person_id
    ]
    officers = [p.display_name for p in uow.memberships.holders(council.id, OFFICER_ROLES, now=now)]
    params: dict[str, Any] = {
        "council": council.name,
        "forening": forening.name,
        "meetings": council.meetings_per_year,
        "deadline": Ref("count.days", council.agenda_deadline_days),
        "officers": join_list(officers, lang) or Ref("onboarding.no_officers"),
        "others": Ref("onboarding.others", params={"names": join_list(others, lang)})
        if others
        else Ref("onboarding.alone"),
        "training": Link(TRAINING),
    }
    links = council.onboarding_links or []
    extra = (
        {LINKS_STEP: [Words("onboarding.links", {"links": [_link(x) for x in links]}, lang)]}
        if links
        else {}
    )
    zone = ZoneInfo(council.timezone)
    joined = now.astimezone(zone).date()
    uow.outbox.add_new(
        [
            {
                "idempotency_key": f"onboarding:ms{membership.id}:{days}",
                "kind": KIND,
                "council_id": council.id,
                "person_id": membership.person_id,
                "payload": saying(Message.of(Words(key, params, lang), *extra.get(key, ()))),
                "due_at": datetime.combine(joined + timedelta(days=days), time(FROM_HOUR), zone),
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for days, key in STEPS
        ]
    )


@dataclass(frozen=True)
class Buddy:
    newcomer: str
    buddy: str
    forening: str


class OnboardingService:
    """Whether the council's new representatives get the messages: anyone in it may see, an
    officer changes it (in the chair's audit log)."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def shown(self, *, where: Conversation) -> tuple[str, bool]:
        with self._uow() as uow:
            council = council_at(uow, where)
            return council.name, council.onboarding

    def links(self, *, where: Conversation) -> list[Link]:
        """The council's own links for new representatives, numbered from 1 as listed."""
        with self._uow() as uow:
            return [_link(x) for x in council_at(uow, where).onboarding_links or []]

    def add_link(
        self, *, who: Account, where: Conversation, url: str, title: str, now: datetime
    ) -> Link:
        from bot.councils.service import change_setting

        title = " ".join(title.split())[:MAX_TITLE]
        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.onboarding_link_added", {}, now)
            links = list(council.onboarding_links or [])
            if len(links) >= MAX_LINKS:
                raise UserError("brukarrad.onboarding.links_full", limit=MAX_LINKS)
            council.onboarding_links = [*links, {"url": url, "title": title}]
            uow.commit()
            return Link(url, title or None)

    def remove_link(self, *, who: Account, where: Conversation, number: int, now: datetime) -> Link:
        from bot.councils.service import change_setting

        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.onboarding_link_removed", {}, now)
            links = list(council.onboarding_links or [])
            if not 1 <= number <= len(links):
                raise UserError("brukarrad.onboarding.no_such_link", number=number)
            gone = links.pop(number - 1)
            council.onboarding_links = links or None
            uow.commit()
            return _link(gone)

    def set_buddy(
        self, *, who: Account, where: Conversation, newcomer: str, buddy: str, now: datetime
    ) -> tuple[Buddy, list[Notice]]:
        """The buddy of a representative (`newcomer`, `buddy`: account ids as the
        conversation's platform names them): someone of the same förening in the council;
        both are told at once."""
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.MANAGE_MEMBERS, now=now)
            new_person = uow.directory.person(where.account(newcomer).within(council.workspace))
            buddy_person = uow.directory.person(where.account(buddy).within(council.workspace))
            seats = (
                [
                    m
                    for m in uow.memberships.roles_of(council.id, new_person.id, now=now)
                    if m.forening_id is not None
                ]
                if new_person
                else []
            )
            if new_person is None or not seats:
                raise UserError("brukarrad.buddy.no_seat", council=council.name)
            forening = uow.foreningar.get(seats[0].forening_id or 0)
            assert forening is not None
            theirs = (
                uow.memberships.roles_of(council.id, buddy_person.id, now=now)
                if buddy_person
                else []
            )
            if (
                buddy_person is None
                or buddy_person.id == new_person.id
                or forening.id not in {m.forening_id for m in theirs}
            ):
                others = [
                    row.person.display_name
                    for row in uow.memberships.active(council.id, now=now)
                    if row.membership.forening_id == forening.id and row.person.id != new_person.id
                ]
                raise UserError(
                    "brukarrad.buddy.not_same_forening",
                    forening=forening.name,
                    others=join_list(sorted(set(others)), council.language) or "–",
                )
            for membership in seats:
                membership.buddy_id = buddy_person.id
            params = {
                "council": council.name,
                "forening": forening.name,
                "newcomer": new_person.display_name,
                "buddy": buddy_person.display_name,
            }
            notices = logged_and_told(
                uow,
                council,
                "member.buddy_set",
                actor_id=actor.person_id,
                data={"person_id": new_person.id, "buddy_id": buddy_person.id},
                told=[
                    (new_person.id, "onboarding.buddy"),
                    (buddy_person.id, "onboarding.buddy_for"),
                ],
                params=params,
                now=now,
            )
            uow.commit()
            return Buddy(new_person.display_name, buddy_person.display_name, forening.name), notices

    def change(self, *, who: Account, where: Conversation, on: bool, now: datetime) -> None:
        from bot.councils.service import change_setting  # which imports this module

        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.onboarding_changed", {"on": on}, now)
            council.onboarding = on
            uow.commit()

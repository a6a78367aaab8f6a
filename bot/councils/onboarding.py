"""A new representative's first weeks: short messages on the days after they join, so they
find their way into the council's work (issue 22; the guidance: what is expected of whoever
takes part, "Hur ofta ska gruppen ses, hur länge? Vem ska företrädaren representera?" and who
to ask, seeds/001 L1922–1928; a new representative should not be alone, L1941–1944; they
speak for the whole group, not only themselves, seeds/001 L2712–2716; training for the
role, seeds/003 L1146–1150).

A council turns them on (`/brukarrad introduktion på`). The messages are queued when the
person is given their first seat in the council, each due
on its day at FROM_HOUR in the council's zone; the sender delivers them then, on the person's
own channel, and drops any whose person has left the council by then (bot.reminders.wanted).
A member taking a second role, or someone from the unit, is no new representative.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Forening, Membership
from bot.core.identity import Account, Conversation
from bot.core.message import Message, Words
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref, join_list
from bot.core.texts.render import Link
from bot.core.viewers import council_at
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
    zone = ZoneInfo(council.timezone)
    joined = now.astimezone(zone).date()
    uow.outbox.add_new(
        [
            {
                "idempotency_key": f"onboarding:ms{membership.id}:{days}",
                "kind": KIND,
                "council_id": council.id,
                "person_id": membership.person_id,
                "payload": saying(Message.of(Words(key, params, lang))),
                "due_at": datetime.combine(joined + timedelta(days=days), time(FROM_HOUR), zone),
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for days, key in STEPS
        ]
    )


class OnboardingService:
    """Whether the council's new representatives get the messages: anyone in it may see, an
    officer changes it (in the chair's audit log)."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def shown(self, *, where: Conversation) -> tuple[str, bool]:
        with self._uow() as uow:
            council = council_at(uow, where)
            return council.name, council.onboarding

    def change(self, *, who: Account, where: Conversation, on: bool, now: datetime) -> None:
        from bot.councils.service import change_setting  # which imports this module

        with self._uow() as uow:
            council = change_setting(uow, who, where, "council.onboarding_changed", {"on": on}, now)
            council.onboarding = on
            uow.commit()

"""The yearly review of the council's written agreement (bot.councils.agreement): a year after
the current version was adopted, the chair (without a chair, the secretary) is asked to bring
it up in the council, once per version, until a new one is recorded.

Run by the sweep on its passes over everything (every FULL_EVERY): a review is a matter of
days, not minutes, and a council overdue is read then, in a few queries however many."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import CouncilAgreement
from bot.core.authz import Viewer
from bot.core.message import Message, Words
from bot.core.outbox import saying
from bot.core.ports import UnitOfWork
from bot.core.texts.render import Link
from bot.core.viewers import viewers_by_council
from bot.core.vocabulary import OutboxStatus, Role
from bot.core.when_format import format_date
from bot.councils.agreement import review_due, years_after

KIND = "form och funktion"
# The chair leads the council's work; without one, the secretary.
ASKED_ROLES = (Role.ORDFORANDE, Role.SEKRETERARE)
# The local hour on the day it falls due, as the reminders come (bot.reminders.kinds).
FROM_HOUR = 9


def agreement_review_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """Outbox rows asking for the review of each agreement whose year is up at `now`: keyed
    by council, version and person, so each version is asked about once; never expiring,
    so the key is kept (the outbox forgets only what expired)."""
    # Local dates differ from UTC by under a day: a day ahead covers every zone.
    found = uow.agreements.due_for_review(years_after((now + timedelta(days=1)).date(), -1))
    if not found:
        return []
    councils = {c.id: c for c in uow.councils.by_ids([a.council_id for a in found])}
    members = viewers_by_council(uow, list(councils), now=now)
    rows = []
    for agreement in found:
        council = councils[agreement.council_id]
        zone = ZoneInfo(council.timezone)
        if now < datetime.combine(review_due(agreement.adopted_on), time(FROM_HOUR), zone):
            continue
        asked = _asked(members[council.id])
        said = _said(agreement, council.name, council.language)
        rows += [
            {
                "idempotency_key": f"agreement_review:c{council.id}:v{agreement.version}"
                f":p{viewer.person_id}",
                "kind": KIND,
                "council_id": council.id,
                "person_id": viewer.person_id,
                "payload": saying(said),
                "due_at": now,
                "expires_at": None,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
            for viewer in asked
        ]
    return rows


def _asked(members: list[Viewer]) -> list[Viewer]:
    for role in ASKED_ROLES:
        holders = [v for v in members if role in v.roles]
        if holders:
            return holders
    return []


def _said(agreement: CouncilAgreement, council: str, lang: str) -> Message:
    return Message.of(
        Words(
            "brukarrad.form.review_due",
            {
                "council": council,
                "version": agreement.version,
                "adopted": format_date(agreement.adopted_on, lang),
                "link": Link(agreement.link),
            },
            lang,
        )
    )

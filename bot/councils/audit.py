"""The audit log: the council's privileged actions, read from the event log, for the chair.

Only the kinds below, and of their data only ids and numbers: never a text someone wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Event
from bot.core.authz import Action
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import authorized
from bot.core.vocabulary import ActivityState
from bot.councils.arshjul import month_name

UowFactory = Callable[[], UnitOfWork]
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Event kind -> catalogue key of its line ("person.erased" adds the reason).
KINDS = {
    "council.created": "audit.council_created",
    "council.conversation_bound": "audit.conversation_bound",
    "member.added": "audit.member_added",
    "member.removed": "audit.member_removed",
    "council.settings_changed": "audit.settings_changed",
    "council.fee_settings_changed": "audit.fee_settings_changed",
    "council.reminder_timing_changed": "audit.reminder_timing_changed",
    "council.retention_changed": "audit.retention_changed",
    "council.justering_changed": "audit.justering_changed",
    "council.agreement_recorded": "audit.agreement_recorded",
    "council.year_changed": "audit.year_changed",
    "council.onboarding_changed": "audit.onboarding_changed",
    "council.year_report": "audit.year_report",
    "kallelse.sent_late": "audit.kallelse_sent_late",
    "minutes.amendment_requested": "audit.amendment_requested",
    "minutes.amendment_confirmed": "audit.amendment_confirmed",
    "minutes.amendment_declined": "audit.amendment_declined",
    "fees.report_exported": "audit.fees_exported",
    "fees.certificate_seen": "audit.certificate_seen",
    "fees.claims_approved": "audit.claims_approved",
    "person.erased": "audit.person_erased",
    "person.email_bounced": "audit.email_bounced",
    "arshjul.added": "audit.arshjul_added",
    "arshjul.changed": "audit.arshjul_changed",
    "arshjul.removed": "audit.arshjul_removed",
    "arshjul.state_changed": "audit.arshjul_state_changed",
    "goals.added": "audit.goals_added",
    "goals.removed": "audit.goals_removed",
    "point.sent_on": "audit.point_sent_on",
    "point.answered": "audit.point_answered",
    "forening.contact_set": "audit.contact_set",
    "member.confirmed": "audit.member_confirmed",
    "member.buddy_set": "audit.buddy_set",
    "council.onboarding_link_added": "audit.onboarding_link_added",
    "council.onboarding_link_removed": "audit.onboarding_link_removed",
    "kallelse.guest_invited": "audit.guest_invited",
}


@dataclass(frozen=True)
class AuditEntry:
    at: datetime  # in the council's zone
    actor: str | None  # None: the bot itself (retention)
    key: str
    params: dict[str, Any]  # names are people's words: the adapter escapes them


@dataclass(frozen=True)
class AuditTrail:
    council: str
    lang: str
    entries: tuple[AuditEntry, ...]  # newest first


class AuditService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def trail(self, *, who: Account, where: Conversation, limit: int, now: datetime) -> AuditTrail:
        with self._uow() as uow:
            council, _ = authorized(uow, who, where, Action.SEE_AUDIT, now=now)
            zone = ZoneInfo(council.timezone)
            names: dict[int, str] = {}

            def name(person_id: int | None) -> str | None:
                if person_id is None:
                    return None
                if person_id not in names:
                    person = uow.people.get(person_id)
                    names[person_id] = person.display_name if person else "?"
                return names[person_id]

            def forening(forening_id: int | None) -> str | None:
                found = uow.foreningar.get(forening_id) if forening_id is not None else None
                return found.name if found else None

            entries = []
            for event in uow.events.latest(council.id, KINDS, limit=min(limit, MAX_LIMIT)):
                key, params = _line(event, name, forening, council.language)
                entries.append(
                    AuditEntry(event.at.astimezone(zone), name(event.actor_id), key, params)
                )
            return AuditTrail(council.name, council.language, tuple(entries))


def _line(
    event: Event,
    name: Callable[[int | None], str | None],
    forening: Callable[[int | None], str | None],
    lang: str,
) -> tuple[str, dict[str, Any]]:
    data, key = event.data, KINDS[event.kind]
    if event.kind in ("member.added", "member.removed"):
        return key, {
            "person": name(data["person_id"]),
            "role": Ref(f"role.{data['role']}"),
            "forening": forening(data.get("forening_id")),
        }
    if event.kind in ("council.settings_changed", "council.year_changed"):
        return key, {"changes": ", ".join(f"{k} {v}" for k, v in sorted(data.items()))}
    if event.kind == "council.reminder_timing_changed":
        return key, {"kind": data["kind"]}
    if event.kind == "council.retention_changed":
        return key, {"count": data["months"]}
    if event.kind in ("council.justering_changed", "council.onboarding_changed"):
        return f"{key}.{'on' if data['on'] else 'off'}", {}
    if event.kind == "council.agreement_recorded":
        return key, {"version": data["version"], "adopted_on": data["adopted_on"]}
    if event.kind == "council.year_report":
        return key, {"year": data["year"]}
    if event.kind == "kallelse.sent_late":
        return key, {"meeting": event.meeting_id, "last_day": data["last_day"]}
    if event.kind.startswith("minutes."):
        return key, {"meeting": event.meeting_id}
    if event.kind in ("fees.report_exported", "fees.claims_approved"):
        month = data.get("month")
        period = f"{data['year']}-{month:02d}" if month else str(data["year"])
        return key, {"period": period} | ({"count": data["count"]} if "count" in data else {})
    if event.kind in ("person.email_bounced", "fees.certificate_seen"):
        return key, {"person": name(data["person_id"])}
    if event.kind == "person.erased":
        return f"{key}.{data['reason']}", {"person": name(data["person_id"])}
    if event.kind.startswith("arshjul."):
        # The month, or how the activity goes: never the item's words.
        if event.kind == "arshjul.state_changed":
            return key, {"state": Ref(f"arshjul.state.{ActivityState(data['state']).name.lower()}")}
        return key, {"month": month_name(data["month"], lang)}
    if event.kind.startswith("point."):
        return key, {"point": data["point_id"]}
    if event.kind in ("forening.contact_set", "member.confirmed"):
        return key, {"person": name(data["person_id"]), "forening": forening(data["forening_id"])}
    if event.kind == "member.buddy_set":
        return key, {"person": name(data["person_id"]), "buddy": name(data["buddy_id"])}
    if event.kind == "kallelse.guest_invited":
        return key, {"person": name(data["person_id"]), "meeting": event.meeting_id}
    return key, {}

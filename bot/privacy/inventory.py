"""Everything stored about one person, across every council: what `/minadata` shows and
exports. Only their own rows: other people appear in it by nothing but a flag."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Person
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.vocabulary import ActionStatus, MeetingKind, PointStatus, Role
from bot.fees.service import ProfileView, profile_view
from bot.reminders.preferences import Preferences


def _day(council: Council, instant: datetime) -> date:
    return instant.astimezone(ZoneInfo(council.timezone)).date()


@dataclass(frozen=True)
class RoleLine:
    council: str
    role: Role
    forening: str | None
    start: date
    end: date | None  # None: still held


@dataclass(frozen=True)
class PointLine:
    council: str
    id: int
    title: str
    description: str | None
    status: PointStatus
    sent: date


@dataclass(frozen=True)
class AttendanceLine:
    council: str
    meeting_id: int
    kind: MeetingKind
    day: date
    answer: str | None
    reason: str | None
    presence: str | None
    read_documents: bool
    replaced_someone: bool


@dataclass(frozen=True)
class GuestLine:
    """A meeting they were invited to as a guest (bot.kallelse.service.KallelseService.invite)."""

    council: str
    meeting_id: int
    kind: MeetingKind
    day: date
    invited: date


@dataclass(frozen=True)
class ActionLine:
    council: str
    id: int
    text: str
    due: date | None
    status: ActionStatus


@dataclass(frozen=True)
class AccountLine:
    platform: str
    workspace: str
    external_id: str
    deactivated: datetime | None


@dataclass(frozen=True)
class LogLine:
    kind: str
    at: datetime
    council: str | None


@dataclass(frozen=True)
class ClaimLine:
    council: str
    day: date
    stated: dict[str, Any]
    figures: dict[str, Any]
    total: int  # öre
    confirmed_at: datetime
    approved_at: datetime | None


@dataclass(frozen=True)
class GroupLine:
    """A working group the person is on (or convenes)."""

    council: str
    id: int
    name: str
    convenor: bool
    closed: date | None

    def phrase(self) -> Ref:
        role = "minadata.group.convenor" if self.convenor else "minadata.group.member"
        return Ref(
            "minadata.group_line",
            params={"council": self.council, "id": self.id, "name": self.name,
                    "role": Ref(role)},
        )  # fmt: skip


@dataclass(frozen=True)
class ReceiptLine:
    """A receipt of theirs for a claim's expense; `data` its bytes, in an export only."""

    council: str
    day: date
    name: str
    content_type: str
    amount: int | None  # öre, as written with it
    note: str | None
    added_at: datetime
    data: bytes | None


@dataclass(frozen=True)
class Inventory:
    name: str
    language: str | None  # None: their councils'
    email: str | None
    email_verified: datetime | None
    phone: str | None
    accounts: tuple[AccountLine, ...]
    since: datetime
    roles: tuple[RoleLine, ...]
    points: tuple[PointLine, ...]
    attendance: tuple[AttendanceLine, ...]
    fees: ProfileView | None
    claims: tuple[ClaimLine, ...]  # fee claims they confirmed, as they stand
    receipts: tuple[ReceiptLine, ...]  # the photos of their claims' receipts
    reminders: Preferences | None  # None: the defaults, nothing stored
    actions: tuple[ActionLine, ...]
    log: tuple[LogLine, ...]  # what the event log says they did (kinds and times only)
    groups: tuple[GroupLine, ...] = ()  # the working groups they are on
    guest_of: tuple[GuestLine, ...] = ()  # meetings they were invited to as a guest

    def to_json(self) -> dict[str, Any]:
        """The export: plain JSON, instants in ISO 8601 UTC, dates in the council's zone."""

        def iso(value: date | datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        prefs = self.reminders
        return {
            "person": {
                "name": self.name,
                "language": self.language,
                "email": self.email,
                "email_verified": iso(self.email_verified),
                "phone": self.phone,
                "since": iso(self.since),
                "accounts": [
                    {
                        "platform": a.platform,
                        "workspace": a.workspace,
                        "id": a.external_id,
                        "deactivated": iso(a.deactivated),
                    }
                    for a in self.accounts
                ],
            },
            "roles": [
                {
                    "council": r.council,
                    "role": r.role.value,
                    "forening": r.forening,
                    "from": iso(r.start),
                    "to": iso(r.end),
                }
                for r in self.roles
            ],
            "points": [
                {
                    "council": p.council,
                    "id": p.id,
                    "title": p.title,
                    "description": p.description,
                    "status": p.status.value,
                    "sent": iso(p.sent),
                }
                for p in self.points
            ],
            "attendance": [
                {
                    "council": a.council,
                    "meeting": a.meeting_id,
                    "kind": a.kind.value,
                    "day": iso(a.day),
                    "answer": a.answer,
                    "reason": a.reason,
                    "presence": a.presence,
                    "read_documents": a.read_documents,
                    "replaced_someone": a.replaced_someone,
                }
                for a in self.attendance
            ],
            "fees": None
            if self.fees is None
            else {
                "pay": [
                    {
                        "valid_from": iso(p.valid_from),
                        "monthly_ore": p.monthly,
                        "hourly_ore": p.hourly,
                        "certificate_seen_on": iso(p.certificate_on) if p.certificate_on else None,
                    }
                    for p in self.fees.history
                ],
                "shift_worker": self.fees.shift_worker,
                "travel_per_meeting": self.fees.travel,
            },
            "fee_claims": [
                {
                    "council": c.council,
                    "day": iso(c.day),
                    "stated": c.stated,
                    "figures": c.figures,
                    "total_ore": c.total,
                    "confirmed_at": iso(c.confirmed_at),
                    "approved_at": iso(c.approved_at),
                }
                for c in self.claims
            ],
            "fee_receipts": [
                {
                    "council": r.council,
                    "day": iso(r.day),
                    "name": r.name,
                    "content_type": r.content_type,
                    "amount_ore": r.amount,
                    "note": r.note,
                    "added_at": iso(r.added_at),
                    **(
                        {"content_base64": base64.b64encode(r.data).decode("ascii")}
                        if r.data is not None
                        else {}
                    ),
                }
                for r in self.receipts
            ],
            "reminders": None
            if prefs is None
            else {
                "off": sorted(k.value for k in prefs.off),
                "weekdays": sorted(prefs.weekdays),
                "hour_from": prefs.hour_from,
                "hour_to": prefs.hour_to,
                "paused": prefs.paused,
            },
            "action_items": [
                {
                    "council": a.council,
                    "id": a.id,
                    "text": a.text,
                    "due": iso(a.due),
                    "status": a.status.value,
                }
                for a in self.actions
            ],
            "log": [{"kind": e.kind, "at": iso(e.at), "council": e.council} for e in self.log],
            "working_groups": [
                {
                    "council": g.council,
                    "id": g.id,
                    "name": g.name,
                    "convenor": g.convenor,
                    "closed": iso(g.closed),
                }
                for g in self.groups
            ],
            "guest_of": [
                {
                    "council": g.council,
                    "meeting": g.meeting_id,
                    "kind": g.kind.value,
                    "day": iso(g.day),
                    "invited": iso(g.invited),
                }
                for g in self.guest_of
            ],
        }


def inventory(uow: UnitOfWork, person: Person, *, files: bool = False) -> Inventory:
    """What is stored about the person; `files`: with the receipts' bytes (an export)."""
    privacy = uow.privacy
    councils: dict[int, str] = {}
    roles = []
    for membership, council, forening in privacy.memberships_of(person.id):
        councils[council.id] = council.name
        roles.append(
            RoleLine(
                council.name,
                membership.role,
                forening.name if forening else None,
                _day(council, membership.active_from),
                _day(council, membership.active_to) if membership.active_to else None,
            )
        )
    points = [
        PointLine(c.name, p.id, p.title, p.description, p.status, _day(c, p.created_at))
        for p, c in privacy.points_of(person.id)
    ]
    attendance = [
        AttendanceLine(
            council=c.name,
            meeting_id=m.id,
            kind=m.kind,
            day=_day(c, m.starts_at),
            answer=a.answer,
            reason=a.answer_reason,
            presence=a.presence,
            read_documents=a.read_documents_at is not None,
            replaced_someone=a.replaces_person_id is not None,
        )
        for a, m, c in privacy.attendance_of(person.id)
    ]
    actions = [
        ActionLine(c.name, a.id, a.text, a.due_on, a.status)
        for a, c in privacy.actions_of(person.id)
    ]
    stored_prefs = uow.reminders.preference(person.id)
    log = [
        LogLine(e.kind, e.at, councils.get(e.council_id) if e.council_id else None)
        for e in privacy.events_by(person.id)
    ]
    return Inventory(
        name=person.display_name,
        language=person.language,
        email=person.email,
        email_verified=person.email_verified_at,
        phone=person.phone,
        accounts=tuple(
            AccountLine(a.platform, a.workspace, a.external_id, a.deactivated_at)
            for a in person.accounts
        ),
        since=person.created_at,
        roles=tuple(roles),
        points=tuple(points),
        attendance=tuple(attendance),
        fees=profile_view(uow, person.id),
        claims=tuple(
            ClaimLine(
                councils.get(c.council_id, ""),
                c.day,
                c.stated,
                c.figures,
                c.total,
                c.confirmed_at,
                c.approved_at,
            )
            for c in uow.fee_profiles.claims_of(person.id, list(councils), date.min, date.max)
        ),
        receipts=tuple(
            ReceiptLine(
                councils.get(r.council_id, ""),
                r.day,
                r.name,
                r.content_type,
                r.amount,
                r.note,
                r.added_at,
                r.data if files else None,
            )
            for r in uow.fee_profiles.receipts_of(person.id, list(councils), date.min, date.max)
        ),
        reminders=Preferences.of(stored_prefs) if stored_prefs else None,
        actions=tuple(actions),
        log=tuple(log),
        groups=tuple(_groups(uow, person)),
        guest_of=tuple(
            GuestLine(c.name, m.id, m.kind, _day(c, m.starts_at), _day(c, g.invited_at))
            for g, m, c in privacy.guest_of(person.id)
        ),
    )


def _groups(uow: UnitOfWork, person: Person) -> list[GroupLine]:
    found = uow.working_groups.of_person(person.id)
    councils = {c.id: c for c in uow.councils.by_ids(list({g.council_id for g in found}))}
    return [
        GroupLine(
            councils[g.council_id].name,
            g.id,
            g.name,
            g.convenor_id == person.id,
            _day(councils[g.council_id], g.closed_at) if g.closed_at else None,
        )
        for g in found
    ]

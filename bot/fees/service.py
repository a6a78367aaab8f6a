"""The council's fee settings and people's own pay data (what a claim is computed on:
bot.fees.claiming).

Who sees what (bot.core.authz): the council's fee rules are anyone's to read and the officers'
to change; a person's pay data are theirs, and the secretary notes their income certificate.
Only association representatives are paid: the unit's people are at work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, PayRecord, Person
from adapters.storage.models import FeeProfile as StoredProfile
from bot.attendance.roll import Member
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import HeldRow, RegisterRow, UnitOfWork
from bot.core.texts.render import Mention
from bot.core.viewers import authorized, council_at, viewer_for
from bot.core.vocabulary import Presence
from bot.core.when import DEFAULT_TZ
from bot.fees.parsing import PAY_FIELDS, Period
from bot.fees.pay import Pay, pay_on
from bot.fees.rules import FeeLevel, FeeSettings, Participation

UowFactory = Callable[[], UnitOfWork]
SETTING_COLUMNS = frozenset(
    {
        "fee_level",
        "fee_half_day",
        "fee_full_day",
        "fee_full_day_over_minutes",
        "fee_income_cap",
        "fee_max_day_minutes",
        "fee_month_hours",
    }
)
PROFILE_COLUMNS = frozenset({"shift_worker", "travel_per_meeting"})
# The day pay is stated on: the guideline's region's (a person has no zone of their own).
PAY_ZONE = ZoneInfo(DEFAULT_TZ)


def fee_settings(council: Council) -> FeeSettings:
    return FeeSettings(
        level=FeeLevel(council.fee_level),
        half_day=council.fee_half_day,
        full_day=council.fee_full_day,
        full_day_over=council.fee_full_day_over_minutes,
        income_cap=council.fee_income_cap,
        max_day=council.fee_max_day_minutes,
        month_hours=council.fee_month_hours,
    )


def pay_of(record: PayRecord) -> Pay:
    return Pay(record.valid_from, record.monthly, record.hourly, record.certificate_on)


@dataclass(frozen=True)
class CouncilFees:
    council_name: str
    lang: str
    settings: FeeSettings


@dataclass(frozen=True)
class ProfileView:
    history: tuple[Pay, ...]  # every pay stated, oldest first
    shift_worker: bool
    travel: int | None

    def pay(self, now: datetime) -> Pay | None:
        """The pay valid today; None when none is, or lost income was stopped."""
        pay = pay_on(self.history, now.astimezone(PAY_ZONE).date())
        return None if pay is None or (pay.monthly is None and pay.hourly is None) else pay


def participation(council: Council, meeting: HeldRow, row: RegisterRow) -> Participation:
    """Their time at the meeting: from arrival (never before the start) to leaving (never
    after the end)."""
    start = max(row.arrived_at or meeting.starts_at, meeting.starts_at)
    end = row.left_at or meeting.ends_at
    if end is not None and meeting.ends_at is not None:
        end = min(end, meeting.ends_at)
    return Participation(
        person_id=row.person_id,
        meeting_id=meeting.id,
        council_id=council.id,
        day=meeting.starts_at.astimezone(ZoneInfo(council.timezone)).date(),
        start=start,
        end=max(end, start) if end is not None else None,
        remote=row.presence == Presence.REMOTE,
    )


def is_paid(member: Member | None) -> bool:
    """Association representatives are paid; the unit's people take part at work."""
    return member is not None and member.forening is not None and not member.is_unit


class FeeService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def council_fees(self, *, where: Conversation) -> CouncilFees:
        with self._uow() as uow:
            council = council_at(uow, where)
            return CouncilFees(council.name, council.language, fee_settings(council))

    def change_settings(
        self,
        *,
        who: Account,
        where: Conversation,
        changes: dict[str, int | bool | None],
        now: datetime,
    ) -> CouncilFees:
        """Set fee rules by column (as bot.fees.parsing parses them)."""
        if not changes.keys() <= SETTING_COLUMNS:
            raise ValueError(f"not fee settings: {sorted(changes.keys() - SETTING_COLUMNS)}")
        with self._uow() as uow:
            council, actor = authorized(uow, who, where, Action.CHANGE_SETTINGS, now=now)
            for column, value in changes.items():
                setattr(council, column, value)
            uow.events.append(
                "council.fee_settings_changed",
                at=now,
                council_id=council.id,
                actor_id=actor.person_id,
                data=dict(changes),
            )
            result = CouncilFees(council.name, council.language, fee_settings(council))
            uow.commit()
            return result

    def profile(self, *, who: Account, now: datetime) -> ProfileView:
        with self._uow() as uow:
            person = self._member(uow, who, now)
            return profile_view(uow, person.id) or NOTHING_TOLD

    def update_profile(
        self,
        *,
        who: Account,
        changes: dict[str, int | bool | None],
        now: datetime,
    ) -> ProfileView:
        if not changes.keys() <= PROFILE_COLUMNS | PAY_FIELDS:
            raise ValueError(f"not profile fields: {sorted(changes.keys() - PROFILE_COLUMNS)}")
        with self._uow() as uow:
            person = self._member(uow, who, now)
            columns = {k: v for k, v in changes.items() if k in PROFILE_COLUMNS}
            if columns:
                stored = uow.fee_profiles.get(person.id) or uow.fee_profiles.add(
                    StoredProfile(person_id=person.id, shift_worker=False, updated_at=now)
                )
                for column, value in columns.items():
                    setattr(stored, column, value)
                stored.updated_at = now
            if changes.keys() & PAY_FIELDS:
                _state_pay(uow, person.id, changes, now)
            # Which fields changed, never their values: the log is not the place for salaries.
            uow.events.append(
                "fee_profile.changed", at=now, actor_id=person.id, data={"fields": sorted(changes)}
            )
            result = profile_view(uow, person.id) or NOTHING_TOLD
            uow.commit()
            return result

    def record_certificate(
        self, *, who: Account, where: Conversation, member: Account, now: datetime
    ) -> CertificateSeen:
        """A secretary (`who`) has seen the income certificate of the council's member (the
        account `member`): it covers the pay valid today (given with the first claim and
        whenever income changes, L3801)."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.SEE_FEES, now=now)
            seen = viewer_for(uow, council, member, now=now)
            if seen.person_id is None or not seen.is_member:
                raise UserError("arvode.certificate.not_member", person=seen.mention)
            today = now.astimezone(PAY_ZONE).date()
            record = pay_record_on(uow.fee_profiles.pay_for([seen.person_id]), today)
            if record is None or (record.monthly is None and record.hourly is None):
                raise UserError("arvode.certificate.no_pay", person=seen.mention)
            record.certificate_on = today
            record.certificate_seen_by = viewer.person_id
            uow.events.append(
                "fees.certificate_seen",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"person_id": seen.person_id, "valid_from": record.valid_from.isoformat()},
            )
            noted = CertificateSeen(council.language, seen.mention, record.valid_from, today)
            uow.commit()
            return noted

    def erase_profile(self, *, who: Account, now: datetime) -> bool:
        """Forget what the person told; False when there was nothing."""
        with self._uow() as uow:
            person = uow.directory.person(who)
            if person is None or not forget_profile(uow, person.id, now):
                return False
            uow.commit()
            return True

    def _member(self, uow: UnitOfWork, who: Account, now: datetime) -> Person:
        """Only members of some council keep pay data here: nobody else has a fee basis."""
        person = uow.directory.person(who)
        if person is None or not uow.memberships.council_ids_of(person.id, now=now):
            raise UserError("arvode.profile.not_member")
        return person


def log_export(
    uow: UnitOfWork, council_id: int, actor_id: int | None, period: Period, now: datetime
) -> None:
    """Everyone's claims, or a member's blankett, leave the bot (shown, and as a file): the
    chair's audit log says who took them out, for which period."""
    uow.events.append(
        "fees.report_exported",
        at=now,
        council_id=council_id,
        actor_id=actor_id,
        data={"year": period.year, "month": period.month},
    )


def forget_profile(uow: UnitOfWork, person_id: int, now: datetime) -> bool:
    """Delete the person's pay data, claims and receipts (also part of erasing them,
    bot.privacy.erase)."""
    stored = uow.fee_profiles.get(person_id)
    forgot_pay = uow.fee_profiles.delete_pay(person_id)
    forgot_claims = uow.fee_profiles.delete_claims(person_id)
    forgot_receipts = uow.fee_profiles.delete_receipts_of(person_id)
    if stored is None and not (forgot_pay or forgot_claims or forgot_receipts):
        return False
    if stored is not None:
        uow.fee_profiles.delete(stored)
    uow.events.append("fee_profile.erased", at=now, actor_id=person_id)
    return True


NOTHING_TOLD = ProfileView((), False, None)


def profile_view(uow: UnitOfWork, person_id: int) -> ProfileView | None:
    """What the person has told for their fees; None when nothing."""
    stored = uow.fee_profiles.get(person_id)
    history = tuple(pay_of(r) for r in uow.fee_profiles.pay_for([person_id]).get(person_id, []))
    if stored is None:
        return ProfileView(history, False, None) if history else None
    return ProfileView(history, stored.shift_worker, stored.travel_per_meeting)


def pay_record_on(records: dict[int, list[PayRecord]], day: date) -> PayRecord | None:
    """The one person's record valid on `day` (records as `pay_for` gives them)."""
    valid = [r for rows in records.values() for r in rows if r.valid_from <= day]
    return valid[-1] if valid else None


def _state_pay(
    uow: UnitOfWork, person_id: int, changes: dict[str, int | bool | None], now: datetime
) -> None:
    """New pay from today: a new row (one a day: a second statement the same day corrects
    the first), so no day before today is paid differently."""
    today = now.astimezone(PAY_ZONE).date()
    monthly, hourly = changes.get("monthly_salary"), changes.get("hourly_wage")
    if monthly is not None and hourly is not None:
        raise UserError("arvode.profile.both_pays")
    history = uow.fee_profiles.pay_for([person_id]).get(person_id, [])
    record = next((r for r in history if r.valid_from == today), None)
    if record is None:
        record = uow.fee_profiles.add_pay(
            PayRecord(person_id=person_id, valid_from=today, created_at=now)
        )
    record.monthly = None if monthly is None else int(monthly) * 100
    record.hourly = None if hourly is None else int(hourly)
    record.certificate_on = record.certificate_seen_by = None


@dataclass(frozen=True)
class CertificateSeen:
    lang: str
    person: Mention
    valid_from: date
    on: date

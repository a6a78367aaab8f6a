"""The blankett: one person's claims to one council in one month, as the payer's form has them
("ansöka om detta genom … blankett", shared/seeds/001 L3733–3734; "de timmar som anmäls på
inlämnad blankett", L3804), signed off with who approved each day and when (the form is
reviewed and approved by an official, L3773–3775).

The member prints their own; the secretary (who pays) prints anyone's, and the chair's audit
log says so, as for the CSV. A meeting shows by its kind, times and hours alone, so a förmöte
tells the payer that and how long the member took part, never what it was about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from adapters.storage.models import Council
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.ports import UnitOfWork
from bot.core.viewers import authorized, require, viewer_by_person
from bot.fees.claiming import ClaimRow, claims_report, councils_of
from bot.fees.parsing import Period
from bot.fees.service import log_export

UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True)
class Blankett:
    council_name: str
    payer: str | None  # None: the council pays its own
    lang: str
    zone: ZoneInfo
    period: Period
    name: str
    forening: str | None
    rows: list[ClaimRow]  # the person's confirmed claims of the month, by day
    made_at: datetime

    @property
    def total(self) -> int:
        return sum(r.amounts.total for r in self.rows)


class BlankettService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def for_member(
        self, *, asker_id: int, council_id: int, person_id: int, period: Period, now: datetime
    ) -> Blankett:
        """Asked on the member page: one's own (a council one is or was a member of in the
        claimable year), or, by the council's secretary, anyone's."""
        with self._uow() as uow:
            council = uow.councils.get(council_id)
            if council is None:
                raise UserError("fees.claim.no_meetings")
            if asker_id == person_id:
                if council_id not in councils_of(uow, person_id, now):
                    raise UserError("fees.claim.no_meetings")
            else:
                viewer = viewer_by_person(uow, council, asker_id, now=now)
                require(uow, council, viewer, Action.SEE_FEES, now=now)
                log_export(uow, council.id, asker_id, period, now)
            blankett = _blankett(uow, council, person_id, period, now)
            uow.commit()
            return blankett

    def for_secretary(
        self, *, who: Account, where: Conversation, member: Account, period: Period, now: datetime
    ) -> Blankett:
        """Asked in the council's conversation: the secretary's, for the member named."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.SEE_FEES, now=now)
            person = uow.directory.person(member.within(council.workspace))
            if person is None:
                raise UserError("arvode.blankett.unknown")
            log_export(uow, council.id, viewer.person_id, period, now)
            blankett = _blankett(uow, council, person.id, period, now)
            uow.commit()
            return blankett


def _blankett(
    uow: UnitOfWork, council: Council, person_id: int, period: Period, now: datetime
) -> Blankett:
    report = claims_report(uow, council, period, now)
    rows = [r for r in report.rows if r.person_id == person_id]
    person = uow.people.get(person_id)
    name = rows[0].name if rows else person.display_name if person else ""
    return Blankett(
        council_name=council.name,
        payer=council.fee_payer,
        lang=council.language,
        zone=report.zone,
        period=period,
        name=name,
        forening=rows[0].forening if rows else None,
        rows=rows,
        made_at=now,
    )

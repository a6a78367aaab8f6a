"""The yearly review of the council's written agreement on the fakes, at explicit moments:
the chair (without a chair, the secretary) is asked once per version, from 09:00 on the day
a year after the version was adopted, until a new version is recorded."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.core.identity import NamedAccount
from bot.core.vocabulary import Role
from bot.reminders.agreement_review import agreement_review_rows
from bot.reminders.passes import FULL_EVERY
from bot.reminders.sweep import sweep
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    SARA,
    STOCKHOLM,
    add_member,
    council,
    person_id,
    queued,
    reads,
    record_agreement,
)

OLLE = NamedAccount("U0OLLE", "Olle Ordförande")
DUE = datetime(2027, 3, 12, 9, 0, tzinfo=STOCKHOLM)  # a year after 12 March 2026, 09:00


def _asked(uow: FakeUnitOfWorkFactory, now: datetime) -> list[tuple[int | None, str]]:
    with uow() as work:
        return [
            (row["person_id"], row["idempotency_key"]) for row in agreement_review_rows(work, now)
        ]


def test_the_secretary_is_asked_when_there_is_no_chair_from_nine_on_the_day(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    record_agreement(uow, adopted_on=date(2026, 3, 12))
    assert _asked(uow, DUE - timedelta(minutes=1)) == []
    sara = person_id(uow, SARA)
    assert _asked(uow, DUE) == [(sara, f"agreement_review:c1:v1:p{sara}")]


def test_the_chair_is_asked_and_not_the_secretary(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    add_member(uow, OLLE, Role.ORDFORANDE, "RSMH")
    record_agreement(uow, adopted_on=date(2026, 3, 12))
    assert [who for who, _ in _asked(uow, DUE)] == [person_id(uow, OLLE)]


def test_the_sweep_asks_once_per_version_until_a_new_one_is_recorded(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    record_agreement(uow, adopted_on=date(2026, 3, 12))
    assert sweep(uow, DUE) == 1
    [row] = queued(uow)
    assert row.expires_at is None  # kept: the outbox forgets only what expired
    assert "antog version 1 av sitt dokument Form och funktion" in reads(row)
    assert sweep(uow, DUE + FULL_EVERY) == 0
    assert sweep(uow, DUE + timedelta(days=30)) == 0
    record_agreement(uow, "https://x.se/v2", date(2027, 4, 1), now=DUE + timedelta(days=20))
    assert sweep(uow, DUE + timedelta(days=31)) == 0
    assert sweep(uow, datetime(2028, 4, 1, 9, 0, tzinfo=STOCKHOLM)) == 1
    assert "antog version 2" in reads(queued(uow)[-1])

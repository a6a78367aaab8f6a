"""The fake unit of work keeps a transaction's promises, as the tests on it rely on them:
what is not committed is undone, a savepoint undoes its own part only, and a lent unit of
work ends with its lender."""

from __future__ import annotations

import pytest

from adapters.storage.models import Council
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import NOW


def _council(uow: FakeUnitOfWorkFactory) -> int:
    with uow() as work:
        council = work.councils.add(Council(workspace="T", name="Rådet", created_at=NOW))
        work.commit()
        return council.id


def test_leaving_without_a_commit_undoes_new_rows_and_changes(uow: FakeUnitOfWorkFactory) -> None:
    council_id = _council(uow)
    with uow() as work:
        council = work.councils.get(council_id)
        assert council is not None and council.agenda_deadline_days == 7  # its default
        council.name = "Ändrat"
        work.councils.add(Council(workspace="T", name="Ett till", created_at=NOW))
    with uow() as work:
        assert [c.name for c in work.councils.by_ids([council_id, council_id + 1])] == ["Rådet"]


def test_a_savepoint_undoes_its_own_part_only(uow: FakeUnitOfWorkFactory) -> None:
    council_id = _council(uow)
    with uow() as work:
        council = work.councils.get(council_id)
        assert council is not None
        council.min_notice_days = 10
        with pytest.raises(LookupError), work.savepoint():
            council.minutes_due_days = 30
            raise LookupError
        work.commit()
    assert (council.min_notice_days, council.minutes_due_days) == (10, 14)


def test_a_lent_unit_of_work_ends_with_its_lender(uow: FakeUnitOfWorkFactory) -> None:
    council_id = _council(uow)
    with uow() as work:
        council = work.councils.get(council_id)
        assert council is not None
        council.name = "Ändrat"
        with work.lent() as part:  # leaving it undoes nothing of the lender's
            council.min_notice_days = 10
            part.commit()  # only a flush: the lender commits the whole
        work.commit()
    assert (council.name, council.min_notice_days) == ("Ändrat", 10)

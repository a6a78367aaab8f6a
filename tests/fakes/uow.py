"""The unit of work in memory: the fakes of every repository over one Store, with commit and
rollback as a transaction has them (leaving without a commit undoes the changes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from bot.core.ports import UnitOfWork
from tests.fakes.agenda import FakeActionItems, FakePoints, FakeStandingPoints
from tests.fakes.agreements import FakeAgreements
from tests.fakes.attendance import FakeFeeProfiles, FakeRegisters, FakeSubstituteRequests
from tests.fakes.evaluations import FakeEvaluations
from tests.fakes.goals import FakeGoals
from tests.fakes.kallelse import FakeKallelseRecords
from tests.fakes.meetings import FakeEvents, FakeMeetings
from tests.fakes.member_links import FakeMemberLinks
from tests.fakes.minutes import FakeMinutesRecords
from tests.fakes.outbox import FakeOutbox
from tests.fakes.people import (
    FakeCouncils,
    FakeDirectory,
    FakeForeningar,
    FakeMemberships,
    FakePeople,
)
from tests.fakes.privacy import FakePrivacyRecords
from tests.fakes.reminders import FakeReminders
from tests.fakes.store import Store
from tests.fakes.vacancies import FakeVacancies
from tests.fakes.working_groups import FakeWorkingGroups
from tests.fakes.workspaces import FakeWorkspaces
from tests.fakes.year_records import FakeYearRecords
from tests.fakes.yearly import FakeYearlyItems


class FakeUnitOfWork:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.directory = FakeDirectory(store)
        self.councils = FakeCouncils(store)
        self.people = FakePeople(store)
        self.foreningar = FakeForeningar(store)
        self.memberships = FakeMemberships(store)
        self.events = FakeEvents(store)
        self.meetings = FakeMeetings(store)
        self.points = FakePoints(store)
        self.standing = FakeStandingPoints(store)
        self.actions = FakeActionItems(store)
        self.outbox = FakeOutbox(store)
        self.attendance = FakeRegisters(store)
        self.substitutes = FakeSubstituteRequests(store)
        self.fee_profiles = FakeFeeProfiles(store)
        self.kallelse = FakeKallelseRecords(store)
        self.workspaces = FakeWorkspaces(store)
        self.reminders = FakeReminders(store)
        self.minutes = FakeMinutesRecords(store)
        self.privacy = FakePrivacyRecords(store)
        self.member_links = FakeMemberLinks(store)
        self.agreements = FakeAgreements(store)
        self.year_records = FakeYearRecords(store)
        self.yearly = FakeYearlyItems(store)
        self.vacancies = FakeVacancies(store)
        self.evaluations = FakeEvaluations(store)
        self.working_groups = FakeWorkingGroups(store)
        self.goals = FakeGoals(store)
        self._lent = False
        self._restore: Callable[[], None] = store.snapshot()  # to where it began

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._lent:
            self.rollback()  # after a commit: nothing to undo

    def commit(self) -> None:
        self.store.flush()
        if not self._lent:
            self._restore = self.store.snapshot()

    def rollback(self) -> None:
        self._restore()

    def flush(self) -> None:
        self.store.flush()

    def lent(self) -> UnitOfWork:
        """The same transaction: its commit only flushes, its rollback is the lender's."""
        joined = FakeUnitOfWork(self.store)
        joined._lent, joined._restore = True, self.rollback
        return joined

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        restore = self.store.snapshot()
        try:
            yield
        except BaseException:
            restore()
            raise


class FakeUnitOfWorkFactory:
    """What a service is given (a factory of units of work), sharing one Store: what one
    committed, the next one reads."""

    def __init__(self) -> None:
        self.store = Store()

    def __call__(self) -> UnitOfWork:
        return FakeUnitOfWork(self.store)

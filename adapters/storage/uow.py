"""The unit of work (bot.core.ports.UnitOfWork) on SQLAlchemy: one transaction, the
repositories bound to it, commit or roll back together."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from adapters.storage.db import conflicts, make_session_factory, wrote
from adapters.storage.repositories.actions import ActionItemRepository
from adapters.storage.repositories.agenda import PointRepository, StandingPointRepository
from adapters.storage.repositories.agreements import AgreementRepository
from adapters.storage.repositories.attendance import (
    AttendanceRepository,
    SubstituteRequestRepository,
)
from adapters.storage.repositories.councils import CouncilRepository
from adapters.storage.repositories.directory import Directory
from adapters.storage.repositories.evaluations import EvaluationRepository
from adapters.storage.repositories.events import EventLog
from adapters.storage.repositories.fees import FeeProfileRepository
from adapters.storage.repositories.goals import GoalRepository
from adapters.storage.repositories.inbox import CURRENT_CLAIM, InboxRepository
from adapters.storage.repositories.kallelse import KallelseRepository
from adapters.storage.repositories.meetings import MeetingRepository
from adapters.storage.repositories.member_links import MemberLinkRepository
from adapters.storage.repositories.memberships import MembershipRepository
from adapters.storage.repositories.minutes import MinutesRepository
from adapters.storage.repositories.outbox import OutboxRepository
from adapters.storage.repositories.people import ForeningRepository, PersonRepository
from adapters.storage.repositories.privacy import PrivacyRepository
from adapters.storage.repositories.reminders import ReminderRepository
from adapters.storage.repositories.routes import RouteRepository
from adapters.storage.repositories.vacancies import VacancyRepository
from adapters.storage.repositories.working_groups import WorkingGroupRepository
from adapters.storage.repositories.workspaces import WorkspaceRepository
from adapters.storage.repositories.year_records import YearRecordRepository
from adapters.storage.repositories.yearly import YearlyItemRepository


class UnitOfWork:
    """Use as `with uow_factory() as uow: ...; uow.commit()`; leaving without commit rolls back."""

    session: Session
    directory: Directory
    councils: CouncilRepository
    people: PersonRepository
    foreningar: ForeningRepository
    memberships: MembershipRepository
    events: EventLog
    meetings: MeetingRepository
    minutes: MinutesRepository
    points: PointRepository
    standing: StandingPointRepository
    actions: ActionItemRepository
    reminders: ReminderRepository
    outbox: OutboxRepository
    attendance: AttendanceRepository
    substitutes: SubstituteRequestRepository
    fee_profiles: FeeProfileRepository
    kallelse: KallelseRepository
    privacy: PrivacyRepository
    workspaces: WorkspaceRepository
    inbox: InboxRepository
    member_links: MemberLinkRepository
    agreements: AgreementRepository
    yearly: YearlyItemRepository
    evaluations: EvaluationRepository
    working_groups: WorkingGroupRepository
    goals: GoalRepository
    year_records: YearRecordRepository
    vacancies: VacancyRepository
    routes: RouteRepository
    _lent = False  # JoinedUnitOfWork

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.directory = Directory(self.session)
        self.councils = CouncilRepository(self.session)
        self.people = PersonRepository(self.session)
        self.foreningar = ForeningRepository(self.session)
        self.memberships = MembershipRepository(self.session)
        self.events = EventLog(self.session)
        self.meetings = MeetingRepository(self.session)
        self.minutes = MinutesRepository(self.session)
        self.points = PointRepository(self.session)
        self.standing = StandingPointRepository(self.session)
        self.actions = ActionItemRepository(self.session)
        self.reminders = ReminderRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.attendance = AttendanceRepository(self.session)
        self.substitutes = SubstituteRequestRepository(self.session)
        self.fee_profiles = FeeProfileRepository(self.session)
        self.kallelse = KallelseRepository(self.session)
        self.privacy = PrivacyRepository(self.session)
        self.workspaces = WorkspaceRepository(self.session)
        self.inbox = InboxRepository(self.session)
        self.member_links = MemberLinkRepository(self.session)
        self.agreements = AgreementRepository(self.session)
        self.year_records = YearRecordRepository(self.session)
        self.yearly = YearlyItemRepository(self.session)
        self.vacancies = VacancyRepository(self.session)
        self.evaluations = EvaluationRepository(self.session)
        self.working_groups = WorkingGroupRepository(self.session)
        self.goals = GoalRepository(self.session)
        self.routes = RouteRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed, and unlike rollback() it leaves
        # loaded objects readable (detached) for the caller. A lent one is its lender's to end.
        if not self._lent:
            self.session.close()

    def commit(self) -> None:
        """Commit (a lent unit of work only flushes: its lender commits); when this thread
        works on an inbox entry and the transaction changed something, the entry is marked
        done in it too (adapters/storage/repositories/inbox.py)."""
        if self._lent:
            self.session.flush()
            return
        claim = CURRENT_CLAIM.get()
        finished = claim if claim is not None and wrote(self.session) else None
        if finished is not None:
            self.inbox.finish(finished)
        self.session.commit()
        if finished is not None:
            finished.done = True

    def rollback(self) -> None:
        self.session.rollback()

    def flush(self) -> None:
        with conflicts():
            self.session.flush()

    def lent(self) -> UnitOfWork:
        return JoinedUnitOfWork(self)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        with conflicts(), self.session.begin_nested():
            yield


class JoinedUnitOfWork(UnitOfWork):
    """An open unit of work lent to another service for one part of a bigger change (points
    settled while the minutes are published): that service's commit only flushes, and the
    lender commits the whole change or none of it."""

    _lent = True

    def __init__(self, outer: UnitOfWork) -> None:
        vars(self).update(vars(outer))

    def __enter__(self) -> UnitOfWork:
        return self


def units_of_work(engine: Engine) -> Callable[[], UnitOfWork]:
    """A new unit of work on `engine` for each call."""
    sessions = make_session_factory(engine)
    return lambda: UnitOfWork(sessions)

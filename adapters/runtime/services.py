"""The service layer as one object handed to the Slack adapters and the scheduler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from adapters.runtime.inbox import Inbox
from adapters.runtime.messengers import mailer_of
from adapters.runtime.settings import Settings
from adapters.storage.db import make_engine
from adapters.storage.uow import UnitOfWork, units_of_work
from bot.agenda import AgendaService, attach_waiting_points, rehome_points
from bot.attendance.service import AttendanceService
from bot.core.clock import SystemClock
from bot.core.ports import Clock
from bot.councils.agreement import AgreementService
from bot.councils.arshjul import YearWheelService
from bot.councils.audit import AuditService
from bot.councils.goals import GoalService
from bot.councils.home import HomeService
from bot.councils.onboarding import OnboardingService
from bot.councils.seats import SeatService
from bot.councils.service import CouncilService
from bot.councils.succession import SuccessionService
from bot.councils.working_groups import WorkingGroupService
from bot.councils.year import YearService
from bot.councils.year_report import YearReportService
from bot.fees.blankett import BlankettService
from bot.fees.claiming import ClaimService
from bot.fees.decisions import DecisionService
from bot.fees.receipting import ReceiptService
from bot.fees.service import FeeService
from bot.kallelse.service import KallelseService
from bot.meetings.evaluation import EvaluationService
from bot.meetings.service import MeetingService
from bot.members.answers import AnswerLinkService
from bot.members.links import PAGE_PATH, MemberLinkService
from bot.members.mailbox import MailboxService
from bot.members.page import MemberPageService
from bot.minutes.action_items import ActionItemService
from bot.minutes.service import MinutesServices, minutes_services
from bot.privacy.service import PrivacyService
from bot.privacy.workspaces import WorkspaceService
from bot.reminders.preferences import ReminderSettingsService


@dataclass
class Services:
    settings: Settings
    clock: Clock
    engine: Engine
    uow: Callable[[], UnitOfWork]
    councils: CouncilService
    meetings: MeetingService
    agenda: AgendaService
    reminders: ReminderSettingsService
    attendance: AttendanceService
    fees: FeeService
    claims: ClaimService
    receipts: ReceiptService
    fee_terms: DecisionService
    blanketter: BlankettService
    kallelse: KallelseService
    minutes: MinutesServices
    actions: ActionItemService
    privacy: PrivacyService
    audit: AuditService
    agreements: AgreementService
    year: YearService
    wheel: YearWheelService
    goals: GoalService
    evaluation: EvaluationService
    onboarding: OnboardingService
    year_reports: YearReportService
    home: HomeService
    seats: SeatService
    succession: SuccessionService
    working_groups: WorkingGroupService
    workspaces: WorkspaceService
    inbox: Inbox
    member_links: MemberLinkService
    answer_links: AnswerLinkService
    member_page: MemberPageService
    mailbox: MailboxService


def build_services(
    settings: Settings, *, clock: Clock | None = None, engine: Engine | None = None
) -> Services:
    engine = engine or make_engine(settings.database_url)
    uow = units_of_work(engine)
    mailer = mailer_of(settings)
    kallelse = KallelseService(uow, mailer=mailer)
    agenda = AgendaService(uow)
    clock = clock or SystemClock()
    page = f"{settings.public_url}{PAGE_PATH}" if settings.public_url else None
    goals, evaluation = GoalService(uow), EvaluationService(uow)
    return Services(
        settings=settings,
        clock=clock,
        engine=engine,
        uow=uow,
        councils=CouncilService(uow, timezone=settings.timezone, language=settings.language),
        meetings=MeetingService(
            uow,
            on_planned=[attach_waiting_points],
            on_cancelled=[rehome_points],
            on_changed=[kallelse.calendar_changed],
        ),
        agenda=agenda,
        reminders=ReminderSettingsService(uow),
        attendance=AttendanceService(uow),
        fees=FeeService(uow),
        claims=ClaimService(uow),
        receipts=ReceiptService(uow),
        fee_terms=DecisionService(uow),
        blanketter=BlankettService(uow),
        kallelse=kallelse,
        minutes=minutes_services(uow, agenda, mailer, page=page),
        actions=ActionItemService(uow),
        privacy=PrivacyService(uow),
        audit=AuditService(uow),
        agreements=AgreementService(uow),
        year=YearService(uow),
        wheel=YearWheelService(uow),
        goals=goals,
        evaluation=evaluation,
        onboarding=OnboardingService(uow),
        year_reports=YearReportService(uow),
        home=HomeService(uow),
        seats=SeatService(uow),
        succession=SuccessionService(uow),
        working_groups=WorkingGroupService(uow),
        workspaces=WorkspaceService(uow),
        inbox=Inbox(uow, engine, clock),
        member_links=MemberLinkService(
            uow,
            public_url=settings.public_url,
            language=settings.language,
            mail=mailer is not None,
        ),
        answer_links=AnswerLinkService(uow, evaluation, goals, language=settings.language),
        member_page=MemberPageService(uow),
        mailbox=MailboxService(uow, language=settings.language),
    )

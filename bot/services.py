"""The service layer as one object handed to the Slack adapters and the scheduler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from bot.agenda import AgendaService, attach_waiting_points, rehome_points
from bot.clock import Clock, SystemClock
from bot.councils import CouncilService
from bot.meetings import MeetingService
from bot.settings import Settings
from storage.db import make_engine, make_session_factory
from storage.uow import UnitOfWork


@dataclass
class Services:
    settings: Settings
    clock: Clock
    engine: Engine
    uow: Callable[[], UnitOfWork]
    councils: CouncilService
    meetings: MeetingService
    agenda: AgendaService


def build_services(
    settings: Settings, *, clock: Clock | None = None, engine: Engine | None = None
) -> Services:
    engine = engine or make_engine(settings.database_url)
    sessions = make_session_factory(engine)

    def uow() -> UnitOfWork:
        return UnitOfWork(sessions)

    return Services(
        settings=settings,
        clock=clock or SystemClock(),
        engine=engine,
        uow=uow,
        councils=CouncilService(uow, timezone=settings.timezone, language=settings.language),
        meetings=MeetingService(
            uow, on_planned=[attach_waiting_points], on_cancelled=[rehome_points]
        ),
        agenda=AgendaService(uow),
    )

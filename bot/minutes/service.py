"""The minutes' services as one object for the adapters: capture, justering, publishing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.agenda import AgendaService
from bot.core.ports import Mailer, UnitOfWork
from bot.minutes.capture import CaptureService
from bot.minutes.justering import JusteringService
from bot.minutes.publish import PublishService


@dataclass(frozen=True)
class MinutesServices:
    capture: CaptureService
    justering: JusteringService
    publishing: PublishService


def minutes_services(
    uow: Callable[[], UnitOfWork], agenda: AgendaService, mailer: Mailer | None
) -> MinutesServices:
    return MinutesServices(
        capture=CaptureService(uow),
        justering=JusteringService(uow),
        publishing=PublishService(uow, agenda, mailer),
    )

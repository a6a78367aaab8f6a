"""The minutes' services as one object for the adapters: capture, justering, publishing, and
the files on the member page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.agenda import AgendaService
from bot.core.ports import Mailer, UnitOfWork
from bot.minutes.capture import CaptureService
from bot.minutes.files import MinutesFiles
from bot.minutes.justering import JusteringService
from bot.minutes.publish import PublishService


@dataclass(frozen=True)
class MinutesServices:
    capture: CaptureService
    justering: JusteringService
    publishing: PublishService
    files: MinutesFiles


def minutes_services(
    uow: Callable[[], UnitOfWork],
    agenda: AgendaService,
    mailer: Mailer | None,
    *,
    page: str | None = None,
) -> MinutesServices:
    """`page`: the member page's URL (PUBLIC_URL and its path), where the files are linked
    for a chat that takes none; None: the page is not served."""
    return MinutesServices(
        capture=CaptureService(uow),
        justering=JusteringService(uow),
        publishing=PublishService(uow, agenda, mailer, page=page),
        files=MinutesFiles(uow, page),
    )

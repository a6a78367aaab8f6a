"""Ending a serving process: what was acknowledged gets DRAIN_SECONDS to finish, the rest goes
back to the inbox for the next process (issue 16: SIGTERM drains within 20 s)."""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

    from adapters.runtime.background import BackgroundWork
    from adapters.runtime.services import Services

log = logging.getLogger("bot")
DRAIN_SECONDS = 20.0  # on SIGTERM: how long acknowledged work may take to finish


def wind_down(
    services: Services, scheduler: BaseScheduler | None, background: BackgroundWork | None
) -> None:
    """Give what was acknowledged, and the scheduler's running pass, DRAIN_SECONDS to finish.
    Work stuck longer (a hung call to a platform, a locked database) is handed back to the
    inbox for the next process; its threads cannot be stopped, so the process ends without
    them."""
    deadline = time.monotonic() + DRAIN_SECONDS
    stopping = None
    if scheduler is not None:  # stops starting passes, and waits for the running one
        stopping = threading.Thread(target=scheduler.shutdown, name="stopping", daemon=True)
        stopping.start()
    finished = background.settle(DRAIN_SECONDS) if background is not None else True
    if stopping is not None:
        stopping.join(max(0.0, deadline - time.monotonic()))
        finished = finished and not stopping.is_alive()
    if not finished:
        left = services.inbox.release()
        log.warning("stopped; %d acknowledged requests left in the inbox", left)
        logging.shutdown()
        os._exit(0)
    if background is not None:
        background.shutdown(wait=True)


def stop_serving(*_: object) -> None:
    """SIGTERM (a deploy, a restart) ends a server's loop the way Ctrl-C does."""
    raise SystemExit(0)

"""APScheduler runs the reminder pass: at start (the catch-up), then every minute; and the
inbox's drain every few seconds (requests to run again: failed, or left by a process that died).

One fixed job, not one per reminder (see "Scheduler design"): each pass sweeps what is due
at `now` into the outbox and then drains it, so what a sweep queues goes out in the same
pass, and passes never overlap within a process. A restart loses nothing: the first pass
sends what fell due while the bot was down (late, once, unless its moment has passed).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from adapters.runtime.inbox import Replay
from adapters.runtime.services import Services
from bot.core.clock import SystemClock
from bot.core.ports import Messenger
from bot.reminders import tick
from bot.reminders.sender import new_worker_id

REMINDERS = "reminders"  # the pass's job id
INTERVAL = timedelta(minutes=1)
INBOX_INTERVAL = timedelta(seconds=5)


def build_scheduler(
    services: Services,
    messengers: Messenger | Sequence[Messenger],
    replay: Replay,
    *,
    worker_id: str | None = None,
) -> BackgroundScheduler:
    """The scheduler with its job, not started (so callers may add listeners first)."""
    worker = worker_id or new_worker_id()

    def run_pass() -> None:
        tick(
            services.uow,
            messengers,
            services.clock.now(),
            worker_id=worker,
            page_url=services.settings.public_url,
        )

    scheduler = BackgroundScheduler(
        timezone=UTC,
        # A pass missed while the previous one ran long (or the host slept) runs once, late.
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )
    # APScheduler keeps wall-clock time; the pass itself reads services.clock.
    scheduler.add_job(
        run_pass,
        "interval",
        seconds=INTERVAL.total_seconds(),
        next_run_time=SystemClock().now(),
        id=REMINDERS,
    )
    scheduler.add_job(
        lambda: services.inbox.drain(replay, now=services.clock.now()),
        "interval",
        seconds=INBOX_INTERVAL.total_seconds(),
        next_run_time=SystemClock().now(),
        id="inbox",
    )
    return scheduler

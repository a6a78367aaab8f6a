"""`python -m bot tick` as a process: the inbox's entries due, then one scheduler pass.

A tick is started every minute by cron-like callers and its start is most of its cost, so it
builds only what a pass uses (the storage, the inbox and the messengers), not
adapters.runtime.services: every service, and through them the chat app and the kallelse's
and the minutes' libraries. The caller's `replaying` builds those only when the inbox holds
an entry to run again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from adapters.runtime.inbox import Inbox, Replay
from adapters.runtime.messengers import messengers_from
from adapters.runtime.settings import Settings
from adapters.storage.db import make_engine
from adapters.storage.migrate import upgrade
from adapters.storage.uow import units_of_work
from bot.core.clock import SystemClock
from bot.reminders import TickReport, tick
from bot.reminders.sender import new_worker_id


@dataclass(frozen=True)
class Ticked:
    replayed: int  # inbox entries run again
    report: TickReport
    mail: int = 0  # new messages read from the mailbox


Replaying = Callable[[Settings, Engine], Replay]  # the inbox's replay, built on demand
Reading = Callable[[Settings, Engine, datetime], int]  # a look in the mailbox: how many new


def run_tick(
    settings: Settings, now: datetime, replaying: Replaying, reading: Reading | None = None
) -> Ticked:
    """`reading`: looks in the mailbox first, when IMAP_URL is set (what is new is taken in
    and answered in this tick)."""
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    uow = units_of_work(engine)
    try:
        mail = reading(settings, engine, now) if reading and settings.imap_url else 0
        inbox = Inbox(uow, engine, SystemClock())
        replayed = inbox.drain(replaying(settings, engine), now=now)
        report = tick(
            uow,
            messengers_from(settings, engine),
            now,
            worker_id=new_worker_id(),
            page_url=settings.public_url,
        )
    finally:
        engine.dispose()
    return Ticked(replayed, report, mail)

"""The processes that talk to Slack (the CLI's `serve`, `run` with tokens, `worker`, and a
tick's replay of the inbox): each builds the services, the Bolt app and what it serves."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from adapters.runtime.process import started
from adapters.runtime.settings import Settings
from adapters.runtime.shutdown import stop_serving, wind_down

if TYPE_CHECKING:
    from datetime import datetime

    from apscheduler.events import JobEvent
    from apscheduler.schedulers.base import BaseScheduler
    from slack_bolt import App
    from sqlalchemy import Engine

    from adapters.mail.receive import Reading
    from adapters.runtime.background import BackgroundWork
    from adapters.runtime.inbox import Claim, Replay
    from adapters.runtime.services import Services
    from adapters.slack.http import WsgiApp

log = logging.getLogger("bot")


def serve(settings: Settings, port: int | None, no_scheduler: bool) -> int:
    """HTTP mode on /slack/events (and the member page under /m/ with PUBLIC_URL, Teams on
    /api/messages with TEAMS_APP_ID); Teams alone with its settings and no Slack tokens."""
    slack = bool(settings.slack_bot_token and settings.slack_signing_secret)
    half = bool(settings.slack_bot_token) != bool(settings.slack_signing_secret)
    if half or not (slack or settings.teams):
        print(
            "SLACK_BOT_TOKEN och SLACK_SIGNING_SECRET behövs för HTTP-läget (eller bara "
            "TEAMS_APP_ID och TEAMS_APP_PASSWORD för Teams). / "
            "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are needed for HTTP mode (or only "
            "TEAMS_APP_ID and TEAMS_APP_PASSWORD for Teams).",
            file=sys.stderr,
        )
        return 2
    from adapters.runtime.background import BackgroundWork
    from adapters.runtime.readiness import readiness
    from adapters.runtime.services import build_services
    from adapters.slack.app import build_app
    from adapters.slack.http import make_server
    from adapters.storage.migrate import upgrade

    upgrade(settings.database_url)
    services = build_services(settings)
    background = BackgroundWork()
    app = build_app(services, background=background) if slack else None
    web = _member_page(services, _page_secret(settings))
    server = make_server(
        app,
        background=background,
        port=port or settings.port,
        web=web,
        ready=lambda: readiness(services.uow, services.clock.now()),
        metrics=lambda: _metrics_page(services),
        routes=_other_chats(services, background),
    )
    scheduler = None if no_scheduler else _start_scheduler(services, app)
    signal.signal(signal.SIGTERM, stop_serving)
    started()  # what start-up built lives as long as the process: out of the collector's passes
    log.info("serving on port %s", server.effective_port)
    try:
        server.run()  # until SIGTERM or Ctrl-C
    finally:
        wind_down(services, scheduler, background)
    log.info("stopped serving")
    return 0


def _page_secret(settings: Settings) -> str | None:
    """What the member page's cookies are signed with, the same in every process: Slack's
    signing secret, or with Teams alone the bot's client secret."""
    if settings.slack_signing_secret:
        return settings.slack_signing_secret
    return settings.teams.password if settings.teams is not None else None


def _other_chats(services: Services, background: BackgroundWork) -> dict[str, WsgiApp]:
    """Teams on /api/messages when TEAMS_APP_ID is set (its SDK loaded only then)."""
    if services.settings.teams is None:
        return {}
    from adapters.teams.app import build_teams
    from adapters.teams.http import ACTIVITIES_PATH

    return {ACTIVITIES_PATH: build_teams(services, background).endpoint}


def _metrics_page(services: Services) -> WsgiApp:
    from adapters.metrics.page import metrics_page

    return metrics_page(services.engine, services.clock.now)


def _member_page(services: Services, signing_secret: str | None) -> WsgiApp | None:
    """The member page, when PUBLIC_URL says where people reach it (without it no link to
    it can be sent), built at its first request (Flask and the page's modules are not loaded
    at start); its cookies are signed with a key derived from the signing secret, the same
    in every process."""
    if services.settings.public_url is None or signing_secret is None:
        return None
    from adapters.slack.http import built_on_first_use

    def build() -> WsgiApp:
        from adapters.slack.blocks.attendance import substitute_asks
        from adapters.web.app import create_app, secret_from

        secret = secret_from(signing_secret)
        return create_app(services, secret=secret, compose_answer=substitute_asks)

    return built_on_first_use(build)


def _reading(services: Services) -> Reading | None:
    """The mailbox members write to, when IMAP_URL is set (adapters/mail/receive.py)."""
    if services.settings.imap_url is None:
        return None
    from adapters.mail.receive import reading
    from adapters.slack.blocks.attendance import substitute_asks

    return reading(services, compose_answer=substitute_asks)


def _read_mail(reading: Reading | None) -> Callable[[], None]:
    """Watch the mailbox in a thread of its own (the worker and Socket Mode do; `serve`
    does not, as the web may run in many processes); returns what stops it."""
    if reading is None:
        return lambda: None
    from adapters.mail.imap import start_watching

    log.info("reading mail from %s", reading.mailbox.folder)
    return start_watching(reading.mailbox, reading.intake.take)


def socket_mode(settings: Settings) -> int:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from adapters.runtime.services import build_services
    from adapters.slack.app import build_app
    from adapters.storage.migrate import upgrade

    upgrade(settings.database_url)
    services = build_services(settings)
    app = build_app(services, socket_mode=True)
    mail = _reading(services)
    scheduler = _start_scheduler(services, app, mail)
    stop_mail = _read_mail(mail)
    started()  # as in serve
    try:
        SocketModeHandler(app, settings.slack_app_token).start()
    finally:
        stop_mail()
        scheduler.shutdown(wait=False)
    return 0


def _start_scheduler(
    services: Services, app: App | None, mail: Reading | None = None
) -> BaseScheduler:
    """The reminder passes in the background (a catch-up now, then every minute), and the
    inbox's drain (mail taken in to `mail`'s intake, the rest to the app)."""
    from adapters.runtime.messengers import messengers_from
    from adapters.runtime.scheduler import build_scheduler

    scheduler = build_scheduler(
        services, messengers_from(services.settings, services.engine), _replay(services, app, mail)
    )
    time_passes(scheduler)
    scheduler.start()
    return scheduler


def _replay(services: Services, app: App | None, mail: Reading | None) -> Replay:
    """The inbox's replay: Teams' entries to its listeners (TEAMS_APP_ID set), mail's to
    the mailbox's intake, the rest to the Slack app (none with Teams alone: nothing of
    Slack's is taken in then)."""
    from adapters.slack.handlers.ack_first import replay

    chat = _routed(mail, replay(app) if app is not None else _no_slack)
    if services.settings.teams is None:
        return chat
    from adapters.teams.app import listeners_of, replay_teams

    return replay_teams(listeners_of(services), chat)


def _no_slack(claim: Claim, listener: str, payload: str) -> None:
    raise RuntimeError(f"{listener}: no Slack app here (SLACK_BOT_TOKEN is not set)")


def _routed(mail: Reading | None, chat: Replay) -> Replay:
    """The inbox's replay: mail entries to `mail`'s intake, the rest to the chat app; without
    a mailbox every entry goes to the app, and the mail adapter (imapclient, msal) stays
    unloaded."""
    if mail is None:
        return chat
    from adapters.mail.receive import replay_by_listener

    return replay_by_listener(mail.intake, chat)


def time_passes(scheduler: BaseScheduler) -> None:
    """Each reminder pass's duration into /metrics (a job runs once at a time)."""
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_SUBMITTED

    from adapters.metrics.recorded import PASSES
    from adapters.runtime.scheduler import REMINDERS

    began: dict[str, float] = {}

    def heard(event: JobEvent) -> None:
        if event.job_id != REMINDERS:
            return
        if event.code == EVENT_JOB_SUBMITTED:
            began[event.job_id] = time.perf_counter()
        elif event.job_id in began:
            PASSES.observe(time.perf_counter() - began.pop(event.job_id))

    scheduler.add_listener(heard, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)


def has_a_chat(settings: Settings) -> bool:
    """Whether there is a chat to send by: Slack's bot token, or Teams' settings (a
    deployment for Teams alone); else says what is missing."""
    if settings.has_chat:
        return True
    print(
        "SLACK_BOT_TOKEN (eller TEAMS_APP_ID och TEAMS_APP_PASSWORD för Teams) behövs för att "
        "skicka påminnelser. / SLACK_BOT_TOKEN (or TEAMS_APP_ID and TEAMS_APP_PASSWORD for "
        "Teams) is needed to send reminders.",
        file=sys.stderr,
    )
    return False


def _slack_app(services: Services) -> App | None:
    """The Slack app for the inbox's Slack entries, with Slack's bot token; None for a
    deployment for Teams alone (Bolt is not loaded then)."""
    if not services.settings.slack_bot_token:
        return None
    from adapters.slack.app import build_app

    return build_app(services)


def worker(settings: Settings) -> int:
    """The scheduler alone, until SIGTERM or Ctrl-C; the running pass may finish first."""
    if not has_a_chat(settings):
        return 2
    from adapters.runtime.services import build_services
    from adapters.storage.migrate import upgrade

    upgrade(settings.database_url)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    services = build_services(settings)
    mail = _reading(services)
    scheduler = _start_scheduler(services, _slack_app(services), mail)
    stop_mail = _read_mail(mail)
    started()  # as in serve
    log.info("worker started")
    stop.wait()
    stop_mail()
    wind_down(services, scheduler, None)
    log.info("worker stopped")
    return 0


def replay_when_needed(settings: Settings, engine: Engine) -> Replay:
    """The inbox's replay for a tick, building the services and the apps (Slack's: Bolt,
    every handler and a call to Slack's auth.test; Teams' listeners) for the first entry
    due, which is seldom."""
    built: list[Replay] = []

    def replay_one(claim: Claim, listener: str, payload: str) -> None:
        if not built:
            from adapters.runtime.services import build_services

            services = build_services(settings, engine=engine)
            built.append(_replay(services, _slack_app(services), _reading(services)))
        built[0](claim, listener, payload)

    return replay_one


def read_mail_once(settings: Settings, engine: Engine, now: datetime) -> int:
    """A tick's look in the mailbox (IMAP_URL set) at `now`: how many messages were new."""
    from adapters.mail.imap import read_once
    from adapters.runtime.services import build_services
    from bot.core.clock import ManualClock

    mail = _reading(build_services(settings, engine=engine, clock=ManualClock(now)))
    assert mail is not None
    return read_once(mail.mailbox, mail.intake.take)

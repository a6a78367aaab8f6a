"""What the bot acknowledged is done, once, whatever happens after the acknowledgement: its
process killed, stopped by a deploy while the work hangs, or its database gone mid-work.

The pending work here is a "Lägg till som punkt" shortcut held up by a slow Slack (its
`chat.getPermalink` answer), so the request is surely taken in and acknowledged while its
work has not yet written anything.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from adapters.console.stack import SIGNING_SECRET, LocalStack
from adapters.runtime.inbox import InboxPolicy
from adapters.slack.handlers.shortcuts import ADD_AS_POINT
from adapters.slack.http import EVENTS_PATH
from adapters.storage.migrate import upgrade
from adapters.storage.models import AgendaPoint
from devtools.localslack.driver import Delivery, Driver
from devtools.localslack.server import LocalSlack
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say, seed_workspace
from tests.processes import Served, bot_env, serving, working
from tests.throwaway_postgres import ThrowawayPostgres

TIMEOUT = 60.0
PENDING = 7
KEPT_FOR_LATER = "du behöver inte skicka det igen"


def _ask(driver: Driver, slack: LocalSlack, served: Served, user: str, cmd: str, text: str) -> str:
    sent = driver.command(user, RAD, cmd, text)
    assert sent.status == 200, "".join(served.log)
    assert slack.wait_for_answer(str(sent.response_url), timeout=TIMEOUT), "".join(served.log)
    return str(sent.answer.get("text", ""))


def _council_with_a_meeting(driver: Driver, slack: LocalSlack, served: Served) -> None:
    _ask(driver, slack, served, SARA, "/brukarrad", "skapa Brukarrådet Psykiatri Väst")
    for user, role in ((ANNA, "ledamot RSMH Väst"), (LINA, "ledamot Attention")):
        assert "Klart" in _ask(
            driver, slack, served, SARA, "/brukarrad", f"ledamot <@{user}> {role}"
        )
    _ask(driver, slack, served, SARA, "/mote", "stormöte torsdag 4 mars 2027 kl 13-16")


def _shortcuts_held_up(
    driver: Driver, slack: LocalSlack, titles: list[str], *, delay: float = TIMEOUT
) -> list[Delivery]:
    """Each title written in the channel, then made a point by the shortcut, whose work
    waits on Slack (the call is made; its answer comes after `delay` seconds)."""
    written = [slack.post_user_message(ANNA, RAD, title)["ts"] for title in titles]
    slack.faults.add("chat.getPermalink", "slow", delay=delay, count=len(titles))
    sent = [driver.message_shortcut(ANNA, RAD, ts, ADD_AS_POINT) for ts in written]
    assert all(s.status == 200 and s.body == "" for s in sent)
    assert slack.wait_for_calls("chat.getPermalink", len(titles), TIMEOUT)  # all begun
    return sent


def _tick(database_url: str, slack: LocalSlack, cwd: Path, *, later: timedelta) -> None:
    """`python -m bot tick` in a new process, `later` after now (serve ran on the real clock)."""
    now = datetime.now().astimezone() + later
    tick = subprocess.run(
        [sys.executable, "-m", "bot", "tick", "--now", now.isoformat()],
        env=bot_env(database_url, slack),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert tick.returncode == 0, tick.stderr


def _points(database_url: str) -> Counter[str]:
    from adapters.runtime.services import build_services
    from adapters.runtime.settings import load_settings

    services = build_services(load_settings({"DATABASE_URL": database_url}))
    with services.uow() as uow:
        titles = Counter(uow.session.scalars(select(AgendaPoint.title)))
    services.engine.dispose()
    return titles


def _receipts(slack: LocalSlack, sent: list[Delivery]) -> list[list[str]]:
    return [
        [r.get("text", "") for r in slack.responses if r["response_url"] == s.response_url]
        for s in sent
    ]


def test_serve_killed_with_acknowledged_work_pending_does_all_of_it_once_after(
    tmp_path: Path,
) -> None:
    database_url = f"sqlite:///{tmp_path / 'killed.db'}"
    upgrade(database_url)
    titles = [f"Punkt nummer {n}" for n in range(PENDING)]
    with LocalSlack() as slack:
        seed_workspace(slack)
        with serving(database_url, slack, tmp_path) as served:
            driver = Driver(slack, f"http://127.0.0.1:{served.port}{EVENTS_PATH}", SIGNING_SECRET)
            _council_with_a_meeting(driver, slack, served)
            sent = _shortcuts_held_up(driver, slack, titles)
            served.process.send_signal(signal.SIGKILL)
            served.process.wait(timeout=TIMEOUT)
        assert _points(database_url) == Counter()  # acknowledged, and nothing written yet
        slack.faults.clear()
        # The dead process's claims run out after the lease; the next pass takes them over.
        _tick(database_url, slack, tmp_path, later=InboxPolicy().lease + timedelta(seconds=5))
        assert _points(database_url) == Counter({title: 1 for title in titles})
        for receipts in _receipts(slack, sent):
            assert len(receipts) == 1 and "Tack!" in receipts[0], receipts
        # A second pass finds nothing left to do.
        _tick(database_url, slack, tmp_path, later=timedelta(hours=1))
        assert _points(database_url) == Counter({title: 1 for title in titles})
        assert all(len(r) == 1 for r in _receipts(slack, sent))


def test_serve_stopped_by_a_deploy_first_finishes_what_it_acknowledged(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'deploy.db'}"
    upgrade(database_url)
    with LocalSlack() as slack:
        seed_workspace(slack)
        with serving(database_url, slack, tmp_path) as served:
            driver = Driver(slack, f"http://127.0.0.1:{served.port}{EVENTS_PATH}", SIGNING_SECRET)
            _council_with_a_meeting(driver, slack, served)
            [sent] = _shortcuts_held_up(driver, slack, ["Tolk vid besök"], delay=2.0)
            served.process.send_signal(signal.SIGTERM)
            assert served.process.wait(timeout=TIMEOUT) == 0, "".join(served.log)
        assert _points(database_url) == Counter({"Tolk vid besök": 1})
        [receipts] = _receipts(slack, [sent])
        assert len(receipts) == 1 and "Tack!" in receipts[0]


def _stopped_within_the_bound(process: subprocess.Popen[bytes], log: list[str]) -> None:
    """SIGTERM: the process waits 20 seconds for what hangs, hands it back, and ends."""
    stopping = time.monotonic()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=TIMEOUT) == 0, "".join(log)
    assert 20 <= time.monotonic() - stopping < 30
    assert "1 acknowledged requests left in the inbox" in "".join(log)


def test_serve_and_worker_stopped_while_work_hangs_leave_it_to_the_next_process(
    tmp_path: Path,
) -> None:
    """`serve` stopped while a point's work hangs hands it back; `worker` takes it at once,
    hangs on it too and, stopped, hands it back as well; the next pass does it, once."""
    database_url = f"sqlite:///{tmp_path / 'stopped.db'}"
    upgrade(database_url)
    with LocalSlack() as slack:
        seed_workspace(slack)
        with serving(database_url, slack, tmp_path) as served:
            driver = Driver(slack, f"http://127.0.0.1:{served.port}{EVENTS_PATH}", SIGNING_SECRET)
            _council_with_a_meeting(driver, slack, served)
            [sent] = _shortcuts_held_up(driver, slack, ["Hörslinga i stora salen"])
            _stopped_within_the_bound(served.process, served.log)
        slack.faults.add("chat.getPermalink", "slow", delay=TIMEOUT, count=1)
        with working(database_url, slack, tmp_path) as worker:
            assert slack.wait_for_calls("chat.getPermalink", 2, TIMEOUT), "".join(worker.log)
            _stopped_within_the_bound(worker.process, worker.log)
        assert _points(database_url) == Counter()
        slack.faults.clear()
        _tick(database_url, slack, tmp_path, later=timedelta(0))
        assert _points(database_url) == Counter({"Hörslinga i stora salen": 1})
        [receipts] = _receipts(slack, [sent])
        assert len(receipts) == 1 and "Tack!" in receipts[0]


def test_a_point_whose_database_went_away_mid_work_is_saved_and_answered_once_it_is_back(
    pg_stack: LocalStack, postgres: ThrowawayPostgres
) -> None:
    stack = pg_stack
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    written = stack.slack.post_user_message(ANNA, RAD, "Tolk vid besök")["ts"]
    stack.slack.faults.add("chat.getPermalink", "slow", delay=2.0, count=1)
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)  # does not settle
    sent = impatient.message_shortcut(ANNA, RAD, written, ADD_AS_POINT)
    assert sent.status == 200 and sent.body == ""
    postgres.stop()  # while the work waits on Slack: it was taken in, nothing is written yet
    assert stack.background.settle()
    [told] = _receipts(stack.slack, [sent])
    assert len(told) == 1 and KEPT_FOR_LATER in told[0]  # not left in silence meanwhile
    postgres.start()
    stack.tick(stack.clock.now() + InboxPolicy().lease + timedelta(seconds=1))
    [told] = _receipts(stack.slack, [sent])
    assert len(told) == 2 and "Tack! Din punkt *Tolk vid besök*" in told[1], told
    with stack.services.uow() as uow:
        assert list(uow.session.scalars(select(AgendaPoint.title))) == ["Tolk vid besök"]
    stack.tick(stack.clock.now() + timedelta(hours=1))
    assert len(_receipts(stack.slack, [sent])[0]) == 2


def test_a_command_its_database_failed_is_replayed_as_slack_sent_it(
    pg_stack: LocalStack, postgres: ThrowawayPostgres
) -> None:
    """/punkt taken in, then its work finds the database gone: run again from the inbox once
    it is back, with the text decoded from Slack's escaping once, as the first time."""
    stack = pg_stack
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    busy = threading.Event()
    for _ in range(stack.background._max_workers):  # every worker held: the work waits
        stack.background.submit(busy.wait, TIMEOUT)
    impatient = Driver(stack.slack, stack.driver.bot_url, SIGNING_SECRET)
    sent = impatient.command(ANNA, RAD, "/punkt", "Kaffe & kaka &lt;3")
    assert sent.status == 200 and sent.body == ""
    postgres.stop()
    busy.set()
    assert stack.background.settle()
    [told] = _receipts(stack.slack, [sent])
    assert len(told) == 1 and KEPT_FOR_LATER in told[0]
    postgres.start()
    stack.tick(stack.clock.now() + InboxPolicy().lease + timedelta(seconds=1))
    with stack.services.uow() as uow:
        assert list(uow.session.scalars(select(AgendaPoint.title))) == ["Kaffe & kaka &lt;3"]
    [told] = _receipts(stack.slack, [sent])
    assert len(told) == 2 and "Tack!" in told[1]

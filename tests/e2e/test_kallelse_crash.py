"""`serve` killed with SIGKILL while it sends a kallelse to 46 members through a Slack that
answers 30 % of posts with 429 and 20 % with 5xx, then the scheduler's passes in new processes
(under the same faults, then without): every member has it exactly once (the outbox keeps what
was not sent, the key in each message's metadata keeps what was sent from going twice)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from adapters.console.stack import SIGNING_SECRET
from adapters.slack.http import EVENTS_PATH
from adapters.storage.migrate import upgrade
from bot.kallelse.message import ANSWER
from bot.reminders.sender import SenderPolicy
from devtools.localslack.driver import Driver
from devtools.localslack.server import LocalSlack
from tests.e2e.cast import ANNA, ERIK, LINA, OLLE, RAD, SARA, VERA, seed_workspace
from tests.processes import bot_env, serving

MEMBERS = 40  # besides the cast's six
KILL_AFTER = 15  # kallelser delivered
TIMEOUT = 60.0
POLL_SECONDS = 0.02


def _wait(condition: Callable[[], bool], log: list[str]) -> None:
    """Poll the other process's progress, as its DMs arrive in the local Slack."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, "".join(log)
        time.sleep(POLL_SECONDS)


def _kallelser(slack: LocalSlack, users: list[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for user in users:
        for message in slack.messages(slack.dm_channel(user)):
            if ANSWER in str(message.get("blocks", [])):
                found[user] += 1
    return found


def test_serve_killed_mid_kallelse_and_the_next_pass_sends_the_rest_once(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'crash.db'}"
    upgrade(database_url)
    with LocalSlack() as slack:
        seed_workspace(slack)
        users = [f"U0M{n:03d}" for n in range(MEMBERS)]
        for n, user in enumerate(users):
            slack.add_user(user, f"medlem{n}", real_name=f"Medlem {n}")
        with serving(database_url, slack, tmp_path) as served:
            driver = Driver(slack, f"http://127.0.0.1:{served.port}{EVENTS_PATH}", SIGNING_SECRET)

            def ask(user: str, command: str, text: str) -> str:
                sent = driver.command(user, RAD, command, text)
                assert sent.status == 200, "".join(served.log)
                assert slack.wait_for_answer(str(sent.response_url), timeout=TIMEOUT)
                return str(sent.answer.get("text", ""))

            ask(SARA, "/brukarrad", "skapa Brukarrådet Psykiatri Väst")
            cast = [(OLLE, "ordförande RSMH Väst"), (ANNA, "ledamot RSMH Väst")]
            cast += [(ERIK, "ersättare RSMH Väst"), (LINA, "ledamot Attention")]
            cast += [(VERA, "verksamhet")]
            cast += [
                (u, ("ledamot RSMH Väst", "ledamot Attention")[n % 2]) for n, u in enumerate(users)
            ]
            for user, role in cast:
                assert "Klart" in ask(SARA, "/brukarrad", f"ledamot <@{user}> {role}")
            ask(SARA, "/mote", "stormöte torsdag 4 mars 2027 kl 13-16")
            preview = driver.command(SARA, RAD, "/kallelse")
            assert slack.wait_for_answer(str(preview.response_url), timeout=TIMEOUT)
            shown = slack.shown_for(str(preview.response_url))[0]
            slack.faults.add("chat.postMessage", "slow", delay=0.15)  # a slow Slack
            slack.faults.add("chat.postMessage", "ratelimited", rate=0.3, retry_after=0)
            slack.faults.add("chat.postMessage", "server_error", rate=0.2)
            driver.block_action(SARA, action_id="kallelse_send", message_ts=shown, channel_id=RAD)
            everyone = [SARA, OLLE, ANNA, ERIK, LINA, VERA, *users]
            _wait(lambda: sum(_kallelser(slack, everyone).values()) >= KILL_AFTER, served.log)
            served.process.send_signal(signal.SIGKILL)
            served.process.wait(timeout=TIMEOUT)
        half = sum(_kallelser(slack, everyone).values())
        assert KILL_AFTER <= half < len(everyone)
        # The next passes, after the dead process's claim has lapsed (serve ran on the real
        # clock, so they are placed after it): first still under the faults, then without.
        later = datetime.now().astimezone() + SenderPolicy().lease + timedelta(minutes=1)
        for minutes in (0, 2, 6, 14, 30, 62, 130):
            if minutes == 130:
                slack.faults.clear()
            at = (later + timedelta(minutes=minutes)).isoformat()
            tick = subprocess.run(
                [sys.executable, "-m", "bot", "tick", "--now", at],
                env=bot_env(database_url, slack),
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
            )
            assert tick.returncode == 0, tick.stderr
        assert _kallelser(slack, everyone) == Counter({user: 1 for user in everyone})

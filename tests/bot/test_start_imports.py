"""What a process loads to start. A `tick` (started every minute) builds no more than a pass
uses: no Slack app, no scheduler, no HTTP server, not every service. No process loads the
libraries only a rare piece of work needs (a DOCX, a calendar invitation, a time our own
reader cannot read, a migration, a catalogue's .po) until that work comes; nor does a tick
load what erasing someone needs until someone is due. `serve` loads the member page (Flask)
at its first request, and the mail reader (imapclient, msal) only with a mailbox to read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.core.texts import CATALOGUES
from devtools.localslack import LocalSlack
from tests.processes import bot_env, free_port

ROOT = Path(__file__).resolve().parents[2]
PARSED = dict(CATALOGUES)  # reading each leaves its parsed copy, which the processes read
RARE = (
    *("docx", "icalendar", "dateparser", "alembic", "mako", "babel.messages", "prometheus_client"),
    *("matplotlib", "numpy", "PIL", "fpdf"),  # the year report's charts and PDF
)
NOT_FOR_A_TICK = (
    *RARE,
    "slack_bolt",
    "apscheduler",
    "waitress",
    "adapters.slack.app",
    "adapters.slack.handlers",
    "flask",
    "adapters.runtime.services",
    # What erasing someone reaches, and the services a pass does not use.
    "bot.privacy.erase",
    "bot.fees",
    "bot.councils.service",
    "bot.agenda",
    "bot.minutes",
    # Slack's client, until a pass has something to deliver.
    "slack_sdk",
    # Email, without SMTP_URL.
    "adapters.mail",
    "smtplib",
    # PostgreSQL's dialect, on SQLite (the models name the outbox's partial index for either).
    "sqlalchemy.dialects.postgresql",
    # The commands' grammar and the reader of times (a tick only writes dates:
    # bot.core.when_format), and Babel until something is counted or listed.
    "bot.commands",
    "bot.core.when",
    "bot.core.when_words",
    "babel",
    # Email's policy and header parser, until a letter queued whole is sent.
    "email.policy",
)


def _loaded(*modules: str) -> set[str]:
    """The modules a fresh interpreter holds after importing `modules`."""
    script = f"import sys, {', '.join(modules)}; print(*sys.modules, sep='\\n')"
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(run.stdout.split())


def _among(loaded: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(p for p in packages if any(m == p or m.startswith(f"{p}.") for m in loaded))


def test_a_tick_loads_only_what_a_pass_uses() -> None:
    assert _among(_loaded("bot.__main__", "adapters.runtime.tick"), NOT_FOR_A_TICK) == []


def test_serving_loads_no_library_that_only_rare_work_needs() -> None:
    loaded = _loaded(
        "bot.__main__", "adapters.slack.app", "adapters.slack.http", "adapters.runtime.scheduler"
    )
    assert "slack_bolt" in loaded
    assert _among(loaded, (*RARE, "sqlalchemy.dialects.postgresql")) == []


# `serve` itself in the main thread (it sets its signal handler there); a thread waits until
# it answers /healthz, notes what is loaded, asks for the member page, notes again and ends.
SERVE_AND_LOOK = """
import json, os, sys, threading, time, urllib.error, urllib.request
from adapters.cli.main import main

def look() -> None:
    base = "http://127.0.0.1:{port}"
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=5)
            break
        except OSError:
            time.sleep(0.05)
    ready = sorted(sys.modules)
    try:
        status = urllib.request.urlopen(base + "/m/", timeout=30).status
    except urllib.error.HTTPError as answered:
        status = answered.code
    print(json.dumps({{"ready": ready, "status": status, "after": sorted(sys.modules)}}))
    sys.stdout.flush()
    os._exit(0)

threading.Thread(target=look, daemon=True).start()
main(["serve", "--port", "{port}"])  # with the scheduler, which replays the inbox
"""


def test_serve_loads_the_member_page_at_its_first_request_and_no_mail_reader(
    sqlite_url: str,
) -> None:
    port = free_port()
    with LocalSlack() as slack:
        env = {**bot_env(sqlite_url, slack), "PUBLIC_URL": f"http://127.0.0.1:{port}"}
        env.pop("IMAP_URL", None)
        run = subprocess.run(
            [sys.executable, "-c", SERVE_AND_LOOK.format(port=port)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    unneeded = ("flask", "jinja2", "werkzeug", "adapters.web", "imapclient", "msal")
    unneeded += ("adapters.mail", "smtplib")  # no SMTP_URL: no mail adapter at all
    assert _among(set(seen["ready"]), unneeded) == []
    assert seen["status"] < 500  # the page answered, built at this first request
    assert _among(set(seen["after"]), ("flask", "adapters.web")) == ["adapters.web", "flask"]
    assert _among(set(seen["after"]), ("imapclient", "adapters.mail.receive")) == []

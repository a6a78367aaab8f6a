"""What a process loads to start. A `tick` (started every minute) builds no more than a pass
uses: no Slack app, no scheduler, no HTTP server, not every service. No process loads the
libraries only a rare piece of work needs (a DOCX, a calendar invitation, a time our own
reader cannot read, a migration, a catalogue's .po) until that work comes; nor does a tick
load what erasing someone needs until someone is due."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bot.core.texts  # noqa: F401  (its first import leaves the catalogues' parsed copies)

ROOT = Path(__file__).resolve().parents[2]
RARE = ("docx", "icalendar", "dateparser", "alembic", "mako", "babel.messages", "prometheus_client")
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
    assert _among(loaded, RARE) == []

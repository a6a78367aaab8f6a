"""Acceptance: `python -m bot` without Slack tokens is the sandbox, scriptable through stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from adapters.storage.db import make_engine
from adapters.storage.models import Council

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """\
:kanal nytt-rad
/brukarrad skapa Testrådet
/brukarrad ledamot @lina ledamot Attention
/brukarrad visa
:avsluta
"""


def _sandbox(tmp_path: Path, script: str, *options: str) -> str:
    """`python -m bot [options]` without Slack tokens in ``tmp_path``, on its default
    database there."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BOT_"))}
    env.pop("DATABASE_URL", None)
    env.update(PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bot", *options],
        input=script,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_python_m_bot_without_tokens_creates_a_council_in_the_sandbox(tmp_path: Path) -> None:
    out = _sandbox(tmp_path, SCRIPT)
    assert "[Sara Sekreterare @ #nytt-rad]> /brukarrad skapa Testrådet" in out
    shown = out.split("]> /brukarrad visa\n", 1)[1]
    assert "*Testrådet*" in shown
    assert "• Lina Lind – ledamot" in shown
    assert "• Sara Sekreterare – sekreterare" in shown
    assert "Hej då!" in out
    engine = make_engine(f"sqlite:///{tmp_path / 'brukarbot.db'}")
    with engine.connect() as db:
        names = set(db.scalars(select(Council.name)))
    engine.dispose()
    assert names == {"Brukarrådet Psykiatri Väst", "Testrådet"}


def test_a_second_start_on_the_same_database_goes_on_at_the_same_time(tmp_path: Path) -> None:
    first = _sandbox(tmp_path, ":klocka +3d 2h\n/minadata export\n:avsluta\n")
    moved = first.split("Klockan är nu ", 1)[1].split(".\n", 1)[0]
    second = _sandbox(tmp_path, ":klocka\n:fil 1\n")  # ends without :avsluta, as Ctrl-D
    assert f"Klockan är {moved}." in second
    assert f"sparad som {tmp_path / 'minadata.json'}" in second
    assert (tmp_path / "brukarbot.db.sandbox.json").exists()

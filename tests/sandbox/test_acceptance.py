"""Acceptance: `python -m bot` without Slack tokens is the sandbox, scriptable through stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from storage.db import make_engine
from storage.models import Council

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """\
:kanal nytt-rad
/brukarrad skapa Testrådet
/brukarrad ledamot @lina ledamot Attention
/brukarrad visa
:avsluta
"""


def test_python_m_bot_without_tokens_creates_a_council_in_the_sandbox(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'sandbox.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BOT_"))}
    env.update(DATABASE_URL=database_url, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bot"],
        input=SCRIPT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "[Sara Sekreterare @ #nytt-rad]> /brukarrad skapa Testrådet" in out
    shown = out.split("]> /brukarrad visa\n", 1)[1]
    assert "*Testrådet*" in shown
    assert "• Lina Lind – ledamot" in shown
    assert "• Sara Sekreterare – sekreterare" in shown
    assert "Hej då!" in out
    engine = make_engine(database_url)
    with engine.connect() as db:
        names = set(db.scalars(select(Council.name)))
    engine.dispose()
    assert names == {"Brukarrådet Psykiatri Väst", "Testrådet"}

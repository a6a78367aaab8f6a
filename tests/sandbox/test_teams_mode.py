"""Acceptance: `python -m bot --teams` without tokens is the sandbox in Teams mode: the demo
council made in a local Teams channel through the bot's /api/messages (its real token check),
and what is typed goes to the bot as the person playing, in the channel or their chat."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from adapters.storage.db import make_engine
from adapters.storage.models import AgendaPoint, Conversation
from tests.sandbox.test_acceptance import _sandbox

SCRIPT = """\
punkt Parkeringen: fler platser för besökare
:som olle
:kanal dm
punkt Hissen
:avsluta
"""


def test_the_sandbox_in_teams_mode_runs_the_demo_council_in_a_local_teams(
    tmp_path: Path,
) -> None:
    out = _sandbox(tmp_path, SCRIPT, "--teams")
    assert "Demorådet Brukarrådet Psykiatri Väst är skapat i Teams-kanalen" in out
    said = out.split("]> punkt Parkeringen: fler platser för besökare\n", 1)[1]
    assert said.startswith("Brukarbot: Tack! Din punkt **Parkeringen** (nr 1) är sparad.")
    in_chat = out.split("[Teams: Olle Ordförande @ Brukarbot (chatt)]> punkt Hissen\n", 1)[1]
    assert in_chat.startswith("Brukarbot: Tack! Din punkt **Hissen** (nr 2) är sparad.")
    engine = make_engine(f"sqlite:///{tmp_path / 'brukarbot.db'}")
    with engine.connect() as db:
        platforms = set(db.scalars(select(Conversation.platform)))
        titles = list(db.scalars(select(AgendaPoint.title).order_by(AgendaPoint.id)))
    engine.dispose()
    assert platforms == {"teams"} and titles == ["Parkeringen", "Hissen"]
    again = _sandbox(tmp_path, ":avsluta\n", "--teams")
    assert "Demorådet Brukarrådet Psykiatri Väst finns redan i Teams-kanalen" in again

"""Golden files: the kallelse as members get it, in Slack (blocks) and by email (text).

`UPDATE_GOLDEN=1 pytest tests/bot/test_kallelse_golden.py` rewrites them; otherwise every
byte must match, so a change in what members read is always a reviewed diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from adapters.mail.kallelse import html_text, plain_text
from adapters.runtime.services import Services
from adapters.slack.blocks.kallelse import member_message
from adapters.slack.ids import account
from bot.core.identity import NamedAccount
from bot.kallelse.content import Recipient
from bot.kallelse.service import MemberCopy
from tests.bot.kallelse_council import ANNA, ERIK, TEAM, full_council
from tests.conftest import NOW

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _matches_golden(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to write it"
    assert rendered == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("which", "reader", "seat"),
    [("stormote", ANNA, True), ("formote", ERIK, False)],
    ids=["stormöte, a member", "förmöte, an ersättare"],
)
def test_the_kallelse_reads_as_the_golden_files(
    sqlite_services: Services, which: str, reader: NamedAccount, seat: bool
) -> None:
    meetings = full_council(sqlite_services)
    copy = sqlite_services.kallelse.member_copy(
        who=account(TEAM, reader.external_id),
        meeting_id=getattr(meetings, which),
        now=NOW,
    )
    assert copy.answers is seat
    message = member_message(MemberCopy(copy.kallelse, copy.answers, answer=None, read=False))
    blocks = {"text": message.text, "blocks": [b.to_dict() for b in message.blocks]}
    _matches_golden(
        f"kallelse_{which}.json", json.dumps(blocks, ensure_ascii=False, indent=2) + "\n"
    )
    recipient = Recipient(1, reader.external_id, reader.name, "someone@example.org", answers=seat)
    _matches_golden(f"kallelse_{which}.txt", plain_text(copy.kallelse, recipient))


def test_the_html_kallelse_links_a_points_photo_as_bild(sqlite_services: Services) -> None:
    meetings = full_council(sqlite_services)
    copy = sqlite_services.kallelse.member_copy(
        who=account(TEAM, ANNA.external_id), meeting_id=meetings.stormote, now=NOW
    )
    recipient = Recipient(1, ANNA.external_id, ANNA.name, "anna@example.org", answers=True)
    html = html_text(copy.kallelse, recipient)
    assert (
        "<li>Nya telefontider – Vera Verksamhet, Verksamheten "
        '(<a href="https://lokal.slack.com/files/U0VERA/F0TEL/telefontider.jpg">bild</a>)'
    ) in html

"""Golden files: the kallelse as members get it, in Slack (blocks) and by email (text).

`UPDATE_GOLDEN=1 pytest tests/bot/test_kallelse_golden.py` rewrites them; otherwise every
byte must match, so a change in what members read is always a reviewed diff.
"""

from __future__ import annotations

import json
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from adapters.mail.letter import letter
from adapters.runtime.services import Services
from adapters.slack.blocks.kallelse import member_message
from adapters.slack.ids import account
from bot.core.identity import NamedAccount
from bot.core.ports.messenger import MailTo
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
    blocks = {"text": message.text, "blocks": message.blocks}
    _matches_golden(
        f"kallelse_{which}.json",
        json.dumps(blocks, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
    )
    # The same message by email: its text part.
    _matches_golden(f"kallelse_{which}.txt", _part(_letter(copy), "plain"))


def _letter(copy: MemberCopy) -> EmailMessage:
    to = MailTo("someone@example.org", "Anna Andersson", page_link="https://brukarbot.example/s")
    return letter(copy.message, to, sender="rad@example.org", key="k", at=NOW)


def _part(email: EmailMessage, subtype: str) -> str:
    body = email.get_body(preferencelist=(subtype,))
    assert body is not None
    return str(body.get_content())


def test_the_html_kallelse_links_a_points_photo_as_bild(sqlite_services: Services) -> None:
    meetings = full_council(sqlite_services)
    copy = sqlite_services.kallelse.member_copy(
        who=account(TEAM, ANNA.external_id), meeting_id=meetings.stormote, now=NOW
    )
    html = _part(_letter(copy), "html")
    assert (
        "<li>Nya telefontider – <em>Vera Verksamhet, Verksamheten</em> · "
        '<a href="https://lokal.slack.com/files/U0VERA/F0TEL/telefontider.jpg">bild</a>'
    ) in html


def test_the_kallelse_letter_greets_the_member_by_first_name_and_comes_from_the_council(
    sqlite_services: Services,
) -> None:
    meetings = full_council(sqlite_services)
    copy = sqlite_services.kallelse.member_copy(
        who=account(TEAM, ANNA.external_id), meeting_id=meetings.stormote, now=NOW
    )
    email = _letter(copy)
    assert email["From"] == "Brukarrådet Psykiatri Väst <rad@example.org>"
    assert _part(email, "plain").startswith("Hej Anna!\n\nKallelse till stormöte")
    assert "<p>Hej Anna!</p>" in _part(email, "html")
    # The same message in the chat: no greeting, the bot says it.
    message = member_message(copy)
    assert "Hej" not in json.dumps(message.blocks, ensure_ascii=False)

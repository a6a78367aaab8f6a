"""The minutes' documents for a council in Teams, where a bot cannot share files in a channel:
the draft's answer and the published minutes' files message link to them on the member page
(PUBLIC_URL), behind its sign-in; the secretary signs in with her personal link and lands on
the document, a member gets the published minutes but not the draft, and nothing posted in
Teams points to Slack."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from devtools.localteams.server import LocalTeams, buttons
from tests.conftest import STOCKHOLM
from tests.databases import SqliteTemplate
from tests.teams.cast import ANNA, CHANNEL, LINA, SARA, browser, council, say, shown, sign_in

PUBLIC = "https://brukarbot.example.org"
MEETING = "stormöte torsdag 3 december kl 13-16 i Stora salen"
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)
FILE_LINK = re.compile(re.escape(PUBLIC) + r"(/m/protokoll/[^\s\"\)\]<>|]+?\.(?:docx|md))")


@pytest.fixture
def stack(
    tmp_path: Path, _sqlite_template: SqliteTemplate, clock: ManualClock
) -> Iterator[LocalStack]:
    stack = LocalStack.start(
        database_url=_sqlite_template.fresh(tmp_path / "teams.db"),
        clock=clock,
        env={"PUBLIC_URL": PUBLIC},
        teams=True,
    )
    try:
        yield stack
    finally:
        stack.stop()


def _links(text: str) -> list[str]:
    return sorted(set(FILE_LINK.findall(text)))


def _minutes(stack: LocalStack, teams: LocalTeams) -> str:
    """The council meets, Sara writes the minutes and asks for the draft: its answer."""
    council(stack, teams)
    assert "Stormöte planerat" in say(stack, teams, SARA, f"mote {MEETING}")
    stack.clock.set(DURING)
    assert "igång" in say(stack, teams, SARA, "protokoll start")
    say(stack, teams, SARA, "protokoll punkt 1")
    say(stack, teams, SARA, "protokoll beslut: Rådet ber verksamheten redovisa väntetiderna.")
    stack.clock.set(AFTER)
    return say(stack, teams, SARA, "protokoll utkast")


def test_the_draft_links_to_its_documents_on_the_member_page_for_the_writer(
    stack: LocalStack, teams: LocalTeams
) -> None:
    draft = _minutes(stack, teams)
    assert "ditt DM" not in draft  # Teams sends no files to her chat
    docx, md = sorted(_links(draft), key=lambda link: not link.endswith(".docx"))
    assert "/utkast/" in docx and docx.endswith(".docx") and md.endswith(".md")

    sara = browser(stack)
    refused = sara.get(unquote(docx))
    assert refused.status_code == 401  # not signed in: nothing of it shown
    assert "minadata sida" in refused.get_data(as_text=True)
    landed = sign_in(stack, teams, sara, SARA)
    assert unquote(landed) == unquote(docx)  # signed in, she lands on the document
    got = sara.get(unquote(docx))
    assert got.status_code == 200
    assert got.data.startswith(b"PK")  # a DOCX is a zip
    assert got.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in got.headers["Content-Disposition"]
    text = sara.get(unquote(md))
    assert "redovisa väntetiderna" in text.get_data(as_text=True)

    anna = browser(stack)  # a member, not the minutes' writer
    sign_in(stack, teams, anna, ANNA)
    assert anna.get(unquote(docx)).status_code == 404


def test_the_published_minutes_files_are_linked_in_the_channel_not_refused(
    stack: LocalStack, teams: LocalTeams
) -> None:
    _minutes(stack, teams)
    assert "version 1" in say(stack, teams, SARA, "protokoll justera")
    [(request_id, request)] = [
        (c.activity_id, c.body)
        for c in teams.calls
        if c.kind == "send"
        and c.conversation == teams.personal(LINA)["id"]
        and "minutes_approve" in buttons(c.body)
    ]
    approve = buttons(request)["minutes_approve"]
    assert teams.press(LINA, teams.personal(LINA), str(request_id), approve).status == 200
    stack.background.settle()
    assert "publicerat i kanalen" in say(stack, teams, SARA, "protokoll publicera")

    with stack.services.uow() as uow:
        files = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.idempotency_key.contains(":files:"))
        ).one()
        assert (files.status, files.via, files.last_error) == (OutboxStatus.SENT, "teams", None)
        ref = files.ref
    posted = teams.shown(str(ref))
    said = shown(posted)
    docx, md = sorted(_links(said), key=lambda link: not link.endswith(".docx"))
    assert "/utkast/" not in docx and docx.endswith(".docx") and md.endswith(".md")
    channel = shown({"sent": teams.sent_to(CHANNEL)})
    assert "slack.com" not in channel and "/archives/" not in channel
    assert teams.refusals == []

    anna = browser(stack)  # any member reads the published minutes
    assert unquote(sign_in(stack, teams, anna, ANNA)) == "/m/"
    got = anna.get(unquote(md))
    assert got.status_code == 200
    assert "redovisa väntetiderna" in got.get_data(as_text=True)
    assert anna.get(unquote(docx)).data.startswith(b"PK")
    assert anna.get(unquote(docx).replace(".docx", ".pdf")).status_code == 404

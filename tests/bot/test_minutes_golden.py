"""Golden files: minutes rendered from a recorded event log, as Markdown, as Slack blocks,
and as the DOCX's text; the same log always gives the same bytes.

The log (tests/golden/minutes_log.json) was recorded from the services: a meeting written
line by line, edited, sent twice with a proposal between, approved, amended after the lock
and published. `UPDATE_GOLDEN=1` records it again and rewrites the files; otherwise every
byte must match, so a change in what the council reads is always a reviewed diff.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from adapters.mail.letter import letter
from adapters.runtime.services import Services
from adapters.slack.ids import account
from adapters.slack.message import rendered
from adapters.storage.models import Council, Meeting, Minutes
from bot.core.authz import Viewer
from bot.core.message import Message
from bot.core.ports.messenger import MailTo
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.vocabulary import NoteKind
from bot.minutes.access import Located
from bot.minutes.archive import archive_files, docx_bytes
from bot.minutes.capture import EntryInput
from bot.minutes.message import amendment_question, minutes, published, thread_start
from bot.minutes.message import draft as minutes_draft
from bot.minutes.record import PREFIX, replay
from bot.minutes.render import Layout, layout, markdown
from bot.minutes.snapshot import approved, freeze, thaw
from tests.bot.minutes_council import AFTER, ERIK, LINA, OLLE, SARA, TEAM, at, council

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
LOG = GOLDEN / "minutes_log.json"


@dataclass(frozen=True)
class Recorded:
    id: int
    kind: str
    data: dict[str, Any]
    at: datetime
    actor_id: int | None


def _record(services: Services) -> list[dict[str, Any]]:
    """The scenario the log was recorded from."""
    c = council(services)
    c.write(
        "punkt 1",
        "justerare: <@U0LINA> och Erik",  # Anna, the other justerare, sent apologies
        "info: Mottagningen flyttar till nya lokaler i april.",
        "punkt 5",
        "beslut: Rådet ber verksamheten redovisa väntetiderna.",
        "åtgärd: <@U0VERA> Ta fram statistik över väntetider senast 1 mars",
        "nästa punkt",
        "avslag: Det finns ingen budget för fika i år.",
        "punkt 8",
        "notering: Frågan om *parkering* <b>& _tillgänglighet_</b> tas upp nästa gång.",
    )
    decision = c.entry("5", "Rådet ber")
    c.edit(
        "5", [EntryInput(decision, None, "Rådet ber verksamheten redovisa väntetiderna i mars.")]
    )
    first = c.send(now=AFTER)
    services.minutes.justering.propose(
        who=account(TEAM, LINA), meeting_id=c.meeting, version=first,
        text="Skriv att det gäller läkarbesök.", now=at(4, 12),
    )  # fmt: skip
    decision = c.entry("5", "Rådet ber")
    c.edit(
        "5",
        [
            EntryInput(
                decision, None, "Rådet ber verksamheten redovisa väntetiderna för läkarbesök."
            )
        ],
        now=at(4, 13),
    )
    second = c.send(now=at(4, 14))
    c.approve(ERIK, second, now=at(5, 9))
    c.approve(LINA, second, now=at(5, 9, 30))
    asked = c.edit(
        "8", [EntryInput(None, NoteKind.INFO, "Ordföranden skriver till fastighetsägaren.")],
        now=at(5, 10),
    ).amendment  # fmt: skip
    assert asked is not None
    services.minutes.justering.decide_amendment(
        who=account(TEAM, OLLE), meeting_id=c.meeting, amendment_id=asked.id, confirm=True,
        now=at(5, 10, 30),
    )  # fmt: skip
    services.minutes.publishing.publish(**c.where(SARA, at(5, 11)))
    with services.uow() as uow:
        return [
            {
                "id": e.id,
                "kind": e.kind,
                "data": e.data,
                "at": e.at.isoformat(),
                "actor_id": e.actor_id,
            }
            for e in uow.events.for_meeting(c.meeting, prefix=PREFIX)
        ]


def _recorded() -> list[Recorded]:
    raw = json.loads(LOG.read_text(encoding="utf-8"))
    return [
        Recorded(e["id"], e["kind"], e["data"], datetime.fromisoformat(e["at"]), e["actor_id"])
        for e in raw
    ]


def _rendered() -> Layout:
    record = replay(_recorded())
    assert record.facts is not None
    return layout(record, record.facts)


def _matches_golden(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to write it"
    assert rendered == path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _log(request: pytest.FixtureRequest) -> None:
    """With UPDATE_GOLDEN=1, the log is recorded again before the first test reads it."""
    if os.environ.get("UPDATE_GOLDEN") == "1" and not _RECORDED:
        services: Services = request.getfixturevalue("sqlite_services")
        text = json.dumps(_record(services), ensure_ascii=False, indent=1)
        LOG.write_text(text + "\n", encoding="utf-8")
        _RECORDED.append(True)


_RECORDED: list[bool] = []


def test_the_minutes_read_as_the_golden_markdown() -> None:
    text = markdown(_rendered())
    _matches_golden("minutes.md", text)
    # What the golden file holds, so a regenerated file cannot quietly lose it.
    for expected in (
        "RSMH Väst, närvarande: Erik Ersättare (ersätter Anna Andersson) och Olle Ordförande",
        "RSMH Väst, frånvarande: Anna Andersson",
        "Attention, på distans: Lina Lind",
        "Verksamheten, frånvarande: Vera Verksamhet",
        "- Beslut: Rådet ber verksamheten redovisa väntetiderna för läkarbesök.",
        "- Åtgärd: Ta fram statistik över väntetider – ansvarig Vera Verksamhet, "
        "senast måndag 1 mars 2027",
        "- Avslag: Det finns ingen budget för fika i år.",
        "- Hanns inte med – flyttas till nästa möte.",
        "\\*parkering\\* \\<b\\>& \\_tillgänglighet\\_\\</b\\>",
        "Att justera protokollet valdes Lina Lind och Erik Ersättare",
        "- Justerare: Lina Lind och Erik Ersättare",
        "- Justerat av Erik Ersättare, lördag 5 december 2026 kl. 09.00 (version 2)",
        "- Ändrat efter justeringen, lördag 5 december 2026 kl. 10.30: begärt av Sara "
        "Sekreterare, bekräftat av Olle Ordförande",
        "Justerat och publicerat (version 3)",
    ):
        assert expected in text, expected


def _published() -> Message:
    doc = _rendered()
    return published(
        doc, archive_files(doc), council="Brukarrådet", meeting=Ref("kind.word.stormöte")
    )


def test_the_minutes_published_are_one_neutral_message_slack_shows_as_the_golden_blocks() -> None:
    said = _published()
    blocks = rendered(said).blocks
    dumped = json.dumps(blocks, ensure_ascii=False, indent=1, sort_keys=True)
    _matches_golden("minutes.blocks.json", dumped + "\n")
    shown = json.dumps(blocks, ensure_ascii=False)
    assert "&lt;b&gt;&amp; _tillgänglighet_&lt;/b&gt;" in shown  # people's words stay inert
    assert "&lt;b&gt;" not in json.dumps(said.to_json())  # no chat's markup in the message
    # By email, the same message: its text, its HTML and the document attached.
    to = MailTo("anna@example.org", "Anna Andersson")
    email = letter(said, to, sender="rad@example.org", key="k", at=None)
    assert email["Subject"] == "Protokoll: Brukarrådet, stormöte"
    text = email.get_body(preferencelist=("plain",))
    page = email.get_body(preferencelist=("html",))
    assert text is not None and page is not None
    assert "<b>& _tillgänglighet_</b>" in text.get_content()
    assert "&lt;b&gt;&amp; _tillgänglighet_&lt;/b&gt;" in page.get_content()
    attached = [part.get_filename() for part in email.iter_attachments()]
    assert attached == [f.filename for f in archive_files(_rendered())]


def test_the_version_kept_at_the_lock_reads_as_the_log_did() -> None:
    """Approved minutes are served from what was kept when they locked (bot.minutes.snapshot):
    as stored (JSON) and read back, they are the golden files byte for byte."""
    record, doc = replay(_recorded()), _rendered()
    kept = json.loads(json.dumps(freeze(doc, record)))
    again = thaw(kept, record, doc.dated)
    assert markdown(again) == markdown(doc)
    assert rendered(Message(tuple(minutes(again)))) == rendered(Message(tuple(minutes(doc))))
    assert docx_bytes(again) == docx_bytes(doc)
    assert "Anna Andersson" in json.dumps(kept, ensure_ascii=False)  # names as approved


def test_minutes_that_locked_before_versions_were_kept_are_read_from_the_log() -> None:
    record = replay(_recorded())
    meeting = Meeting(starts_at=datetime(2026, 12, 3, 12, tzinfo=UTC))
    sara = Viewer(account("T", "U0SARA"), 1, frozenset(), None, "Sara")
    upgraded = Located(Council(), meeting, sara, Minutes(), record)
    assert markdown(approved(upgraded)) == markdown(_rendered())


def test_the_archive_document_is_the_same_bytes_from_the_same_log() -> None:
    first, second = docx_bytes(_rendered()), docx_bytes(_rendered())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        core = package.read("docProps/core.xml").decode()
        assert {i.date_time for i in package.infolist()} == {(2026, 12, 5, 10, 0, 0)}
    assert "2026-12-05T10:00:00Z" in core  # the log's last change, not the clock
    paragraphs = [p.text for p in Document(io.BytesIO(first)).paragraphs]
    _matches_golden("minutes.docx.txt", "\n".join(paragraphs) + "\n")
    assert "Beslut: Rådet ber verksamheten redovisa väntetiderna för läkarbesök." in paragraphs


# -- the secretary's draft, the amendment question and the thread's first message ------------
DRAFT_OF = 7  # the meeting the draft's edit buttons name


def _amendment() -> Message:
    doc = _rendered()
    part = next(s for s in doc.sections if s.item == "8")
    item = next(i for i in replay(_recorded()).outline if i.number == "8")
    sara = Mention("Sara Sekreterare", account(TEAM, SARA))
    return amendment_question(41, DRAFT_OF, item, part, sara, doc.lang)


def test_the_draft_the_amendment_question_and_the_threads_start_read_as_the_golden_blocks() -> None:
    """Composed in the domain, rendered by the Slack adapter as it built them before."""
    draft = rendered(minutes_draft(_rendered(), DRAFT_OF, Ref("kind.word.stormöte")))
    ask = rendered(_amendment())
    intro = rendered(thread_start(replay(_recorded()).outline, "sv"))
    assert intro.blocks is None  # a chat message's text
    shown = {
        "draft": {"text": draft.text, "blocks": draft.blocks},
        "amendment": {"text": ask.text, "blocks": ask.blocks},
        "thread": {"text": intro.text},
    }
    dumped = json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True)
    _matches_golden("minutes_slack.json", dumped + "\n")


def test_the_draft_and_the_amendment_question_reach_a_letter_too() -> None:
    """The mail renderer shows each action as a link to the member's page, where it is done."""
    to = MailTo("sara@example.org", "Sara Sekreterare", page_link="https://brukarbot.example/s")
    said = minutes_draft(_rendered(), DRAFT_OF, Ref("kind.word.stormöte"))
    draft = letter(said, to, sender="rad@example.org", key="k", at=None)
    text = draft.get_body(preferencelist=("plain",))
    assert text is not None
    assert draft["Subject"] == "Utkast till protokoll: stormöte"
    assert "8. Övriga frågor" in text.get_content()
    assert "Ändra: https://brukarbot.example/s" in text.get_content()  # each item's edit
    ask = letter(_amendment(), to, sender="rad@example.org", key="k", at=None)
    page = ask.get_body(preferencelist=("html",))
    assert page is not None
    assert "Sara Sekreterare vill ändra punkt 8. Övriga frågor" in page.get_content()
    assert '<a href="https://brukarbot.example/s">Bekräfta ändringen</a>' in page.get_content()

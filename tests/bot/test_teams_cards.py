"""The bot's messages as Microsoft Teams shows them (adapters.teams.card): the real kallelse, the
council's post with its agenda, the justering request, the published minutes and a claim offer,
composed by the domain as the Slack golden tests compose them, each an Adaptive Card valid by
the official 1.5 schema (tests/schemas) and byte for byte its golden file
(`UPDATE_GOLDEN=1` rewrites them); its buttons Action.Execute with the ids and values the Slack
adapter's buttons carry; people pinged by their Teams account; and no card past Teams' limit.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import SLACK
from adapters.slack.ids import account as slack_account
from adapters.slack.message import rendered
from adapters.storage.models import OutboxMessage
from adapters.teams.card import CardTooLarge, activity, card
from adapters.teams.ids import TEAMS
from bot.core.identity import Account
from bot.core.message import Actions, Divider, Line, Message, Paragraph, Section, Words
from bot.core.outbox import said_in
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.fees.offers import CONFIRM, CORRECT, KIND
from bot.kallelse.message import channel_post
from bot.kallelse.service import MemberCopy
from bot.minutes.archive import archive_files
from bot.minutes.message import APPROVE, PROPOSE, justering_request, published
from bot.reminders.sweep import sweep
from tests.bot.kallelse_council import ANNA, TEAM, full_council
from tests.bot.test_kallelse_golden import _matches_golden
from tests.bot.test_minutes_golden import _rendered
from tests.conftest import NOW
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.teams.schema import valid_card, walk
from tests.unit.fees.test_offers import ENDED, _held

TENANT = "72f988bf-0000-0000-0000-000000000000"


def _golden(name: str, said: dict[str, Any]) -> None:
    text = json.dumps(said, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    _matches_golden(f"teams/{name}.json", text)


def _buttons(content: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(e["verb"], e["data"]) for e in walk(content) if e.get("type") == "Action.Execute"]


def _slack_buttons(said: Message) -> list[tuple[str, dict[str, Any]]]:
    """The same buttons as Slack's blocks carry them, in the Teams data's names."""
    blocks = rendered(said).blocks or []
    return [
        (
            b["action_id"],
            {
                "verb": b["action_id"],
                "value": b["value"],
                **({"group": k["block_id"]} if "block_id" in k else {}),
            },
        )
        for k in blocks
        if k["type"] == "actions"
        for b in k["elements"]
    ]


def _texts(content: dict[str, Any]) -> str:
    return "\n".join(e["text"] for e in walk(content) if e.get("type") == "TextBlock")


@pytest.fixture
def kallelse(sqlite_services: Services) -> tuple[int, MemberCopy]:
    """The stormöte's kallelse as Anna, a member, gets it, and the meeting's id."""
    meetings = full_council(sqlite_services)
    copy = sqlite_services.kallelse.member_copy(
        who=slack_account(TEAM, ANNA.external_id), meeting_id=meetings.stormote, now=NOW
    )
    return meetings.stormote, copy


def test_the_kallelse_is_a_valid_card_whose_answers_carry_slacks_ids_and_values(
    kallelse: tuple[int, MemberCopy],
) -> None:
    meeting, copy = kallelse
    message = copy.message
    shown = activity(message)
    content = valid_card(shown)
    _golden("kallelse_stormote", shown)
    answers = _buttons(content)
    assert [verb for verb, _ in answers] == [
        "kallelse_answer_coming",
        "kallelse_answer_not_coming",
        "kallelse_answer_read",
    ]
    assert [data for _, data in answers] == [
        {"verb": verb, "value": str(meeting), "group": f"kallelse_answers_{meeting}"}
        for verb, _ in answers
    ]
    assert answers == _slack_buttons(message)  # one listener reads both
    assert shown["summary"] == content["fallbackText"]
    assert shown["summary"].startswith("Kallelse: stormöte torsdag 3 december")
    text = _texts(content)
    # Slack accounts are named, not pinged, in Teams: the chair and the secretary by name.
    assert "**Leds av:** Olle Ordförande" in text and "<at>" not in text
    assert "\n5. Väntetider till läkare enligt LSS (presenterar själv) – _Anna Andersson" in text
    assert "\n\u2003\u2003• Åtgärd 1: Skyltar" in text  # under uppföljning
    assert "[bild](https://lokal.slack.com/files/U0VERA/F0TEL/telefontider.jpg)" in text


def test_the_councils_post_of_the_kallelse_shows_the_agenda_as_a_valid_card(
    kallelse: tuple[int, MemberCopy],
) -> None:
    shown = activity(channel_post(kallelse[1].kallelse))
    content = valid_card(shown)
    _golden("agenda_post", shown)
    assert _buttons(content) == []
    numbered = [line for line in _texts(content).split("\n") if line[:1].isdigit()]
    assert [line.split(". ", 1)[0] for line in numbered] == [str(n) for n in range(1, 8)]
    assert numbered[4] == (
        "5. Väntetider till läkare enligt LSS (presenterar själv) – _Anna Andersson, RSMH Väst_"
    )
    footer = content["body"][-1]  # the post's footer, small print
    assert footer["isSubtle"] is True and footer["text"].startswith("Alla ledamöter och ersättare")


def test_the_justering_request_is_a_valid_card_with_approve_and_propose() -> None:
    doc = _rendered()
    message = justering_request(doc, 41, 2)
    shown = activity(message)
    content = valid_card(shown)
    _golden("justering_request", shown)
    assert _buttons(content) == [
        (APPROVE, {"verb": APPROVE, "value": "41:2"}),
        (PROPOSE, {"verb": PROPOSE, "value": "41:2"}),
    ]
    assert _buttons(content) == _slack_buttons(message)
    [approve] = [
        e for e in walk(content) if e.get("type") == "Action.Execute" and e.get("verb") == APPROVE
    ]
    assert approve["style"] == "positive" and approve["title"] == "Justera"
    text = _texts(content)
    # People's words stay words: their marks escaped, nothing of theirs is markup.
    assert r"\*parkering\* <b>& \_tillgänglighet\_</b>" in text
    assert "Beslut: Rådet ber verksamheten redovisa väntetiderna för läkarbesök." in text


def test_the_published_minutes_are_a_valid_card_their_files_left_to_the_thread() -> None:
    doc = _rendered()
    said = published(
        doc, archive_files(doc), council="Brukarrådet", meeting=Ref("kind.word.stormöte")
    )
    shown = activity(said)
    content = valid_card(shown)
    _golden("minutes_published", shown)
    assert shown["summary"] == "Protokoll: Brukarrådet, stormöte"
    assert _buttons(content) == []
    assert ".docx" not in json.dumps(content)


def test_a_claim_offer_is_a_valid_card_with_confirm_and_correct() -> None:
    uow = FakeUnitOfWorkFactory()
    _held(uow)
    sweep(uow, ENDED)
    [row] = [r for r in uow.store.all(OutboxMessage) if r.kind == KIND]
    message = said_in(row.payload)
    assert message is not None
    shown = activity(message)
    content = valid_card(shown)
    _golden("claim_offer", shown)
    buttons = _buttons(content)
    assert [verb for verb, _ in buttons] == [CONFIRM, CORRECT]
    assert buttons == _slack_buttons(message)
    assert "• Stormöte 13.00–15.00" in _texts(content)


def _contact(person: Account | None, name: str = "Sara Sekreterare") -> Words:
    return Words("kallelse.footer.contact", {"contact": Mention(name, person)}, "sv")


def test_a_person_with_a_teams_account_is_pinged_and_anyone_else_named() -> None:
    sara = Account(TEAMS, TENANT, "29:1sara")
    olle = Account(SLACK, "T0TEAM", "U0OLLE")
    message = Message(
        (
            Section(None, (Line(_contact(sara)), Line(_contact(olle, "Olle Ordförande")))),
            Divider(),
            Paragraph(_contact(None, "Anna Andersson")),
        )
    )
    content = valid_card(activity(message))
    text = _texts(content)
    assert "Hör av dig till <at>Sara Sekreterare</at>." in text
    assert "Hör av dig till Olle Ordförande." in text and "Anna Andersson." in text
    assert content["msteams"]["entities"] == [
        {
            "type": "mention",
            "text": "<at>Sara Sekreterare</at>",
            "mentioned": {"id": "29:1sara", "name": "Sara Sekreterare"},
        }
    ]
    assert content["body"][-1]["separator"] is True  # the divider, as the line above


def test_people_named_in_peoples_words_are_pinged_by_their_teams_account_in_a_text() -> None:
    written = (
        "Fråga <person:teams:29:1anna|Anna Andersson> och <person:slack:U0OLLE|Olle>, "
        "se [här](https://evil.example) och <link:https://example.org/a_b|rapporten>"
    )
    said = activity(Message.of(Words("message.text", {"text": written}, "sv")))
    assert said["textFormat"] == "markdown" and "attachments" not in said
    assert said["text"] == (
        "Fråga <at>Anna Andersson</at> och Olle, se [här]\u200b(https://evil.example) och "
        "[rapporten](https://example.org/a_b)"
    )
    assert said["entities"] == [
        {
            "type": "mention",
            "text": "<at>Anna Andersson</at>",
            "mentioned": {"id": "29:1anna", "name": "Anna Andersson"},
        }
    ]


def test_long_minutes_are_cut_to_teams_limit_keeping_the_buttons_and_saying_so() -> None:
    doc = _rendered()
    whole = justering_request(doc, 41, 2)
    lines = tuple(
        Line(Words("message.text", {"text": f"Rad {i} {'x' * 200}"}, "sv")) for i in range(400)
    )
    *head, buttons = whole.blocks
    long = Message((*head, Section(None, lines), buttons), whole.summary, whole.more)
    with pytest.raises(CardTooLarge):
        card(Message(long.blocks))  # without `more`, nothing stands for the rest
    shown = activity(long)
    content = valid_card(shown)
    text = _texts(content)
    assert [verb for verb, _ in _buttons(content)] == [APPROVE, PROPOSE]  # kept at the end
    assert "Resten av protokollet finns i dokumentet." in text
    assert "Rad 0 " in text and "Rad 399 " not in text


def test_a_message_too_large_for_teams_with_nothing_to_stand_for_the_rest_is_refused() -> None:
    lines = tuple(Line(Words("message.text", {"text": "x" * 500}, "sv")) for _ in range(100))
    with pytest.raises(CardTooLarge, match="at most 28000 bytes"):
        activity(Message((Section(None, lines), Actions(()))))

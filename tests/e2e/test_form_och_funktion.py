"""The council's written agreement, "Form och funktion", end to end through the local Slack:
shown (or explained) to anyone in the channel, recorded in versions by officers, sent to a
new member with the welcome, in the chair's log, and brought up for review a year after it
was adopted, once, by a DM to the chair."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import CouncilAgreement
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.cast import (
    ANNA,
    NILS,
    OLLE,
    RAD,
    SARA,
    besides_onboarding,
    council_with_members,
    onboarding_sent,
    reply,
    say,
)

DOC = "https://intranat.example.se/form-och-funktion.pdf"


def _kept(stack: LocalStack) -> list[tuple[int, str]]:
    with stack.services.uow() as uow:
        rows = uow.session.scalars(select(CouncilAgreement).order_by(CouncilAgreement.version))
        return [(a.version, a.link) for a in rows]


def test_without_an_agreement_anyone_is_told_what_the_guidance_asks_and_how_to_add_it(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    answer = say(stack, ANNA, RAD, "/brukarrad", "form")
    assert "inte lagt in sitt dokument *Form och funktion*" in answer
    assert "verksamhetschefen" in answer  # who decides when the parties cannot agree
    assert "`/brukarrad form https://" in answer


def test_an_officer_records_versions_everyone_sees_the_current_and_the_chair_logs_it(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    body = reply(stack, SARA, RAD, "/brukarrad", f"form <{DOC}> antagen 2026-03-12")
    assert body["response_type"] == "in_channel"
    assert "Version 1" in body["text"] and f"<{DOC}>" in body["text"]
    say(
        stack,
        SARA,
        RAD,
        "/brukarrad",
        "form https://intranat.example.se/v2.pdf antagen 12 oktober 2026",
    )
    shown = say(stack, ANNA, RAD, "/brukarrad", "form")
    assert "version 2: <https://intranat.example.se/v2.pdf>" in shown
    assert "Antagen måndag 12 oktober 2026. Ses över senast tisdag 12 oktober 2027." in shown
    assert _kept(stack) == [(1, DOC), (2, "https://intranat.example.se/v2.pdf")]
    log = say(stack, OLLE, RAD, "/brukarrad", "logg")
    assert "sparade version 2 av Form och funktion (antagen 2026-10-12)" in log


def test_bad_input_and_a_member_who_is_no_officer_change_nothing(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "ser inte ut som en länk" in say(stack, SARA, RAD, "/brukarrad", "form dokumentet")
    bad_date = say(stack, SARA, RAD, "/brukarrad", f"form <{DOC}> antagen 31 februari 2026")
    assert "förstår inte datumet" in bad_date and "antagen 2026-03-12`" in bad_date
    refused = say(stack, ANNA, RAD, "/brukarrad", f"form <{DOC}>")
    assert "bara rådets sekreterare eller ordförande" in refused
    assert _kept(stack) == []


def test_a_new_member_is_welcomed_with_the_agreements_link(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", f"form <{DOC}>")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot Attention")
    welcome = stack.slack.messages(stack.slack.dm_channel(NILS))[-1]["text"]
    assert "Form och funktion" in welcome and f"<{DOC}>" in welcome
    # Those welcomed before there was one were not told of a link.
    assert DOC not in stack.slack.messages(stack.slack.dm_channel(ANNA))[-1]["text"]


def test_the_chair_is_asked_to_review_it_a_year_after_adoption_once(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", f"form <{DOC}> antagen 2025-12-01")
    chair = stack.slack.dm_channel(OLLE)
    before = len(besides_onboarding(stack, chair))
    assert stack.tick(datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)).queued == 0
    introduced = onboarding_sent(stack)  # the members' own first weeks' messages go besides
    report = stack.tick(datetime(2026, 12, 1, 9, tzinfo=STOCKHOLM))
    assert report.queued == report.drained.sent - (onboarding_sent(stack) - introduced) == 1
    asked = besides_onboarding(stack, chair)[before:]
    assert len(asked) == 1
    assert (
        "Det har gått ett år sedan *Brukarrådet Psykiatri Väst* antog version 1" in asked[0]["text"]
    )
    assert f"<{DOC}>" in asked[0]["text"]
    # Once per version: not again at the next passes over everything.
    assert stack.tick(datetime(2026, 12, 2, 9, tzinfo=STOCKHOLM)).queued == 0
    # A new version is reviewed a year after its own adoption.
    clock.set(datetime(2026, 12, 2, 10, tzinfo=STOCKHOLM))
    assert "Version 2" in say(stack, SARA, RAD, "/brukarrad", f"form <{DOC}> antagen 2026-12-01")
    assert stack.tick(datetime(2026, 12, 3, 9, tzinfo=STOCKHOLM)).queued == 0

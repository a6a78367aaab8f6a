"""The claim offered after a meeting, end to end through the local Slack (issue 21): the
meeting ends, the member finds the day's claim prefilled in a DM, confirms it there or
corrects it in a form, and the secretary sees it in `/arvode anmälningar` and approves it."""

from __future__ import annotations

from typing import Any

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.e2e.attendance_steps import dms
from tests.e2e.cast import ANNA, RAD, SARA, VERA, say
from tests.e2e.test_arvode import held_meeting

OFFERED = "Här är din ersättningsanmälan för dagen"


def offer_to(stack: LocalStack, user: str) -> dict[str, Any]:
    [offer] = [m for m in dms(stack, user) if OFFERED in m["text"]]
    return offer


def press(stack: LocalStack, user: str, offer: dict[str, Any], action_id: str) -> None:
    pressed = stack.driver.block_action(
        user, action_id=action_id, message_ts=offer["ts"], channel_id=stack.slack.dm_channel(user)
    )
    assert pressed.ok, pressed


def test_after_the_meeting_the_member_confirms_the_offered_claim_in_slack_and_it_is_approved(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)  # 11 March 13–16; Anna there (120 kr travel), Lina remote
    stack.tick(clock.now())  # the next morning: the sweep and the drain
    offer = offer_to(stack, ANNA)
    assert (
        "Tack för att du var med i Brukarrådet Psykiatri Väst torsdag 11 mars 2027!"
        in (offer["text"])
    )
    assert "Stormöte 13.00–16.00" in offer["text"]
    assert "resa 120 kr · summa 720 kr" in offer["text"]  # half day 600 + her usual journey
    buttons = [
        e["text"]["text"] for b in offer["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert buttons == ["Bekräfta", "Rätta"]
    assert [m for m in dms(stack, VERA) if OFFERED in m["text"]] == []  # the unit's: at work
    stack.tick(clock.now())  # once
    assert len([m for m in dms(stack, ANNA) if OFFERED in m["text"]]) == 1

    press(stack, ANNA, offer, "claim_confirm")
    [answered] = [m for m in dms(stack, ANNA) if m["ts"] == offer["ts"]]
    assert "Tack! Din anmälan för torsdag 11 mars 2027 är skickad" in answered["text"]
    assert all(b["type"] != "actions" for b in answered["blocks"])  # no second press

    summary = say(stack, SARA, RAD, "/arvode", "anmälningar mars 2027")
    assert "Anna Andersson: 720 kr (bekräftad, inte godkänd än)" in summary
    assert "Lina Lind (torsdag 11 mars 2027)" in summary  # offered too, not confirmed yet
    approved = say(stack, SARA, RAD, "/arvode", "godkänn mars 2027")
    assert "Anna Andersson: 720 kr (godkänd)" in approved


def test_the_member_corrects_the_offered_claim_in_a_form(
    stack: LocalStack, clock: ManualClock
) -> None:
    held_meeting(stack, clock)
    assert "Noterat" in say(stack, SARA, RAD, "/arvode", f"intyg <@{ANNA}|anna>")
    stack.tick(clock.now())
    offer = offer_to(stack, ANNA)
    press(stack, ANNA, offer, "claim_correct")
    form = stack.slack.open_view(ANNA)
    assert form is not None
    assert form["callback_id"] == "claim_correct_form"
    travel = next(b for b in form["blocks"] if b.get("block_id") == "travel")
    assert travel["element"]["initial_value"] == "120"  # prefilled as it stands

    # Nonsense hours are refused at their field, with what would work.
    refused = stack.driver.view_submission(ANNA, form["id"], {"leave": {"value": "många"}})
    assert refused.ok and "2,5" in refused.body["errors"]["leave"]

    # 3 hours of leave with a salary deduction, a 45 kr taxi home: 600 + 3 × 200 + 120 + 45.
    sent = stack.driver.view_submission(
        ANNA,
        form["id"],
        {
            "leave": {"value": "3"},
            "deduction": {"value": ["ja"]},
            "expense": {"value": "45"},
            "expense_note": {"value": "Taxi hem"},
        },
    )
    assert sent.ok, sent
    told = dms(stack, ANNA)[-1]["text"]
    assert (
        "Tack! Din anmälan för torsdag 11 mars 2027 är skickad" in told and "1\u00a0365 kr" in told
    )
    summary = say(stack, SARA, RAD, "/arvode", "anmälningar mars 2027")
    assert "Anna Andersson: 1\u00a0365 kr (bekräftad, inte godkänd än)" in summary

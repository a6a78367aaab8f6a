"""Fuzzing the other modals through HTTP: the secretary's reason/outcome form, the attendance
checklist, the minutes' edit form and the justerare's change proposal. Every submission is
answered (200, no crash), a refusal names what is wrong in the form, and a refused submission
writes nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, RAD, SARA, council_with_members, say
from tests.e2e.test_fuzz import _events, _snapshot

DURING = datetime(2026, 12, 3, 13, 30, tzinfo=STOCKHOLM)
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# A fixed pool per example: how many inputs a form has depends on the state, not the draw.
pools = st.lists(st.text(max_size=120), min_size=1, max_size=4).map(itertools.cycle)


def _ready(stack: LocalStack) -> None:
    """A council with a meeting under way (the clock is set by the caller)."""
    if not _snapshot(stack)["councils"]:
        council_with_members(stack)
        say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16")


def _text_inputs(view: dict[str, Any], pool: Iterator[str]) -> dict[str, dict[str, Any]]:
    """Random text in every free-text input; selects keep what the bot filled in."""
    values: dict[str, dict[str, Any]] = {}
    for block in view["blocks"]:
        element = block.get("element", {})
        if block.get("type") == "input" and element.get("type") == "plain_text_input":
            values[block["block_id"]] = {element["action_id"]: next(pool)}
    return values


def _submit_checked(
    stack: LocalStack, user: str, view: dict[str, Any], values: dict[str, dict[str, Any]]
) -> None:
    before, events_before = _snapshot(stack), _events(stack)
    delivery = stack.driver.view_submission(user, view["id"], values)
    assert delivery.status == 200, (view["callback_id"], values)
    body = delivery.body
    if isinstance(body, dict) and body.get("response_action") == "errors":
        assert body["errors"] and all(str(m).strip() for m in body["errors"].values())
        assert _snapshot(stack) == before
    elif _events(stack) == events_before:
        assert _snapshot(stack) == before
    if stack.slack.open_view(user) is not None:  # a refused form stays open: close it
        stack.slack.apply_view_ack(view["id"], {"response_action": "clear"})


@FUZZ
@given(data=st.data())
def test_the_reason_and_outcome_form(stack: LocalStack, data: st.DataObject) -> None:
    _ready(stack)
    receipt = say(stack, ANNA, RAD, "/punkt", "En punkt")
    point = int(receipt.split("punkt nr ")[1].split(")")[0])
    shown = stack.driver.command(SARA, RAD, "/dagordning")
    what = data.draw(st.sampled_from(["reject", "handle"]))
    stack.driver.block_action(
        SARA,
        action_id=f"point_action_{point}",
        message_ts=shown.reply_ts,
        channel_id=RAD,
        selected_option=f"{what}:{point}",
    )
    view = stack.slack.open_view(SARA)
    assert view is not None
    _submit_checked(stack, SARA, view, _text_inputs(view, data.draw(pools)))


@FUZZ
@given(data=st.data())
def test_the_attendance_checklist(
    stack: LocalStack, clock: ManualClock, data: st.DataObject
) -> None:
    _ready(stack)
    clock.set(DURING)
    assert stack.driver.command(SARA, RAD, "/narvaro", "").ok
    view = stack.slack.open_view(SARA)
    assert view is not None and view["callback_id"] == "narvaro_register"
    _submit_checked(stack, SARA, view, _text_inputs(view, data.draw(pools)))


@FUZZ
@given(data=st.data())
def test_the_minutes_edit_form(stack: LocalStack, clock: ManualClock, data: st.DataObject) -> None:
    _ready(stack)
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "punkt 1")
    say(stack, SARA, RAD, "/protokoll", "beslut: Mötet öppnas.")
    assert stack.driver.command(SARA, RAD, "/protokoll", "redigera 1").ok
    view = stack.slack.open_view(SARA)
    assert view is not None and view["callback_id"] == "minutes_edit_modal"
    _submit_checked(stack, SARA, view, _text_inputs(view, data.draw(pools)))


@FUZZ
@given(data=st.data())
def test_the_minutes_change_proposal_form(
    stack: LocalStack, clock: ManualClock, data: st.DataObject
) -> None:
    _ready(stack)
    clock.set(DURING)
    if not _proposals_open(stack):
        say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{ANNA}> justerare RSMH Väst")
        say(stack, SARA, RAD, "/protokoll", "punkt 1")
        say(stack, SARA, RAD, "/protokoll", "beslut: Mötet öppnas.")
        say(stack, SARA, RAD, "/protokoll", "justera")
    dm = stack.slack.dm_channel(ANNA)
    [sent] = _proposals_open(stack)
    stack.driver.block_action(
        ANNA, action_id="minutes_propose", message_ts=sent["ts"], channel_id=dm
    )
    view = stack.slack.open_view(ANNA)
    assert view is not None
    _submit_checked(stack, ANNA, view, _text_inputs(view, data.draw(pools)))


def _proposals_open(stack: LocalStack) -> list[dict[str, Any]]:
    """The justering request in Anna's DM (the minutes she may propose changes to)."""
    dm = stack.slack.messages(stack.slack.dm_channel(ANNA))
    return [m for m in dm if "att justera" in m.get("text", "")]

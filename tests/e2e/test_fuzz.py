"""Fuzzing every command's text and the point modal through the real HTTP pipeline: no
unhandled error, every answer a message, and nothing half-written by a refused input."""

from __future__ import annotations

import importlib
import pkgutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, inspect, select, table

import adapters.slack.handlers.commands
from adapters.console.stack import LocalStack
from adapters.slack.mrkdwn import t
from adapters.storage.models import Event
from tests.e2e.cast import ANNA, NILS, RAD, SARA, VERA, council_with_members, say

COMMANDS = sorted(
    importlib.import_module(f"adapters.slack.handlers.commands.{m.name}").COMMAND
    for m in pkgutil.iter_modules(adapters.slack.handlers.commands.__path__)
)
UNEXPECTED = t("error.unexpected", "sv")
# Words the commands know, so the fuzzer reaches past the first word.
VOCABULARY = [
    "skapa", "ledamot", "visa", "hjälp", "ta", "bort", "stående", "lägg", "till", "inställningar",
    "punkter", "kallelse", "protokoll", "stormöte", "förmöte", "arbetsgrupp", "flytta", "ställ",
    "in", "återta", "avslå", "behandlad", "övriga", "med", "kl", "13-16", "torsdag", "12/3",
    "v.", "50", "i", "på", "nr", "1", "2", "0", "-1", "99999999999999999999", ":", "<@U0ANNA>",
    "<!channel>", "<https://x.example|x>", "ordförande", "ersättare", "RSMH", "kommer", "inte",
    "av", "på", "paus", "mitt", "lista", "underlag", "justera", "utkast", "klar", "&", "%s", "{}",
    "{title}", "\n", "ÅÄÖ", "🙂", "syfte", "leds", "e-post", "a@b.se", "förkortning", "=",
    "incheckning", "statistik", "nivå", "lön", "redigera", "publicera", "status", "beslut:",
    "åtgärd:", "punkt", "nästa", "radera", "export", "logg", "gallring", "rådet", "tider", "9-18",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(VOCABULARY), max_size=8).map(" ".join),
)


# Not what a request changes: the schema's version, and the inbox every request is taken into.
NOT_STATE = {"alembic_version", "inbox"}


def _snapshot(stack: LocalStack) -> dict[str, int]:
    with stack.services.uow() as uow:
        names = inspect(uow.session.get_bind()).get_table_names()
        return {
            name: int(uow.session.scalar(select(func.count()).select_from(table(name))) or 0)
            for name in names
            if name not in NOT_STATE
        }


def _events(stack: LocalStack) -> int:
    with stack.services.uow() as uow:
        return int(uow.session.scalar(select(func.count(Event.id))) or 0)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(COMMANDS),
    text=texts,
    user=st.sampled_from([SARA, ANNA, VERA, NILS]),
)
def test_any_command_text_is_answered_and_nothing_is_half_written(
    stack: LocalStack, command: str, text: str, user: str
) -> None:
    if not _snapshot(stack)["councils"]:
        council_with_members(stack)
        say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    before, events_before = _snapshot(stack), _events(stack)
    delivery = stack.driver.command(user, RAD, command, text)
    assert delivery.status == 200
    assert delivery.body == "", (command, text, delivery.body)  # acknowledged, then answered
    answer = str(delivery.answer.get("text", ""))
    if answer:
        assert UNEXPECTED not in answer, (command, text, answer)
        assert answer.strip(), (command, text)
    else:  # nothing said: the command opened a form instead
        assert [c.method for c in delivery.calls] == ["views.open"], (command, text)
    if _events(stack) == events_before:
        assert _snapshot(stack) == before, (command, text)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.text(max_size=400), description=st.text(max_size=80), links=st.text(max_size=40))
def test_any_point_modal_submission_is_answered_and_nothing_is_half_written(
    stack: LocalStack, title: str, description: str, links: str
) -> None:
    if not _snapshot(stack)["councils"]:
        council_with_members(stack)
        say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    stack.driver.command(ANNA, RAD, "/punkt", "")
    view = stack.slack.open_view(ANNA)
    assert view is not None
    before, events_before = _snapshot(stack), _events(stack)
    delivery = stack.driver.view_submission(
        ANNA,
        view["id"],
        {
            "title": {"value": title},
            "description": {"value": description},
            "links": {"value": links},
        },
    )
    assert delivery.status == 200
    if isinstance(delivery.body, dict) and delivery.body.get("response_action") == "errors":
        assert all(message.strip() for message in delivery.body["errors"].values())
        assert _snapshot(stack) == before
        stack.driver.view_submission(ANNA, view["id"], {"title": {"value": "Stäng"}})
    elif _events(stack) == events_before:
        assert _snapshot(stack) == before

"""Every example with `förmöte` in the commands' help works as written: the help texts and
the parsers stay in step (a new example needs a line here, or this test fails)."""

from __future__ import annotations

import re
from datetime import datetime
from string import Formatter

from adapters.console.stack import LocalStack
from adapters.slack.mrkdwn import t
from bot.commands.mote import EXAMPLE_ROOM
from bot.core.clock import ManualClock
from bot.core.texts import CATALOGUES
from tests.conftest import STOCKHOLM
from tests.e2e.cast import ANNA, OLLE, RAD, SARA, council_with_members, reply, say, shown

EXAMPLE = re.compile(r"`(/[a-z]+ förmöte[^`]*)`")
DURING = datetime(2027, 3, 9, 10, 5, tzinfo=STOCKHOLM)  # the förmöte of the /mote example
# (the example as the help shows it, who types it, the text typed when the example has a
# placeholder, a part of the answer that shows it was understood), in the order of a cycle.
BEFORE_STEPS = (
    (
        "/mote förmöte v. 10 tisdag kl 10 på <https://meet.example/rum>",
        OLLE,
        None,
        "tisdag 9 mars 2027 kl. 10.00",
    ),
    ("/punkt förmöte &lt;rubrik&gt;", ANNA, "förmöte Vår hållning", "förmöte tisdag 9 mars 2027"),
    ("/dagordning förmöte", ANNA, None, "Vår hållning"),
    ("/kallelse förmöte", OLLE, None, "Kallelse till förmöte"),
    ("/kallelse förmöte paus kl. 10.45", OLLE, None, "i kallelserna till förmötena"),
    ("/narvaro förmöte kommer", ANNA, None, "Du är anmäld till förmöte tisdag 9 mars 2027"),
)
DURING_STEPS = (
    ("/narvaro förmöte lista", OLLE, None, "Närvaro: förmöte tisdag 9 mars 2027"),
    ("/protokoll förmöte punkt 2", OLLE, None, "Nu: *2."),
    ("/protokoll förmöte utkast", OLLE, None, "Förmöte tisdag 9 mars 2027"),
)


def _help_examples() -> set[str]:
    """The examples as Slack shows them (the /mote help's online meeting a link)."""
    examples: set[str] = set()
    for key, text in CATALOGUES["sv"].items():
        if key.endswith(".help"):
            params = {name: f"{{{name}}}" for _, name, _, _ in Formatter().parse(text) if name}
            shown = t(key, "sv", **(params | {"link": EXAMPLE_ROOM}))
            examples |= {found.group(1) for found in EXAMPLE.finditer(shown)}
    return examples


def test_every_formote_example_in_the_help_works(stack: LocalStack, clock: ManualClock) -> None:
    assert {step[0] for step in BEFORE_STEPS + DURING_STEPS} == _help_examples()
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13-16")
    for steps in (BEFORE_STEPS, DURING_STEPS):
        for example, user, typed, expected in steps:
            command, _, text = example.partition(" ")
            answer = shown(reply(stack, user, RAD, command, typed or text))
            assert expected in answer, (example, answer)
        clock.set(DURING)

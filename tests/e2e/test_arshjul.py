"""The council's årshjul end to end through the local Slack: the secretary fills it by
command, everyone reads it, a member may not change it, and an item lands on the agenda of
the right stormöte, shown in /dagordning and in the kallelse as coming from the årshjul."""

from __future__ import annotations

from typing import Any

from adapters.console.stack import LocalStack
from tests.e2e.cast import ANNA, RAD, SARA, VERA, council_with_members, say, shown


def _meeting(stack: LocalStack, when: str) -> int:
    answer = say(stack, SARA, RAD, "/mote", f"stormöte {when}")
    return int(answer.split("(nr ")[1].split(")")[0])


def _everything(replies: list[dict[str, Any]]) -> str:
    return "\n".join(shown(r) for r in replies)


def test_an_arshjul_item_lands_on_the_right_agenda_and_kallelse(stack: LocalStack) -> None:
    council_with_members(stack)
    added = say(stack, SARA, RAD, "/brukarrad", "årshjul lägg till dec Budget för 2027")
    assert "”Budget för 2027” står i årshjulet i december" in added
    assert "ingen gemensam aktivitet" in added  # none planned yet
    say(stack, SARA, RAD, "/brukarrad", "årshjul lägg till februari Bokslut")
    assert "Klart" in say(
        stack, SARA, RAD, "/brukarrad", "årshjul lägg till 12 aktivitet Julfika med verksamheten"
    )
    refused = say(stack, ANNA, RAD, "/brukarrad", "årshjul lägg till mars Något")
    assert "bara rådets sekreterare eller ordförande" in refused
    assert "Något" not in say(stack, VERA, RAD, "/brukarrad", "årshjul")
    assert "Jag förstår inte månaden ”smarsch”" in say(
        stack, SARA, RAD, "/brukarrad", "årshjul lägg till smarsch Budget"
    )

    wheel = say(stack, VERA, RAD, "/brukarrad", "årshjul")  # the unit reads it too
    assert "*Årshjul för Brukarrådet Psykiatri Väst*" in wheel
    assert "1. Bokslut" in wheel and "2. Budget för 2027" in wheel
    assert "3. Julfika med verksamheten _(gemensam aktivitet, planerad)_" in wheel
    assert "ingen gemensam aktivitet" not in wheel
    assert "”Julfika med verksamheten” har nu status pågår" in say(
        stack, SARA, RAD, "/brukarrad", "årshjul status 3 pågår"
    )
    assert "`/brukarrad årshjul status 3 pågår`" in say(
        stack, SARA, RAD, "/brukarrad", "årshjul status 3 snart"
    )
    assert "3. Julfika med verksamheten _(gemensam aktivitet, pågår)_" in say(
        stack, ANNA, RAD, "/brukarrad", "årshjul"
    )

    first = _meeting(stack, "torsdag 3 december kl 13-16 i Stora salen")
    later = _meeting(stack, "torsdag 11 februari 2027 kl 13-16")
    agenda = _everything(stack.driver.command(ANNA, RAD, "/dagordning", str(first)).responses)
    assert "Budget för 2027 _(från årshjulet)_" in agenda
    assert "Julfika med verksamheten _(från årshjulet)_" in agenda
    assert "Bokslut" not in agenda
    second = _everything(stack.driver.command(ANNA, RAD, "/dagordning", str(later)).responses)
    assert "Bokslut _(från årshjulet)_" in second and "Budget" not in second

    delivery = stack.driver.command(SARA, RAD, "/kallelse", "")
    assert delivery.ok and delivery.reply_ts, delivery
    found = stack.slack.find_message(delivery.reply_ts, RAD)
    assert found is not None
    assert "Budget för 2027 (från årshjulet)" in shown(found[1])

    removed = say(stack, SARA, RAD, "/brukarrad", "årshjul ta bort 1")
    assert "”Bokslut” är borttagen ur årshjulet" in removed
    second = _everything(stack.driver.command(ANNA, RAD, "/dagordning", str(later)).responses)
    assert "Bokslut" not in second

    wheel = say(stack, ANNA, RAD, "/brukarrad", "årshjul")
    [budget] = [line.split(".")[0] for line in wheel.splitlines() if "Budget för 2027" in line]
    moved = say(stack, SARA, RAD, "/brukarrad", f"årshjul ändra {budget} januari Budget 2027")
    assert "”Budget 2027” står nu i årshjulet i januari" in moved
    assert "Budget för 2027" not in say(stack, ANNA, RAD, "/brukarrad", "årshjul")
    assert "bara rådets sekreterare eller ordförande" in say(
        stack, ANNA, RAD, "/brukarrad", f"årshjul ändra {budget} mars Mitt"
    )
    assert "`/brukarrad årshjul ändra 2 november" in say(
        stack, SARA, RAD, "/brukarrad", "årshjul ändra två"
    )
    second = _everything(stack.driver.command(ANNA, RAD, "/dagordning", str(later)).responses)
    assert "Budget 2027 _(från årshjulet)_" in second  # January's now: the February stormöte's

"""App Home: each person sees their own councils, meetings they may see, their points."""

from __future__ import annotations

from adapters.console.stack import LocalStack
from tests.e2e.cast import ANNA, ANNAT, KARL, NILS, OLLE, RAD, SARA, VERA, council_with_members, say


def _home(stack: LocalStack, user: str) -> str:
    assert stack.driver.app_home_opened(user).ok
    view = stack.slack.home_views[user]
    return "\n".join(
        b.get("text", {}).get("text", "") if isinstance(b.get("text"), dict) else ""
        for b in view["blocks"]
    )


def test_home_shows_own_councils_meetings_and_points(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13")
    say(stack, OLLE, RAD, "/mote", "förmöte onsdag 2 december kl 10")
    say(stack, ANNA, RAD, "/punkt", "Väntetider <!channel>")
    say(stack, ANNA, RAD, "/punkt", "förmöte Vår strategi")
    anna = _home(stack, ANNA)
    assert "*Brukarrådet Psykiatri Väst*" in anna and "du är ledamot" in anna
    assert "Stormöte torsdag 3 december 2026" in anna and "Förmöte onsdag 2 december" in anna
    assert "*Väntetider @channel*" in anna and "på dagordningen" in anna
    assert "Vår strategi" in anna
    assert "Annat råd" not in anna
    vera = _home(stack, VERA)
    assert "Stormöte" in vera and "Förmöte" not in vera and "Vår strategi" not in vera
    karl = _home(stack, KARL)
    assert "Annat råd" in karl and "Psykiatri" not in karl
    assert "inte med i något brukarråd" in _home(stack, NILS)

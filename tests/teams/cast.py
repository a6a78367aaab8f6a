"""A council whose people are all in Teams, driven through the local Teams as they act: the
secretary creates it in a channel and adds each member by mentioning them, and each member
adds the app (their personal chat with the bot begins)."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from flask.testing import FlaskClient

from adapters.console.stack import LocalStack
from adapters.slack.blocks.attendance import substitute_asks
from adapters.teams.ids import TEAMS
from adapters.web.app import create_app, secret_from
from bot.core.identity import Account
from devtools.localteams.server import LocalTeams

SARA, OLLE, ANNA, ERIK, LINA, VERA = (
    "29:sara",
    "29:olle",
    "29:anna",
    "29:erik",
    "29:lina",
    "29:vera",
)
NAMES = {
    SARA: "Sara Sekreterare",
    OLLE: "Olle Ordförande",
    ANNA: "Anna Andersson",
    ERIK: "Erik Ersättare",
    LINA: "Lina Lind",
    VERA: "Vera Verksamhet",
}
PUBLIC = "https://brukarbot.example.org"  # where the member page is served (PUBLIC_URL)
CHANNEL, TEAM = "19:rad0123456789abcdef@thread.tacv2", "19:team0123456789@thread.tacv2"
BOT_TAG = "<at>Brukarbot</at>"


def in_channel(teams: LocalTeams) -> dict[str, Any]:
    return teams.channel(CHANNEL, TEAM)


def say(stack: LocalStack, teams: LocalTeams, user: str, text: str, *people: str) -> str:
    """`user` writes `text` to the bot in the channel, mentioning `people` as Teams does (each
    `@name` in the text the mention of that person): the bot's answer, as Teams shows it."""
    [answer] = answers(stack, teams, user, text, *people)
    return shown(answer)


def answers(
    stack: LocalStack, teams: LocalTeams, user: str, text: str, *people: str
) -> list[dict[str, Any]]:
    """As `say`, the bot's answers as they were sent (one, or several in order)."""
    entities = [
        {"type": "mention", "text": BOT_TAG, "mentioned": {"id": f"28:{teams.app_id}"}},
    ]
    for person in people:
        tag = f"<at>{NAMES[person]}</at>"
        text = text.replace(f"@{NAMES[person]}", tag)
        entities.append(
            {"type": "mention", "text": tag, "mentioned": {"id": person, "name": NAMES[person]}}
        )
    written = teams.activity(
        "message", user, in_channel(teams), text=f"{BOT_TAG} {text}", entities=entities
    )
    assert teams.deliver(written).status == 200
    stack.background.settle()
    return [a for a in teams.sent_to(CHANNEL) if a.get("replyToId") == written["id"]]


def write(stack: LocalStack, teams: LocalTeams, user: str, text: str) -> str:
    """`user` writes `text` to the bot in their personal chat: the bot's answer there."""
    delivery = teams.say(user, teams.personal(user), text)
    assert delivery.status == 200
    stack.background.settle()
    return shown(reply_to(teams, teams.personal(user)["id"], delivery.activity))


def reply_to(teams: LocalTeams, conversation: str, activity: dict[str, Any]) -> dict[str, Any]:
    """The bot's answer to `activity`: its reply in the conversation."""
    [answer] = [a for a in teams.sent_to(conversation) if a.get("replyToId") == activity["id"]]
    return answer


def chat(teams: LocalTeams, user: str) -> list[dict[str, Any]]:
    """What the bot sent to `user`'s personal chat, as it now stands."""
    return teams.sent_to(teams.personal(user)["id"])


def shown(activity: dict[str, Any] | None) -> str:
    """All an activity shows (its text or its card), as one string."""
    return json.dumps(activity, ensure_ascii=False)


def council(stack: LocalStack, teams: LocalTeams) -> None:
    """The council in CHANNEL: Sara secretary, Olle chair (RSMH), Anna (RSMH), Erik ersättare
    (RSMH), Lina (Attention, also justerare), Vera from the unit; each has added the app."""
    for user, name in NAMES.items():
        teams.add_user(user, name)
    assert "Brukarrådet Väst" in say(stack, teams, SARA, "brukarrad skapa Brukarrådet Väst")
    for person, role in (
        (OLLE, "ordförande ny förening RSMH Väst"),
        (ANNA, "ledamot RSMH Väst"),
        (ERIK, "ersättare RSMH Väst"),
        (LINA, "ledamot ny förening Attention"),
        (LINA, "justerare Attention"),
        (VERA, "verksamhet"),
    ):
        answer = say(stack, teams, SARA, f"brukarrad ledamot @{NAMES[person]} {role}", person)
        assert "Klart" in answer, answer
    for user in NAMES:
        assert teams.install(user).status == 200
    stack.background.settle()


def browser(stack: LocalStack) -> FlaskClient:
    """A browser on the member page (PUBLIC_URL is PUBLIC)."""
    app = create_app(stack.services, secret=secret_from("test"), compose_answer=substitute_asks)
    browser = app.test_client()
    browser.environ_base.update(
        {"wsgi.url_scheme": "https", "HTTP_HOST": PUBLIC.removeprefix("https://")}
    )
    return browser


def sign_in(stack: LocalStack, teams: LocalTeams, browser: FlaskClient, user: str) -> str:
    """`user` opens a personal link of theirs and presses its button: where it leads."""
    issued = stack.services.member_links.send_link(
        who=Account(TEAMS, teams.tenant, user), now=stack.clock.now()
    )
    path = urlsplit(issued.url).path
    page = browser.get(path).get_data(as_text=True)
    [csrf] = re.findall(r'name="csrf" value="([^"]+)"', page)
    signed = browser.post(path, data={"csrf": csrf})
    assert signed.status_code == 303
    return str(signed.headers["Location"])

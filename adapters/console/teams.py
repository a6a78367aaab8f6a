"""The sandbox in Teams mode: `python -m bot --teams` (or `console --teams`).

The same bot and database as the Slack sandbox, with the local Teams in front (its signed
activities through the bot's real token check on /api/messages): the demo council is made in
a Teams channel the way a secretary makes one there (`@Brukarbot brukarrad skapa …`, members
added by mention), each of its people has added the app, and a line typed is a message to the
bot as the person playing, in the channel (an @mention of the bot is added) or in their chat
with it. After each line what the bot sent there is shown, a card as the texts it holds.
Meta-commands: `:som <namn>`, `:kanal` / `:kanal dm`, `:klocka +2d`, `:hjälp`, `:avsluta`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any, TextIO

from sqlalchemy.engine import make_url

from adapters.console import demo
from adapters.console.directory import Person
from adapters.console.stack import LocalStack
from adapters.console.terminal import Terminal
from adapters.runtime.settings import Settings
from adapters.teams.ids import TEAMS
from bot.commands.grammar import fold, split_word
from bot.core.clock import ManualClock, SystemClock
from bot.core.identity import Conversation
from bot.core.texts.render import console
from devtools.localteams.server import LocalTeams

CHANNEL = "19:brukarrad-demo0123456789abcdef@thread.tacv2"
TEAM = "19:demo-team0123456789abcdef@thread.tacv2"
STEP = {"d": "days", "h": "hours", "m": "minutes", "v": "weeks", "w": "weeks"}


def user_id(person: Person) -> str:
    """A demo person's Teams id (an MRI, as Teams names its users to a bot)."""
    return f"29:1{person.handle}"


class TeamsConsole:
    def __init__(self, stack: LocalStack, terminal: Terminal, *, lang: str, database: str) -> None:
        assert stack.teams is not None, "the stack runs without the local Teams"
        self._stack = stack
        self._teams: LocalTeams = stack.teams
        self._terminal = terminal
        self._lang = lang
        self._database = database
        self._user = demo.SARA
        self._in_channel = True  # False: the person's chat with the bot
        self._shown: set[str] = set()  # activity ids already on the screen
        for person in demo.PEOPLE:
            self._teams.add_user(user_id(person), person.name)

    def run(self) -> int:
        self._say("sandbox.teams.welcome", database=self._database)
        made = self._seed_council()
        key = "sandbox.teams.demo.created" if made else "sandbox.teams.demo.exists"
        self._say(key, council=demo.COUNCIL)
        self._show()
        while True:
            line = self._terminal.ask(self._prompt())
            if line is None or fold(line.strip()) in (":avsluta", ":quit", ":exit"):
                break
            if line.startswith(":"):
                self._meta(line[1:].strip())
            elif line.strip():
                self._write(line.strip())
            self._show()
        self._say("sandbox.bye", database=self._database)
        return 0

    # -- the demo council, made in Teams -----------------------------------------------

    def _seed_council(self) -> bool:
        with self._stack.services.uow() as uow:
            if uow.directory.council(Conversation(TEAMS, self._teams.tenant, CHANNEL)):
                return False
        for person in demo.PEOPLE:
            self._teams.install(user_id(person))
        self._teams.say(user_id(demo.SARA), self._channel(), f"brukarrad skapa {demo.COUNCIL}")
        self._stack.background.settle()  # one after the other, as she writes them
        by_handle = {p.handle: p for p in demo.PEOPLE}
        for member in demo.MEMBERS:  # "@olle ordförande RSMH Väst"
            handle, rest = split_word(member)
            person = by_handle[handle.lstrip("@")]
            tag = f"<at>{person.name}</at>"
            mentioned = {"id": user_id(person), "name": person.name}
            self._teams.deliver(
                self._teams.activity(
                    "message",
                    user_id(demo.SARA),
                    self._channel(),
                    text=f"{self._bot_tag()} brukarrad ledamot {tag} {rest}",
                    entities=[
                        self._bot_entity(),
                        {"type": "mention", "text": tag, "mentioned": mentioned},
                    ],
                )
            )
            self._stack.background.settle()
        self._shown.update(a["id"] for a in self._visible() if "id" in a)
        return True

    def _bot_tag(self) -> str:
        return "<at>Brukarbot</at>"

    def _bot_entity(self) -> dict[str, Any]:
        bot = {"id": f"28:{self._teams.app_id}", "name": "Brukarbot"}
        return {"type": "mention", "text": self._bot_tag(), "mentioned": bot}

    # -- lines -----------------------------------------------------------------------

    def _write(self, text: str) -> None:
        where = self._channel() if self._in_channel else self._teams.personal(self._me())
        delivery = self._teams.say(self._me(), where, text)
        if delivery.status != 200:
            self._say("sandbox.teams.refused", status=delivery.status)
        self._stack.background.settle()
        self._stack.tick(self._stack.clock.now())  # what it queued goes out, as a worker's pass

    def _meta(self, line: str) -> None:
        word, rest = split_word(line)
        word = fold(word)
        if word in ("som", "user"):
            found = next((p for p in demo.PEOPLE if p.handle == fold(rest).lstrip("@")), None)
            if found is None:
                self._say("sandbox.teams.who", people=", ".join(p.handle for p in demo.PEOPLE))
                return
            self._user = found
        elif word in ("kanal", "channel"):
            self._in_channel = fold(rest) != "dm"
        elif word in ("klocka", "clock") and rest.startswith("+") and rest[1:-1].isdigit():
            unit = STEP.get(rest[-1].lower())
            if unit is None:
                self._say("sandbox.teams.help")
                return
            now = self._stack.clock.now() + timedelta(**{unit: int(rest[1:-1])})
            self._stack.tick(now)
        else:
            self._say("sandbox.teams.help")

    # -- the screen ------------------------------------------------------------------

    def _show(self) -> None:
        for activity in self._visible():
            if activity.get("id") in self._shown:
                continue
            self._shown.add(activity["id"])
            self._terminal.say(f"Brukarbot: {shown(activity)}")

    def _visible(self) -> Iterator[dict[str, Any]]:
        """What the bot sent where the person playing is now, with the ids it got."""
        where = CHANNEL if self._in_channel else self._teams.personal(self._me())["id"]
        for call in self._teams.calls:
            if call.kind == "send" and call.conversation.split(";")[0] == where:
                yield {**call.body, "id": call.activity_id}

    def _channel(self) -> dict[str, Any]:
        return self._teams.channel(CHANNEL, TEAM)

    def _me(self) -> str:
        return user_id(self._user)

    def _prompt(self) -> str:
        place = "#brukarrad-demo" if self._in_channel else "Brukarbot (chatt)"
        return f"[Teams: {self._user.name} @ {place}]> "

    def _say(self, key: str, **params: Any) -> None:
        self._terminal.say(console(key, self._lang, **params))


def shown(activity: Mapping[str, Any]) -> str:
    """An activity as a person reads it: its text, or its card's texts, a line each."""
    texts = [str(activity.get("text") or "")]
    for attachment in activity.get("attachments") or ():
        texts += list(_texts(attachment.get("content") or {}))
    return "\n".join(t for t in texts if t)


def _texts(element: Any) -> Iterator[str]:
    if isinstance(element, dict):
        if element.get("type") in ("TextBlock", "TextRun") and element.get("text"):
            yield str(element["text"])
        elif element.get("type", "").startswith("Action.") and element.get("title"):
            yield f"[{element['title']}]"
        for value in element.values():
            if isinstance(value, list | dict):
                yield from _texts(value)
    elif isinstance(element, list):
        for item in element:
            yield from _texts(item)


def run_teams_console(
    settings: Settings,
    *,
    env: Mapping[str, str] = os.environ,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """The local Teams (and Slack) and the bot on ``settings.database_url``; chat in Teams
    until the end, stop them all."""
    logging.getLogger().setLevel(logging.WARNING)
    clock = ManualClock(SystemClock().now())
    stack = LocalStack.start(database_url=settings.database_url, clock=clock, env=env, teams=True)
    try:
        terminal = Terminal(stdin, stdout, interactive=stdin.isatty())
        database = make_url(settings.database_url).render_as_string(hide_password=True)
        return TeamsConsole(stack, terminal, lang=settings.language, database=database).run()
    except KeyboardInterrupt:
        stdout.write("\n")
        return 0
    finally:
        stack.stop()

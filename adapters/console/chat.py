"""The terminal chat: `python -m bot` without Slack tokens, or `python -m bot console`.

A line is what a person types in Slack (a message, or a /command that goes to the real bot
through the driver) or a meta-command to the sandbox itself (``:som anna``, ``:klocka +2d``,
``:hjälp``). After each line the screen shows what is new for the person playing.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url

from adapters.console import demo
from adapters.console.client import send_message
from adapters.console.directory import DM, Person
from adapters.console.fields import FieldAsker
from adapters.console.files import NotYours
from adapters.console.render import Renderer
from adapters.console.screen import Screen
from adapters.console.stack import LocalStack
from adapters.console.state import Saved, StateFile
from adapters.console.terminal import Terminal
from adapters.runtime.settings import Settings
from adapters.slack.handlers.shortcuts import ADD_AS_POINT
from bot.commands.grammar import fold, is_number, split_word
from bot.core.clock import ManualClock, SystemClock
from bot.core.errors import UserError
from bot.core.texts.render import console
from bot.core.when import When, format_when, parse_when
from devtools.localslack.server import LocalSlack

_STEPS = re.compile(r"\+(?:\s*\d+\s*(?:min|[dhmvw]))+\s*", re.IGNORECASE)
_STEP = re.compile(r"(\d+)\s*(min|[dhmvw])", re.IGNORECASE)
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "min": "minutes", "v": "weeks", "w": "weeks"}


class _Names:
    """Names as Slack's client shows them, for mentions in what the bot wrote."""

    def __init__(self, slack: LocalSlack) -> None:
        self._slack = slack

    def user(self, user_id: str) -> str | None:
        try:
            return str(self._slack.user(user_id)["real_name"])
        except KeyError:
            return None

    def channel(self, channel_id: str) -> str | None:
        try:
            return self._slack.channel(channel_id).get("name")
        except KeyError:
            return None


class Console:
    def __init__(
        self,
        stack: LocalStack,
        terminal: Terminal,
        *,
        lang: str,
        zone: ZoneInfo,
        database: str,
        state: StateFile | None = None,
    ) -> None:
        """``state``: where the clock and the local Slack are kept between starts (None: not
        kept, as for a database in memory)."""
        self._stack = stack
        self._state = state
        self._terminal = terminal
        self._lang = lang
        self._zone = zone
        self._database = database
        self._directory = demo.seed_workspace(stack)
        renderer = Renderer(_Names(stack.slack), lang)
        asker = FieldAsker(terminal, renderer, self._directory, zone=zone, lang=lang)
        self._screen = Screen(stack, terminal, renderer, asker, self._directory, lang=lang)
        self._user: Person = demo.SARA
        self._channel: str | None = demo.DEMO_CHANNEL.channel_id  # None: the DM with the bot
        self._thread: str | None = None  # the ts of the message whose thread is open
        self._running = True
        meta: list[tuple[tuple[str, ...], Callable[[str], None]]] = [
            (("som", "user"), self._switch_user),
            (("kanal", "channel"), self._switch_channel),
            (("tryck", "press"), self._press),
            (("trad", "thread"), self._open_thread),
            (("genvag", "shortcut"), self._shortcut),
            (("klocka", "clock"), self._move_clock),
            (("dm",), lambda _: self._screen.show_dms(self._user.user_id)),
            (("fil", "file"), self._save_file),
            (("hem", "home"), self._open_home),
            (("vem", "who"), lambda _: self._who()),
            (("spara", "save"), self._save_now),
            (("hjalp", "help"), lambda _: self._screen.say("sandbox.help")),
            (("avsluta", "quit", "exit"), lambda _: self._quit()),
        ]
        self._meta = {name: act for names, act in meta for name in names}

    def run(self) -> int:
        self._screen.say("sandbox.welcome", database=self._database)
        self._resume()
        self._seed_council()
        people = [p.user_id for p in self._directory.people]
        self._screen.feed.catch_up(people, [c.channel_id for c in self._directory.channels])
        self._who()
        while self._running:
            line = self._terminal.ask(self._prompt())
            if line is None:
                break
            try:
                self._handle(line.strip())
                self._save()
            except (LookupError, ValueError, OSError) as error:
                self._screen.say("sandbox.failed", error=error)
        self._screen.say("sandbox.bye", database=self._database)
        return 0

    # -- one line --------------------------------------------------------------------

    def _handle(self, line: str) -> None:
        if not line:
            return
        if line.startswith(":"):
            word, arg = split_word(line[1:])
            act = self._meta.get(fold(word))
            if act is None:
                self._screen.say("sandbox.unknown_meta", word=word)
            else:
                act(arg)
            return
        user, channel = self._user.user_id, self._channel_id
        if line.startswith("/"):
            command, text = split_word(line)
            text = self._directory.with_mentions(text)
            delivery = self._stack.driver.command(user, channel, command, text)
            if not delivery.ok:
                self._screen.say("sandbox.command_failed", command=command, status=delivery.status)
        else:
            text = self._directory.with_mentions(line)
            delivery = send_message(self._stack, user, channel, text, thread_ts=self._thread)
            if delivery.ts and self._thread is None:  # its number, for `:tråd` and `:genväg`
                self._screen.say(
                    "sandbox.message.sent", label=self._screen.label(channel, delivery.ts)
                )
            if delivery.status >= 500:  # 404 only means no listener wants this message
                self._screen.report_failure(delivery, line)
        self._refresh()

    # -- meta-commands ---------------------------------------------------------------

    def _switch_user(self, typed: str) -> None:
        if not typed:
            self._screen.say("sandbox.user.list")
            for person in self._directory.people:
                self._screen.say(
                    "sandbox.user.line",
                    marker=_marker(person == self._user),
                    name=person.name,
                    handle=person.handle,
                    about=console(person.about_key, self._lang),
                )
            return
        found = self._directory.find_people(typed)
        if len(found) != 1:
            key = "sandbox.user.ambiguous" if found else "sandbox.user.unknown"
            self._screen.say(key, name=typed, names=[p.name for p in found])
            return
        self._user = found[0]
        if self._channel is None:  # another person's DM: the thread was in the last one's
            self._thread = None
        self._screen.forget_controls()
        self._who()
        self._refresh()

    def _switch_channel(self, typed: str) -> None:
        if not typed:
            self._screen.say("sandbox.channel.list")
            for channel in self._directory.channels:
                marker = _marker(channel.channel_id == self._channel)
                self._screen.say("sandbox.channel.line", marker=marker, name=channel.name)
            self._screen.say("sandbox.channel.dm_line", marker=_marker(self._channel is None))
            return
        if fold(typed) == DM:
            self._channel = None
        else:
            found = self._directory.find_channels(typed)
            if len(found) != 1:
                self._screen.say("sandbox.channel.unknown", name=typed)
                return
            self._channel = found[0].channel_id
        self._thread = None
        self._screen.forget_controls()
        self._who()
        self._refresh()

    def _press(self, number: str) -> None:
        self._screen.press(self._user.user_id, number)
        self._refresh()

    def _open_thread(self, typed: str) -> None:
        """`:tråd 3`: what is typed next goes into the thread under message m3, as in Slack's
        thread pane; `:tråd` alone closes it."""
        place = self._screen.place(self._channel_id)
        if not typed and self._thread is not None:
            self._thread = None
            self._screen.say("sandbox.thread.closed", place=place)
            return
        ts = self._message_ts(typed, "sandbox.thread.usage")
        if ts is None:
            return
        self._thread = ts
        self._screen.show_thread(self._channel_id, ts)
        parent = self._screen.label(self._channel_id, ts)
        self._screen.say("sandbox.thread.opened", parent=parent, place=place)

    def _shortcut(self, typed: str) -> None:
        """`:genväg 3`: the message shortcut *Lägg till som punkt* on message m3."""
        ts = self._message_ts(typed, "sandbox.shortcut.usage")
        if ts is None:
            return
        user, channel = self._user.user_id, self._channel_id
        delivery = self._stack.driver.message_shortcut(user, channel, ts, ADD_AS_POINT)
        self._screen.report_failure(delivery, console("sandbox.shortcut.name", self._lang))
        self._refresh()

    def _message_ts(self, typed: str, usage: str) -> str | None:
        """The message "3" or "m3" of the current conversation; None, said why, if none."""
        number = typed.strip().lower().removeprefix("m")
        place = self._screen.place(self._channel_id)
        if not is_number(number):
            self._screen.say(usage, place=place)
            return None
        ts = self._screen.feed.message_ts(self._channel_id, int(number))
        if ts is None:
            self._screen.say("sandbox.message.unknown", number=number, place=place)
        return ts

    def _save_file(self, typed: str) -> None:
        """`:fil` lists the person's files, `:fil 2` saves file 2 in the working directory."""
        files = self._screen.files
        if not typed:
            mine = files.visible(self._user.user_id)
            self._screen.say("sandbox.file.list" if mine else "sandbox.file.none")
            for file in mine:
                self._terminal.say("  " + files.describe(file))
            return
        if not is_number(typed):
            self._screen.say("sandbox.file.which")
            return
        try:
            file, path = files.save(self._user.user_id, int(typed), Path.cwd())
        except NotYours:
            self._screen.say("sandbox.file.unknown", number=typed)
            return
        self._screen.say("sandbox.file.saved", number=typed, name=file["name"], path=path)

    def _move_clock(self, typed: str) -> None:
        now = self._stack.clock.now()
        if not typed:
            self._screen.say("sandbox.clock.now", when=self._when(now))
            return
        try:
            target = self._clock_target(typed, now)
        except UserError as error:
            self._screen.say(error.key, **error.params)
            self._screen.say("sandbox.clock.usage")
            return
        if target <= now:
            self._screen.say("sandbox.clock.backwards", when=self._when(now))
            return
        self._stack.tick(target)
        self._screen.say("sandbox.clock.moved", when=self._when(target))
        self._refresh()

    def _clock_target(self, typed: str, now: datetime) -> datetime:
        """ "+2d", "+1d 3h", "+1v" (also w, h, m/min); an ISO instant, local unless it says;
        or a time as the bot reads it ("nästa tisdag kl 9")."""
        if _STEPS.fullmatch(typed):
            deltas = (timedelta(**{_UNITS[u.lower()]: int(n)}) for n, u in _STEP.findall(typed))
            return now + sum(deltas, timedelta())
        try:
            instant = datetime.fromisoformat(typed)
        except ValueError:
            return parse_when(typed, now=now, tz=self._zone).start
        return instant if instant.tzinfo else instant.replace(tzinfo=self._zone)

    def _open_home(self, _: str) -> None:
        delivery = self._stack.driver.app_home_opened(self._user.user_id)
        home = self._stack.slack.home_views.get(self._user.user_id)
        if home is None:
            self._screen.say("sandbox.home.none")
        else:
            self._screen.show_home(home)
        if delivery.status >= 500:
            self._screen.report_failure(delivery, console("sandbox.home.title", self._lang))

    def _who(self) -> None:
        self._screen.say(
            "sandbox.who",
            name=self._user.name,
            user=self._user.user_id,
            place=self._screen.place(self._channel_id),
            when=self._when(self._stack.clock.now()),
        )

    def _save_now(self, _: str) -> None:
        if self._state is None:
            self._screen.say("sandbox.state.memory")
            return
        self._save()
        when = self._when(self._stack.clock.now())
        self._screen.say("sandbox.state.saved", path=self._state.path, when=when)

    def _save(self) -> None:
        """After every line, so the local Slack never lags behind what the database holds."""
        if self._state is not None:
            self._state.save(
                Saved(
                    now=self._stack.clock.now(),
                    user_id=self._user.user_id,
                    channel_id=self._channel,
                    thread_ts=self._thread,
                    slack=self._stack.slack.snapshot(),
                )
            )

    def _resume(self) -> None:
        """Take up the last run on this database: its clock, messages, files and place. A
        state beside a database without the demo council belongs to one that is gone."""
        if self._state is None:
            return
        saved = self._state.load()
        if saved is None or not demo.has_council(self._stack):
            return
        self._stack.clock.set(saved.now)
        self._stack.slack.restore(saved.slack)
        self._user = next(
            (p for p in self._directory.people if p.user_id == saved.user_id), self._user
        )
        self._channel, self._thread = saved.channel_id, saved.thread_ts
        when = self._when(saved.now)
        self._screen.say("sandbox.state.resumed", path=self._state.path, when=when)

    def _quit(self) -> None:
        self._running = False

    # -- helpers ---------------------------------------------------------------------

    @property
    def _channel_id(self) -> str:
        return self._channel or self._stack.slack.dm_channel(self._user.user_id)

    def _prompt(self) -> str:
        place = self._screen.place(self._channel_id)
        if self._thread is not None:
            parent = self._screen.label(self._channel_id, self._thread)
            place = console("sandbox.place.thread", self._lang, place=place, parent=parent)
        return f"[{self._user.name} @ {place}]> "

    def _refresh(self) -> None:
        self._screen.refresh(self._user.user_id, self._channel_id)

    def _seed_council(self) -> None:
        places = {"channel": demo.DEMO_CHANNEL.name, "new": demo.NEW_CHANNEL.name}
        try:
            made = demo.seed_council(self._stack, self._directory)
        except demo.DemoError as error:
            self._screen.say("sandbox.demo.failed", error=error, **places)
            return
        key = "sandbox.demo.created" if made else "sandbox.demo.exists"
        self._screen.say(key, council=demo.COUNCIL, **places)

    def _when(self, instant: datetime) -> str:
        return format_when(When(start=instant.astimezone(self._zone)), lang=self._lang)


def _marker(current: bool) -> str:
    """Where a list shows who or where you are now."""
    return "→" if current else " "


def run_console(
    settings: Settings,
    *,
    env: Mapping[str, str] = os.environ,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Start the local Slack and the bot on ``settings.database_url`` (migrated to head),
    chat until the end, stop both."""
    logging.getLogger().setLevel(logging.WARNING)  # the chat is the output; errors still show
    clock = ManualClock(SystemClock().now())
    stack = LocalStack.start(database_url=settings.database_url, clock=clock, env=env)
    # Bolt warns "unhandled request" for every message no listener wants; its logger takes
    # the root level when the app is built, so it is quietened after that.
    logging.getLogger("slack_bolt.App").setLevel(logging.ERROR)
    try:
        terminal = Terminal(stdin, stdout, interactive=stdin.isatty())
        database = make_url(settings.database_url).render_as_string(hide_password=True)
        state = StateFile.beside(settings.database_url, Path.cwd())
        return Console(
            stack,
            terminal,
            lang=settings.language,
            zone=settings.zone,
            database=database,
            state=state,
        ).run()
    except KeyboardInterrupt:
        stdout.write("\n")
        return 0
    finally:
        stack.stop()

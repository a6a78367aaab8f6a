"""What the person at the terminal sees and clicks: new messages, modals, numbered controls.

After each act the screen shows what is new for the current person (``Feed``), then any modal
the bot opened for them, as a form asked field by field and submitted through the driver;
errors in the bot's answer are shown and those fields asked again, as Slack keeps the modal
open. Controls are numbered per screenful; ``press`` acts on the last numbered ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.console.client import close_view
from adapters.console.directory import Directory
from adapters.console.feed import Feed, News
from adapters.console.fields import CANCEL, Cancelled, FieldAsker
from adapters.console.files import Files
from adapters.console.render import INDENT, Control, Renderer
from adapters.console.stack import LocalStack
from adapters.console.terminal import Terminal
from bot.commands.grammar import fold, is_number
from bot.core.texts.render import console
from devtools.localslack.driver import Delivery

_YES = ("j", "ja", "y", "yes")


@dataclass(frozen=True)
class _Pressable:
    control: Control
    channel_id: str | None = None
    message_ts: str | None = None
    view_id: str | None = None


class Screen:
    def __init__(
        self,
        stack: LocalStack,
        terminal: Terminal,
        renderer: Renderer,
        asker: FieldAsker,
        directory: Directory,
        *,
        lang: str,
    ) -> None:
        self._stack = stack
        self._terminal = terminal
        self._renderer = renderer
        self._asker = asker
        self._directory = directory
        self._lang = lang
        self.feed = Feed(stack.slack)
        self.files = Files(stack.slack, lang)
        self._controls: list[_Pressable] = []
        self._views_shown: set[tuple[str, str]] = set()

    def say(self, key: str, **params: Any) -> None:
        self._terminal.say(console(key, self._lang, **params))

    def place(self, channel_id: str) -> str:
        """ "#kanal", or the DM with the bot, as the person would name it."""
        if self._stack.slack.channel_type(channel_id) == "im":
            return console("sandbox.place.dm", self._lang)
        return "#" + self._stack.slack.channel(channel_id)["name"]

    def forget_controls(self) -> None:
        """Another person or place: what was on the screen is not theirs to press."""
        self._controls = []

    def refresh(self, user_id: str, channel_id: str) -> None:
        """Show what is new for the person, and fill in any modal the bot opened for them."""
        batch: list[_Pressable] = []
        while True:
            for news in self.feed.news(user_id, channel_id):
                self._show_message(news, batch)
            view = self._stack.slack.open_view(user_id)
            if view is None or (view["id"], view["hash"]) in self._views_shown:
                break
            self._views_shown.add((view["id"], view["hash"]))
            self._modal(user_id, view, batch)
        if batch:
            self._controls = batch
        others = [c.channel_id for c in self._directory.channels if c.channel_id != channel_id]
        for other, count in self.feed.unread_elsewhere(user_id, others).items():
            name = self._stack.slack.channel(other)["name"]
            self.say("sandbox.unread_elsewhere", place=self.place(other), name=name, count=count)

    def show_dms(self, user_id: str) -> None:
        dms = self.feed.dms(user_id)
        if not dms:
            self.say("sandbox.dm.none")
        self._show_all(dms)

    def show_thread(self, channel_id: str, ts: str) -> None:
        self._show_all(self.feed.thread(channel_id, ts))

    def label(self, channel_id: str, ts: str) -> str:
        """ "m3": how the screen numbers a message, and `:tråd 3` finds it."""
        number = self.feed.number(channel_id, ts)
        return console("sandbox.message.number", self._lang, number=number or "?")

    def show_home(self, home: dict[str, Any]) -> None:
        self.say("sandbox.home.title")
        self._controls = self._show_view(home, [])

    def press(self, user_id: str, number: str) -> None:
        if not self._controls:
            self.say("sandbox.press.none")
            return
        if not is_number(number) or not 1 <= int(number) <= len(self._controls):
            self.say("sandbox.press.which", last=len(self._controls))
            return
        pressed = self._controls[int(number) - 1]
        element = pressed.control.element
        if element.get("confirm") and not self._confirmed(element["confirm"]):
            return
        value = None
        if element.get("type") != "button":
            label = self._renderer.control_label(element)
            try:
                value = self._asker.ask(element, label, optional=False)
            except Cancelled:
                return
            if value is None:
                return  # left as it was: Slack sends nothing
        delivery = self._stack.driver.block_action(
            user_id,
            action_id=str(element.get("action_id", "")),
            block_id=pressed.control.block_id,
            value=value,
            message_ts=pressed.message_ts,
            channel_id=pressed.channel_id,
            view_id=pressed.view_id,
        )
        self.report_failure(delivery, self._renderer.control_label(element))

    def report_failure(self, delivery: Delivery, what: str) -> None:
        if not delivery.ok:
            self.say("sandbox.bot_failed", what=what, status=delivery.status)

    # -- messages ----------------------------------------------------------------------

    def _show_all(self, every: list[News]) -> None:
        batch: list[_Pressable] = []
        for news in every:
            self._show_message(news, batch)
        self._controls = batch or self._controls

    def _show_message(self, news: News, batch: list[_Pressable]) -> None:
        message = news.message
        edited = console("sandbox.edited", self._lang) if news.edited else ""
        self._terminal.say(f"  {self._header(news)}{edited}:")
        rendered = self._renderer.message(message, first_number=len(batch) + 1)
        for line in rendered.lines:
            self._terminal.say(INDENT + line)
        for file in message.get("files") or []:
            self._terminal.say(INDENT + self.files.describe(file))
        batch += [_Pressable(c, news.channel_id, message["ts"]) for c in rendered.controls]

    def _header(self, news: News) -> str:
        """Who wrote where: "m3 · Anna Andersson i #kanal", "brukarbot i tråden under m3 i
        #kanal"; ephemeral messages have no number, as Slack keeps them nowhere."""
        message = news.message
        if "bot_id" in message:
            author = str(message.get("bot_profile", {}).get("name") or self._directory.bot.name)
        else:
            author = self._stack.slack.user(str(message.get("user")))["real_name"]
        place = self.place(news.channel_id)
        if news.where == "ephemeral":
            return console("sandbox.from.ephemeral", self._lang, author=author, place=place)
        if news.where == "thread":
            parent = self.label(news.channel_id, str(message["thread_ts"]))
            return console(
                "sandbox.from.thread", self._lang, author=author, place=place, parent=parent
            )
        header = console(f"sandbox.from.{news.where}", self._lang, author=author, place=place)
        return f"{self.label(news.channel_id, str(message['ts']))} · {header}"

    def _confirmed(self, confirm: dict[str, Any]) -> bool:
        text = self._renderer.text
        answer = self._terminal.ask(
            console(
                "sandbox.press.confirm",
                self._lang,
                title=text(confirm.get("title")),
                text=text(confirm.get("text")),
                yes=text(confirm.get("confirm")) or "OK",
                no=text(confirm.get("deny")) or console("sandbox.cancel", self._lang),
            )
        )
        return answer is not None and fold(answer.strip()) in _YES

    # -- modals ------------------------------------------------------------------------

    def _show_view(self, view: dict[str, Any], batch: list[_Pressable]) -> list[_Pressable]:
        rendered = self._renderer.blocks(view.get("blocks", []), first_number=len(batch) + 1)
        for line in rendered.lines:
            self._terminal.say(INDENT + line)
        return batch + [_Pressable(c, view_id=view["id"]) for c in rendered.controls]

    def _modal(self, user_id: str, view: dict[str, Any], batch: list[_Pressable]) -> None:
        self.say("sandbox.modal.opened", title=self._renderer.text(view.get("title")))
        batch[:] = self._show_view(view, batch)
        inputs = [b for b in view.get("blocks", []) if b.get("type") == "input"]
        if not inputs and not view.get("submit"):
            return  # something to read: it stays open, its buttons can be pressed
        try:
            if inputs:
                self.say("sandbox.modal.hint")
                values = self._fill(inputs)
            else:
                values = {}
                self._confirm_submit(view)
            while True:
                delivery = self._stack.driver.view_submission(user_id, view["id"], values)
                errors = _errors(delivery.body)
                if not delivery.ok:
                    self.report_failure(delivery, self._renderer.text(view.get("title")))
                    raise Cancelled
                if not errors:
                    return
                self.say("sandbox.modal.fix")
                labels = {b.get("block_id"): self._renderer.text(b.get("label")) for b in inputs}
                for block_id, error in errors.items():
                    self._terminal.say(f"  {labels.get(block_id, block_id)}: {error}")
                again = [b for b in inputs if b.get("block_id") in errors]
                if not again:
                    raise Cancelled  # nothing the person can change: Slack would stall too
                values.update(self._fill(again))
        except Cancelled:
            close_view(self._stack, view["id"])
            self.say("sandbox.modal.closed")

    def _fill(self, inputs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        values: dict[str, dict[str, Any]] = {}
        for block in inputs:
            element = block["element"]
            if block.get("hint"):
                self._terminal.say(f"  ({self._renderer.text(block['hint'])})")
            label = self._renderer.text(block.get("label"))
            value = self._asker.ask(element, label, optional=bool(block.get("optional")))
            if value is not None:
                values[block["block_id"]] = {element["action_id"]: value}
        return values

    def _confirm_submit(self, view: dict[str, Any]) -> None:
        answer = self._terminal.ask(
            console(
                "sandbox.modal.confirm", self._lang, submit=self._renderer.text(view.get("submit"))
            )
        )
        if answer is None or fold(answer.strip()) in CANCEL:
            raise Cancelled


def _errors(body: Any) -> dict[str, str]:
    if isinstance(body, dict) and body.get("response_action") == "errors":
        return {str(k): str(v) for k, v in (body.get("errors") or {}).items()}
    return {}

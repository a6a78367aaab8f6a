"""One Block Kit input answered at the terminal: a typed line becomes the element's value.

The values are the simple ones ``devtools.localslack.blockkit`` turns into Slack's form (an
option's value, a list of them, "2026-12-01", a user id). Like Slack's client, a required
field is asked again until it has a value, and nothing reaches the bot before that.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from adapters.console.directory import Directory
from adapters.console.render import Renderer
from adapters.console.terminal import Terminal
from bot.commands.grammar import fold, is_number
from bot.core.texts.render import console

CANCEL = (":avbryt", ":cancel")
_SINGLE_OPTION = frozenset({"static_select", "radio_buttons", "overflow"})
_MANY_OPTIONS = frozenset({"multi_static_select", "checkboxes"})
_PEOPLE = {"users_select": False, "multi_users_select": True}
_CHANNELS = {
    "conversations_select": False,
    "channels_select": False,
    "multi_conversations_select": True,
    "multi_channels_select": True,
}
_NUMBERS = re.compile(r"[\d,\s]+")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class Cancelled(Exception):
    """The person closed the form (``:avbryt``) or the input ended."""


class _Invalid(ValueError):
    """What to tell the person before asking again."""


class FieldAsker:
    def __init__(
        self,
        terminal: Terminal,
        renderer: Renderer,
        directory: Directory,
        *,
        zone: ZoneInfo,
        lang: str,
    ) -> None:
        self._terminal = terminal
        self._renderer = renderer
        self._directory = directory
        self._zone = zone
        self._lang = lang

    def ask(self, element: dict[str, Any], label: str, *, optional: bool) -> Any:
        """The value typed for ``element``, or None to leave it as it is (empty answer to an
        optional field or one with an initial value). Raises Cancelled."""
        options = _options(element)
        for number, option in enumerate(options, 1):
            self._terminal.say(f"      {number}) {self._renderer.text(option.get('text'))}")
        initial = self._initial(element)
        hint = f" [{initial}]" if initial else ""
        if optional and not initial:
            hint = " " + console("sandbox.field.optional", self._lang)
        while True:
            answer = self._terminal.ask(f"  {label}{hint}: ")
            if answer is None or fold(answer.strip()) in CANCEL:
                raise Cancelled
            if not answer.strip():
                if optional or initial:
                    return None
                self._terminal.say("  " + console("sandbox.field.required", self._lang))
                continue
            try:
                return self._parse(element, answer.strip(), options)
            except _Invalid as problem:
                self._terminal.say(f"  {problem}")

    def _parse(self, element: dict[str, Any], answer: str, options: list[dict[str, Any]]) -> Any:
        kind = element.get("type", "")
        if kind in _SINGLE_OPTION or kind in _MANY_OPTIONS:
            typed = re.split(r"[,\s]+" if _NUMBERS.fullmatch(answer) else r",", answer)
            chosen = [self._option(word.strip(), options) for word in typed if word.strip()]
            if kind in _SINGLE_OPTION and len(chosen) != 1:
                raise _Invalid(console("sandbox.field.one_number", self._lang, last=len(options)))
            return chosen[0] if kind in _SINGLE_OPTION else chosen
        if kind in _PEOPLE:
            people = [self._one(self._directory.find_people(n), n) for n in _names(answer)]
            ids = [p.user_id for p in people]
            return ids if _PEOPLE[kind] else ids[0]
        if kind in _CHANNELS:
            channels = [self._one(self._directory.find_channels(n), n) for n in _names(answer)]
            ids = [c.channel_id for c in channels]
            return ids if _CHANNELS[kind] else ids[0]
        if kind == "datepicker":
            return self._date(answer).isoformat()
        if kind == "timepicker":
            return self._time(answer)
        if kind == "datetimepicker":
            return self._datetime(answer)
        if kind == "number_input":
            return self._number(answer, decimals=bool(element.get("is_decimal_allowed")))
        if element.get("multiline"):
            return answer.replace("\\n", "\n")  # one line at the terminal, \n for a new one
        return answer

    def _option(self, typed: str, options: list[dict[str, Any]]) -> str:
        """By number, or by the start of its text ("flytta ner")."""
        if is_number(typed) and 1 <= int(typed) <= len(options):
            return str(options[int(typed) - 1].get("value"))
        texts = [fold(self._renderer.text(o.get("text"))) for o in options]
        found = [o for o, text in zip(options, texts, strict=True) if text.startswith(fold(typed))]
        if is_number(typed) or len(found) != 1:
            raise _Invalid(console("sandbox.field.bad_number", self._lang, last=len(options)))
        return str(found[0].get("value"))

    def _one(self, found: list[Any], typed: str) -> Any:
        if len(found) != 1:
            raise _Invalid(console("sandbox.field.who", self._lang, name=typed))
        return found[0]

    def _date(self, answer: str) -> date:
        try:
            return date.fromisoformat(answer)
        except ValueError:
            raise _Invalid(console("sandbox.field.bad_date", self._lang)) from None

    def _time(self, answer: str) -> str:
        match = _TIME.match(answer)
        if match is None:
            raise _Invalid(console("sandbox.field.bad_time", self._lang))
        return f"{int(match.group(1)):02d}:{match.group(2)}"

    def _datetime(self, answer: str) -> int:
        try:
            when = datetime.fromisoformat(answer)
        except ValueError:
            raise _Invalid(console("sandbox.field.bad_datetime", self._lang)) from None
        return int((when if when.tzinfo else when.replace(tzinfo=self._zone)).timestamp())

    def _number(self, answer: str, *, decimals: bool) -> str:
        pattern = r"-?\d+([.,]\d+)?" if decimals else r"-?\d+"
        if not re.fullmatch(pattern, answer):
            raise _Invalid(console("sandbox.field.bad_number_input", self._lang))
        return answer.replace(",", ".")

    def _initial(self, element: dict[str, Any]) -> str:
        """The value the field shows before it is touched, as text ("" when none)."""
        key = next((k for k in element if k.startswith("initial_") and element[k]), None)
        if key is None:
            return ""
        value = element[key]
        values = value if isinstance(value, list) else [value]
        return ", ".join(
            self._renderer.text(v.get("text")) if isinstance(v, dict) else str(v) for v in values
        )


def _options(element: dict[str, Any]) -> list[dict[str, Any]]:
    options = list(element.get("options", []))
    for group in element.get("option_groups", []):
        options += group.get("options", [])
    return options


def _names(answer: str) -> list[str]:
    return [name.strip() for name in answer.split(",") if name.strip()]

"""Block Kit as terminal text: what a person would read in Slack, with numbered controls.

Mrkdwn stays mrkdwn (``*fet*`` reads fine) except what only Slack's client can turn into
words: mentions (``<@U123>`` → ``@Namn``), channels, special mentions, dates and links
(``<url|text>`` → ``text (url)``). Every button or menu gets a number, counted on from
``first_number``, so the console can press it; input blocks are left to the form that
asks for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from adapters.slack.text import Entity, Names, spelled, unescape
from bot.core.texts.render import console

_ANGLE = re.compile(r"<([^<>]*)>")
HEADER = "━━ {} ━━"
DIVIDER = "─" * 40
INDENT = "    "


@dataclass(frozen=True)
class Control:
    """A button or menu in a message or view: what pressing it needs to find it again."""

    block_id: str
    element: dict[str, Any]


@dataclass
class Rendered:
    lines: list[str] = field(default_factory=list)
    controls: list[Control] = field(default_factory=list)


class Renderer:
    def __init__(self, names: Names, lang: str) -> None:
        self._names = names
        self._lang = lang

    def mrkdwn(self, text: str) -> str:
        """What the bot wrote is escaped, so every `<…>` in it is Slack's own markup."""
        parts = _ANGLE.split(text)  # odd parts: the insides of <…>
        return "".join(self._angle(p) if i % 2 else unescape(p) for i, p in enumerate(parts))

    def text(self, obj: Any) -> str:
        """A text object (plain_text or mrkdwn) or a bare string."""
        if isinstance(obj, str):
            return self.mrkdwn(obj)
        if not isinstance(obj, dict):
            return ""
        raw = str(obj.get("text", ""))
        return self.mrkdwn(raw) if obj.get("type") == "mrkdwn" else raw

    def message(self, message: dict[str, Any], *, first_number: int = 1) -> Rendered:
        """Blocks when there are some (Slack shows them, ``text`` is the fallback)."""
        blocks = message.get("blocks") or []
        out = self.blocks(blocks, first_number=first_number)
        if not blocks and message.get("text"):
            out.lines.extend(self.mrkdwn(str(message["text"])).splitlines())
        for attachment in message.get("attachments") or []:
            inner = self.message(attachment, first_number=first_number + len(out.controls))
            if not inner.lines and attachment.get("fallback"):
                inner.lines.append(self.mrkdwn(str(attachment["fallback"])))
            out.lines.extend(f"│ {line}" for line in inner.lines)
            out.controls.extend(inner.controls)
        return out

    def blocks(self, blocks: Iterable[dict[str, Any]], *, first_number: int = 1) -> Rendered:
        out = Rendered()
        for block in blocks:
            self._block(block, out, first_number)
        return out

    def control_label(self, element: dict[str, Any]) -> str:
        if element.get("type") == "button":
            label = self.text(element.get("text"))
            return f"{label} ({element['url']})" if element.get("url") else label
        shown = element.get("initial_option", {}).get("text") or element.get("placeholder")
        return self.text(shown) or console("sandbox.choose", self._lang)

    # -- one block -------------------------------------------------------------------

    def _block(self, block: dict[str, Any], out: Rendered, first_number: int) -> None:
        kind = block.get("type")
        lines = out.lines
        if kind == "section":
            if block.get("text"):
                lines.extend(self.text(block["text"]).splitlines())
            lines.extend(self.text(f).replace("\n", " ") for f in block.get("fields", []))
            accessory = block.get("accessory")
            if accessory and accessory.get("type") == "image":
                lines.append(self._image(accessory))
            elif accessory:
                lines.append(self._control(block, accessory, out, first_number))
        elif kind == "header":
            lines.append(HEADER.format(self.text(block.get("text"))))
        elif kind == "divider":
            lines.append(DIVIDER)
        elif kind == "context":
            parts = [
                self._image(e) if e.get("type") == "image" else self.text(e)
                for e in block.get("elements", [])
            ]
            lines.append("  " + " · ".join(parts))
        elif kind == "actions":
            controls = [self._control(block, e, out, first_number) for e in block["elements"]]
            lines.append("  ".join(controls))
        elif kind == "image":
            lines.append(self._image(block))
        elif kind == "rich_text":
            lines.extend(self._rich(block.get("elements", [])).splitlines())
        elif kind != "input":
            lines.append(f"[{kind}]")

    def _control(
        self, block: dict[str, Any], element: dict[str, Any], out: Rendered, first_number: int
    ) -> str:
        out.controls.append(Control(str(block.get("block_id", "")), element))
        return f"[{first_number + len(out.controls) - 1}] {self.control_label(element)}"

    def _image(self, image: dict[str, Any]) -> str:
        return console("sandbox.image", self._lang, alt=image.get("alt_text", ""))

    # -- mrkdwn and rich text ----------------------------------------------------------

    def _angle(self, inner: str) -> str:
        target, _, label = inner.partition("|")
        return spelled(Entity(target, label), self._names, at="@")

    def _rich(self, elements: list[dict[str, Any]]) -> str:
        parts: list[str] = []
        for element in elements:
            kind = element.get("type")
            if kind == "text":
                parts.append(element.get("text", ""))
            elif kind == "link":
                parts.append(self._angle(f"{element.get('url', '')}|{element.get('text', '')}"))
            elif kind == "user":
                parts.append(self._angle(f"@{element.get('user_id', '')}"))
            elif kind == "channel":
                parts.append(self._angle(f"#{element.get('channel_id', '')}"))
            elif kind == "emoji":
                parts.append(f":{element.get('name', '')}:")
            elif kind == "rich_text_list":
                items = (self._rich(item.get("elements", [])) for item in element["elements"])
                parts.append("".join(f"• {item}\n" for item in items))
            elif kind == "rich_text_quote":
                parts.append("> " + self._rich(element.get("elements", [])) + "\n")
            elif kind == "rich_text_preformatted":
                parts.append(INDENT + self._rich(element.get("elements", [])) + "\n")
            else:  # rich_text_section
                parts.append(self._rich(element.get("elements", [])) + "\n")
        return "".join(parts)

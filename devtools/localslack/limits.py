"""Slack's Block Kit limits, checked as Slack checks them before it shows anything.

The local Slack refuses what Slack refuses, with Slack's errors: a message's blocks that break
a limit are ``invalid_blocks`` (views: ``invalid_arguments``), each problem explained in
``response_metadata.messages`` as Slack words it, e.g.
``[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]``.
The bot's own tests validate what it renders with the same functions.

Limits, from Slack's Block Kit reference (docs.slack.dev/reference/block-kit/…):

| where | limit | page |
|---|---|---|
| blocks in a message | 50 | blocks ("up to 50 blocks in each message") |
| blocks in a modal or Home tab | 100 | views/modal-views, views/home-tab-views |
| any block_id | 255 | every block's `block_id` |
| section text | 1–3000 | blocks/section-block |
| section fields | 10 items × 2000 | blocks/section-block |
| header text | 150 | blocks/header-block |
| context elements | 10 | blocks/context-block |
| actions elements | 25 | blocks/actions-block |
| input label, hint | 2000 each | blocks/input-block |
| image alt_text; image_url | 2000; 3000 | blocks/image-block |
| markdown block text | 12000 | blocks/markdown-block |
| action_id | 255 | every interactive element |
| button text; value; url | 75; 2000; 3000 | block-elements/button-element |
| placeholder | 150 | every element with one |
| static select options, option groups | 100 each | block-elements/select-menu-element |
| overflow options | 2–5 | block-elements/overflow-menu-element |
| radio buttons, checkboxes options | 10 each | block-elements/radio-button-group-element |
| option text; value; description | 75; 150; 75 | composition-objects/option-object |
| option group label | 75 | composition-objects/option-group-object |
| plain_text_input max_length, min_length | ≤ 3000 | block-elements/plain-text-input-element |
| confirm title; text; confirm; deny | 100; 300; 30; 30 | composition-objects/confirmation-dialog… |
| modal title, submit, close | 24 each | views/modal-views |
| view private_metadata; callback_id; external_id | 3000; 255; 255 | views/modal-views |
| message `text` | 40,000 | methods/chat.postMessage (longer is `msg_too_long`) |

A text object's ``text`` must not be empty either (Slack: "must be more than 0 characters").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

MAX_TEXT = 40_000
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100

# (field of a block or element, maximum characters of its text object or string)
_SECTION = {"text": 3000}
_HEADER = {"text": 150}
_INPUT = {"label": 2000, "hint": 2000}
_IMAGE = {"alt_text": 2000, "image_url": 3000, "title": 2000}
_MARKDOWN = {"text": 12_000}
_BUTTON = {"text": 75, "value": 2000, "url": 3000, "accessibility_label": 75}
_OPTION = {"text": 75, "value": 150, "description": 75, "url": 3000}
_CONFIRM = {"title": 100, "text": 300, "confirm": 30, "deny": 30}
_VIEW = {
    "title": 24,
    "submit": 24,
    "close": 24,
    "private_metadata": 3000,
    "callback_id": 255,
    "external_id": 255,
}
# Element type -> (list of options, most allowed, fewest allowed).
_OPTION_COUNTS = {
    "static_select": (100, 1),
    "multi_static_select": (100, 1),
    "overflow": (5, 2),
    "radio_buttons": (10, 1),
    "checkboxes": (10, 1),
}


def message_problems(blocks: Any) -> list[str]:
    """Slack's explanations of what is wrong with a message's ``blocks`` ([] when fine)."""
    return list(_blocks(blocks, "/blocks", MAX_MESSAGE_BLOCKS))


def view_problems(view: Mapping[str, Any]) -> list[str]:
    """Slack's explanations of what is wrong with a modal or Home tab view ([] when fine)."""
    problems = list(_blocks(view.get("blocks", []), "/view/blocks", MAX_VIEW_BLOCKS))
    for field, limit in _VIEW.items():
        if field in view:
            problems += _text(view[field], f"/view/{field}", limit)
    return problems


def _blocks(blocks: Any, pointer: str, most: int) -> Iterator[str]:
    if not isinstance(blocks, list):
        yield f"[ERROR] must be an array [json-pointer:{pointer}]"
        return
    if len(blocks) > most:
        yield f"[ERROR] no more than {most} items allowed [json-pointer:{pointer}]"
    for index, block in enumerate(blocks):
        yield from _object(_block, block, f"{pointer}/{index}")


def _object(
    check: Callable[[Mapping[str, Any], str], Iterator[str]], value: Any, at: str
) -> Iterator[str]:
    if isinstance(value, Mapping):
        yield from check(value, at)
    else:
        yield f"[ERROR] must be an object [json-pointer:{at}]"


def _block(block: Mapping[str, Any], at: str) -> Iterator[str]:
    kind = block.get("type")
    yield from _string(block.get("block_id"), f"{at}/block_id", 255)
    if kind == "section":
        yield from _fields(block, at, _SECTION)
        fields = block.get("fields") or []
        if "text" not in block and not fields:
            yield f"[ERROR] must provide either text or fields [json-pointer:{at}]"
        yield from _count(fields, f"{at}/fields", 10)
        for index, field in enumerate(fields):
            yield from _text(field, f"{at}/fields/{index}", 2000)
        if "accessory" in block:
            yield from _object(_element, block["accessory"], f"{at}/accessory")
    elif kind == "header":
        yield from _fields(block, at, _HEADER)
    elif kind == "context":
        yield from _count(block.get("elements", []), f"{at}/elements", 10, fewest=1)
        for index, element in enumerate(block.get("elements", [])):
            if element.get("type") == "image":
                yield from _fields(element, f"{at}/elements/{index}", _IMAGE)
            else:
                yield from _text(element, f"{at}/elements/{index}", 3000)
    elif kind == "actions":
        yield from _count(block.get("elements", []), f"{at}/elements", 25, fewest=1)
        for index, element in enumerate(block.get("elements", [])):
            yield from _object(_element, element, f"{at}/elements/{index}")
    elif kind == "input":
        yield from _fields(block, at, _INPUT)
        if "element" in block:
            yield from _object(_element, block["element"], f"{at}/element")
    elif kind == "image":
        yield from _fields(block, at, _IMAGE)
    elif kind == "markdown":
        yield from _fields(block, at, _MARKDOWN)


def _element(element: Mapping[str, Any], at: str) -> Iterator[str]:
    kind = element.get("type")
    yield from _string(element.get("action_id"), f"{at}/action_id", 255)
    if "placeholder" in element:
        yield from _text(element["placeholder"], f"{at}/placeholder", 150)
    if "confirm" in element:
        yield from _fields(element["confirm"], f"{at}/confirm", _CONFIRM)
    if kind == "button":
        yield from _fields(element, at, _BUTTON)
    elif kind == "plain_text_input":
        for bound in ("max_length", "min_length"):
            if isinstance(element.get(bound), int) and element[bound] > 3000:
                yield f"[ERROR] must be at most 3000 [json-pointer:{at}/{bound}]"
    if kind in _OPTION_COUNTS:
        most, fewest = _OPTION_COUNTS[kind]
        if "option_groups" in element:
            groups = element["option_groups"]
            yield from _count(groups, f"{at}/option_groups", 100, fewest=1)
            for g, group in enumerate(groups):
                yield from _text(group.get("label"), f"{at}/option_groups/{g}/label", 75)
                yield from _options(group.get("options", []), f"{at}/option_groups/{g}", 100, 1)
        else:
            yield from _options(element.get("options", []), at, most, fewest)


def _options(options: list[Any], at: str, most: int, fewest: int) -> Iterator[str]:
    yield from _count(options, f"{at}/options", most, fewest=fewest)
    for index, option in enumerate(options):
        yield from _fields(option, f"{at}/options/{index}", _OPTION)


def _fields(holder: Mapping[str, Any], at: str, limits: Mapping[str, int]) -> Iterator[str]:
    for field, limit in limits.items():
        if field in holder:
            yield from _text(holder[field], f"{at}/{field}", limit)


def _text(value: Any, at: str, limit: int) -> Iterator[str]:
    """A text object (its ``text``) or a plain string field."""
    if isinstance(value, Mapping):
        yield from _string(value.get("text"), f"{at}/text", limit, fewest=1)
    else:
        yield from _string(value, at, limit)


def _string(value: Any, at: str, limit: int, *, fewest: int = 0) -> Iterator[str]:
    if value is None:
        if fewest:
            yield f"[ERROR] missing required field: text [json-pointer:{at.rsplit('/', 1)[0]}]"
        return
    length = len(str(value))
    if length > limit:
        yield f"[ERROR] must be less than {limit + 1} characters [json-pointer:{at}]"
    elif length < fewest:
        yield f"[ERROR] must be more than {fewest - 1} characters [json-pointer:{at}]"


def _count(items: Any, at: str, most: int, *, fewest: int = 0) -> Iterator[str]:
    count = len(items) if isinstance(items, list) else 0
    if count > most:
        yield f"[ERROR] no more than {most} items allowed [json-pointer:{at}]"
    elif count < fewest:
        yield f"[ERROR] must have at least {fewest} items [json-pointer:{at}]"

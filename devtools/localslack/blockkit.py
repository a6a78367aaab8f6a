"""Interactive Block Kit elements as Slack reports them back to the app.

Turns simple values (``"text"``, ``"2025-03-12"``, ``["a", "b"]``, an option's value) into
the value dicts Slack sends in ``view.state.values`` and in block_actions ``actions``,
using the element's type found in the blocks.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

# Element type -> the key holding its value in state values and actions.
_VALUE_KEYS = {
    "plain_text_input": "value",
    "email_text_input": "value",
    "url_text_input": "value",
    "number_input": "value",
    "button": "value",
    "static_select": "selected_option",
    "external_select": "selected_option",
    "radio_buttons": "selected_option",
    "overflow": "selected_option",
    "multi_static_select": "selected_options",
    "multi_external_select": "selected_options",
    "checkboxes": "selected_options",
    "datepicker": "selected_date",
    "timepicker": "selected_time",
    "datetimepicker": "selected_date_time",
    "users_select": "selected_user",
    "multi_users_select": "selected_users",
    "conversations_select": "selected_conversation",
    "multi_conversations_select": "selected_conversations",
    "channels_select": "selected_channel",
    "multi_channels_select": "selected_channels",
    "rich_text_input": "rich_text_value",
}
# Where an element keeps the value it shows before the user touches it.
_INITIAL_KEYS = {
    "value": "initial_value",
    "selected_option": "initial_option",
    "selected_options": "initial_options",
    "selected_date": "initial_date",
    "selected_time": "initial_time",
    "selected_date_time": "initial_date_time",
    "selected_user": "initial_user",
    "selected_users": "initial_users",
    "selected_conversation": "initial_conversation",
    "selected_conversations": "initial_conversations",
    "selected_channel": "initial_channel",
    "selected_channels": "initial_channels",
    "rich_text_value": "initial_value",
}
_OPTION_KEYS = frozenset({"selected_option", "selected_options"})
_MULTI_KEYS = frozenset(
    {"selected_options", "selected_users", "selected_conversations", "selected_channels"}
)


def elements(blocks: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(block_id, element, is_input) for every interactive element in the blocks."""
    for block in blocks:
        block_id = block.get("block_id", "")
        if block.get("type") == "input" and "element" in block:
            yield block_id, block["element"], True
        elif block.get("type") == "actions":
            for element in block.get("elements", []):
                yield block_id, element, False
        elif "accessory" in block:
            yield block_id, block["accessory"], False


def find_element(
    blocks: list[dict[str, Any]], action_id: str, block_id: str | None = None
) -> tuple[str, dict[str, Any]] | None:
    for found_block_id, element, _ in elements(blocks):
        if element.get("action_id") == action_id and block_id in (None, found_block_id):
            return found_block_id, element
    return None


def element_value(element: Mapping[str, Any], value: Any) -> dict[str, Any]:
    """``{"type": ..., <value key>: ...}`` for a simple value; a dict with a ``type`` is
    taken as already in Slack's form. Option values must be among the element's options."""
    if isinstance(value, Mapping) and "type" in value:
        return dict(value)
    kind = str(element.get("type", "plain_text_input"))
    key = _VALUE_KEYS.get(kind, "value")
    if key in _OPTION_KEYS and value is not None:
        if key == "selected_options":
            value = [_option(element, v) for v in value]
        else:
            value = _option(element, value)
    elif key == "rich_text_value" and isinstance(value, str):
        section = {"type": "rich_text_section", "elements": [{"type": "text", "text": value}]}
        value = {"type": "rich_text", "elements": [section]}
    return {"type": kind, key: value}


def untouched_value(element: Mapping[str, Any]) -> dict[str, Any]:
    """What Slack reports for an input the user left alone: its initial value or nothing."""
    kind = str(element.get("type", "plain_text_input"))
    key = _VALUE_KEYS.get(kind, "value")
    empty = [] if key in _MULTI_KEYS else None
    return {"type": kind, key: element.get(_INITIAL_KEYS.get(key, ""), empty)}


def state_values(
    view: Mapping[str, Any], values: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, dict[str, Any]]]:
    """``view.state.values`` for a submission: ``values`` as {block_id: {action_id: value}}
    with simple or Slack-form values; inputs not mentioned keep their initial values, as
    every input block is reported."""
    state: dict[str, dict[str, dict[str, Any]]] = {}
    given = {(b, a) for b, actions in values.items() for a in actions}
    for block_id, element, is_input in elements(view.get("blocks", [])):
        action_id = element.get("action_id", "")
        if is_input and (block_id, action_id) not in given:
            state.setdefault(block_id, {})[action_id] = untouched_value(element)
    for block_id, actions in values.items():
        for action_id, value in actions.items():
            found = find_element(view.get("blocks", []), action_id, block_id)
            if found is None:
                raise KeyError(f"no element {block_id}/{action_id} in view {view.get('id')}")
            state.setdefault(block_id, {})[action_id] = element_value(found[1], value)
    return state


def _option(element: Mapping[str, Any], value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    options = list(element.get("options", []))
    for group in element.get("option_groups", []):
        options += group.get("options", [])
    if not options:  # external selects: the app served the options, echo the value
        return {"text": {"type": "plain_text", "text": str(value)}, "value": str(value)}
    for option in options:
        if option.get("value") == value:
            return dict(option)
    known = [o.get("value") for o in options]
    raise ValueError(f"{value!r} is not an option of {element.get('action_id')}: {known}")

"""Adaptive Cards as Teams takes them: valid by the official Adaptive Card 1.5 schema
(tests/schemas), Teams' own `msteams` property as Teams documents it, within its size limit;
and each Action.Execute with its Action.Submit fallback carrying the same data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema

from adapters.teams.card import CARD, MAX_BYTES, size

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
CARD_SCHEMA = json.loads((SCHEMAS / "adaptive-card-1.5.json").read_text(encoding="utf-8"))
# `msteams` is Teams' own property of a card, beside the Adaptive Card schema (which allows no
# property it does not name): its form as Teams documents it (learn.microsoft.com/microsoftteams/
# platform/task-modules-and-cards/cards/cards-format: full width, mentions).
TEAMS_PROPERTY = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "width": {"enum": ["Full"]},
        "entities": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["type", "text", "mentioned"],
                "properties": {
                    "type": {"enum": ["mention"]},
                    "text": {"type": "string", "pattern": "^<at>[^<>]+</at>$"},
                    "mentioned": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["id", "name"],
                        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                    },
                },
            },
        },
    },
}


def walk(element: Any) -> Iterator[dict[str, Any]]:
    """Every object in a card, its own first."""
    if isinstance(element, dict):
        yield element
        for value in element.values():
            yield from walk(value)
    elif isinstance(element, list):
        for value in element:
            yield from walk(value)


def valid_card(said: dict[str, Any]) -> dict[str, Any]:
    """The activity's card, checked against the Adaptive Card 1.5 schema and Teams' property."""
    assert said["type"] == "message" and size(said) <= MAX_BYTES
    [attachment] = said["attachments"]
    assert attachment["contentType"] == CARD
    content = attachment["content"]
    assert content["version"] == "1.5"
    jsonschema.Draft6Validator.check_schema(CARD_SCHEMA)
    jsonschema.validate({k: v for k, v in content.items() if k != "msteams"}, CARD_SCHEMA)
    jsonschema.validate(content["msteams"], TEAMS_PROPERTY)
    for action in (e for e in walk(content) if e.get("type") == "Action.Execute"):
        fallback = action["fallback"]
        assert fallback["type"] == "Action.Submit" and fallback["data"] == action["data"]
        assert action["data"]["verb"] == action["verb"]
    return dict(content)

"""neutral words: what people wrote names people, conversations and links in the bot's own tokens

Until now stored text kept Slack's entity tokens as Slack wrote them, their insides in
Slack's encoding: a person `<@U1|Anna>`, a channel `<#C1|rad>`, a link `<https://…|label>`,
a special mention `<!here>`. They become the neutral tokens of bot/core/written.py: a person
`<person:slack:U1|Anna>`, a conversation `<conversation:slack:C1|rad>`, a link
`<link:https://…|label>` (insides plain; a name or label holds `%`, `<`, `>` as `%25`, `%3C`,
`%3E`), and a special mention its words ("@here"), as every place already showed it. Each
text reads the same afterwards, in Slack and in words.

The texts: points (title, description, outcome), standing points, a meeting's place, its
documents' titles, the kallelse texts, the glossary, reasons for absence, action items, the
minutes' lines (events) and approved versions, and the neutral part of queued messages
(`said`, `words`: what Slack was sent as rendered stays). The inbox keeps Slack's payloads as
sent: the adapter reads them when they run. The downgrade writes Slack's tokens back; a
special mention stays its words.

Revision ID: 0026_neutral_words
Revises: 0025_events_meeting_kind
Create Date: 2026-12-07 10:10:00.000000
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0026_neutral_words"
down_revision = "0025_events_meeting_kind"
branch_labels = None
depends_on = None

# Each table's texts of people's words; the JSON ones are walked, their strings converted.
TEXTS = {
    "agenda_points": ("title", "description", "outcome"),
    "standing_points": ("title",),
    "meetings": ("place",),
    "documents": ("title",),
    "council_kallelse": ("purpose", "breaks", "food", "preparation"),
    "meeting_kallelse": ("purpose", "breaks", "food", "preparation"),
    "glossary_terms": ("meaning",),
    "attendance": ("answer_reason",),
    "action_items": ("text", "comment"),
}
JSONS = {"events": "data", "minutes": "approved", "outbox": "payload"}
NEUTRAL_PARTS = ("said", "words")  # of an outbox payload; the rest is as rendered for Slack

# As of this revision (the code may change later; this conversion may not).
SLACK = re.compile(
    r"<(?P<target>@[UW][A-Z0-9]+|#[CG][A-Z0-9]+|![a-z]+(?:\^[^|<>]*)?"
    r"|(?:https?|mailto|tel):[^|<>\s]+)(?:\|(?P<label>[^<>]*))?>"
)
NEUTRAL = re.compile(
    r"<(?:(?P<kind>person|conversation):(?P<platform>[a-z]+):(?P<id>[^|<>\s]+)"
    r"\|(?P<name>[^<>]*)"
    r"|link:(?P<url>(?:https?|mailto|tel):[^|<>\s]+)(?:\|(?P<label>[^<>]*))?)>"
)
_SLACK_ESCAPED = re.compile(r"&(amp|lt|gt);")
_SLACK_CHARS = {"amp": "&", "lt": "<", "gt": ">"}
_SLACK_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_FIELD_ESCAPED = re.compile("%(25|3C|3E)")
_FIELD_CHARS = {"25": "%", "3C": "<", "3E": ">"}
_FIELD_ESCAPES = str.maketrans({"%": "%25", "<": "%3C", ">": "%3E"})


def _unslack(text: str) -> str:
    return _SLACK_ESCAPED.sub(lambda m: _SLACK_CHARS[m.group(1)], text)


def _unfield(text: str) -> str:
    return _FIELD_ESCAPED.sub(lambda m: _FIELD_CHARS[m.group(1)], text)


def _neutral(found: re.Match[str]) -> str:
    target, label = _unslack(found["target"]), _unslack(found["label"] or "")
    field = label.translate(_FIELD_ESCAPES)
    if target.startswith("@"):
        return f"<person:slack:{target[1:]}|{field}>"
    if target.startswith("#"):
        return f"<conversation:slack:{target[1:]}|{field}>"
    if target.startswith("!"):  # !here, !subteam^S1|@grupp, !date^…|fallback: its words
        return label or "@" + target[1:].split("^")[0]
    return f"<link:{target}|{field}>" if label else f"<link:{target}>"


def _slack(found: re.Match[str]) -> str:
    if found["kind"]:
        name = _unfield(found["name"])
        if found["platform"] != "slack":
            return name or found["id"]
        sign = "@" if found["kind"] == "person" else "#"
        label = f"|{name.translate(_SLACK_ESCAPES)}" if name else ""
        return f"<{sign}{found['id']}{label}>"
    url, label = found["url"].translate(_SLACK_ESCAPES), _unfield(found["label"] or "")
    return f"<{url}|{label.translate(_SLACK_ESCAPES)}>" if label else f"<{url}>"


def _walked(value: Any, convert: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, dict):
        return {k: _walked(v, convert) for k, v in value.items()}
    if isinstance(value, list):
        return [_walked(v, convert) for v in value]
    return value


def _payload(payload: Any, convert: Callable[[str], str]) -> Any:
    if not isinstance(payload, dict):
        return payload
    return {k: _walked(v, convert) if k in NEUTRAL_PARTS else v for k, v in payload.items()}


def _convert(pattern: re.Pattern[str], token: Callable[[re.Match[str]], str]) -> None:
    """Every text that holds a `<` rewritten, token by token."""

    def convert(text: str) -> str:
        return pattern.sub(token, text)

    bind = op.get_bind()
    for name, columns in TEXTS.items():
        table = sa.table(name, *(sa.column(c, sa.Text) for c in columns))
        for column in columns:
            holding = table.c[column].like("%<%")  # each text once, by what it says
            for (text,) in bind.execute(sa.select(table.c[column]).where(holding).distinct()).all():
                if (new := convert(text)) != text:
                    bind.execute(
                        table.update().where(table.c[column] == text).values({column: new})
                    )
    for name, column in JSONS.items():
        table = sa.table(name, sa.column("id", sa.Integer), sa.column(column, sa.JSON))
        holding = sa.cast(table.c[column], sa.Text).like("%<%")
        for row_id, value in bind.execute(
            sa.select(table.c.id, table.c[column]).where(holding)
        ).all():
            new = _payload(value, convert) if name == "outbox" else _walked(value, convert)
            if new != value:
                bind.execute(table.update().where(table.c.id == row_id).values({column: new}))


def upgrade() -> None:
    _convert(SLACK, _neutral)


def downgrade() -> None:
    _convert(NEUTRAL, _slack)

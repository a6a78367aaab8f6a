"""Migration 0026_neutral_words on a database holding people's words with Slack's tokens in
them: each text holds the neutral tokens afterwards (bot/core/written.py) and reads the same,
in Slack and in words; what Slack was sent as rendered is left as it is; a downgrade writes
Slack's tokens back."""

from __future__ import annotations

from typing import Any

from alembic import command
from sqlalchemy import MetaData, select

from adapters.slack.mrkdwn import mrkdwn
from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from bot.core.written import readable
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

# As Slack's adapter stored it until now: plain runs decoded, tokens as Slack wrote them.
TITLE = (
    "Fråga <@U0ANNA|Anna Andersson> (<@U0NOBODY>) i <#C0RAD|brukarrad> om "
    "<https://x.se/?a=1&amp;b=2|R&amp;D> och <https://x.se> <mailto:a@x.se|a@x.se> <!here> & <2>"
)
NEUTRAL = (
    "Fråga <person:slack:U0ANNA|Anna Andersson> (<person:slack:U0NOBODY|>) i "
    "<conversation:slack:C0RAD|brukarrad> om <link:https://x.se/?a=1&b=2|R&D> och "
    "<link:https://x.se> <link:mailto:a@x.se|a@x.se> @here & <2>"
)
# How every place showed TITLE before the migration (the tests of bot/core/written.py then).
IN_WORDS = (
    "Fråga Anna Andersson (U0NOBODY) i #brukarrad om R&D (https://x.se/?a=1&b=2) och "
    "https://x.se a@x.se @here & <2>"
)
IN_SLACK = (
    "Fråga <@U0ANNA> (<@U0NOBODY>) i <#C0RAD|brukarrad> om "
    "<https://x.se/?a=1&amp;b=2|R&amp;D> och <https://x.se> <mailto:a@x.se|a@x.se> "
    "@here &amp; &lt;2&gt;"
)
NAMED = "<@U0BO|Bo &lt;ordf.&gt; 100 %> och <!subteam^S1|@styrelsen>"
RENDERED = "Ny punkt från <@U0ANNA>"  # Block Kit text as the adapter rendered it


def _said(text: str) -> dict[str, Any]:
    words = {"key": "agenda.point", "params": {"title": text}, "lang": "sv"}
    return {"v": 1, "blocks": [{"type": "paragraph", "words": words}]}


def _rows(url: str) -> dict[str, Any]:
    engine = make_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    points, meetings, events, outbox = (
        tables.tables[n] for n in ("agenda_points", "meetings", "events", "outbox")
    )
    with engine.connect() as conn:
        found = {
            "title": conn.scalar(select(points.c.title)),
            "description": conn.scalar(select(points.c.description)),
            "place": conn.scalar(select(meetings.c.place)),
            "line": conn.scalar(select(events.c.data)),
            "payload": conn.scalar(select(outbox.c.payload)),
        }
    engine.dispose()
    return found


def test_stored_words_hold_neutral_tokens_and_read_the_same(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, "0025_events_meeting_kind")
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    _insert(engine, tables["meetings"], id=1, council_id=1, place="Rum <3> <!channel>")
    _insert(engine, tables["agenda_points"], id=1, council_id=1, title=TITLE, description=NAMED)
    line = {"kind": "beslut", "text": "Se <https://example.org|sidan>", "n": 3}
    _insert(engine, tables["events"], id=1, council_id=1, kind="minutes.line", data=line)
    payload = {"said": _said(TITLE), "text": RENDERED, "via": "slack"}
    _insert(engine, tables["outbox"], id=1, idempotency_key="k1", payload=payload)
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    rows = _rows(empty_url)
    assert rows["title"] == NEUTRAL
    assert (readable(rows["title"]), mrkdwn(rows["title"])) == (IN_WORDS, IN_SLACK)
    assert rows["description"] == "<person:slack:U0BO|Bo %3Cordf.%3E 100 %25> och @styrelsen"
    assert readable(rows["description"]) == "Bo <ordf.> 100 % och @styrelsen"
    assert mrkdwn(rows["description"]) == "<@U0BO> och @styrelsen"
    assert rows["place"] == "Rum <3> @channel"
    assert rows["line"] == line | {"text": "Se <link:https://example.org|sidan>"}
    assert rows["payload"] == payload | {"said": _said(NEUTRAL)}  # the rendered text as sent

    command.downgrade(alembic_config(empty_url), "0025_events_meeting_kind")
    back = _rows(empty_url)
    assert back["title"] == TITLE.replace("<!here>", "@here")  # a special mention: its words
    assert back["description"] == "<@U0BO|Bo &lt;ordf.&gt; 100 %> och @styrelsen"
    assert back["line"] == line
    assert back["payload"] == payload | {"said": _said(TITLE.replace("<!here>", "@here"))}

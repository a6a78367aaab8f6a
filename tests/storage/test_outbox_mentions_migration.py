"""Migration 0033_outbox_mentions on a database holding queued messages that mention people by
a bare Slack id: each mention holds the Slack account afterwards (in the workspace of the
row's council, else of its person), still renders as the same Slack mention, and a mention
of nobody's account stays a name; a downgrade writes the bare ids back."""

from __future__ import annotations

from typing import Any

from alembic import command
from sqlalchemy import MetaData, select

from adapters.slack.ids import SLACK, account
from adapters.slack.message import mrkdwn
from adapters.storage.db import make_engine
from adapters.storage.migrate import alembic_config
from bot.core.message import Words
from bot.core.texts.render import Mention
from tests.storage.test_point_kind_migration import _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0032_email_state"


def _said(user: dict[str, Any]) -> dict[str, Any]:
    words = {"key": "brukarrad.created", "params": {"name": "Rådet", "user": user}, "lang": "sv"}
    return {"v": 1, "blocks": [{"type": "paragraph", "words": words}]}


def _mention(name: str, account: Any) -> dict[str, Any]:
    return {"reference": "mention", "name": name, "account": account}


OLD = {
    1: {"conversation": "council", "said": _said(_mention("Anna", "U0ANNA"))},
    2: {"said": _said(_mention("Bo", "U0BO"))},
    3: {"said": _said(_mention("Cia", ""))},  # reached by email: no chat account
}


def _payloads(url: str) -> dict[int, Any]:
    engine = make_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    outbox = tables.tables["outbox"]
    with engine.connect() as conn:
        found = dict(conn.execute(select(outbox.c.id, outbox.c.payload)).all())
    engine.dispose()
    return found


def _user(payload: dict[str, Any]) -> Mention:
    said = Words.from_json(payload["said"]["blocks"][0]["words"])
    user = said.params["user"]
    assert isinstance(user, Mention)
    return user


def test_mentions_hold_the_account_and_render_as_before(empty_url: str) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    _insert(engine, tables["councils"], id=1, team_id="T1", name="Rådet")
    _insert(engine, tables["persons"], id=1, display_name="Bo")
    slack_bo = {"platform": SLACK, "workspace": "T2", "external_id": "U0BO"}
    _insert(engine, tables["accounts"], id=1, person_id=1, **slack_bo)
    _insert(engine, tables["persons"], id=2, display_name="Cia")
    for row_id, payload in OLD.items():
        council = 1 if row_id == 1 else None
        person = None if row_id == 1 else row_id - 1
        key = f"k{row_id}"
        _insert(
            engine,
            tables["outbox"],
            id=row_id,
            idempotency_key=key,
            council_id=council,
            person_id=person,
            payload=payload,
            status="väntar",
        )
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "head")
    new = _payloads(empty_url)
    assert [_user(new[i]) for i in (1, 2, 3)] == [
        Mention("Anna", account("T1", "U0ANNA")),  # the council's workspace
        Mention("Bo", account("T2", "U0BO")),  # the person's
        Mention("Cia", None),
    ]
    shown = [mrkdwn(Words.from_json(new[i]["said"]["blocks"][0]["words"])) for i in (1, 2, 3)]
    assert [text.split(". ")[1].split(" är")[0] for text in shown] == [
        "<@U0ANNA>",
        "<@U0BO>",
        "Cia",
    ]
    assert new[1]["conversation"] == "council"

    command.downgrade(alembic_config(empty_url), BEFORE)
    assert _payloads(empty_url) == OLD

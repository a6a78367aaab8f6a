"""outbox: a person mentioned in a queued message is named by their account, not a bare id

The neutral message's mention (bot.core.texts.render.Mention) held a chat user id; it holds
the account now (platform, workspace, id), so each adapter renders it its own way. Every
stored message's mentions are rewritten: a Slack user id becomes that Slack account, in the
workspace of the row's council (else of its person's Slack account); "" (no account) becomes
none. A downgrade writes the bare ids back.

Revision ID: 0033_outbox_mentions
Revises: 0032_email_state
Create Date: 2026-12-07 14:15:00.000000
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0033_outbox_mentions"
down_revision = "0032_email_state"
branch_labels = None
depends_on = None

# As the tables were when this revision was written.
OUTBOX = sa.table(
    "outbox",
    sa.column("id", sa.Integer),
    sa.column("council_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("payload", sa.JSON),
)
COUNCILS = sa.table("councils", sa.column("id", sa.Integer), sa.column("team_id", sa.String))
ACCOUNTS = sa.table(
    "accounts",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("platform", sa.String),
    sa.column("workspace", sa.String),
)
Rewrite = Callable[[Any], Any]  # a mention's stored account, rewritten


def _rewritten(value: Any, account: Rewrite) -> Any:
    """The stored value with each mention's account rewritten (the neutral message's JSON:
    bot.core.message._encoded)."""
    if isinstance(value, dict):
        if value.get("reference") == "mention":
            return {**value, "account": account(value.get("account"))}
        return {k: _rewritten(v, account) for k, v in value.items()}
    if isinstance(value, list):
        return [_rewritten(v, account) for v in value]
    return value


def _workspace(conn: sa.Connection, council_id: int | None, person_id: int | None) -> str:
    """The workspace the row's people are recorded in: its council's, else its person's."""
    if council_id is not None:
        found = conn.scalar(sa.select(COUNCILS.c.team_id).where(COUNCILS.c.id == council_id))
        if found is not None:
            return str(found)
    if person_id is not None:
        found = conn.scalar(
            sa.select(ACCOUNTS.c.workspace)
            .where(ACCOUNTS.c.person_id == person_id, ACCOUNTS.c.platform == "slack")
            .order_by(ACCOUNTS.c.id)
            .limit(1)
        )
        if found is not None:
            return str(found)
    return ""


def _each_row(rewrite: Callable[[sa.Connection, Any, int | None, int | None], Any]) -> None:
    conn = op.get_bind()
    query = sa.select(OUTBOX.c.id, OUTBOX.c.council_id, OUTBOX.c.person_id, OUTBOX.c.payload)
    for row_id, council_id, person_id, payload in conn.execute(query).all():
        new = rewrite(conn, payload, council_id, person_id)
        if new != payload:
            conn.execute(OUTBOX.update().where(OUTBOX.c.id == row_id).values(payload=new))


def upgrade() -> None:
    def to_account(
        conn: sa.Connection, payload: Any, council: int | None, person: int | None
    ) -> Any:
        workspace: list[str] = []  # read once a row, when it mentions someone

        def account(old: Any) -> Any:
            if not isinstance(old, str):
                return old  # already an account (or none)
            if not old:
                return None
            if not workspace:
                workspace.append(_workspace(conn, council, person))
            return {"platform": "slack", "workspace": workspace[0], "external_id": old}

        return _rewritten(payload, account)

    _each_row(to_account)


def downgrade() -> None:
    def bare(old: Any) -> Any:
        return old["external_id"] if isinstance(old, dict) else (old or "")

    _each_row(lambda _conn, payload, _council, _person: _rewritten(payload, bare))

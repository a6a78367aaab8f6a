"""Teams: room for its ids, and how the bot reaches its people and channels first


A Teams conversation id (`19:…@thread.tacv2`, a personal chat's `a:1…`) runs to well over a
hundred characters and a tenant id is a 36-character GUID: outbox `conversation` and `ref`
grow from 32 to 255, and the councils', föreningar's and workspaces' `team_id` to 64 (as
accounts' and conversations' `workspace` already are). Only wider: every value stays.
`chat_routes` is new: the service URL and conversation a chat's messenger posts to when it
speaks first (a Teams user's personal chat, stored when they install the app).

Revision ID: 0040_teams
Revises: 0039_yearly_activity_state
Create Date: 2026-12-07 16:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0040_teams"
down_revision = "0039_yearly_activity_state"
branch_labels = None
depends_on = None

WIDENED = (
    ("outbox", "conversation", 32, 255),
    ("outbox", "ref", 32, 255),
    ("councils", "team_id", 32, 64),
    ("foreningar", "team_id", 32, 64),
    ("workspaces", "team_id", 32, 64),
)


def _alter(to_new: bool) -> None:
    # Batch mode: PostgreSQL changes a varchar's length in place; SQLite (which ignores
    # lengths) copies the table with its declaration changed, indexes included.
    for table, column, old, new in WIDENED:
        before, after = (old, new) if to_new else (new, old)
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, type_=sa.String(after), existing_type=sa.String(before))


def _unfinished_index_last() -> None:
    """SQLite's copy of the outbox made its partial index first of the table's; made again it
    is last, as before, so the planner's choice between indexes of equal cost (it takes the
    first) stays the claim's index (tests/storage/test_outbox_retention.py)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    sql = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_outbox_unfinished'"
    ).scalar_one()
    op.execute("DROP INDEX ix_outbox_unfinished")
    op.execute(sql)


def upgrade() -> None:
    _alter(True)
    _unfinished_index_last()
    op.create_table(
        "chat_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("external_id", sa.String(200), nullable=False),
        sa.Column("service_url", sa.String(500), nullable=False),
        sa.Column("conversation", sa.String(255), nullable=False),
        sa.Column("seen_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_routes")),
        sa.UniqueConstraint(
            "platform",
            "workspace",
            "external_id",
            name=op.f("uq_chat_routes_platform"),
        ),
    )


def downgrade() -> None:
    op.drop_table("chat_routes")
    _alter(False)
    _unfinished_index_last()

"""inbox: every request from Slack stored before it is acknowledged; replaces received_events

The event ids already taken in are carried over as done entries, so an event Slack delivers
again across the upgrade still has no second effect.

Revision ID: 0018_inbox
Revises: 0017_council_by_channel
Create Date: 2026-12-06 19:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0018_inbox"
down_revision = "0017_council_by_channel"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("listener", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", sa.String(length=40), nullable=True),
        sa.Column(
            "claimed_until", adapters.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "next_attempt_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("done_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox")),
        sa.UniqueConstraint("key", name=op.f("uq_inbox_key")),
    )
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbox_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_inbox_done_at"), ["done_at"], unique=False)
    op.execute(
        "INSERT INTO inbox (key, listener, payload, received_at, attempts, next_attempt_at,"
        " done_at, outcome)"
        " SELECT 'event:' || event_id, 'event', '', received_at, 1, received_at, received_at,"
        " 'done' FROM received_events"
    )
    with op.batch_alter_table("received_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_events_received_at"))
    op.drop_table("received_events")


def downgrade() -> None:
    op.create_table(
        "received_events",
        sa.Column("event_id", sa.String(length=100), nullable=False),
        sa.Column("received_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_received_events")),
    )
    with op.batch_alter_table("received_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_events_received_at"), ["received_at"], unique=False
        )
    op.execute(
        "INSERT INTO received_events (event_id, received_at)"
        " SELECT substr(key, 7), received_at FROM inbox WHERE key LIKE 'event:%'"
    )
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbox_done_at"))
        batch_op.drop_index(batch_op.f("ix_inbox_received_at"))
    op.drop_table("inbox")

"""outbox: where a message was delivered and as what, in neutral words

`channel_id` becomes `conversation` and `slack_ts` becomes `ref`: the conversation and the
message's id there as its platform names them (Slack's channel and ts so far). The values stay
as they are, so a sent row still threads and links what waits for it.

Revision ID: 0031_outbox_neutral
Revises: 0030_council_year
Create Date: 2026-12-07 13:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0031_outbox_neutral"
down_revision = "0030_council_year"
branch_labels = None
depends_on = None

RENAMED = (("channel_id", "conversation"), ("slack_ts", "ref"))


def upgrade() -> None:
    # A plain rename (SQLite has one since 3.25): no table copy, the partial index stays.
    for old, new in RENAMED:
        op.execute(f"ALTER TABLE outbox RENAME COLUMN {old} TO {new}")


def downgrade() -> None:
    for old, new in RENAMED:
        op.execute(f"ALTER TABLE outbox RENAME COLUMN {new} TO {old}")

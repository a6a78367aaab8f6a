"""people leave: a member who left the council's channel, an account deactivated in Slack

Revision ID: 0013_people_leave
Revises: 0012_received_events
Create Date: 2026-12-06 18:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0013_people_leave"
down_revision = "0012_received_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "slack_deactivated_at",
                adapters.storage.types.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "left_channel_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_column("left_channel_at")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_column("slack_deactivated_at")

"""outbox via: the channel each message was delivered on (Slack, email)

Revision ID: 0016_outbox_via
Revises: 0015_point_attachment
Create Date: 2026-12-06 19:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_outbox_via"
down_revision = "0015_point_attachment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("via", sa.String(length=16), nullable=True))
    # Everything delivered so far went through Slack.
    op.execute("UPDATE outbox SET via = 'slack' WHERE status = 'skickad'")


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("via")

"""persons: an address that bounces (email_failing_at) and a chat member's wish to be reached
by email (prefers_email); member_links pruned by when they expire

Revision ID: 0032_email_state
Revises: 0031_outbox_neutral
Create Date: 2026-12-07 13:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0032_email_state"
down_revision = "0031_outbox_neutral"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("email_failing_at", UTCDateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("prefers_email", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_index("ix_member_links_expires_at", "member_links", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_member_links_expires_at", table_name="member_links")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("prefers_email")
        batch.drop_column("email_failing_at")

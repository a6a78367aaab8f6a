"""privacy: each council's retention period, and when a person's data was erased

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 12:52:01.482780
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retention_months", sa.Integer(), server_default="24", nullable=False)
        )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("erased_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_column("retention_months")

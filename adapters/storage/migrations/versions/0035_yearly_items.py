"""yearly_items: the council's årshjul, what each month of its year brings

Revision ID: 0035_yearly_items
Revises: 0034_council_onboarding
Create Date: 2026-12-07 16:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0035_yearly_items"
down_revision = "0034_council_onboarding"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "yearly_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("activity", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_yearly_items_council_id_councils"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_yearly_items"),
    )
    op.create_index("ix_yearly_items_council_id", "yearly_items", ["council_id"])


def downgrade() -> None:
    op.drop_index("ix_yearly_items_council_id", table_name="yearly_items")
    op.drop_table("yearly_items")

"""councils.year_start_month and councils.meetings_per_year: the council's own year

Revision ID: 0030_council_year
Revises: 0029_council_agreements
Create Date: 2026-12-07 13:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030_council_year"
down_revision = "0029_council_agreements"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.add_column(
            sa.Column("year_start_month", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(
            sa.Column("meetings_per_year", sa.Integer(), nullable=False, server_default="4")
        )


def downgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.drop_column("meetings_per_year")
        batch.drop_column("year_start_month")

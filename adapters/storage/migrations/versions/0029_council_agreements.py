"""council_agreements: the versions of each council's "Form och funktion" agreement

Revision ID: 0029_council_agreements
Revises: 0028_fee_claims
Create Date: 2026-12-07 11:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0029_council_agreements"
down_revision = "0028_fee_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "council_agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("link", sa.String(length=1000), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_council_agreements_council_id_councils"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["persons.id"], name="fk_council_agreements_recorded_by_persons"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_council_agreements"),
        sa.UniqueConstraint("council_id", "version", name="uq_council_agreements_council_id"),
    )
    op.create_index("ix_council_agreements_council_id", "council_agreements", ["council_id"])


def downgrade() -> None:
    op.drop_index("ix_council_agreements_council_id", table_name="council_agreements")
    op.drop_table("council_agreements")

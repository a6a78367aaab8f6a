"""fee claims: what a member confirmed for a day's meetings, kept as it stands

The guideline pays on the claim the participant submits and an official approves
(shared/seeds/001 L3733–3734, L3773–3774, L3804): the member confirms what the register
prefilled, and what they confirmed is stored with the figures it gave then.

Revision ID: 0028_fee_claims
Revises: 0027_pay_records
Create Date: 2026-12-07 10:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0028_fee_claims"
down_revision = "0027_pay_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("stated", sa.JSON(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column(
            "confirmed_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("approved_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["persons.id"], name=op.f("fk_fee_claims_approved_by_persons")
        ),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name=op.f("fk_fee_claims_council_id_councils")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_fee_claims_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_claims")),
        sa.UniqueConstraint("person_id", "council_id", "day", name=op.f("uq_fee_claims_person_id")),
    )
    op.create_index(op.f("ix_fee_claims_council_id"), "fee_claims", ["council_id"], unique=False)
    op.create_index(op.f("ix_fee_claims_person_id"), "fee_claims", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_fee_claims_person_id"), table_name="fee_claims")
    op.drop_index(op.f("ix_fee_claims_council_id"), table_name="fee_claims")
    op.drop_table("fee_claims")

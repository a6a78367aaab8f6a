"""Receipts of a claim's other expenses, and the reading settings no rule reads dropped (issue 21)

fee_receipts: the photo or PDF of a receipt for the expense line of a member's claim of a day,
with the amount and note that came with it and where it came from (unique: a redelivered chat
file or mail adds nothing). councils.fee_reading_counts / fee_reading_minutes: unread since
reading stopped lengthening the day (seeds/001 L3831, L3854: reading decides the level the
nämnd sets); nothing else of a council's row changes, and downgrade gives them back with the
values every council had before they could be set (counts, no minutes).

Revision ID: 0047_fee_receipts
Revises: 0046_influence_goals
Create Date: 2026-12-07 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0047_fee_receipts"
down_revision = "0046_influence_goals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(200), nullable=True),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("added_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_fee_receipts_person_id_persons"
        ),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_fee_receipts_council_id_councils"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_fee_receipts"),
        sa.UniqueConstraint("source", name="uq_fee_receipts_source"),
    )
    op.create_index(
        "ix_fee_receipts_claim", "fee_receipts", ["person_id", "council_id", "day"], unique=False
    )
    with op.batch_alter_table("councils") as batch:
        batch.drop_column("fee_reading_minutes")
        batch.drop_column("fee_reading_counts")


def downgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.add_column(
            sa.Column("fee_reading_counts", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch.add_column(
            sa.Column("fee_reading_minutes", sa.Integer(), server_default="0", nullable=False)
        )
    op.drop_index("ix_fee_receipts_claim", table_name="fee_receipts")
    op.drop_table("fee_receipts")

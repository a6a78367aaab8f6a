"""Fee terms per meeting kind and meeting, the payer, and the default hourly cap (issue 21)

councils.fee_parts / fee_decision: the council default's paid parts and the nämnd's decision;
councils.fee_kind_terms: level, parts and decision per meeting kind; meetings.fee_terms: one
meeting's own; councils.fee_payer: the nämnd/unit that pays. A council with no cap set gets
the guideline's (a regionråd's monthly fee, capped / 165: seeds/001 L3797–3799).

Revision ID: 0043_fee_terms
Revises: 0042_meeting_guests
Create Date: 2026-12-07 16:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0043_fee_terms"
down_revision = "0042_meeting_guests"
branch_labels = None
depends_on = None

# A regionråd's monthly fee in Västra Götaland, 2022 (the guideline's last year of validity).
REGIONRAD_MONTHLY = 74513


def upgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.add_column(sa.Column("fee_parts", sa.String(64), nullable=True))
        batch.add_column(sa.Column("fee_decision", sa.String(100), nullable=True))
        batch.add_column(sa.Column("fee_kind_terms", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("fee_payer", sa.String(200), nullable=True))
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("fee_terms", sa.JSON(), nullable=True))
    councils = sa.table("councils", sa.column("fee_income_cap", sa.Integer()))
    op.execute(
        councils.update()
        .where(councils.c.fee_income_cap.is_(None))
        .values(fee_income_cap=REGIONRAD_MONTHLY)
    )


def downgrade() -> None:
    # Upgrade gave councils with no cap the guideline's; a cap equal to it is taken as that one
    # and put back to none (a council that had set exactly this sum loses it on downgrade only).
    councils = sa.table("councils", sa.column("fee_income_cap", sa.Integer()))
    op.execute(
        councils.update()
        .where(councils.c.fee_income_cap == REGIONRAD_MONTHLY)
        .values(fee_income_cap=None)
    )
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("fee_terms")
    with op.batch_alter_table("councils") as batch:
        batch.drop_column("fee_payer")
        batch.drop_column("fee_kind_terms")
        batch.drop_column("fee_decision")
        batch.drop_column("fee_parts")

"""councils.onboarding: whether a new representative gets the first weeks' messages

Revision ID: 0034_council_onboarding
Revises: 0033_outbox_mentions
Create Date: 2026-12-07 14:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0034_council_onboarding"
down_revision = "0033_outbox_mentions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.add_column(
            sa.Column("onboarding", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.drop_column("onboarding")

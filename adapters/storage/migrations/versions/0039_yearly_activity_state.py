"""yearly_items.state: where each joint activity of the årshjul stands

Revision ID: 0039_yearly_activity_state
Revises: 0038_evaluations
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0039_yearly_activity_state"
down_revision = "0038_evaluations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("yearly_items") as batch:
        batch.add_column(sa.Column("state", sa.String(length=16), nullable=True))
    # The activities added before are being planned: the årshjul said no more of them.
    items = sa.table("yearly_items", sa.column("activity", sa.Boolean), sa.column("state"))
    op.execute(items.update().where(items.c.activity.is_(True)).values(state="planerad"))


def downgrade() -> None:
    with op.batch_alter_table("yearly_items") as batch:
        batch.drop_column("state")

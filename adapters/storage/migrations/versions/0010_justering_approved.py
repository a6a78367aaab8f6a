"""justering per council (on or off) and the approved version of the minutes as it read

Revision ID: 0010_justering_approved
Revises: 0009_point_meeting_kind
Create Date: 2026-12-06 17:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_justering_approved"
down_revision = "0009_point_meeting_kind"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A constant default ("1": true on both backends), not sa.true(): an expression makes
    # SQLite's batch mode copy the table, and dropping councils fails while rows refer to it.
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("minutes_justering", sa.Boolean(), server_default="1", nullable=False)
        )
    # Minutes approved before this have none: they are rendered from the log as before.
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.drop_column("approved")
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_column("minutes_justering")

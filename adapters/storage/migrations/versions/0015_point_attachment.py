"""point attachment: the link of a file (a photo) shared with a `punkt:` message

Revision ID: 0015_point_attachment
Revises: 0014_workspaces
Create Date: 2026-12-06 19:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_point_attachment"
down_revision = "0014_workspaces"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attachment_link", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("attachment_kind", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.drop_column("attachment_kind")
        batch_op.drop_column("attachment_link")

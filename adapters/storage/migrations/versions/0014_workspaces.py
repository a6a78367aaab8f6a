"""workspaces: a Slack workspace the app was uninstalled from, or whose token was revoked

Revision ID: 0014_workspaces
Revises: 0013_people_leave
Create Date: 2026-12-06 19:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0014_workspaces"
down_revision = "0013_people_leave"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspaces",
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column(
            "uninstalled_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("uninstall_reason", sa.String(length=64), nullable=True),
        sa.Column("erased_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_workspaces")),
    )


def downgrade() -> None:
    op.drop_table("workspaces")

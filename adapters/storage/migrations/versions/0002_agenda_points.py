"""agenda points: standing points, moves, ovriga

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 12:16:32.994259
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "standing_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name=op.f("fk_standing_points_council_id_councils")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_standing_points")),
    )
    with op.batch_alter_table("standing_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_standing_points_council_id"), ["council_id"], unique=False
        )

    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("under_ovriga", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("moved_to_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_points_carried_from_id_agenda_points"),
            "agenda_points",
            ["carried_from_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_points_moved_to_id_meetings"), "meetings", ["moved_to_id"], ["id"]
        )
        # A point may wait for a meeting to be planned, so it knows its council itself.
        batch_op.add_column(sa.Column("council_id", sa.Integer(), nullable=True))
        batch_op.alter_column("meeting_id", existing_type=sa.Integer(), nullable=True)
    op.execute(
        "UPDATE agenda_points SET council_id = "
        "(SELECT council_id FROM meetings WHERE meetings.id = agenda_points.meeting_id)"
    )
    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.alter_column("council_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_points_council_id_councils"), "councils", ["council_id"], ["id"]
        )
        batch_op.create_index(
            batch_op.f("ix_agenda_points_council_id"), ["council_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_agenda_points_moved_to_id_meetings"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_agenda_points_carried_from_id_agenda_points"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_agenda_points_council_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_agenda_points_council_id_councils"), type_="foreignkey"
        )
        batch_op.drop_column("council_id")
        batch_op.alter_column("meeting_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("carried_from_id")
        batch_op.drop_column("moved_to_id")
        batch_op.drop_column("under_ovriga")

    with op.batch_alter_table("standing_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_standing_points_council_id"))

    op.drop_table("standing_points")

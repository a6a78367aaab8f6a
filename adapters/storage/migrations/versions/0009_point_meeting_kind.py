"""agenda points remember the kind of meeting they are for, also while waiting for one

A förmöte point carried on with no förmöte planned waits without a meeting; without its kind it
went onto the next stormöte, where the unit reads it.

Revision ID: 0009_point_meeting_kind
Revises: 0008
Create Date: 2026-12-06 17:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_point_meeting_kind"
down_revision = "0008"
branch_labels = None
depends_on = None

points = sa.table(
    "agenda_points",
    sa.column("id", sa.Integer),
    sa.column("meeting_id", sa.Integer),
    sa.column("carried_from_id", sa.Integer),
    sa.column("meeting_kind", sa.String),
)
meetings = sa.table("meetings", sa.column("id", sa.Integer), sa.column("kind", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "meeting_kind", sa.String(length=32), nullable=False, server_default="stormöte"
            )
        )
    # A point on a meeting is of that meeting's kind.
    op.execute(
        points.update()
        .where(points.c.meeting_id.is_not(None))
        .values(
            meeting_kind=sa.select(meetings.c.kind)
            .where(meetings.c.id == points.c.meeting_id)
            .scalar_subquery()
        )
    )
    # A waiting copy is of the kind of the point it was carried from (copies of copies too).
    source = sa.alias(points, "source")
    while True:
        changed = op.get_bind().execute(
            points.update()
            .where(
                points.c.meeting_id.is_(None),
                points.c.carried_from_id.is_not(None),
                points.c.meeting_kind
                != sa.select(source.c.meeting_kind)
                .where(source.c.id == points.c.carried_from_id)
                .scalar_subquery(),
            )
            .values(
                meeting_kind=sa.select(source.c.meeting_kind)
                .where(source.c.id == points.c.carried_from_id)
                .scalar_subquery()
            )
        )
        if not changed.rowcount:
            break


def downgrade() -> None:
    with op.batch_alter_table("agenda_points", schema=None) as batch_op:
        batch_op.drop_column("meeting_kind")

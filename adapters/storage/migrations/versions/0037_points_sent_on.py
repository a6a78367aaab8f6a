"""agenda_points sent on: to whom, by whom, the answer-by day and when it was answered

Revision ID: 0037_points_sent_on
Revises: 0036_succession
Create Date: 2026-12-07 16:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0037_points_sent_on"
down_revision = "0036_succession"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New columns, all empty: every point keeps what it had.
    with op.batch_alter_table("agenda_points") as batch:
        batch.add_column(sa.Column("sent_to", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("sent_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("answer_by", sa.Date(), nullable=True))
        batch.add_column(sa.Column("answered_at", UTCDateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            "fk_agenda_points_sent_by_id_persons", "persons", ["sent_by_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_points") as batch:
        batch.drop_constraint("fk_agenda_points_sent_by_id_persons", type_="foreignkey")
        batch.drop_column("answered_at")
        batch.drop_column("answer_by")
        batch.drop_column("sent_by_id")
        batch.drop_column("sent_to")

"""evaluation_tallies and evaluation_answered: the short evaluation after each meeting, its
answers only as counts and, apart, who has answered which question (never what)

Revision ID: 0038_evaluations
Revises: 0037_points_sent_on
Create Date: 2026-12-07 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0038_evaluations"
down_revision = "0037_points_sent_on"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluation_tallies",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Integer(), nullable=False),
        sa.Column("choice", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_evaluation_tallies_meeting_id_meetings"
        ),
        sa.PrimaryKeyConstraint("meeting_id", "question", "choice", name="pk_evaluation_tallies"),
    )
    op.create_table(
        "evaluation_answered",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_evaluation_answered_meeting_id_meetings"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_evaluation_answered_person_id_persons"
        ),
        sa.PrimaryKeyConstraint(
            "meeting_id", "person_id", "question", name="pk_evaluation_answered"
        ),
    )


def downgrade() -> None:
    op.drop_table("evaluation_answered")
    op.drop_table("evaluation_tallies")

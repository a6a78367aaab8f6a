"""The council's own goals for influence and their yearly evaluation: influence_goals,
goal_rounds, goal_tallies (counts only), goal_answered (who answered, never what), and
yearly_items.evaluation (the årshjul's item for it)

Revision ID: 0046_influence_goals
Revises: 0045_working_groups
Create Date: 2026-12-07 20:00:00.000000

New tables, and a column whose default keeps every årshjul item what it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0046_influence_goals"
down_revision = "0045_working_groups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("yearly_items") as batch:
        batch.add_column(
            sa.Column("evaluation", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "influence_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("removed_at", UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_influence_goals_council_id_councils"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_influence_goals"),
    )
    op.create_index("ix_influence_goals_council_id", "influence_goals", ["council_id"])
    op.create_table(
        "goal_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_goal_rounds_council_id_councils"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_goal_rounds"),
        sa.UniqueConstraint("council_id", "year", name="uq_goal_rounds_council_id"),
    )
    op.create_table(
        "goal_tallies",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("choice", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["goal_rounds.id"], name="fk_goal_tallies_round_id_goal_rounds"
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["influence_goals.id"], name="fk_goal_tallies_goal_id_influence_goals"
        ),
        sa.PrimaryKeyConstraint("round_id", "goal_id", "choice", name="pk_goal_tallies"),
    )
    op.create_table(
        "goal_answered",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["goal_rounds.id"], name="fk_goal_answered_round_id_goal_rounds"
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["influence_goals.id"], name="fk_goal_answered_goal_id_influence_goals"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_goal_answered_person_id_persons"
        ),
        sa.PrimaryKeyConstraint("round_id", "goal_id", "person_id", name="pk_goal_answered"),
    )


def downgrade() -> None:
    op.drop_table("goal_answered")
    op.drop_table("goal_tallies")
    op.drop_table("goal_rounds")
    op.drop_index("ix_influence_goals_council_id", table_name="influence_goals")
    op.drop_table("influence_goals")
    with op.batch_alter_table("yearly_items") as batch:
        batch.drop_column("evaluation")

"""working_groups, working_group_members, meetings.working_group_id: arbetsgrupper

Revision ID: 0045_working_groups
Revises: 0044_chat_ids_wide
Create Date: 2026-12-07 19:30:00.000000

New tables and a new nullable column only: every meeting planned before belongs to no group
(an arbetsgrupp meeting of before still summons the whole council).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0045_working_groups"
down_revision = "0044_chat_ids_wide"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "working_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("mandate", sa.Text(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("decided_meeting_id", sa.Integer(), nullable=False),
        sa.Column("decided_point_id", sa.Integer(), nullable=True),
        sa.Column("convenor_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_working_groups_council_id_councils"
        ),
        sa.ForeignKeyConstraint(
            ["convenor_id"], ["persons.id"], name="fk_working_groups_convenor_id_persons"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["persons.id"], name="fk_working_groups_created_by_persons"
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["persons.id"], name="fk_working_groups_closed_by_persons"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_working_groups"),
    )
    op.create_index("ix_working_groups_council_id", "working_groups", ["council_id"])
    op.create_table(
        "working_group_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("added_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_groups.id"],
            name="fk_working_group_members_group_id_working_groups",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_working_group_members_person_id_persons"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_working_group_members"),
        sa.UniqueConstraint("group_id", "person_id", name="uq_working_group_members_group_id"),
    )
    op.create_index("ix_working_group_members_group_id", "working_group_members", ["group_id"])
    op.create_index("ix_working_group_members_person_id", "working_group_members", ["person_id"])
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("working_group_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_meetings_working_group_id_working_groups",
            "working_groups",
            ["working_group_id"],
            ["id"],
        )
        batch.create_index("ix_meetings_working_group_id", ["working_group_id"])


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_index("ix_meetings_working_group_id")
        batch.drop_constraint("fk_meetings_working_group_id_working_groups", type_="foreignkey")
        batch.drop_column("working_group_id")
    op.drop_index("ix_working_group_members_person_id", table_name="working_group_members")
    op.drop_index("ix_working_group_members_group_id", table_name="working_group_members")
    op.drop_table("working_group_members")
    op.drop_index("ix_working_groups_council_id", table_name="working_groups")
    op.drop_table("working_groups")

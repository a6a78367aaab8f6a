"""attendance and fees: substitute requests, fee profiles, council fee rules

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 12:20:57.269193
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_profiles",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("monthly_salary", sa.Integer(), nullable=True),
        sa.Column("shift_worker", sa.Boolean(), nullable=False),
        sa.Column("travel_per_meeting", sa.Integer(), nullable=True),
        sa.Column("updated_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_fee_profiles_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_fee_profiles")),
    )
    op.create_table(
        "substitute_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("absent_person_id", sa.Integer(), nullable=False),
        sa.Column("substitute_person_id", sa.Integer(), nullable=False),
        sa.Column("forening_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "tillfrågad",
                "ja",
                "nej",
                "löst",
                name="substitutestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("asked_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["absent_person_id"],
            ["persons.id"],
            name=op.f("fk_substitute_requests_absent_person_id_persons"),
        ),
        sa.ForeignKeyConstraint(
            ["forening_id"],
            ["foreningar.id"],
            name=op.f("fk_substitute_requests_forening_id_foreningar"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_substitute_requests_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["substitute_person_id"],
            ["persons.id"],
            name=op.f("fk_substitute_requests_substitute_person_id_persons"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_substitute_requests")),
        sa.UniqueConstraint(
            "meeting_id",
            "absent_person_id",
            "substitute_person_id",
            name=op.f("uq_substitute_requests_meeting_id"),
        ),
    )
    with op.batch_alter_table("substitute_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_substitute_requests_meeting_id"), ["meeting_id"], unique=False
        )

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reading_minutes", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(
            "uq_attendance_replacement", ["meeting_id", "replaces_person_id"]
        )

    # Existing councils get the same defaults as new ones.
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("fee_half_day", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("fee_full_day", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "fee_full_day_over_minutes", sa.Integer(), server_default="240", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("fee_reading_counts", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("fee_reading_minutes", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("fee_income_cap", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("fee_max_day_minutes", sa.Integer(), server_default="480", nullable=False)
        )
        batch_op.add_column(
            sa.Column("fee_month_hours", sa.Integer(), server_default="165", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_column("fee_month_hours")
        batch_op.drop_column("fee_max_day_minutes")
        batch_op.drop_column("fee_income_cap")
        batch_op.drop_column("fee_reading_minutes")
        batch_op.drop_column("fee_reading_counts")
        batch_op.drop_column("fee_full_day_over_minutes")
        batch_op.drop_column("fee_full_day")
        batch_op.drop_column("fee_half_day")

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_constraint("uq_attendance_replacement", type_="unique")
        batch_op.drop_column("reading_minutes")

    with op.batch_alter_table("substitute_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_substitute_requests_meeting_id"))

    op.drop_table("substitute_requests")
    op.drop_table("fee_profiles")

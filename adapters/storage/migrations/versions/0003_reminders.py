"""reminders: preferences, council timing, minutes sent, outbox expiry

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 12:19:44.155698
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_preferences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("off_kinds", sa.JSON(), nullable=False),
        sa.Column("weekdays", sa.JSON(), nullable=False),
        sa.Column("hour_from", sa.Integer(), nullable=False),
        sa.Column("hour_to", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("updated_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_reminder_preferences_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_preferences")),
        sa.UniqueConstraint("person_id", name=op.f("uq_reminder_preferences_person_id")),
    )
    # All three are nullable, so existing rows need no default.
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminder_days", sa.JSON(none_as_null=True), nullable=True))

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "minutes_sent_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "expires_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("expires_at")

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("minutes_sent_at")

    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_column("reminder_days")

    op.drop_table("reminder_preferences")

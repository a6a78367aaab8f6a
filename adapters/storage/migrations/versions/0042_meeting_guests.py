"""meeting_guests: people invited to one meeting

Revision ID: 0042_meeting_guests
Revises: 0041_onboarding_links
Create Date: 2026-12-07 17:05:00.000000

A new table only: no meeting had guests before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0042_meeting_guests"
down_revision = "0041_onboarding_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_guests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("invited_by", sa.Integer(), nullable=True),
        sa.Column("invited_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_meeting_guests_meeting_id_meetings"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_meeting_guests_person_id_persons"
        ),
        sa.ForeignKeyConstraint(
            ["invited_by"], ["persons.id"], name="fk_meeting_guests_invited_by_persons"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_guests"),
        sa.UniqueConstraint("meeting_id", "person_id", name="uq_meeting_guests_meeting_id"),
    )
    op.create_index("ix_meeting_guests_meeting_id", "meeting_guests", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_guests_meeting_id", table_name="meeting_guests")
    op.drop_table("meeting_guests")

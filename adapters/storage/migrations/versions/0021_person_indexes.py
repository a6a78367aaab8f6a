"""indexes on the columns naming a person: /minadata and erasure find their rows by them

agenda_points.submitter_id, attendance.person_id, action_items.owner_id and events.actor_id
were read by a scan of the whole table (per person, as the region grows).

Revision ID: 0021_person_indexes
Revises: 0020_outbox_unfinished
Create Date: 2026-12-06 23:20:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0021_person_indexes"
down_revision = "0020_outbox_unfinished"
branch_labels = None
depends_on = None

COLUMNS = (
    ("agenda_points", "submitter_id"),
    ("attendance", "person_id"),
    ("action_items", "owner_id"),
    ("events", "actor_id"),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(COLUMNS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)

"""outbox: a partial index of the unfinished rows, which the sender's claim reads

The claim ordered by due_at scanned ix_outbox_due_at from the start once SQLite had
statistics, through every sent row; the partial index holds only what may still be claimed.

Revision ID: 0020_outbox_unfinished
Revises: 0019_outbox_by_person
Create Date: 2026-12-06 23:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_outbox_unfinished"
down_revision = "0019_outbox_by_person"
branch_labels = None
depends_on = None

# As adapters.storage.models.OUTBOX_UNFINISHED was when this revision was written.
UNFINISHED = sa.text("status IN ('väntar', 'skickas')")


def upgrade() -> None:
    op.create_index(
        "ix_outbox_unfinished",
        "outbox",
        ["due_at", "id"],
        unique=False,
        sqlite_where=UNFINISHED,
        postgresql_where=UNFINISHED,
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_unfinished", table_name="outbox")

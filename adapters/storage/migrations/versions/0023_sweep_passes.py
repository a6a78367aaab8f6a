"""sweep_passes: when the reminder sweep last passed, so the next one looks only at (last, now]

and an index on meetings.kallelse_sent_at, which a pass reads (a kallelse sent a day before
it makes handlingar and svar due).

Revision ID: 0023_sweep_passes
Revises: 0022_identity
Create Date: 2026-12-07 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0023_sweep_passes"
down_revision = "0022_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "sweep_passes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("full_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    # The one row, there before any sweep: passes only ever update it.
    op.bulk_insert(table, [{"id": 1}])
    op.create_index("ix_meetings_kallelse_sent_at", "meetings", ["kallelse_sent_at"])


def downgrade() -> None:
    op.drop_index("ix_meetings_kallelse_sent_at", table_name="meetings")
    op.drop_table("sweep_passes")

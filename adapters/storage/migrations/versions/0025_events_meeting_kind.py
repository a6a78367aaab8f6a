"""events by meeting and kind: a minutes line reads the log's head, not every line before it

A line is appended after reading its meeting's events of a few kinds (the outline, the
current item, the lock: bot.minutes.access, head=True). Indexed by meeting alone, that read
went through every event of the meeting, the lines included, so each line cost more than
the one before it; by meeting and kind it finds only the few it needs. The index by meeting
alone is its prefix, and goes.

Revision ID: 0025_events_meeting_kind
Revises: 0024_member_links
Create Date: 2026-12-07 04:50:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0025_events_meeting_kind"
down_revision = "0024_member_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_meeting_id_kind", "events", ["meeting_id", "kind"], unique=False)
    op.drop_index("ix_events_meeting_id", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_meeting_id", "events", ["meeting_id"], unique=False)
    op.drop_index("ix_events_meeting_id_kind", table_name="events")

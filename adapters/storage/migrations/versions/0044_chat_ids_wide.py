"""Room for Teams' ids where a meeting and its minutes keep where they were posted

A kallelse's channel post (`meetings.kallelse_ts`) and a minutes thread (`minutes.channel_id`,
`minutes.thread_ts`) were sized for Slack's ids (a channel id, a message ts); Teams names a
channel `19:…@thread.tacv2`, a personal chat `a:1…` (well over a hundred characters) and a
post by an activity id: all three grow from 32 to 255, as the outbox's `conversation` and
`ref` did (0040_teams). Only wider: every value stays.

Revision ID: 0044_chat_ids_wide
Revises: 0043_fee_terms
Create Date: 2026-12-07 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0044_chat_ids_wide"
down_revision = "0043_fee_terms"
branch_labels = None
depends_on = None

WIDENED = {"meetings": ("kallelse_ts",), "minutes": ("channel_id", "thread_ts")}
SLACK_SIZED, TEAMS_SIZED = 32, 255


def _alter(before: int, after: int) -> None:
    # Batch mode: PostgreSQL changes a varchar's length in place; SQLite (which ignores
    # lengths) copies the table with its declaration changed, indexes included.
    for table, columns in WIDENED.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, type_=sa.String(after), existing_type=sa.String(before))


def upgrade() -> None:
    _alter(SLACK_SIZED, TEAMS_SIZED)


def downgrade() -> None:
    _alter(TEAMS_SIZED, SLACK_SIZED)

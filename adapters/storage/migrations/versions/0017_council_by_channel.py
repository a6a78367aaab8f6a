"""councils by channel: a council is its channel's, whichever workspace asks

A channel id is unique across an Enterprise Grid org, and a channel shared with other
workspaces keeps its id in each: councils are unique by channel_id alone (they were by
team_id and channel_id). A database may hold two councils for one shared channel, created
from two workspaces while the second one was told "no council": the first created keeps the
channel, and each later one is detached (its channel_id gets "~<id>", so no channel finds
it) with all its data, for an operator to merge or erase; nothing is deleted here.

People are found by their Slack user id in any workspace when not in the one asked (a
Slack user id is the same person in every workspace): persons.slack_user_id is indexed.

Revision ID: 0017_council_by_channel
Revises: 0016_outbox_via
Create Date: 2026-12-06 20:20:00.000000
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0017_council_by_channel"
down_revision = "0016_outbox_via"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    councils = sa.table("councils", sa.column("id", sa.Integer), sa.column("channel_id", sa.String))
    first = sa.select(sa.func.min(councils.c.id)).group_by(councils.c.channel_id).scalar_subquery()
    bind = op.get_bind()
    later = bind.execute(
        sa.select(councils.c.id, councils.c.channel_id).where(councils.c.id.not_in(first))
    ).all()
    for council_id, channel_id in later:
        log.warning("council %s detached: channel %s has an older council", council_id, channel_id)
        bind.execute(
            councils.update()
            .where(councils.c.id == council_id)
            .values(channel_id=f"{channel_id}~{council_id}")
        )
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_constraint("uq_councils_team_id", type_="unique")
        batch_op.create_unique_constraint(op.f("uq_councils_channel_id"), ["channel_id"])
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(op.f("ix_persons_slack_user_id"), ["slack_user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(op.f("ix_persons_slack_user_id"))
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_councils_channel_id"), type_="unique")
        batch_op.create_unique_constraint(op.f("uq_councils_team_id"), ["team_id", "channel_id"])

"""identity: a person has accounts, a council has conversations; neither is a Slack id

Every person's Slack user (workspace, id, deactivation) becomes their Slack account, and
every council's channel its Slack conversation; the persons and councils rows keep their ids,
so everything that refers to them (memberships, points, meetings, minutes, outbox …) stays
as it was. An erased person's pseudonym ("erased-<id>") names no account and becomes none.
A council keeps team_id: its own tenancy (adapters.storage.models.Council), not where it is reached.
A person gains a language, a phone number and when their email address was confirmed.

The downgrade gives each person back their first Slack account, and an erased one (the only
person this revision leaves without one) its pseudonym in the workspace of a council they
were in; accounts and conversations on other platforms (none yet) would be lost.

Revision ID: 0022_identity
Revises: 0021_person_indexes
Create Date: 2026-12-06 23:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0022_identity"
down_revision = "0021_person_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("workspace", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column(
            "deactivated_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_accounts_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint(
            "platform", "workspace", "external_id", name=op.f("uq_accounts_platform")
        ),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_external_id"), ["external_id"], unique=False)
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("workspace", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name=op.f("fk_conversations_council_id_councils")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("platform", "external_id", name=op.f("uq_conversations_platform")),
    )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversations_council_id"), ["council_id"], unique=False
        )

    op.execute(
        "INSERT INTO accounts (person_id, platform, workspace, external_id, deactivated_at)"
        " SELECT id, 'slack', team_id, slack_user_id, slack_deactivated_at FROM persons"
        " WHERE erased_at IS NULL ORDER BY id"
    )
    # A council detached by 0017 ("<channel>~<id>") stays so: no channel finds it.
    op.execute(
        "INSERT INTO conversations (council_id, platform, workspace, external_id)"
        " SELECT id, 'slack', team_id, channel_id FROM councils ORDER BY id"
    )

    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_slack_user_id"))
        batch_op.drop_constraint(batch_op.f("uq_persons_team_id"), type_="unique")
        batch_op.drop_column("slack_deactivated_at")
        batch_op.drop_column("slack_user_id")
        batch_op.drop_column("team_id")
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
        batch_op.add_column(
            sa.Column(
                "email_verified_at",
                adapters.storage.types.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("phone", sa.String(length=32), nullable=True))
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_councils_channel_id"), type_="unique")
        batch_op.drop_column("channel_id")


def downgrade() -> None:
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel_id", sa.String(length=32), nullable=True))
    op.execute(
        "UPDATE councils SET channel_id = (SELECT external_id FROM conversations"
        " WHERE conversations.council_id = councils.id AND platform = 'slack'"
        " ORDER BY id LIMIT 1)"
    )
    op.execute("UPDATE councils SET channel_id = '~' || id WHERE channel_id IS NULL")
    with op.batch_alter_table("councils", schema=None) as batch_op:
        batch_op.alter_column("channel_id", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_councils_channel_id"), ["channel_id"])

    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_column("phone")
        batch_op.drop_column("email_verified_at")
        batch_op.drop_column("language")
        batch_op.add_column(sa.Column("team_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("slack_user_id", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column(
                "slack_deactivated_at",
                adapters.storage.types.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
    first = (
        "(SELECT {column} FROM accounts WHERE accounts.person_id = persons.id"
        " AND platform = 'slack' ORDER BY id LIMIT 1)"
    )
    op.execute(
        f"UPDATE persons SET team_id = {first.format(column='workspace')},"
        f" slack_user_id = {first.format(column='external_id')},"
        f" slack_deactivated_at = {first.format(column='deactivated_at')}"
    )
    op.execute(
        "UPDATE persons SET slack_user_id = 'erased-' || id, team_id = COALESCE("
        "(SELECT MIN(councils.team_id) FROM memberships JOIN councils"
        " ON councils.id = memberships.council_id WHERE memberships.person_id = persons.id),"
        " '') WHERE slack_user_id IS NULL"
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.alter_column("team_id", existing_type=sa.String(length=32), nullable=False)
        batch_op.alter_column("slack_user_id", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_persons_team_id"), ["team_id", "slack_user_id"]
        )
        batch_op.create_index(batch_op.f("ix_persons_slack_user_id"), ["slack_user_id"])

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_council_id"))
    op.drop_table("conversations")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_external_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_person_id"))
    op.drop_table("accounts")

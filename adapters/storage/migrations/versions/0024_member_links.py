"""member_links: personal links to the member page, kept as their tokens' hashes

Revision ID: 0024_member_links
Revises: 0023_sweep_passes
Create Date: 2026-12-07 02:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0024_member_links"
down_revision = "0023_sweep_passes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_member_links_person_id_persons"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_member_links"),
        sa.UniqueConstraint("token_hash", name="uq_member_links_token_hash"),
    )
    op.create_index("ix_member_links_person_id", "member_links", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_member_links_person_id", table_name="member_links")
    op.drop_table("member_links")

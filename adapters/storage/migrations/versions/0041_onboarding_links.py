"""councils.onboarding_links and memberships.buddy_id; onboarding on for new councils

Revision ID: 0041_onboarding_links
Revises: 0040_teams
Create Date: 2026-12-07 16:40:00.000000

A new council has onboarding on (the model's default, bot.councils.service); a council from
before keeps the setting it has, stored in its row: nothing here changes it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0041_onboarding_links"
down_revision = "0040_teams"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("councils") as batch:
        batch.add_column(sa.Column("onboarding_links", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("memberships") as batch:
        batch.add_column(sa.Column("buddy_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_memberships_buddy_id_persons", "persons", ["buddy_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("memberships") as batch:
        batch.drop_constraint("fk_memberships_buddy_id_persons", type_="foreignkey")
        batch.drop_column("buddy_id")
    with op.batch_alter_table("councils") as batch:
        batch.drop_column("onboarding_links")

"""vacancies, a förening's contact and an appointment awaiting its confirmation

Revision ID: 0036_succession
Revises: 0035_yearly_items
Create Date: 2026-12-07 16:30:00.000000

Only new columns and a new table: existing föreningar have no contact yet, existing
memberships await no confirmation, and no seat is open until someone leaves.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adapters.storage.types import UTCDateTime

revision = "0036_succession"
down_revision = "0035_yearly_items"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vacancies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("forening_id", sa.Integer(), nullable=True),
        sa.Column("left_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("opened_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("filled_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("filled_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name="fk_vacancies_council_id_councils"
        ),
        sa.ForeignKeyConstraint(
            ["forening_id"], ["foreningar.id"], name="fk_vacancies_forening_id_foreningar"
        ),
        sa.ForeignKeyConstraint(
            ["left_by_id"], ["persons.id"], name="fk_vacancies_left_by_id_persons"
        ),
        sa.ForeignKeyConstraint(
            ["filled_by_id"], ["persons.id"], name="fk_vacancies_filled_by_id_persons"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_vacancies"),
    )
    op.create_index("ix_vacancies_council_id", "vacancies", ["council_id"])
    op.create_index("ix_vacancies_filled_at", "vacancies", ["filled_at"])
    with op.batch_alter_table("foreningar") as batch:
        batch.add_column(sa.Column("contact_person_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_foreningar_contact_person_id_persons", "persons", ["contact_person_id"], ["id"]
        )
    with op.batch_alter_table("memberships") as batch:
        batch.add_column(sa.Column("confirm_asked_at", UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("memberships") as batch:
        batch.drop_column("confirm_asked_at")
    with op.batch_alter_table("foreningar") as batch:
        batch.drop_constraint("fk_foreningar_contact_person_id_persons", type_="foreignkey")
        batch.drop_column("contact_person_id")
    op.drop_index("ix_vacancies_filled_at", table_name="vacancies")
    op.drop_index("ix_vacancies_council_id", table_name="vacancies")
    op.drop_table("vacancies")

"""pay with a date: a change of pay is a new row, and never changes a day paid before it

The guideline pays lost income on the pay stated with the claim, monthly or hourly, and
"Retroaktiv justering av belopp kan inte ske" (shared/seeds/001 L3793–3802): the one
`fee_profiles.monthly_salary` was rewritten by every change, and so was every earlier basis.
A salary stated before keeps paying every day up to now: it moves here valid from the start
of time, in öre, with no certificate recorded (none was kept).

Revision ID: 0027_pay_records
Revises: 0026_neutral_words
Create Date: 2026-12-07 10:10:00.000000
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

import adapters.storage.types

revision = "0027_pay_records"
down_revision = "0026_neutral_words"
branch_labels = None
depends_on = None

BEFORE = date(1970, 1, 1)  # a salary stated before pay had dates: valid for every day


def upgrade() -> None:
    pay = op.create_table(
        "pay_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("monthly", sa.Integer(), nullable=True),
        sa.Column("hourly", sa.Integer(), nullable=True),
        sa.Column("certificate_on", sa.Date(), nullable=True),
        sa.Column("certificate_seen_by", sa.Integer(), nullable=True),
        sa.Column("created_at", adapters.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_seen_by"],
            ["persons.id"],
            name=op.f("fk_pay_records_certificate_seen_by_persons"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_pay_records_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_records")),
        sa.UniqueConstraint("person_id", "valid_from", name=op.f("uq_pay_records_person_id")),
    )
    op.create_index(op.f("ix_pay_records_person_id"), "pay_records", ["person_id"], unique=False)
    profiles = sa.table(
        "fee_profiles",
        sa.column("person_id", sa.Integer()),
        sa.column("monthly_salary", sa.Integer()),
        sa.column("updated_at", adapters.storage.types.UTCDateTime(timezone=True)),
    )
    conn = op.get_bind()
    stated = conn.execute(
        sa.select(profiles.c.person_id, profiles.c.monthly_salary, profiles.c.updated_at).where(
            profiles.c.monthly_salary.is_not(None)
        )
    ).all()
    if stated:
        op.bulk_insert(
            pay,
            [
                {
                    "person_id": person_id,
                    "valid_from": BEFORE,
                    "monthly": salary * 100,
                    "created_at": at,
                }
                for person_id, salary, at in stated
            ],
        )
    with op.batch_alter_table("fee_profiles", schema=None) as batch_op:
        batch_op.drop_column("monthly_salary")


def downgrade() -> None:
    """Back to one salary a person: their latest monthly one, in kronor."""
    with op.batch_alter_table("fee_profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("monthly_salary", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE fee_profiles SET monthly_salary = (SELECT p.monthly / 100 FROM pay_records p"
        " WHERE p.person_id = fee_profiles.person_id AND p.monthly IS NOT NULL"
        " ORDER BY p.valid_from DESC LIMIT 1)"
    )
    op.drop_index(op.f("ix_pay_records_person_id"), table_name="pay_records")
    op.drop_table("pay_records")

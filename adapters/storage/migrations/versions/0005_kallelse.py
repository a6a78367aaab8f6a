"""kallelse: the council's and each meeting's kallelse texts, glossary, the channel post

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 12:25:31.374072
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _texts(table: str) -> list[sa.SchemaItem]:
    """The KallelseTexts columns, shared by the council's and the meeting's table."""
    return [
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("breaks", sa.String(length=500), nullable=True),
        sa.Column("food", sa.String(length=500), nullable=True),
        sa.Column("preparation", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["persons.id"], name=op.f(f"fk_{table}_leader_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["persons.id"], name=op.f(f"fk_{table}_contact_id_persons")
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "council_kallelse",
        sa.Column("council_id", sa.Integer(), nullable=False),
        *_texts("council_kallelse"),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name=op.f("fk_council_kallelse_council_id_councils")
        ),
        sa.PrimaryKeyConstraint("council_id", name=op.f("pk_council_kallelse")),
    )
    op.create_table(
        "meeting_kallelse",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        *_texts("meeting_kallelse"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_kallelse_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_kallelse")),
    )
    op.create_table(
        "glossary_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("abbreviation", sa.String(length=32), nullable=False),
        sa.Column("meaning", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"], ["councils.id"], name=op.f("fk_glossary_terms_council_id_councils")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_terms")),
        sa.UniqueConstraint(
            "council_id", "abbreviation", name=op.f("uq_glossary_terms_council_id")
        ),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kallelse_ts", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("kallelse_ts")
    op.drop_table("glossary_terms")
    op.drop_table("meeting_kallelse")
    op.drop_table("council_kallelse")

"""kind texts: the council's kallelse texts and standing points per kind of meeting

Existing texts and standing points were the stormöte's (and every other meeting inherited
them): they become the stormöte's. Each council gets the förmöte's own standing points, and
its arbetsgrupper keep the points they had, now as their own.

Revision ID: 0011_kind_texts
Revises: 0010_justering_approved
Create Date: 2026-12-06 17:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_kind_texts"
down_revision = "0010_justering_approved"
branch_labels = None
depends_on = None

STORMOTE, FORMOTE, ARBETSGRUPP = "stormöte", "förmöte", "arbetsgrupp"
# The förmöte's standing points as bot.agenda.points.FORMOTE_STANDING had them here.
FORMOTE_POINTS = {
    "sv": (
        ("Genomgång av stormötets dagordning", None),
        ("Uppföljning av tidigare beslut och åtgärder", "uppfoljning"),
        ("Övriga frågor", "ovriga"),
    ),
    "en": (
        ("Going through the plenary meeting's agenda", None),
        ("Follow-up of earlier decisions and actions", "uppfoljning"),
        ("Any other business", "ovriga"),
    ),
}

standing = sa.table(
    "standing_points",
    sa.column("council_id", sa.Integer),
    sa.column("position", sa.Integer),
    sa.column("title", sa.String),
    sa.column("kind", sa.String),
    sa.column("meeting_kind", sa.String),
)
councils = sa.table("councils", sa.column("id", sa.Integer), sa.column("language", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("council_kallelse", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("meeting_kind", sa.String(length=32), nullable=False, server_default=STORMOTE)
        )
        batch_op.drop_constraint("pk_council_kallelse", type_="primary")
        batch_op.create_primary_key("pk_council_kallelse", ["council_id", "meeting_kind"])
    with op.batch_alter_table("council_kallelse", schema=None) as batch_op:
        batch_op.alter_column("meeting_kind", server_default=None)

    with op.batch_alter_table("standing_points", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_kind", sa.String(length=32), nullable=True))
    op.execute(standing.update().values(meeting_kind=STORMOTE))
    op.execute(
        standing.insert().from_select(
            ["council_id", "position", "title", "kind", "meeting_kind"],
            sa.select(
                standing.c.council_id,
                standing.c.position,
                standing.c.title,
                standing.c.kind,
                sa.literal(ARBETSGRUPP, sa.String),
            ).where(standing.c.meeting_kind == STORMOTE),
        )
    )
    rows = [
        {
            "council_id": council_id,
            "position": position,
            "title": title,
            "kind": kind,
            "meeting_kind": FORMOTE,
        }
        for council_id, language in op.get_bind().execute(
            sa.select(councils.c.id, councils.c.language)
        )
        for position, (title, kind) in enumerate(
            FORMOTE_POINTS.get(language, FORMOTE_POINTS["sv"]), start=1
        )
    ]
    if rows:
        op.bulk_insert(standing, rows)
    with op.batch_alter_table("standing_points", schema=None) as batch_op:
        batch_op.alter_column("meeting_kind", existing_type=sa.String(length=32), nullable=False)


def downgrade() -> None:
    op.execute(standing.delete().where(standing.c.meeting_kind != STORMOTE))
    with op.batch_alter_table("standing_points", schema=None) as batch_op:
        batch_op.drop_column("meeting_kind")
    kallelse = sa.table("council_kallelse", sa.column("meeting_kind", sa.String))
    op.execute(kallelse.delete().where(kallelse.c.meeting_kind != STORMOTE))
    with op.batch_alter_table("council_kallelse", schema=None) as batch_op:
        batch_op.drop_constraint("pk_council_kallelse", type_="primary")
        batch_op.create_primary_key("pk_council_kallelse", ["council_id"])
        batch_op.drop_column("meeting_kind")

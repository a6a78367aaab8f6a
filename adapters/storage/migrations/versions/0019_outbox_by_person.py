"""outbox by person: a message to someone names the person, not their Slack account

Until now a DM's row carried the Slack user id in its payload ("user") and the person only
sometimes. Each such row gets its person (the Slack user in the row's council's workspace,
or the one workspace that knows them), and the payload loses the account; a row still
waiting for a person the bot no longer knows is struck, as the sender would at its turn.
The downgrade writes the Slack user id back into the payload.

Revision ID: 0019_outbox_by_person
Revises: 0018_inbox
Create Date: 2026-12-06 23:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_outbox_by_person"
down_revision = "0018_inbox"
branch_labels = None
depends_on = None

OUTBOX = sa.table(
    "outbox",
    sa.column("id", sa.Integer),
    sa.column("council_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("payload", sa.JSON),
    sa.column("status", sa.String),
    sa.column("last_error", sa.String),
)
PERSONS = sa.table(
    "persons",
    sa.column("id", sa.Integer),
    sa.column("team_id", sa.String),
    sa.column("slack_user_id", sa.String),
)
COUNCILS = sa.table("councils", sa.column("id", sa.Integer), sa.column("team_id", sa.String))
WAITING = ("väntar", "skickas")


def upgrade() -> None:
    conn = op.get_bind()
    teams = dict(conn.execute(sa.select(COUNCILS.c.id, COUNCILS.c.team_id)).all())
    people: dict[str, dict[str, int]] = {}
    for person_id, team, user in conn.execute(
        sa.select(PERSONS.c.id, PERSONS.c.team_id, PERSONS.c.slack_user_id)
    ):
        people.setdefault(user, {})[team] = person_id
    rows = conn.execute(
        sa.select(OUTBOX.c.id, OUTBOX.c.council_id, OUTBOX.c.person_id, OUTBOX.c.payload)
    ).all()
    for row_id, council_id, person_id, payload in rows:
        if "user" not in payload:
            continue
        known = people.get(str(payload["user"]), {})
        team = teams.get(council_id)
        found = known.get(team) if team else next(iter(known.values()), None)
        person_id = person_id or found
        if person_id is None:  # kept as it was, for the record; never sent now
            conn.execute(
                OUTBOX.update()
                .where(OUTBOX.c.id == row_id, OUTBOX.c.status.in_(WAITING))
                .values(status="struken", last_error="recipient_gone")
            )
            continue
        without = {k: v for k, v in payload.items() if k != "user"}
        conn.execute(
            OUTBOX.update()
            .where(OUTBOX.c.id == row_id)
            .values(person_id=person_id, payload=without)
        )


def downgrade() -> None:
    conn = op.get_bind()
    users = dict(conn.execute(sa.select(PERSONS.c.id, PERSONS.c.slack_user_id)).all())
    rows = conn.execute(
        sa.select(OUTBOX.c.id, OUTBOX.c.person_id, OUTBOX.c.payload).where(
            OUTBOX.c.person_id.is_not(None)
        )
    ).all()
    for row_id, person_id, payload in rows:
        conn.execute(
            OUTBOX.update()
            .where(OUTBOX.c.id == row_id)
            .values(payload={**payload, "user": users.get(person_id)})
        )

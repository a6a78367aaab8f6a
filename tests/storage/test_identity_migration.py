"""Migration 0022_identity on a database filled by the schema before it (0021): every row of
every table survives, each person is found by their Slack account and each council by its
channel's conversation; and the downgrade gives back the rows as they were."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from alembic import command
from sqlalchemy import MetaData, Table, select
from sqlalchemy.engine import Engine

from adapters.slack.ids import SLACK, account, conversation
from adapters.storage.db import make_engine, make_session_factory
from adapters.storage.migrate import alembic_config
from adapters.storage.uow import UnitOfWork
from tests.storage.test_point_kind_migration import NOW, _insert, at_revision, empty_url

__all__ = ["empty_url"]  # the fixture, on both backends

BEFORE = "0021_person_indexes"
# What 0022 moves out of these tables into accounts and conversations.
MOVED = {
    "persons": {"team_id", "slack_user_id", "slack_deactivated_at"},
    "councils": {"channel_id"},
}
LATER = NOW + timedelta(days=1)


def _fill(engine: Engine, tables: dict[str, Table]) -> None:
    """At least one row in every table, with the identities 0022 has to carry."""

    def add(table: str, **values: Any) -> None:
        _insert(engine, tables[table], **values)

    add("workspaces", team_id="T2", uninstalled_at=NOW, uninstall_reason="app_uninstalled")
    add("councils", id=1, team_id="T1", channel_id="C1", name="Rådet Väst")
    add("councils", id=2, team_id="T2", channel_id="C2", name="Rådet Öst", language="en")
    # Detached by 0017 (a second council of a shared channel): no channel finds it.
    add("councils", id=3, team_id="T2", channel_id="C1~3", name="Dubbletten")
    add("foreningar", id=1, team_id="T1", name="RSMH Väst", name_key="rsmh väst")
    add(
        "persons",
        id=1,
        team_id="T1",
        slack_user_id="U1",
        display_name="Anna Andersson",
        email="anna@example.se",
        slack_deactivated_at=LATER,
    )
    add("persons", id=2, team_id="T1", slack_user_id="U2", display_name="Bo Berg")
    # The same Slack user recorded by a council of another workspace: a person of its own.
    add("persons", id=3, team_id="T2", slack_user_id="U1", display_name="Anna A.")
    add(
        "persons",
        id=4,
        team_id="T1",
        slack_user_id="erased-4",
        display_name="f.d. ledamot",
        erased_at=LATER,
    )
    for row_id, council, person, role, forening, active_to in (
        (1, 1, 1, "ledamot", 1, None),
        (2, 1, 2, "sekreterare", None, None),
        (3, 2, 3, "ordförande", None, None),
        (4, 1, 4, "ledamot", 1, LATER),
    ):
        add(
            "memberships",
            id=row_id,
            council_id=council,
            person_id=person,
            role=role,
            forening_id=forening,
            active_from=NOW,
            active_to=active_to,
        )
    for row_id, council, kind, fields in (
        (1, 1, "stormöte", {"kallelse_ts": "111.1"}),
        (2, 1, "förmöte", {"parent_id": 1}),
        (3, 2, "stormöte", {"status": "inställt", "place": "Rum 3"}),
    ):
        fields = {"status": "planerat", **fields}
        add("meetings", id=row_id, council_id=council, kind=kind, starts_at=NOW, **fields)
    add(
        "agenda_points",
        id=1,
        council_id=1,
        meeting_id=1,
        submitter_id=1,
        forening_id=1,
        title="Väntetider",
        description="Långa köer.",
        status="på dagordningen",
        source_key="msg:T1:C1:1.1",
    )
    add("agenda_points", id=2, council_id=1, submitter_id=4, title="Hörslinga", status="flyttad")
    add(
        "agenda_points",
        id=3,
        council_id=1,
        carried_from_id=2,
        title="Hörslinga",
        status="inskickad",
    )
    add("standing_points", id=1, council_id=1, meeting_kind="stormöte", position=1, title="Ö")
    add("documents", id=1, meeting_id=1, title="Bilaga", url="https://x.se/a", added_by_id=2)
    add("council_kallelse", council_id=1, meeting_kind="stormöte", leader_id=2, food="Fika")
    add("meeting_kallelse", meeting_id=1, contact_id=1, purpose="Budget")
    add("glossary_terms", id=1, council_id=1, abbreviation="BUP", meaning="Barnpsykiatri")
    add("attendance", id=1, meeting_id=1, person_id=1, answer="kommer inte", answer_reason="Sjuk")
    add("attendance", id=2, meeting_id=1, person_id=2, presence="närvarande", replaces_person_id=1)
    add(
        "substitute_requests",
        id=1,
        meeting_id=1,
        absent_person_id=1,
        substitute_person_id=2,
        forening_id=1,
        status="tillfrågad",
        asked_at=NOW,
    )
    add("fee_profiles", person_id=1, monthly_salary=31000, updated_at=NOW)
    add(
        "action_items",
        id=1,
        council_id=1,
        meeting_id=1,
        point_id=1,
        owner_id=2,
        text="Ring",
        status="öppen",
    )
    add(
        "minutes",
        id=1,
        meeting_id=1,
        status="utkast",
        version=1,
        channel_id="C1",
        thread_ts="222.2",
        approved={"lines": ["Beslut: ja"]},
    )
    for row_id, kind, data in (
        (1, "minutes.started", {}),
        (2, "minutes.noted", {"point": 1, "kind": "beslut", "text": "Kortare köer."}),
        (3, "minutes.noted", {"point": 1, "kind": "åtgärd", "text": "Ring", "owner": 2}),
        (4, "point.submitted", {"point_id": 1}),
    ):
        add("events", id=row_id, council_id=1, meeting_id=1, actor_id=2, kind=kind, data=data)
    add(
        "outbox",
        id=1,
        idempotency_key="k1",
        kind="kallelse",
        council_id=1,
        person_id=1,
        payload={"text": "Kallelse"},
        status="skickad",
        via="slack",
    )
    add(
        "outbox",
        id=2,
        idempotency_key="k2",
        kind="notice",
        person_id=2,
        payload={"words": {"key": "point.moved", "params": {}, "lang": "sv"}},
        status="väntar",
    )
    add(
        "outbox",
        id=3,
        idempotency_key="k3",
        kind="kanal",
        council_id=1,
        channel_id="C1",
        status="väntar",
    )
    add(
        "reminder_preferences",
        id=1,
        person_id=1,
        off_kinds=["punkt"],
        weekdays=[0, 1],
        hour_from=8,
        hour_to=18,
        paused=False,
        updated_at=NOW,
    )
    add("inbox", id=1, key="event:Ev1", listener="event", payload="", received_at=NOW)


def _rows(engine: Engine) -> dict[str, dict[Any, dict[str, Any]]]:
    """Every table's rows by primary key, every column, as the database holds them."""
    meta = MetaData()
    meta.reflect(engine)
    found: dict[str, dict[Any, dict[str, Any]]] = {}
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            key = [c.name for c in table.primary_key.columns]
            found[name] = {
                tuple(row[k] for k in key): dict(row)
                for row in conn.execute(select(table)).mappings()
            }
    return found


def _without(rows: dict[str, dict[str, Any]], columns: set[str]) -> dict[str, dict[str, Any]]:
    return {k: {c: v for c, v in row.items() if c not in columns} for k, row in rows.items()}


def test_every_row_survives_and_people_and_councils_are_found_by_their_accounts(
    empty_url: str,
) -> None:
    engine, tables = at_revision(empty_url, BEFORE)
    _fill(engine, tables)
    before = _rows(engine)
    assert [t for t, rows in before.items() if not rows and t != "alembic_version"] == []
    engine.dispose()

    command.upgrade(alembic_config(empty_url), "0022_identity")

    engine = make_engine(empty_url)
    after = _rows(engine)
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        moved = MOVED.get(table, set())
        new = {"language", "email_verified_at", "phone"} if table == "persons" else set()
        assert _without(after[table], new) == _without(rows, moved), table
    assert sorted(
        (a["person_id"], a["platform"], a["workspace"], a["external_id"], a["deactivated_at"])
        for a in after["accounts"].values()
    ) == [
        (1, "slack", "T1", "U1", before["persons"][(1,)]["slack_deactivated_at"]),
        (2, "slack", "T1", "U2", None),
        (3, "slack", "T2", "U1", None),
    ]
    assert sorted(
        (c["council_id"], c["platform"], c["workspace"], c["external_id"])
        for c in after["conversations"].values()
    ) == [(1, "slack", "T1", "C1"), (2, "slack", "T2", "C2"), (3, "slack", "T2", "C1~3")]

    # The repositories map today's tables: read through them once the later ones are there.
    engine.dispose()
    command.upgrade(alembic_config(empty_url), "head")
    engine = make_engine(empty_url)
    with UnitOfWork(make_session_factory(engine)) as uow:
        anna = uow.directory.person(account("T1", "U1"))
        assert anna is not None and anna.id == 1
        assert (anna.display_name, anna.email, anna.chat_account) == (
            "Anna Andersson",
            "anna@example.se",
            "U1",
        )
        assert (anna.language, anna.email_verified_at, anna.phone) == (None, None, None)
        slack = anna.account(SLACK)
        assert slack is not None and slack.deactivated_at == LATER
        other = uow.directory.person(account("T2", "U1"))
        assert other is not None and other.id == 3
        bo = uow.directory.person(account("T9", "U2"))  # from any workspace
        assert bo is not None and bo.id == 2
        erased = uow.people.get(4)
        assert erased is not None and erased.accounts == [] and erased.erased_at == LATER

        council = uow.directory.council(conversation("T", "C1"))
        assert council is not None
        assert (council.id, council.workspace, council.name, council.conversation) == (
            1,
            "T1",
            "Rådet Väst",
            "C1",
        )
        detached = uow.directory.council(conversation("T", "C1~3"))
        assert detached is not None and detached.id == 3
        assert [p.id for p in uow.workspaces.people_of("T2")] == [3]

        members = uow.memberships.active(1, now=LATER)
        assert sorted((r.person.chat_account, r.membership.role.value) for r in members) == [
            ("U1", "ledamot"),
            ("U2", "sekreterare"),
        ]
        meeting = uow.minutes.meeting_for_thread("C1", "111.1")
        assert meeting is not None and meeting.id == 1
        lines = uow.events.for_meeting(1, prefix="minutes.")
        assert [(e.kind, e.data.get("text")) for e in lines] == [
            ("minutes.started", None),
            ("minutes.noted", "Kortare köer."),
            ("minutes.noted", "Ring"),
        ]
        found = uow.outbox.by_keys(["k1", "k2", "k3"])
        assert (found["k1"].person_id, found["k2"].person_id) == (1, 2)
    engine.dispose()

    command.downgrade(alembic_config(empty_url), BEFORE)
    engine = make_engine(empty_url)
    assert _rows(engine) == before
    engine.dispose()

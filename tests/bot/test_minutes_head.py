"""A minutes line is appended after reading the log's head (the outline, the current item,
whether the minutes are locked), not the lines before it: writing stays linear."""

from __future__ import annotations

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from bot.core.authz import Action
from bot.minutes import access
from devtools.statements import plan, statements
from tests.bot.minutes_council import DURING, RAD, SARA, TEAM, council


def test_a_line_reads_the_head_of_the_log_and_the_head_agrees_with_the_whole(
    services: Services,
) -> None:
    c = council(services)
    c.write("punkt 5", "beslut: Rådet vill ha kortare väntetider.", "info: Lokalen byts.")
    with services.uow() as uow:
        head = access.in_channel(
            uow,
            action=Action.WRITE_MINUTES,
            now=DURING,
            head=True,
            who=account(TEAM, SARA),
            where=conversation(TEAM, RAD),
        )
        whole = access.reload(uow, head)
    assert head.record.entries == [] and len(whole.record.entries) == 2
    for record in (head.record, whole.record):
        assert (record.current, record.locked) == ("5", False)
    assert head.record.outline == whole.record.outline


def test_a_line_costs_as_many_statements_after_thirty_lines_as_after_three(
    services: Services,
) -> None:
    c = council(services)
    c.write("punkt 1")
    counted = []
    for before in (3, 30):
        c.write(*(f"info: Rad {n}." for n in range(before - len(counted) * 3)))
        with statements(services.engine) as sent:
            c.write("info: Ännu en rad.")
        counted.append(len(sent))
    assert counted[0] == counted[1]


def test_a_line_naming_nobody_reads_no_members_and_one_naming_someone_does(
    services: Services,
) -> None:
    c = council(services)
    c.write("punkt 1")
    with statements(services.engine) as plain:
        c.write("info: Lokalen byts.")
    with statements(services.engine) as action:
        (captured,) = c.write("åtgärd: Sara ringer lokalbolaget")
    assert not any("FROM memberships JOIN" in s.statement for s in plain)
    assert any("FROM memberships JOIN" in s.statement for s in action)
    assert captured.note is not None and captured.note.owner is not None
    assert captured.note.owner.label == "Sara Sekreterare"


def test_the_head_of_the_log_is_found_by_meeting_and_kind(sqlite_services: Services) -> None:
    """Not by reading every line of the meeting to keep the few of the head's kinds."""
    services = sqlite_services
    c = council(services)
    c.write("punkt 1", *(f"info: Rad {n}." for n in range(20)))
    with statements(services.engine) as sent:
        c.write("info: Ännu en rad.")
    (head,) = [s for s in sent if "JOIN events" in s.statement]
    assert "USING INDEX ix_events_meeting_id_kind (meeting_id=? AND kind=?)" in plan(
        services.engine, head
    )


def test_a_line_reads_who_writes_with_their_roles_and_the_minutes_with_the_head_at_once(
    services: Services,
) -> None:
    """Four reads and the line: the council, who writes with the memberships they hold there,
    the meeting, and the minutes' row with the head of its log; each a round trip to the
    database, a thousand times in a meeting's minutes."""
    c = council(services)
    c.write("punkt 1", "info: Rad 1.")
    with statements(services.engine) as sent:
        c.write("info: Ännu en rad.")
    reads = [s.statement for s in sent if s.statement.lstrip().startswith("SELECT")]
    assert len(reads) == 4 and len(sent) == 5
    assert any("JOIN memberships" in r and "FROM persons" in r for r in reads)
    assert any("JOIN minutes" in r and "JOIN events" in r for r in reads)

"""A minutes line is appended after reading the log's head (the outline, the current item,
whether the minutes are locked), not the lines before it: writing stays linear."""

from __future__ import annotations

from datetime import timedelta

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import Meeting
from bot.core.authz import Action
from bot.core.errors import UserError
from bot.meetings.finder import CHECKIN_OPENS, RECENT
from bot.minutes import access
from bot.minutes.record import HEAD, STARTED, TOPIC
from devtools.statements import plan, statements
from tests.bot.minutes_council import DURING, NAMES, RAD, SARA, START, TEAM, council, slack_words


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
        line = access.writing(
            uow,
            action=Action.WRITE_MINUTES,
            now=DURING,
            who=account(TEAM, SARA),
            where=conversation(TEAM, RAD),
        )
    assert head.record.entries == [] == line.record.entries and len(whole.record.entries) == 2
    assert line.meeting.id == head.meeting.id and line.viewer == head.viewer
    assert line.minutes is not None and line.minutes.id == whole.minutes.id  # type: ignore[union-attr]
    for record in (head.record, whole.record, line.record):
        assert (record.current, record.locked) == ("5", False)
    assert head.record.outline == whole.record.outline == line.record.outline


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
    found = plan(services.engine, head)
    assert "INDEX ix_events_meeting_id_kind (meeting_id=? AND kind=?)" in found
    assert "SCAN events" not in found


def test_a_line_is_one_read_and_the_insert(services: Services) -> None:
    """The council, who writes with the memberships they hold there, the meeting, and the
    minutes' row with the head of its log are one statement (MinutesRecords.writing): a line
    is two round trips to the database besides its transaction, a thousand times in a
    meeting's minutes (there were five statements)."""
    c = council(services)
    c.write("punkt 1", "info: Rad 1.")
    with statements(services.engine) as sent:
        c.write("info: Ännu en rad.")
    reads = [s.statement for s in sent if s.statement.lstrip().startswith("SELECT")]
    assert len(reads) == 1 and len(sent) == 2
    (read,) = reads
    for joined in ("JOIN persons", "JOIN memberships", "JOIN minutes", "JOIN events"):
        assert joined in read
    assert sent[1].statement.startswith("INSERT INTO events")


def test_moving_between_items_does_not_grow_what_a_line_reads(services: Services) -> None:
    """The head is the last event of each of its kinds: thirty `punkt` lines read as many rows
    as one (each item moved to was a row of the head before), and a line in the thread reads
    the same head."""
    c = council(services)
    c.write("punkt 1")
    c.write(*(f"punkt {n % 3 + 1}" for n in range(30)), "punkt 2", "info: Rad.")
    with services.uow() as uow:
        look = uow.minutes.writing(
            conversation(TEAM, RAD),
            account(TEAM, SARA),
            now=DURING,
            until=DURING + CHECKIN_OPENS,
            limit=RECENT,
            kinds=HEAD,
        )
        _, thread_head = uow.minutes.with_events(c.meeting, HEAD)
        line = access.writing(
            uow,
            action=Action.WRITE_MINUTES,
            now=DURING,
            who=account(TEAM, SARA),
            where=conversation(TEAM, RAD),
        )
        whole = access.reload(uow, line)
    assert look is not None
    head = look.heads[c.meeting]
    assert [e.kind for e in head] == [STARTED, TOPIC] == [e.kind for e in thread_head]
    assert head[-1].data == {"item": "2"} and whole.record.current == "2"


def test_a_line_from_someone_unknown_or_without_a_meeting_is_refused_as_before(
    services: Services,
) -> None:
    """What the one read finds is checked as the separate reads were."""
    c = council(services)
    with pytest.raises(UserError) as unknown:
        c.write("punkt 1", user="U0NOBODY")
    assert unknown.value.key == "refused.officers"
    with pytest.raises(UserError) as early:
        c.write("punkt 1", now=START - timedelta(hours=2))
    assert early.value.key == "protokoll.no_meeting_yet"


def test_a_line_in_the_thread_is_one_read_and_the_insert(services: Services) -> None:
    """In the kallelse's thread in the channel, or the minutes' own (a förmöte's is in a
    DM): the meeting the thread is for, its council, who writes and the head are one
    statement (MinutesRecords.in_thread), where they were five or six."""
    c = council(services)
    c.write("punkt 2")
    with services.uow() as uow:
        meeting = uow.session.get(Meeting, c.meeting)
        row = uow.minutes.for_meeting(c.meeting)
        assert meeting is not None and row is not None
        meeting.kallelse_ts = "1764.000100"
        row.conversation, row.thread_ts = "D0SARA", "1764.000200"
        uow.commit()
    for where, thread in ((RAD, "1764.000100"), ("D0SARA", "1764.000200")):
        with statements(services.engine) as sent:
            captured = services.minutes.capture.line(
                who=account(TEAM, SARA),
                where=conversation(TEAM, where),
                thread_ts=thread,
                text="info: I tråden.",
                read=slack_words(NAMES),
                now=DURING,
            )
        assert captured.item is not None and captured.item.number == "2"
        reads = [s for s in sent if s.statement.lstrip().startswith("SELECT")]
        assert len(reads) == 1 and len(sent) == 2
    with pytest.raises(UserError) as elsewhere:
        services.minutes.capture.line(
            who=account(TEAM, SARA),
            where=conversation(TEAM, RAD),
            thread_ts="1764.000300",
            text="info: Inte här.",
            read=slack_words(NAMES),
            now=DURING,
        )
    assert elsewhere.value.key == "protokoll.not_a_minutes_thread"
    with pytest.raises(UserError) as unknown:
        services.minutes.capture.line(
            who=account(TEAM, "U0NOBODY"),
            where=conversation(TEAM, RAD),
            thread_ts="1764.000100",
            text="info: Vem?",
            read=slack_words(NAMES),
            now=DURING,
        )
    assert unknown.value.key.startswith("refused.")
    assert c.markdown(now=DURING).count("I tråden.") == 2

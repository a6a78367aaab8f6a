"""Working groups on the fakes (bot.councils.working_groups): set up only from a held
stormöte's decision (a förmöte's point is no more found than one that does not exist), by the
officers; a roster of the council's own members; the group's meetings summon the roster alone
(kallelse and roll), planned by an officer or the convenor; its report stands on every
stormöte's agenda from the one after it was set up until the one it is closed at; the chair and
the convenor are reminded before its end date (again when it is given more time, never once
it is closed); a person's groups are in their own data and gone with them when erased."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Attendance, SubstituteRequest
from bot.agenda import outline
from bot.attendance.roll import expected
from bot.attendance.service import AttendanceService
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.texts.render import plain
from bot.core.vocabulary import Answer, MeetingKind, Role
from bot.core.when import parse_when
from bot.councils.working_groups import GroupReply, WorkingGroupService
from bot.kallelse.content import audience
from bot.kallelse.service import KallelseService
from bot.privacy.service import PrivacyService
from bot.reminders.sender import Sender
from bot.reminders.sweep import sweep
from bot.reminders.working_groups import end_reminder_rows
from tests.fakes.messenger import FakeMessenger
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import (
    ANNA,
    CHANNEL,
    ERIK,
    NOW,
    SARA,
    STOCKHOLM,
    TEAM,
    UNA,
    add_member,
    agenda,
    council,
    meetings,
    person_id,
    plan,
    queued,
    reads,
    submit,
)

WHERE = conversation(TEAM, CHANNEL)
OLLE = NamedAccount("U0OLLE", "Olle Ordförande")
# After the stormöte of 3 December, where the point was decided.
AFTER = datetime(2026, 12, 3, 17, tzinfo=STOCKHOLM)
ENDS = date(2027, 4, 30)


def _groups(uow: FakeUnitOfWorkFactory) -> WorkingGroupService:
    return WorkingGroupService(uow)


def _create(
    uow: FakeUnitOfWorkFactory,
    *,
    point: int | None = None,
    meeting: int | None = None,
    by: NamedAccount = SARA,
    now: datetime = AFTER,
    name: str = "Tillgänglighet",
    ends: date = ENDS,
) -> GroupReply:
    return _groups(uow).create(
        who=account(TEAM, by.external_id), where=WHERE, name=name, mandate="Förslag på skyltning",
        ends_on=ends, point_id=point, meeting_id=meeting, now=now,
    )  # fmt: skip


def _add(uow: FakeUnitOfWorkFactory, *people: NamedAccount, convenor: bool = False) -> GroupReply:
    return _groups(uow).add_members(
        who=account(TEAM, SARA.external_id), where=WHERE, group_id=1,
        people=[account(TEAM, p.external_id) for p in people], convenor=convenor, now=AFTER,
    )  # fmt: skip


def _close(uow: FakeUnitOfWorkFactory, now: datetime) -> GroupReply:
    return _groups(uow).close(
        who=account(TEAM, SARA.external_id), where=WHERE, group_id=1,
        outcome="Skyltningen är beslutad", now=now,
    )  # fmt: skip


def _refusal(raised: pytest.ExceptionInfo[UserError]) -> str:
    return plain(raised.value.key, "sv", **raised.value.params)


@pytest.fixture
def decided(uow: FakeUnitOfWorkFactory) -> int:
    """Rådet with a stormöte on 3 December whose point (returned) set a group up; Olle chairs
    for RSMH."""
    council(uow)
    add_member(uow, OLLE, Role.ORDFORANDE, "RSMH")
    plan(uow, "torsdag 3 december kl 13-16")
    return submit(uow, "Tillgänglighet i väntrummet").point.id


def test_a_group_is_set_up_from_a_held_stormotes_point_by_an_officer(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    with pytest.raises(UserError) as early:
        _create(uow, point=decided, now=NOW)
    assert "har inte hållits än" in _refusal(early)
    with pytest.raises(UserError) as member:
        _create(uow, point=decided, by=ANNA)
    assert member.value.key == "refused.officers"
    with pytest.raises(UserError) as past:
        _create(uow, point=decided, ends=date(2026, 12, 1))
    assert past.value.key == "arbetsgrupp.create.past"

    created = _create(uow, point=decided)
    said = [plain(line, "sv") for line in created.lines]
    assert said[0] == "Klart: arbetsgruppen Tillgänglighet (nr 1) är tillsatt."
    assert f"punkt nr {decided}: Tillgänglighet i väntrummet" in said[1]
    with uow() as work:
        group = work.working_groups.get(1, 1)
        assert group is not None
        assert (group.decided_meeting_id, group.decided_point_id) == (1, decided)
    with pytest.raises(UserError) as twice:
        _create(uow, point=decided, name="tillgänglighet")
    assert twice.value.key == "arbetsgrupp.create.duplicate"


def test_a_formote_point_or_meeting_is_not_found_like_none(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    formote = plan(uow, "tisdag 1 december kl 10-12", MeetingKind.FORMOTE, by=ANNA).meeting.id
    hidden = submit(uow, "Vår hållning", formote=True).point.id
    refusals = []
    for point, meeting in ((hidden, None), (9999, None), (None, formote)):
        with pytest.raises(UserError) as raised:
            _create(uow, point=point, meeting=meeting)
        refusals.append(raised.value.key)
    assert refusals == [
        "arbetsgrupp.point_not_found",
        "arbetsgrupp.point_not_found",
        "arbetsgrupp.meeting_not_found",
    ]


def test_the_roster_is_the_councils_own_and_the_convenor_is_on_it(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    stranger = NamedAccount("U0NILS", "Nils Nilsson")
    with pytest.raises(UserError) as outside:
        _add(uow, stranger)
    assert outside.value.key == "arbetsgrupp.not_member"
    _add(uow, ANNA, UNA)
    _add(uow, ERIK, convenor=True)
    with uow() as work:
        group = work.working_groups.get(1, 1)
        assert group is not None and group.convenor_id == person_id(uow, ERIK)
        assert work.working_groups.roster(1) == [person_id(uow, p) for p in (ANNA, UNA, ERIK)]
    again = _add(uow, ANNA)
    assert "redan med" in plain(again.lines[0], "sv")


def test_the_groups_meeting_summons_its_roster_alone(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    _add(uow, ANNA, ERIK)  # Erik an ersättare: on a group he answers and is counted
    _add(uow, ANNA, convenor=True)
    when = parse_when("tisdag 15 december kl 13-15", now=AFTER)
    with pytest.raises(UserError) as refused:  # Una is on no roster and no officer
        meetings(uow).plan(
            who=account(TEAM, UNA.external_id), where=WHERE, kind=MeetingKind.ARBETSGRUPP,
            when=when, place=None, now=AFTER, group_id=1,
        )  # fmt: skip
    assert refused.value.key == "refused.officers"
    planned = meetings(uow).plan(
        who=account(TEAM, ANNA.external_id), where=WHERE, kind=MeetingKind.ARBETSGRUPP,
        when=when, place=None, now=AFTER, group_id=1,
    )  # fmt: skip
    roster = {person_id(uow, ANNA), person_id(uow, ERIK)}
    with uow() as work:
        council_row = work.councils.get(1)
        meeting = work.meetings.get(1, planned.meeting.id)
        assert council_row is not None and meeting is not None
        summoned = audience(work, council_row, meeting, AFTER)
        assert {r.person_id for r in summoned} == roster
        assert all(r.answers for r in summoned)
        roll = expected(work, council_row, meeting, AFTER)
        assert {s.member.person.id for s in roll} == roster


def test_an_apology_to_the_groups_meeting_asks_no_ersattare(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    _add(uow, ANNA)
    meeting = meetings(uow).plan(
        who=account(TEAM, SARA.external_id), where=WHERE, kind=MeetingKind.ARBETSGRUPP,
        when=parse_when("tisdag 15 december kl 13-15", now=AFTER), place=None, now=AFTER,
        group_id=1,
    )  # fmt: skip
    AttendanceService(uow).answer(
        answer=Answer.NOT_COMING, now=AFTER, who=account(TEAM, ANNA.external_id), where=WHERE,
        meeting_id=meeting.meeting.id,
    )  # fmt: skip
    assert uow.store.all(SubstituteRequest) == []  # the roster is Anna's own, not RSMH's seat


def test_an_answer_naming_no_meeting_is_never_to_a_group_one_is_not_on(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    february = plan(uow, "torsdag 4 februari kl 13-16").meeting.id
    _create(uow, point=decided)
    _add(uow, ERIK)
    group_meeting = meetings(uow).plan(
        who=account(TEAM, SARA.external_id), where=WHERE, kind=MeetingKind.ARBETSGRUPP,
        when=parse_when("tisdag 15 december kl 13-15", now=AFTER), place=None, now=AFTER,
        group_id=1,
    ).meeting.id  # fmt: skip
    KallelseService(uow, mailer=None).send(
        meeting_id=group_meeting, anyway=False, who=account(TEAM, SARA.external_id),
        where=WHERE, now=AFTER,
    )  # fmt: skip
    for who in (ANNA, ERIK):  # right after the group's kallelse, neither names a meeting
        AttendanceService(uow).answer(
            answer=Answer.COMING, now=AFTER, who=account(TEAM, who.external_id), where=WHERE
        )
    with uow() as work:
        answered = {a.person_id: a.meeting_id for a in uow.store.all(Attendance)}
        assert work.meetings.get(1, february) is not None
    assert answered == {person_id(uow, ANNA): february, person_id(uow, ERIK): group_meeting}


def _reports(
    uow: FakeUnitOfWorkFactory, meeting_id: int, now: datetime, by: NamedAccount = SARA
) -> list[str]:
    view = agenda(uow).agenda(
        who=account(TEAM, by.external_id), where=WHERE, meeting_id=meeting_id, now=now
    )
    return [plain(line.report.phrase("sv"), "sv") for line in outline(view) if line.report]


def test_the_report_stands_on_every_stormote_after_until_the_one_it_is_closed_at(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    february = plan(uow, "torsdag 4 februari kl 13-16").meeting.id
    april = plan(uow, "torsdag 15 april kl 13-16").meeting.id
    june = plan(uow, "torsdag 3 juni kl 13-16").meeting.id
    formote = plan(uow, "tisdag 2 februari kl 10-12", MeetingKind.FORMOTE, by=ANNA).meeting.id
    _create(uow, point=decided)
    report = "Rapport från arbetsgruppen Tillgänglighet (nr 1), slutdatum fredag 30 april 2027"
    assert _reports(uow, 1, AFTER) == []  # the stormöte that decided it
    assert _reports(uow, february, AFTER) == [report]
    assert _reports(uow, formote, AFTER, by=ANNA) == []
    # Closed at the April stormöte: its last report there, none after.
    _close(uow, datetime(2027, 4, 15, 15, tzinfo=STOCKHOLM))
    assert _reports(uow, april, AFTER) == [report]
    assert _reports(uow, june, AFTER) == []
    with pytest.raises(UserError) as closed:
        _close(uow, datetime(2027, 4, 16, tzinfo=STOCKHOLM))
    assert closed.value.key == "arbetsgrupp.closed_already"
    with uow() as work:
        group = work.working_groups.get(1, 1)
        assert group is not None and group.outcome == "Skyltningen är beslutad"


def _extend(uow: FakeUnitOfWorkFactory, ends: date, now: datetime) -> GroupReply:
    return _groups(uow).extend(
        who=account(TEAM, SARA.external_id), where=WHERE, group_id=1, ends_on=ends, now=now
    )


def _reminded(uow: FakeUnitOfWorkFactory, now: datetime) -> list[tuple[int | None, str]]:
    return [(row["person_id"], row["idempotency_key"]) for row in end_reminder_rows(uow(), now)]


def test_the_chair_and_convenor_are_reminded_before_the_end_and_on_the_day(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    _add(uow, ANNA, convenor=True)
    chair, convenor = person_id(uow, OLLE), person_id(uow, ANNA)
    assert _reminded(uow, datetime(2027, 4, 16, 8, 59, tzinfo=STOCKHOLM)) == []
    soon = _reminded(uow, datetime(2027, 4, 16, 9, tzinfo=STOCKHOLM))
    assert [p for p, _ in soon] == sorted([chair, convenor])
    assert all(":2027-04-30:soon:" in key for _, key in soon)
    due = _reminded(uow, datetime(2027, 4, 30, 9, tzinfo=STOCKHOLM))
    assert all(":2027-04-30:due:" in key for _, key in due) and len(due) == 2
    # More time: reminded again before the new date; closed: never.
    _extend(uow, date(2027, 9, 30), datetime(2027, 4, 29, tzinfo=STOCKHOLM))
    assert _reminded(uow, datetime(2027, 5, 1, 9, tzinfo=STOCKHOLM)) == []
    again = _reminded(uow, datetime(2027, 9, 16, 9, tzinfo=STOCKHOLM))
    assert len(again) == 2 and all(":2027-09-30:soon:" in key for _, key in again)
    _close(uow, datetime(2027, 9, 20, tzinfo=STOCKHOLM))
    assert _reminded(uow, datetime(2027, 9, 30, 9, tzinfo=STOCKHOLM)) == []


def test_a_reminder_queued_before_the_group_closed_is_not_sent(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    _add(uow, ANNA, convenor=True)
    day = datetime(2027, 4, 16, 9, tzinfo=STOCKHOLM)
    sweep(uow, day)
    rows = [r for r in queued(uow) if r.kind == "arbetsgrupp"]
    assert len(rows) == 2 and "ska vara klar fredag 30 april 2027" in reads(rows[0])
    _close(uow, day)
    messenger = FakeMessenger()
    Sender(uow, messenger, worker_id="test").drain(day)
    assert not [m for m in messenger.delivered if m.key.startswith("working_group:")]
    assert {r.last_error for r in rows} == {"group_closed"}


def test_a_kallelse_to_someone_taken_off_the_roster_is_not_sent(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    _add(uow, ANNA, UNA)
    planned = meetings(uow).plan(
        who=account(TEAM, SARA.external_id), where=WHERE, kind=MeetingKind.ARBETSGRUPP,
        when=parse_when("tisdag 15 december kl 13-15", now=AFTER), place=None, now=AFTER,
        group_id=1,
    )  # fmt: skip
    KallelseService(uow, mailer=None).send(
        meeting_id=planned.meeting.id, anyway=False, who=account(TEAM, SARA.external_id),
        where=WHERE, now=AFTER,
    )  # fmt: skip
    copies = [r for r in queued(uow) if r.kind == "kallelse"]
    assert {r.person_id for r in copies} == {person_id(uow, ANNA), person_id(uow, UNA)}
    _groups(uow).remove_member(
        who=account(TEAM, SARA.external_id), where=WHERE, group_id=1,
        person=account(TEAM, UNA.external_id), now=AFTER,
    )  # fmt: skip
    messenger = FakeMessenger()
    Sender(uow, messenger, worker_id="test").drain(AFTER)
    sent_to = {
        m.to.external_id for m in messenger.delivered if m.to and m.key.startswith("dm:kallelse:")
    }
    assert sent_to == {ANNA.external_id}
    [dropped] = [r for r in copies if r.person_id == person_id(uow, UNA)]
    assert dropped.last_error == "not_on_roster"


def test_ones_groups_are_in_ones_own_data_and_go_with_one(
    uow: FakeUnitOfWorkFactory, decided: int
) -> None:
    _create(uow, point=decided)
    _add(uow, ANNA, convenor=True)
    privacy = PrivacyService(uow)
    mine = privacy.mine(who=account(TEAM, ANNA.external_id))
    assert [(g.name, g.convenor) for g in mine.groups] == [("Tillgänglighet", True)]
    assert mine.to_json()["working_groups"][0]["name"] == "Tillgänglighet"
    privacy.erase(who=account(TEAM, ANNA.external_id), now=AFTER)
    with uow() as work:
        group = work.working_groups.get(1, 1)
        assert group is not None and group.convenor_id is None
        assert work.working_groups.roster(1) == []

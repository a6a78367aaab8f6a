"""The year report's figures on the fakes (bot.councils.year_report): meetings against the
council's rule, points by who raised them and what became of them (a moved point followed to
its copy), action items done and late, attendance per förening at each stormöte, the unit's
share of the agenda, the evaluation's trend meeting by meeting, and the unit's version without
the förmöten but the day they were held."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import ActionItem, AgendaPoint, Council, Event, Meeting
from bot.core.audience import Audience
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.texts.render import plain
from bot.core.vocabulary import (
    ActionStatus,
    ActivityState,
    MeetingKind,
    PointStatus,
    Presence,
    Role,
)
from bot.councils.arshjul import YearWheelService
from bot.councils.year import CycleYear, YearService
from bot.councils.year_layout import layout
from bot.councils.year_report import Outcome, Side, YearReportService, year_report
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
    council,
    person_id,
    plan,
    submit,
)

LATER = datetime(2026, 12, 20, 12, tzinfo=STOCKHOLM)
LISA = NamedAccount("U0LISA", "Lisa Attention")


def _point(uow: FakeUnitOfWorkFactory, title: str) -> AgendaPoint:
    [point] = uow.store.where(AgendaPoint, lambda p: p.title == title)
    return point


def _seeded(uow: FakeUnitOfWorkFactory) -> tuple[int, int]:
    """Rådet's year: two stormöten held and one ahead, a förmöte; points from RSMH, the unit
    and the förmöte; outcomes set as the agenda's decisions leave them."""
    council(uow)
    add_member(uow, LISA, Role.LEDAMOT, "Attention")
    first = plan(uow, "torsdag 26 november kl 13").meeting.id
    plan(uow, "tisdag 24 november kl 10", MeetingKind.FORMOTE, by=ANNA)
    second = plan(uow, "torsdag 10 december kl 13").meeting.id
    plan(uow, "torsdag 14 januari 2027 kl 13")
    for title, by, formote in (
        ("Tolk vid besök", ANNA, False),
        ("Ny telefontid", UNA, False),
        ("Parkering", ANNA, False),
        ("Vår hållning", ANNA, True),
        ("Väntrummet", ERIK, False),
    ):
        submit(uow, title, by=by, formote=formote)
    with uow() as work:
        tolk, tel, park = (_point(uow, t) for t in ("Tolk vid besök", "Ny telefontid", "Parkering"))
        tolk.status, tolk.outcome = PointStatus.HANDLED, "Tolk bokas av receptionen"
        tel.status, tel.outcome = PointStatus.REJECTED, "Telefontiden styrs av regionen"
        # Moved to the second stormöte and decided there: decided, counted once.
        park.status, park.moved_to_id = PointStatus.MOVED, second
        work.points.add(
            AgendaPoint(
                council_id=park.council_id,
                meeting_id=second,
                submitter_id=park.submitter_id,
                forening_id=park.forening_id,
                title=park.title,
                status=PointStatus.HANDLED,
                carried_from_id=park.id,
                created_at=NOW + timedelta(days=5),
            )
        )
        work.commit()
    return first, second


def _report(uow: FakeUnitOfWorkFactory, audience: Audience, now: datetime = LATER):
    with uow() as work:
        [row] = uow.store.all(Council)
        return year_report(work, row, CycleYear(2026, row.year_start_month), audience, now)


def test_meetings_points_and_outcomes_for_the_associations(uow: FakeUnitOfWorkFactory) -> None:
    _seeded(uow)
    report = _report(uow, Audience.ASSOCIATIONS)
    assert report.held[MeetingKind.STORMOTE] == (date(2026, 11, 26), date(2026, 12, 10))
    assert report.held[MeetingKind.FORMOTE] == (date(2026, 11, 24),)
    assert report.ahead == ()  # 14 January is the next year's
    assert (report.stormoten, report.required, report.missing) == (2, 4, 2)
    by_title = {p.title: p for p in report.points}
    assert list(by_title) == [
        "Tolk vid besök",
        "Ny telefontid",
        "Parkering",
        "Vår hållning",
        "Väntrummet",
    ]
    assert by_title["Parkering"].outcome == Outcome.DECIDED
    assert by_title["Ny telefontid"].outcome == Outcome.REJECTED
    assert by_title["Ny telefontid"].reason == "Telefontiden styrs av regionen"
    assert by_title["Ny telefontid"].side == Side.UNIT
    assert by_title["Vår hållning"].kind == MeetingKind.FORMOTE
    outcomes = report.by_outcome()
    assert {o: sum(c.values()) for o, c in outcomes.items()} == {
        Outcome.DECIDED: 2,
        Outcome.REJECTED: 1,
        Outcome.SENT_ON: 0,
        Outcome.WITHDRAWN: 0,
        Outcome.OPEN: 2,
    }
    assert report.by_side() == {Side.ASSOCIATIONS: 4, Side.UNIT: 1}


def test_the_units_version_has_no_formote_content_only_that_it_took_place(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _seeded(uow)
    with uow() as work:
        work.actions.add(
            ActionItem(
                council_id=1,
                meeting_id=2,  # the förmöte's
                text="Förbered frågan om tolk",
                status=ActionStatus.OPEN,
                created_at=NOW,
            )
        )
        work.commit()
    report = _report(uow, Audience.JOINT)
    assert report.held[MeetingKind.FORMOTE] == (date(2026, 11, 24),)
    assert "Vår hållning" not in {p.title for p in report.points}
    assert report.actions.made == 0
    assert _report(uow, Audience.ASSOCIATIONS).actions.made == 1
    words = repr(layout(report))
    assert "Vår hållning" not in words and "year.points.formote" not in words
    assert "year.meetings.formoten" in words


def test_action_items_done_late_and_overdue(uow: FakeUnitOfWorkFactory) -> None:
    _seeded(uow)
    due = date(2026, 12, 1)
    with uow() as work:
        for status, closed in (
            (ActionStatus.DONE, datetime(2026, 11, 30, 9, tzinfo=STOCKHOLM)),  # in time
            (ActionStatus.DONE, datetime(2026, 12, 2, 9, tzinfo=STOCKHOLM)),  # late
            (ActionStatus.OPEN, None),  # past its date
        ):
            work.actions.add(
                ActionItem(
                    council_id=1,
                    text="x",
                    due_on=due,
                    status=status,
                    closed_at=closed,
                    created_at=NOW,
                )
            )
        work.actions.add(
            ActionItem(council_id=1, text="y", due_on=date(2027, 2, 1), created_at=NOW)
        )
        work.commit()
    actions = _report(uow, Audience.JOINT).actions
    assert (actions.made, actions.done, actions.done_late, actions.open, actions.overdue) == (
        4,
        2,
        1,
        2,
        1,
    )


def test_attendance_per_forening_per_stormote_and_the_units_share_of_the_agenda(
    uow: FakeUnitOfWorkFactory,
) -> None:
    first, second = _seeded(uow)
    with uow() as work:
        for meeting, user, presence in (
            (first, ANNA, Presence.PRESENT),
            (first, ERIK, Presence.REMOTE),
            (first, LISA, Presence.ABSENT),
            (first, UNA, Presence.PRESENT),
            (second, LISA, Presence.PRESENT),
        ):
            work.attendance.ensure(meeting, person_id(uow, user)).presence = presence
        work.commit()
    report = _report(uow, Audience.JOINT)
    assert report.registered == (date(2026, 11, 26), date(2026, 12, 10))
    assert [(a.forening, a.present) for a in report.attendance] == [
        ("Attention", (0, 1)),
        ("RSMH", (2, 0)),
    ]
    # Five standing points each (one the unit's information); the first stormöte has the
    # three points sent before it and the second the moved copy: the unit's are its
    # standing point twice and "Ny telefontid".
    assert [(a.items, a.unit_items) for a in report.agenda] == [(5 + 4, 2), (5 + 1, 1)]
    assert report.unit_share == pytest.approx(3 / 15)


def test_a_council_whose_year_begins_in_september(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    where, who = conversation(TEAM, CHANNEL), account(TEAM, SARA.external_id)
    YearService(uow).change(who=who, where=where, start_month=9, meetings=6, now=NOW)
    shown = YearService(uow).settings(where=where, now=NOW)
    assert (shown.start_month, shown.meetings, shown.current.label) == (9, 6, "2026/27")
    assert CycleYear(2026, 9).span(STOCKHOLM)[0] == datetime(2026, 9, 1, tzinfo=STOCKHOLM)
    assert CycleYear.containing(date(2027, 8, 31), 9) == CycleYear(2026, 9)
    made = YearReportService(uow).for_officer(who=who, where=where, year=None, now=NOW)
    assert (made.year.label, made.required, made.last_day) == ("2026/27", 6, date(2027, 8, 31))
    logged = [e.kind for e in uow.store.all(Event) if e.kind.startswith("council.year")]
    assert logged == ["council.year_changed", "council.year_report"]
    with pytest.raises(UserError) as ahead:
        YearReportService(uow).for_officer(who=who, where=where, year=2027, now=NOW)
    assert ahead.value.key == "brukarrad.report.future_year"


def test_only_officers_change_the_year_or_make_the_report(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    where, who = conversation(TEAM, CHANNEL), account(TEAM, ANNA.external_id)
    with pytest.raises(UserError) as refused:
        YearService(uow).change(who=who, where=where, start_month=9, meetings=None, now=NOW)
    assert refused.value.key == "refused.officers"
    with pytest.raises(UserError) as refused:
        YearReportService(uow).for_officer(who=who, where=where, year=None, now=NOW)
    assert refused.value.key == "refused.officers"
    [row] = uow.store.all(Council)
    assert row.year_start_month == 1


def test_a_member_reads_the_report_in_their_audience(uow: FakeUnitOfWorkFactory) -> None:
    _seeded(uow)
    service = YearReportService(uow)
    unit = service.for_member(person_id=person_id(uow, UNA), council_id=1, year=2026, now=LATER)
    anna = service.for_member(person_id=person_id(uow, ANNA), council_id=1, year=2026, now=LATER)
    assert (unit.audience, anna.audience) == (Audience.JOINT, Audience.ASSOCIATIONS)
    assert len(anna.points) == len(unit.points) + 1


def test_the_evaluations_trend_and_the_units_version_without_the_formotes(
    uow: FakeUnitOfWorkFactory,
) -> None:
    first, second = _seeded(uow)
    formote = next(m for m in uow.store.all(Meeting) if m.kind == MeetingKind.FORMOTE).id
    with uow() as work:
        for meeting in (first, second, formote):
            work.evaluations.open(meeting, 3, 3)
        anna, sara, lisa = (person_id(uow, who) for who in (ANNA, SARA, LISA))
        for meeting, person, question, choice in (
            (first, anna, 1, 1),
            (first, sara, 1, 2),
            (second, anna, 1, 1),
            (second, lisa, 1, 1),
            (second, lisa, 2, 3),
            (formote, anna, 1, 3),
        ):
            work.evaluations.record(meeting, person, question, choice)
        work.commit()
    joint = layout(_report(uow, Audience.JOINT))
    [section] = [s for s in joint.sections if s.heading.key == "year.evaluation"]
    assert [plain(line, "sv") for line in section.lines] == [
        "4 personer svarade på utvärderingen efter mötena (räknat per möte, utan namn).",
        "Mötet var bra – 26/11: 1 av 2 och 10/12: 2 av 2.",
        "Fick sagt det de ville – 10/12: 0 av 1.",
    ]
    associations = _report(uow, Audience.ASSOCIATIONS).evaluations
    assert [e.day for e in associations] == [
        date(2026, 11, 24),
        date(2026, 11, 26),
        date(2026, 12, 10),
    ]


def test_the_arshjuls_joint_activities_and_where_each_stands(uow: FakeUnitOfWorkFactory) -> None:
    _seeded(uow)
    wheel = YearWheelService(uow)
    sara, where = account(TEAM, SARA.external_id), conversation(TEAM, CHANNEL)
    for month, title, activity in (
        (3, "Bokslut", False),
        (6, "Sommarfest", True),
        (9, "Studiebesök", True),
    ):
        wheel.add(who=sara, where=where, month=month, title=title, activity=activity, now=NOW)
    wheel.set_state(who=sara, where=where, number=2, state=ActivityState.DONE, now=NOW)
    [section] = [
        s
        for s in layout(_report(uow, Audience.JOINT)).sections
        if s.heading.key == "year.activities"
    ]
    assert [plain(line, "sv") for line in section.lines] == [
        "Sommarfest: genomförd",
        "Studiebesök: planerad",
    ]

"""Erasing a person and retention: what goes, what the record keeps under "f.d. ledamot",
what approved minutes keep as they were, and who is due when (on both backends where the
database decides)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import (
    ActionItem,
    AgendaPoint,
    Attendance,
    Event,
    Membership,
    OutboxMessage,
    Person,
)
from bot.core.identity import NamedAccount
from bot.core.vocabulary import Answer, OutboxStatus, PointStatus, Role
from bot.minutes.render import markdown
from bot.privacy import FORMER
from bot.privacy.minutes import Erased, redact
from bot.privacy.retention import apply_retention, due_for_erasure, months_later
from tests.bot.minutes_council import ANNA, ERIK, LINA, RAD, TEAM, Council, at, council
from tests.conftest import NOW

ERASED_AT = at(7, 9)


def _sent(services: Services) -> Council:
    """Minutes with the justerare where Anna sent a point, was replaced by Erik and owns an
    action item (Lina approves them)."""
    c = council(services)
    c.write(
        "punkt 5",
        "beslut: Rådet vill ha kortare väntetider.",
        f"åtgärd: <@{ANNA}> Ring regionen senast 1 mars",
    )
    c.send()
    return c


def _locked(services: Services) -> Council:
    c = _sent(services)
    assert c.approve(LINA, 1)
    return c


def _anna_tells_everything(services: Services) -> None:
    services.kallelse.set_email(
        who=account(TEAM, ANNA),
        where=conversation(TEAM, RAD),
        email="anna@example.org",
        now=at(5, 9),
    )
    services.fees.update_profile(
        who=account(TEAM, ANNA), changes={"monthly_salary": 31000}, now=at(5, 9)
    )
    services.reminders.change_mine(
        who=account(TEAM, ANNA),
        user_name="anna",
        change=lambda prefs: replace(prefs, paused=True),
        now=at(5, 9),
    )
    # The next meeting (11 March): an apology with a reason, and a point not yet dealt with.
    services.attendance.answer(
        who=account(TEAM, ANNA),
        where=conversation(TEAM, RAD),
        answer=Answer.NOT_COMING,
        reason="Inlagd på avdelning 5",
        now=at(5, 9),
    )
    services.agenda.submit(
        who=account(TEAM, ANNA),
        where=conversation(TEAM, RAD),
        title="Bemötande",
        description=None,
        now=at(5, 9),
    )


def test_erasing_removes_the_person_and_approved_minutes_keep_their_name(
    services: Services,
) -> None:
    c = _locked(services)
    _anna_tells_everything(services)
    with services.uow() as uow:
        anna = uow.directory.person(account(TEAM, ANNA))
        assert anna is not None
        anna_id = anna.id
        uow.outbox.add_new(
            [
                {
                    "idempotency_key": "test:anna",
                    "kind": "motesdag",
                    "person_id": anna_id,
                    "payload": {"text": "Hej Anna"},
                    "due_at": at(8, 9),
                    "status": OutboxStatus.PENDING,
                    "attempts": 0,
                }
            ]
        )
        uow.commit()
    assert "Anna Andersson" in c.markdown()

    services.privacy.erase(who=account(TEAM, ANNA), now=ERASED_AT)

    minutes = c.markdown()  # the approved version is the council's record, as approved
    assert "Erik Ersättare (ersätter Anna Andersson)" in minutes
    assert "Anmäld av Anna Andersson, RSMH Väst" in minutes
    assert "Åtgärd: Ring regionen – ansvarig Anna Andersson" in minutes
    assert "f.d. ledamot" not in minutes
    with services.uow() as uow:
        person = uow.session.get(Person, anna_id)
        assert person is not None
        assert (person.display_name, person.email) == (FORMER, None)
        assert person.accounts == []
        assert person.erased_at == ERASED_AT
        assert uow.directory.person(account(TEAM, ANNA)) is None
        roles = uow.session.scalars(select(Membership).where(Membership.person_id == anna_id))
        assert all(m.active_to is not None and m.active_to <= ERASED_AT for m in roles)
        assert uow.fee_profiles.get(anna_id) is None
        assert uow.reminders.preference(anna_id) is None
        answers = uow.session.scalars(select(Attendance).where(Attendance.person_id == anna_id))
        assert [a.answer_reason for a in answers] == [None, None]
        points = uow.session.scalars(
            select(AgendaPoint).where(AgendaPoint.submitter_id == anna_id).order_by(AgendaPoint.id)
        )
        # The held meeting's point is the minutes' to settle; the coming one's is withdrawn.
        assert [(p.title, p.status) for p in points] == [
            ("Väntetider till läkare", PointStatus.ON_AGENDA),
            ("Bemötande", PointStatus.WITHDRAWN),
        ]
        assert uow.privacy.actions_of(anna_id) == []  # the published-later action has no owner
        outbox = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.person_id == anna_id)
        )
        assert list(outbox) == []
        events = list(uow.session.scalars(select(Event)))
        logged = json.dumps([e.data for e in events], ensure_ascii=False)
        for told in ("Anna", "anna@example.org", "31000", "Inlagd", ANNA):
            assert told not in logged
        erased = [e for e in events if e.kind == "person.erased"]
        assert [(e.actor_id, e.data) for e in erased] == [
            (anna_id, {"person_id": anna_id, "reason": "request"})
        ]

    # Publishing afterwards settles the point and makes the action, for nobody to be told;
    # what is published is the version approved.
    published = services.minutes.publishing.publish(**c.where("U0SARA", at(7, 10)))
    assert published.actions == 1
    assert "Anmäld av Anna Andersson" in markdown(published.layout)
    assert all(n.person_id != anna_id for n in published.notices)
    with services.uow() as uow:
        point = uow.session.scalars(
            select(AgendaPoint).where(AgendaPoint.title == "Väntetider till läkare")
        ).one()
        assert (point.status, point.submitter_id) == (PointStatus.HANDLED, anna_id)
        [item] = uow.session.scalars(select(ActionItem))
        assert item.owner_id is None

    # Joining again makes a new person: nothing of the old one comes back.
    services.councils.add_member(
        who=account(TEAM, "U0SARA"),
        where=conversation(TEAM, RAD),
        member=NamedAccount(ANNA, "Anna Andersson"),
        role=Role.LEDAMOT,
        forening="RSMH Väst",
        now=at(8, 9),
    )
    again = services.privacy.mine(who=account(TEAM, ANNA))
    assert (again.points, again.attendance, again.fees) == ((), (), None)
    assert [r.role for r in again.roles] == [Role.LEDAMOT]


def test_minutes_not_yet_approved_lose_the_name(services: Services) -> None:
    c = _sent(services)
    services.privacy.erase(who=account(TEAM, ANNA), now=ERASED_AT)
    for shown in (c.markdown(), _approved_markdown(c)):
        assert "Anna" not in shown
        assert "Erik Ersättare (ersätter f.d. ledamot)" in shown
        assert "Anmäld av f.d. ledamot, RSMH Väst" in shown
        assert "Åtgärd: Ring regionen – ansvarig f.d. ledamot" in shown


def _approved_markdown(c: Council) -> str:
    """Lina approves the version she holds; the minutes as approved."""
    assert c.approve(LINA, 1, now=ERASED_AT)
    return c.markdown(now=ERASED_AT)


def test_redacting_a_minutes_event_replaces_only_that_person() -> None:
    who = Erased(7, "Anna Andersson", frozenset({3}), frozenset({11}))
    facts = {
        "people": {"7": "Anna Andersson", "8": "Lina Lind"},
        "points": {"3": ["Anna Andersson", "RSMH", "behandlad", None], "4": ["Lina Lind"]},
        "attendance": [
            {
                "name": "RSMH",
                "present": [["Erik Ersättare", "Anna Andersson"]],
                "absent": [["Anna Andersson", None]],
            }
        ],
    }
    sent = redact("minutes.sent", {"version": 1, "facts": facts}, who)
    assert sent is not None
    assert sent["facts"]["people"] == {"7": FORMER, "8": "Lina Lind"}
    assert sent["facts"]["points"]["3"][0] == FORMER and sent["facts"]["points"]["4"] == [
        "Lina Lind"
    ]
    assert sent["facts"]["attendance"][0]["present"] == [["Erik Ersättare", FORMER]]
    assert facts["people"]["7"] == "Anna Andersson"  # the input is left alone
    noted = redact("minutes.noted", {"text": "Ring", "owner_id": 7, "owner": "Anna A"}, who)
    assert noted == {"text": "Ring", "owner_id": None, "owner": FORMER}
    started = {
        "outline": [{"n": "4", "actions": [[11, "Ring", "Anna", None], [12, "x", "Lina", None]]}]
    }
    assert redact("minutes.started", started, who) == {
        "outline": [{"n": "4", "actions": [[11, "Ring", FORMER, None], [12, "x", "Lina", None]]}]
    }
    assert redact("minutes.noted", {"text": "Ring", "owner_id": 8, "owner": "Lina"}, who) is None


def test_months_later_keeps_the_day_or_takes_the_months_last() -> None:
    jan31 = datetime(2026, 1, 31, 12, tzinfo=UTC)
    assert months_later(jan31, 1) == datetime(2026, 2, 28, 12, tzinfo=UTC)
    assert months_later(jan31, 24) == datetime(2028, 1, 31, 12, tzinfo=UTC)
    assert months_later(datetime(2026, 11, 22, tzinfo=UTC), 14) == datetime(2028, 1, 22, tzinfo=UTC)


def test_the_council_that_keeps_longest_decides() -> None:
    left = datetime(2026, 1, 1, tzinfo=UTC)
    departures = [(1, 12, left), (1, 36, left), (2, 12, left)]
    assert due_for_erasure(departures, datetime(2027, 1, 1, tzinfo=UTC)) == [2]
    assert due_for_erasure(departures, datetime(2029, 1, 1, tzinfo=UTC)) == [1, 2]


def test_retention_erases_who_left_everywhere_once_the_period_has_passed(
    services: Services,
) -> None:
    council(services)
    councils = services.councils
    councils.create(
        where=conversation(TEAM, "C0ANNAT"), private=False, name="Annat råd",
        creator=NamedAccount("U0KARL", "Karl Karlsson"), now=NOW,
    )  # fmt: skip
    councils.add_member(
        who=account(TEAM, "U0KARL"), where=conversation(TEAM, "C0ANNAT"),
        member=NamedAccount(ERIK, "Erik Ersättare"), role=Role.LEDAMOT, forening="RSMH Väst",
        now=NOW,
    )  # fmt: skip
    for user in (LINA, ERIK):
        councils.remove_member(
            who=account(TEAM, "U0SARA"), where=conversation(TEAM, RAD), member=user, role=None,
            now=NOW,
        )  # fmt: skip
    kept_until = months_later(NOW, 24)
    assert apply_retention(services.uow, kept_until - timedelta(minutes=1)) == 0
    assert apply_retention(services.uow, kept_until) == 1  # Lina; Erik is in the other council
    assert apply_retention(services.uow, kept_until) == 0
    with services.uow() as uow:
        assert uow.directory.person(account(TEAM, LINA)) is None
        erik = uow.directory.person(account(TEAM, ERIK))
        assert erik is not None and erik.display_name == "Erik Ersättare"
        erased = uow.session.scalars(select(Event).where(Event.kind == "person.erased"))
        assert [(e.actor_id, e.data["reason"]) for e in erased] == [(None, "retention")]

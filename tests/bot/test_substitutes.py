"""Substitutes: the time-driven end (who is missing the day before), the sweep's rows, and the
register's guard that one absence has one substitute, on both databases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import OutboxMessage
from bot.attendance.substitutes import _register_substitute, missing_substitutes
from bot.core.identity import NamedAccount
from bot.core.vocabulary import Answer, MeetingKind, Role
from bot.core.when import parse_when
from bot.reminders.sweep import sweep
from tests.conftest import NOW, STOCKHOLM
from tests.reminders.world import shown

SARA = NamedAccount("U0SARA", "Sara Sekreterare")
OLLE = NamedAccount("U0OLLE", "Olle Ordförande")
ANNA = NamedAccount("U0ANNA", "Anna Andersson")
ERIK = NamedAccount("U0ERIK", "Erik Ersättare")
NILS = NamedAccount("U0NILS", "Nils Nilsson")
LINA = NamedAccount("U0LINA", "Lina Lind")
DAY_BEFORE = datetime(2027, 3, 10, 9, 0, tzinfo=STOCKHOLM)


def council(services: Services) -> int:
    services.councils.create(
        where=conversation("T", "C"), private=False, name="Rådet", creator=SARA, now=NOW
    )
    for person, role, forening in (
        (OLLE, Role.ORDFORANDE, "RSMH"),
        (ANNA, Role.LEDAMOT, "RSMH"),
        (ERIK, Role.ERSATTARE, "RSMH"),
        (NILS, Role.ERSATTARE, "RSMH"),
        (LINA, Role.LEDAMOT, "Attention"),
    ):
        services.councils.add_member(
            who=account("T", SARA.external_id),
            where=conversation("T", "C"),
            member=person,
            role=role,
            forening=forening,
            now=NOW,
        )
    return plan(services, MeetingKind.STORMOTE, "torsdag 11 mars kl 13-16", SARA)


def plan(services: Services, kind: MeetingKind, when: str, by: NamedAccount) -> int:
    planned = services.meetings.plan(
        who=account("T", by.external_id),
        where=conversation("T", "C"),
        kind=kind,
        when=parse_when(when, now=NOW),
        place=None,
        now=NOW,
    )
    return planned.meeting.id


def away(services: Services, meeting: int, who: NamedAccount) -> None:
    services.attendance.answer(
        meeting_id=meeting, who=account("T", who.external_id), answer=Answer.NOT_COMING, now=NOW
    )


def missing(services: Services, now: datetime) -> list[tuple[str, list[str], list[str]]]:
    with services.uow() as uow:
        return [
            (
                m.forening.name,
                [p.display_name for p in m.absent],
                [p.chat_account for p in m.recipients],
            )
            for m in missing_substitutes(uow, now)
        ]


def test_the_secretary_hears_of_missing_foreningar_from_the_day_before(
    services: Services,
) -> None:
    meeting = council(services)
    away(services, meeting, ANNA)  # RSMH has two ersättare, both asked
    away(services, meeting, LINA)  # Attention has none
    assert missing(services, DAY_BEFORE.replace(hour=8, minute=59)) == []
    # Olle still comes for RSMH: only Attention is missing.
    assert missing(services, DAY_BEFORE) == [("Attention", ["Lina Lind"], [SARA.external_id])]
    away(services, meeting, OLLE)
    expected = [
        ("RSMH", ["Olle Ordförande", "Anna Andersson"], [SARA.external_id]),
        ("Attention", ["Lina Lind"], [SARA.external_id]),
    ]
    assert sorted(missing(services, DAY_BEFORE)) == sorted(expected)

    # Erik says yes for Anna: RSMH is covered, Attention still missing.
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA.external_id))
        assert anna is not None
        [request, _] = uow.substitutes.for_absence(meeting, anna.id)  # Erik, Nils
    services.attendance.substitute_answer(
        request_id=request.id, who=account("T", ERIK.external_id), accept=True, now=NOW
    )
    assert missing(services, DAY_BEFORE) == [("Attention", ["Lina Lind"], [SARA.external_id])]
    # Once the meeting has started it is too late to say.
    assert missing(services, datetime(2027, 3, 11, 13, 0, tzinfo=STOCKHOLM)) == []


def test_a_formote_is_told_to_the_chair_not_the_unit(services: Services) -> None:
    council(services)
    formote = plan(services, MeetingKind.FORMOTE, "tisdag 9 mars kl 10-12", OLLE)
    away(services, formote, LINA)
    day_before = datetime(2027, 3, 8, 9, 0, tzinfo=STOCKHOLM)
    assert missing(services, day_before) == [("Attention", ["Lina Lind"], [OLLE.external_id])]


def test_the_sweep_queues_each_missing_forening_once(services: Services) -> None:
    meeting = council(services)
    away(services, meeting, LINA)
    assert sweep(services.uow, DAY_BEFORE) >= 1
    assert sweep(services.uow, DAY_BEFORE.replace(hour=10)) == 0
    with services.uow() as uow:
        rows = list(
            uow.session.scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "ersättare saknas")
            )
        )
        [row] = rows
        sara = uow.directory.person(account("T", SARA.external_id))
        assert sara is not None and row.person_id == sara.id
    assert "ingen ersättare har tackat ja för Attention (Lina Lind" in shown(row)
    assert row.expires_at == datetime(2027, 3, 11, 13, 0, tzinfo=STOCKHOLM)


def test_the_register_allows_one_substitute_per_absence(services: Services) -> None:
    meeting = council(services)
    away(services, meeting, ANNA)
    with services.uow() as uow:
        anna, erik, nils = (
            uow.directory.person(account("T", u.external_id)) for u in (ANNA, ERIK, NILS)
        )
        found = uow.attendance.meeting(meeting)
        assert found and anna and erik and nils
        assert _register_substitute(uow, found[0], erik, anna)
        # Another process's yes arriving after the first is refused by the database itself.
        assert not _register_substitute(uow, found[0], nils, anna)
        uow.commit()
    with services.uow() as uow:
        replacement = uow.attendance.replacement_for(meeting, anna.id)
        assert replacement is not None and replacement.person_id == erik.id

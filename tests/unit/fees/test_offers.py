"""After the meeting, each member paid for it is offered the day's claim (issue 21), on the
fakes: by the sweep's pass over everything, once a member, day and payer, not to who was
absent or is the unit's, not once the day is claimed, and sent exactly once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from adapters.slack.ids import account, conversation
from adapters.storage.models import OutboxMessage, Person
from bot.attendance.service import AttendanceService, RegisterEntry
from bot.core.identity import NamedAccount
from bot.core.message import Actions
from bot.core.outbox import said_in
from bot.core.vocabulary import MeetingKind, Presence, Role
from bot.councils.service import Given
from bot.fees.claiming import ClaimService
from bot.fees.claims import Stated
from bot.fees.offers import CONFIRM, CORRECT, KIND, OFFER_WITHIN, offered
from bot.fees.parsing import parse_fee_settings
from bot.fees.service import FeeService
from bot.reminders.passes import FULL_EVERY
from bot.reminders.sender import Sender
from bot.reminders.sweep import sweep
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
    council,
    councils,
    person_id,
    plan,
    reads,
)

DAY = date(2026, 12, 10)
OLLE = NamedAccount("U0OLLE", "Olle Ordförande")
ENDED = datetime(2026, 12, 10, 15, 5, tzinfo=STOCKHOLM)  # the stormöte 13–15 is over
# A claim is offered by the sweep's passes over everything, FULL_EVERY apart.


def _offers(uow: FakeUnitOfWorkFactory) -> list[OutboxMessage]:
    return sorted(
        (r for r in uow.store.all(OutboxMessage) if r.kind == KIND), key=lambda r: r.person_id
    )


def _held(uow: FakeUnitOfWorkFactory, *, formote: bool = False) -> list[int]:
    """Rådet (halvdag 600) met on 10 December 13–15, and with `formote` 10–12 before it:
    Anna (RSMH) and Una (the unit's) were there, Erik (RSMH's ersättare) sent apologies."""
    council(uow)
    FeeService(uow).change_settings(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4"),
        now=NOW,
    )
    add_member(uow, OLLE, Role.ORDFORANDE, "RSMH")  # the associations' chair holds the förmöte
    ids = [plan(uow, "torsdag 10 december kl 13-15").meeting.id]
    if formote:
        held = plan(uow, "torsdag 10 december kl 10-12", MeetingKind.FORMOTE, by=OLLE)
        ids.insert(0, held.meeting.id)
    entries = [
        RegisterEntry(person_id(uow, ANNA), Presence.PRESENT),
        RegisterEntry(person_id(uow, UNA), Presence.PRESENT),
        RegisterEntry(person_id(uow, ERIK), Presence.ABSENT),
    ]
    for meeting_id in ids:
        AttendanceService(uow).register(
            entries=entries,
            now=ENDED - timedelta(hours=1),
            who=account(TEAM, OLLE.external_id),
            meeting_id=meeting_id,
        )
    return ids


def test_once_the_meeting_is_over_each_member_paid_for_it_is_offered_the_claim_once(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow)
    sweep(uow, ENDED - FULL_EVERY)  # still on
    assert _offers(uow) == []
    sweep(uow, ENDED)  # the next pass over everything
    # Anna alone: Erik was absent, Una is the unit's (at work, not paid).
    [offer] = _offers(uow)
    assert offer.person_id == person_id(uow, ANNA)
    text = reads(offer)
    assert "Tack för att du var med i Rådet torsdag 10 december 2026!" in text
    assert "Stormöte 13.00–15.00" in text and "summa 600 kr" in text
    said = said_in(offer.payload)
    assert said is not None
    [buttons] = [b for b in said.blocks if isinstance(b, Actions)]
    assert [a.id for a in buttons.actions] == [CONFIRM, CORRECT]
    assert {offered(a.value) for a in buttons.actions} == {(offer.council_id, DAY)}
    # The passes after it (a restart's first included) never offer it again.
    for later in (timedelta(minutes=15), timedelta(hours=5), timedelta(days=2)):
        sweep(uow, ENDED + later)
    assert len(_offers(uow)) == 1


def test_a_formote_and_a_stormote_of_one_day_are_one_offer_after_the_last(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow, formote=True)
    sweep(uow, ENDED - FULL_EVERY)  # the förmöte is over, not the day
    assert _offers(uow) == []
    sweep(uow, ENDED)
    [offer] = _offers(uow)
    text = reads(offer)
    assert "Förmöte 10.00–12.00" in text and "Stormöte 13.00–15.00" in text


def test_a_day_already_claimed_is_not_offered_and_an_offer_claimed_meanwhile_is_not_sent(
    uow: FakeUnitOfWorkFactory,
) -> None:
    _held(uow)
    claims, anna = ClaimService(uow), person_id(uow, ANNA)
    [council_id] = claims.of_person(person_id=anna, now=ENDED)
    sweep(uow, ENDED)
    claims.confirm(person_id=anna, council_id=council_id, day=DAY, stated=Stated(), now=ENDED)
    messenger = FakeMessenger()
    Sender(uow, messenger, worker_id="test").drain(ENDED)
    assert [m for m in messenger.delivered if m.key.startswith("claim_offer")] == []
    [offer] = _offers(uow)
    assert offer.last_error == "claimed"


def test_a_council_whose_rules_pay_nothing_offers_no_claims(uow: FakeUnitOfWorkFactory) -> None:
    _held(uow)
    for rules in ("nivå 3", "nivå 1 halvdag 0 heldag 0"):  # information meetings; not set up
        FeeService(uow).change_settings(
            who=account(TEAM, SARA.external_id),
            where=conversation(TEAM, CHANNEL),
            changes=parse_fee_settings(rules),
            now=NOW,
        )
        sweep(uow, ENDED + (FULL_EVERY if "3" in rules else 2 * FULL_EVERY))
        assert _offers(uow) == []


def test_a_member_without_a_chat_account_is_offered_it_on_the_member_page(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    FeeService(uow).change_settings(
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
        changes=parse_fee_settings("nivå 1 halvdag 600 heldag 1000 gräns 4"),
        now=NOW,
    )
    councils(uow).add_by_email(
        address="bo@example.org",
        name="Bo Bokstav",
        given=Given(Role.LEDAMOT, "RSMH", False),
        now=NOW,
        welcome=lambda *_: None,
        who=account(TEAM, SARA.external_id),
        where=conversation(TEAM, CHANNEL),
    )
    [bo] = [p for p in uow.store.all(Person) if p.email == "bo@example.org"]
    meeting = plan(uow, "torsdag 10 december kl 13-15").meeting.id
    AttendanceService(uow).register(
        entries=[RegisterEntry(bo.id, Presence.PRESENT)],
        now=ENDED,
        who=account(TEAM, SARA.external_id),
        meeting_id=meeting,
    )
    sweep(uow, ENDED)
    [offer] = _offers(uow)
    said = said_in(offer.payload)
    assert said is not None and not any(isinstance(b, Actions) for b in said.blocks)
    assert "Anmälan väntar på din medlemssida" in reads(offer)


def test_an_offer_falls_due_after_downtime_and_not_after_its_window(
    uow: FakeUnitOfWorkFactory,
) -> None:
    """The bot was down from before the meeting until the next morning: its first pass
    offers the day; a day whose meetings ended more than OFFER_WITHIN ago is left to the
    member page."""
    _held(uow)
    sweep(uow, ENDED + timedelta(hours=18))
    assert len(_offers(uow)) == 1
    fresh = FakeUnitOfWorkFactory()
    _held(fresh)
    sweep(fresh, ENDED + OFFER_WITHIN + timedelta(minutes=5))
    assert _offers(fresh) == []

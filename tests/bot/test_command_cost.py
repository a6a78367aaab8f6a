"""What people ask for costs statements by what it shows, not by how much there is: as many
SQL statements for a long agenda as for a short one, and rows found by index (bounds and
plans, never timings)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.commands.punkt import punkt_reply
from adapters.slack.ids import account, conversation
from bot.fees.claims import Stated
from bot.fees.parsing import parse_period
from bot.privacy.inventory import inventory
from devtools.statements import plan, statements
from tests.bot.test_fee_service import AFTER, STHLM, council, held
from tests.bot.test_fee_service import ANNA as ANNA_FEES
from tests.bot.test_fee_service import SARA as SARA_FEES
from tests.conftest import NOW
from tests.reminders.world import ANNA, LINA, OLLE, RAD, SARA, TEAM, VERA, World

SUBMITTERS = (OLLE, ANNA, LINA, SARA, VERA)
COUNCIL_READ = re.compile(r"\bFROM councils\b")
Shown = Callable[[], int]


def _submit(services: Services, number: int, user: str) -> None:
    services.agenda.submit(
        who=account(TEAM, user),
        where=conversation(TEAM, RAD),
        title=f"Punkt {number}",
        description=None,
        now=NOW,
    )


def _taking_turns(number: int) -> str:
    return SUBMITTERS[number % len(SUBMITTERS)]


def _statements_at(
    services: Services, sizes: tuple[int, int], submitter: Callable[[int], str], shown: Shown
) -> list[int]:
    """The statements `shown` sends with `sizes` points submitted, the smaller first;
    `shown` says how many points it showed."""
    World.build(services).plan()
    counted = []
    for size in sizes:
        for number in range(len(counted) and sizes[0], size):
            _submit(services, number, submitter(number))
        with statements(services.engine) as sent:
            assert shown() == size
        counted.append(len(sent))
    return counted


def test_the_agenda_costs_as_many_statements_with_fifteen_points_as_with_three(
    services: Services,
) -> None:
    def shown() -> int:
        view = services.agenda.agenda(
            now=NOW, who=account(TEAM, SARA), where=conversation(TEAM, RAD)
        )
        return len(view.points) + len(view.late)

    first, second = _statements_at(services, (3, 15), _taking_turns, shown)
    assert first == second


def test_home_costs_as_many_statements_with_five_points_as_with_one(
    services: Services,
) -> None:
    def shown() -> int:
        (home,) = services.home.overview(who=account(TEAM, ANNA), now=NOW)
        return len(home.points)

    first, second = _statements_at(services, (1, 5), lambda _: ANNA, shown)
    assert first == second


def test_a_persons_data_costs_as_many_statements_with_five_points_as_with_one(
    services: Services,
) -> None:
    def shown() -> int:
        with services.uow() as uow:
            anna = uow.directory.person(account(TEAM, ANNA))
            assert anna is not None
            return len(inventory(uow, anna).points)

    first, second = _statements_at(services, (1, 5), lambda _: ANNA, shown)
    assert first == second


def test_a_persons_data_is_found_by_index_not_by_reading_every_table(
    sqlite_services: Services,
) -> None:
    """SQLite's plans (PostgreSQL reads a table this small whole, as it should)."""
    services = sqlite_services
    World.build(services).plan()
    _submit(services, 1, ANNA)
    with services.uow() as uow:
        anna = uow.directory.person(account(TEAM, ANNA))
        assert anna is not None
        with statements(services.engine) as sent:
            found = inventory(uow, anna)
    assert len(found.points) == 1
    plans = "\n".join(plan(services.engine, s) for s in sent)
    for table in ("agenda_points", "attendance", "action_items", "events"):
        assert f"SCAN {table}" not in plans, plans


def test_the_claims_cost_as_many_statements_for_six_meetings_as_for_two(
    services: Services,
) -> None:
    council(services, "C", SARA_FEES)
    march = parse_period("mars 2027", now=AFTER, zone=STHLM)
    counted = []
    for size in (2, 6):
        for day in range(len(counted) and 2, size):
            held(services, "C", SARA_FEES, f"{day + 1} mars kl 9-12")
        with statements(services.engine) as sent:
            report = services.claims.council_claims(
                who=account("T", SARA_FEES.external_id),
                where=conversation("T", "C"),
                period=march,
                now=AFTER,
            )
        assert len(report.unconfirmed) == size  # Anna each day (Vera is from the unit)
        counted.append(len(sent))
    assert counted[0] == counted[1]


def test_the_claims_report_reads_each_distinct_statement_once(services: Services) -> None:
    """A year's claims repeat a few distinct statements (most state nothing, day after day)
    and figures (a day's meetings, shared by everyone there): each is read once, and the
    claims that share one share what was read, rather than decoding and building it again for
    each of thousands of claims."""
    council(services, "C", SARA_FEES)
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA_FEES.external_id))
        assert anna is not None
    for day in (2, 3):
        held(services, "C", SARA_FEES, f"{day} mars kl 9-12")
        [council_id] = services.claims.of_person(person_id=anna.id, now=AFTER)
        services.claims.confirm(
            person_id=anna.id,
            council_id=council_id,
            day=date(2027, 3, day),
            stated=Stated(),
            now=AFTER,
        )
    first, second = services.claims.council_claims(
        who=account("T", SARA_FEES.external_id),
        where=conversation("T", "C"),
        period=parse_period("mars 2027", now=AFTER, zone=STHLM),
        now=AFTER,
    ).rows
    assert first.day != second.day and first.amounts == second.amounts
    assert first.stated == Stated() and first.stated is second.stated


def test_approving_claims_costs_as_many_statements_for_three_as_for_one(
    services: Services,
) -> None:
    """The members told of their approved claims are read together, not one by one."""
    council(services, "C", SARA_FEES)
    with services.uow() as uow:
        anna = uow.directory.person(account("T", ANNA_FEES.external_id))
        assert anna is not None
    march = parse_period("mars 2027", now=AFTER, zone=STHLM)
    asked = {"who": account("T", SARA_FEES.external_id), "where": conversation("T", "C")}
    counted, day = [], 1
    for size in (1, 3):
        for _ in range(size):
            held(services, "C", SARA_FEES, f"{day} mars kl 9-12")
            [council_id] = services.claims.of_person(person_id=anna.id, now=AFTER)
            services.claims.confirm(
                person_id=anna.id,
                council_id=council_id,
                day=date(2027, 3, day),
                stated=Stated(),
                now=AFTER,
            )
            day += 1
        with statements(services.engine) as sent:
            report = services.claims.approve(period=march, now=AFTER, **asked)
        assert report.approved_now == size
        counted.append(len(sent))
    assert counted[0] == counted[1]


def test_a_point_and_its_receipt_read_nothing_once_the_point_is_written(
    services: Services,
) -> None:
    """From a point's write to the commit SQLite has every other writer wait: who sent it and
    their förening, which the receipt names, were read before (issue 18's /punkt under load)."""
    World.build(services).plan()
    with statements(services.engine) as sent:
        _submit(services, 1, ANNA)  # a ledamot of RSMH Väst
    verbs = [s.statement.split()[0] for s in sent]
    written = verbs.index("INSERT")
    assert set(verbs[written:]) <= {"INSERT", "UPDATE"}
    assert "foreningar" in " ".join(s.statement for s in sent[:written])


def test_a_point_by_punkt_reads_its_council_once(services: Services) -> None:
    """/punkt as Slack sends it, from the command to the receipt: the service finds the council
    of the channel, and nothing reads it again for the answer's language."""
    World.build(services).plan()
    command = {"team_id": TEAM, "channel_id": RAD, "user_id": ANNA, "text": "Hörslinga i salen"}
    with statements(services.engine) as sent:
        reply = punkt_reply(services, command, WebClient(token="xoxb-unused"), [], [])
    assert "Hörslinga i salen" in reply.text
    assert sum(bool(COUNCIL_READ.search(s.statement)) for s in sent) == 1


def test_the_agenda_reads_its_council_with_who_asks_in_one_statement(services: Services) -> None:
    """/dagordning: the council of the channel, who asks and the roles they hold there are one
    statement (Directory.council_and_person), not two; eight in all, however long the agenda."""
    World.build(services).plan()
    _submit(services, 1, ANNA)
    with statements(services.engine) as sent:
        view = services.agenda.agenda(
            now=NOW, who=account(TEAM, SARA), where=conversation(TEAM, RAD)
        )
    assert view.can_manage and len(view.points) + len(view.late) == 1
    (council,) = [s.statement for s in sent if COUNCIL_READ.search(s.statement)]
    assert "JOIN persons" in council and "JOIN memberships" in council
    assert len(sent) == 8

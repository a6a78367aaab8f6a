"""What /dagordning, /arvode and /minadata cost as the data grows: time and SQL statements of
each command in the process (no HTTP), small beside large. A command is timed as answered:
its service call, then its reply as the JSON Slack is sent (every page of a long agenda; the
claims with their CSV file); the service call alone is printed beside it.

Two regions are seeded (bench/seed.py); in each, council 33 (eight members) gets its next
stormöte's agenda filled to `--points` and a year of held stormöten to `--meetings`, each
with its register, and every paid member but one has confirmed each day's claim as
prefilled (`/arvode` shows the year's claims and who has not confirmed).
/minadata is the chair's (member 1) of council 2, which the growing leaves as seeded: only
the region's size differs. Calls take turns between the sizes, so load on the machine falls
on both alike. With --url (a PostgreSQL server, e.g.
postgresql://postgres@127.0.0.1/) the regions are databases made there and dropped after.

    .venv/bin/python bench/command_cost.py [--sizes 100 2000] [--points 20 2000]
                                           [--meetings 4 400] [--rounds 7] [--url URL]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from common import header, median, scratch_dir, seeded, server_databases, verdict
from seed import MEETINGS, PAST_MEETINGS, POINTS_PER_MEETING, TEAM_ID, Region, channel_id, user_id
from sqlalchemy import event, func, insert, select

from adapters.runtime.services import Services, build_services
from adapters.runtime.settings import load_settings
from adapters.slack.blocks.fees import claims_file, claims_reply
from adapters.slack.blocks.privacy import inventory_reply
from adapters.slack.handlers.commands.dagordning import render_agenda
from adapters.slack.handlers.replies import Reply
from adapters.slack.ids import account, conversation
from adapters.storage.models import AgendaPoint, Attendance, FeeClaim, Meeting, Membership
from bot.core.clock import ManualClock
from bot.core.vocabulary import MeetingKind, MeetingStatus, PointStatus, Presence
from bot.fees.claiming import ClaimsReport, figures_json, stated_json
from bot.fees.parsing import Period
from bot.privacy.inventory import Inventory, inventory

AGENDA_MS = 60  # /dagordning at the largest agenda
FEES_MS = 100  # /arvode at the most meetings
MINADATA_RATIO = 1.3  # /minadata, largest region / smallest
SECRETARY, CHAIR = 0, 1
COUNCIL = 33  # eight members (seed.members_in)
OTHER = 2  # /minadata: a council the growing leaves as seeded
UPCOMING = (COUNCIL - 1) * MEETINGS + PAST_MEETINGS + 1  # as seed.py numbers them


def _grow(services: Services, region: Region, points: int, meetings: int) -> None:
    """Council 1's upcoming agenda to `points` points, its held stormöten to `meetings`."""
    with services.engine.begin() as db:
        members = db.scalars(
            select(Membership.person_id).where(Membership.council_id == COUNCIL)
        ).all()
        first_point = db.scalar(select(func.max(AgendaPoint.id))) or 0
        more = points - POINTS_PER_MEETING
        if more > 0:
            db.execute(
                insert(AgendaPoint),
                [
                    {
                        "council_id": COUNCIL,
                        "meeting_id": UPCOMING,
                        "submitter_id": members[n % len(members)],
                        "title": f"Punkt {first_point + n}",
                        "description": "Bakgrund och förslag till beslut.",
                        "status": PointStatus.ON_AGENDA,
                        "late": False,
                        "standing": False,
                        "position": POINTS_PER_MEETING + n + 1,
                        "presents_self": False,
                        "under_ovriga": False,
                        "created_at": region.now - timedelta(days=1),
                    }
                    for n in range(more)
                ],
            )
        extra = meetings - PAST_MEETINGS
        if extra <= 0:
            return
        step = timedelta(days=360) / extra
        first_meeting = (db.scalar(select(func.max(Meeting.id))) or 0) + 1
        ids = range(first_meeting, first_meeting + extra)
        db.execute(
            insert(Meeting),
            [
                {
                    "id": meeting_id,
                    "council_id": COUNCIL,
                    "kind": MeetingKind.STORMOTE,
                    "status": MeetingStatus.PLANNED,
                    "starts_at": region.now - step * (n + 1) - timedelta(hours=3),
                    "ends_at": region.now - step * (n + 1),
                    "sequence": 0,
                    "created_at": region.now - timedelta(days=400),
                }
                for n, meeting_id in enumerate(ids)
            ],
        )
        db.execute(
            insert(Attendance),
            [
                {"meeting_id": meeting_id, "person_id": person, "presence": Presence.PRESENT}
                for meeting_id in ids
                for person in members
            ],
        )


def _claimed(services: Services, region: Region) -> None:
    """Each paid member of council 33 but the last confirms every day of theirs as prefilled."""
    with services.engine.begin() as db:
        members = sorted(
            db.scalars(select(Membership.person_id).where(Membership.council_id == COUNCIL))
        )
    claims = []
    for person_id in members[:-1]:
        found = services.claims.of_person(person_id=person_id, now=region.now).get(COUNCIL)
        claims += [
            {
                "person_id": person_id,
                "council_id": COUNCIL,
                "day": day.day,
                "stated": stated_json(day.stated),
                "figures": figures_json(day),
                "total": day.amounts.total,
                "confirmed_at": region.now,
            }
            for day in (found.days if found else [])
        ]
    if claims:
        with services.engine.begin() as db:
            db.execute(insert(FeeClaim), claims)


@dataclass(frozen=True)
class _Command:
    service: Callable[[], Any]  # the service call the command makes
    answered: Callable[[], list[dict[str, Any]]]  # the same, then the messages Slack is sent


def _sent(reply: Reply) -> list[dict[str, Any]]:
    return [page.as_message() for page in (reply, *reply.more)]


def _calls(services: Services, region: Region) -> dict[str, _Command]:
    channel = channel_id(COUNCIL)
    secretary = user_id(COUNCIL, SECRETARY)
    year = Period(region.now - timedelta(days=365), region.now, region.now.year, None)
    asked = {"who": account(TEAM_ID, secretary), "where": conversation(TEAM_ID, channel)}

    def agenda() -> Any:
        return services.agenda.agenda(now=region.now, meeting_id=UPCOMING, **asked)

    def agenda_sent() -> list[dict[str, Any]]:
        return _sent(render_agenda(services, **asked, meeting_id=UPCOMING))

    def claims() -> ClaimsReport:
        return services.claims.council_claims(period=year, now=region.now, **asked)

    def claims_sent() -> list[dict[str, Any]]:
        report = claims()
        return [*_sent(claims_reply(report, file_sent=True)), {"file": claims_file(report)}]

    def minadata() -> Inventory:
        with services.uow() as uow:
            person = uow.directory.person(account(TEAM_ID, user_id(OTHER, CHAIR)))
            assert person is not None
            return inventory(uow, person)

    def minadata_sent() -> list[dict[str, Any]]:
        return _sent(inventory_reply(minadata(), "sv"))

    return {
        "/dagordning": _Command(agenda, agenda_sent),
        "/arvode": _Command(claims, claims_sent),
        "/minadata": _Command(minadata, minadata_sent),
    }


class _Counted:
    def __init__(self, services: Services) -> None:
        self.count = 0
        event.listen(services.engine, "before_cursor_execute", self._seen)

    def _seen(self, *_: object) -> None:
        self.count += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100, 2000], help="councils")
    parser.add_argument("--points", type=int, nargs=2, default=[20, 2000])
    parser.add_argument("--meetings", type=int, nargs=2, default=[4, 400])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--url", help="a PostgreSQL server to seed databases in")
    args = parser.parse_args()
    if min(args.sizes) < COUNCIL:
        parser.error(f"--sizes: at least {COUNCIL} councils (council {COUNCIL} grows)")
    header("Commands by data size")
    names = [f"bench_commands_{size}" for size in args.sizes]
    with scratch_dir() as directory, server_databases(args.url, names) as urls:
        regions = [
            seeded(directory, size, url=url) for size, url in zip(args.sizes, urls, strict=True)
        ]
        services = [
            build_services(load_settings({"DATABASE_URL": r.url}), clock=ManualClock(r.now))
            for r in regions
        ]
        for s, region, points, meetings in zip(
            services, regions, args.points, args.meetings, strict=True
        ):
            _grow(s, region, points, meetings)
            _claimed(s, region)
        calls = [_calls(s, r) for s, r in zip(services, regions, strict=True)]
        counters = [_Counted(s) for s in services]
        gc.collect()
        gc.freeze()  # as `serve` does once started (bot/__main__.py)
        # (command, size, "service" or "answered") -> seconds of each round
        times: dict[tuple[str, int, str], list[float]] = {}
        statements: dict[tuple[str, int], int] = {}
        for round_ in range(args.rounds + 1):  # the first round warms the caches, untimed
            for name in calls[0]:
                for i, call in enumerate(calls):
                    for part in ("service", "answered"):
                        counters[i].count = 0
                        started = time.perf_counter()
                        getattr(call[name], part)()
                        elapsed = time.perf_counter() - started
                        if part == "answered":
                            statements[(name, i)] = counters[i].count
                        if round_:
                            times.setdefault((name, i, part), []).append(elapsed)
        for s in services:
            s.engine.dispose()
    database = "PostgreSQL" if args.url else "SQLite"
    header(f"Commands by data size, results ({database})")
    labels = {
        "/dagordning": [f"{n:,} points" for n in args.points],
        "/arvode": [f"{n:,} meetings" for n in args.meetings],
        "/minadata": [f"{n:,} councils" for n in args.sizes],
    }
    ms = {k: median(v) * 1000 for k, v in times.items()}
    for name in calls[0]:
        for i in range(2):
            samples = times[(name, i, "answered")]
            answered = ms[(name, i, "answered")]
            print(
                f"  {name:<20} {labels[name][i]:>16}: answered median {answered:7.1f} ms "
                f"(min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f}), "
                f"service alone {ms[(name, i, 'service')]:.1f} ms, "
                f"{statements[(name, i)]:,} statements"
            )
    for name, target in (
        ("/dagordning", AGENDA_MS),
        ("/arvode", FEES_MS),
    ):
        figure = ms[(name, 1, "answered")]
        verdict(
            f"{name} at {labels[name][1]}", f"{figure:.1f} ms", f"<= {target} ms", figure <= target
        )
    ratio = ms[("/minadata", 1, "answered")] / ms[("/minadata", 0, "answered")]
    verdict(
        f"/minadata {args.sizes[1]:,} / {args.sizes[0]:,} councils",
        f"{ratio:.2f}",
        f"<= {MINADATA_RATIO}",
        ratio <= MINADATA_RATIO,
    )


if __name__ == "__main__":
    main()

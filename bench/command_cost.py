"""What /dagordning, /arvode and /minadata cost as the data grows: time and SQL statements of
the service call each command makes, in the process (no HTTP), small beside large.

Two regions are seeded (bench/seed.py); in each, council 33 (eight members) gets its next
stormöte's agenda filled to `--points` and a year of held stormöten to `--meetings`, each
with its register. /minadata is the chair's (member 1) of council 2, which the growing leaves
as seeded: only the region's size differs. Calls take turns between the sizes, so load on
the machine falls on both alike.

    .venv/bin/python bench/command_cost.py [--sizes 100 2000] [--points 20 2000]
                                           [--meetings 4 400] [--rounds 7]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from common import header, median, scratch_dir, seeded, verdict
from seed import MEETINGS, PAST_MEETINGS, POINTS_PER_MEETING, TEAM_ID, Region, channel_id, user_id
from sqlalchemy import event, func, insert, select

from adapters.storage.models import AgendaPoint, Attendance, Meeting, Membership
from bot.core.vocabulary import MeetingKind, MeetingStatus, Platform, PointStatus, Presence
from bot.fees.parsing import Period
from bot.privacy.inventory import inventory
from bot.runtime.services import Services, build_services
from bot.runtime.settings import load_settings

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


def _calls(services: Services, region: Region) -> dict[str, Callable[[], Any]]:
    channel = channel_id(COUNCIL)
    year = Period(region.now - timedelta(days=365), region.now, region.now.year, None)

    def agenda() -> Any:
        return services.agenda.agenda(
            now=region.now,
            team_id=TEAM_ID,
            user_id=user_id(COUNCIL, SECRETARY),
            channel_id=channel,
            meeting_id=UPCOMING,
        )

    def fees() -> Any:
        return services.fees.basis(
            team_id=TEAM_ID,
            channel_id=channel,
            user_id=user_id(COUNCIL, SECRETARY),
            period=year,
            now=region.now,
        )

    def minadata() -> Any:
        with services.uow() as uow:
            person = uow.directory.person(Platform.SLACK, TEAM_ID, user_id(OTHER, CHAIR))
            assert person is not None
            return inventory(uow, person)

    return {"/dagordning": agenda, "/arvode": fees, "/minadata": minadata}


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
    args = parser.parse_args()
    if min(args.sizes) < COUNCIL:
        parser.error(f"--sizes: at least {COUNCIL} councils (council {COUNCIL} grows)")
    header("Commands by data size")
    with scratch_dir() as directory:
        regions = [seeded(directory, size) for size in args.sizes]
        services = [build_services(load_settings({"DATABASE_URL": r.url})) for r in regions]
        for s, region, points, meetings in zip(
            services, regions, args.points, args.meetings, strict=True
        ):
            _grow(s, region, points, meetings)
        calls = [_calls(s, r) for s, r in zip(services, regions, strict=True)]
        counters = [_Counted(s) for s in services]
        times: dict[tuple[str, int], list[float]] = {}
        statements: dict[tuple[str, int], int] = {}
        for round_ in range(args.rounds + 1):  # the first round warms the caches, untimed
            for name in calls[0]:
                for i, call in enumerate(calls):
                    counters[i].count = 0
                    started = time.perf_counter()
                    call[name]()
                    elapsed = time.perf_counter() - started
                    statements[(name, i)] = counters[i].count
                    if round_:
                        times.setdefault((name, i), []).append(elapsed)
        for s in services:
            s.engine.dispose()
    header("Commands by data size, results")
    labels = {
        "/dagordning": [f"{n:,} points" for n in args.points],
        "/arvode": [f"{n:,} meetings" for n in args.meetings],
        "/minadata": [f"{n:,} councils" for n in args.sizes],
    }
    ms: dict[tuple[str, int], float] = {k: median(v) * 1000 for k, v in times.items()}
    for name in calls[0]:
        for i in range(2):
            samples = times[(name, i)]
            print(
                f"  {name:<12} {labels[name][i]:>16}: median {ms[(name, i)]:7.1f} ms "
                f"(min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f}), "
                f"{statements[(name, i)]:,} statements"
            )
    verdict(
        f"/dagordning at {labels['/dagordning'][1]}",
        f"{ms[('/dagordning', 1)]:.1f} ms",
        f"<= {AGENDA_MS} ms",
        ms[("/dagordning", 1)] <= AGENDA_MS,
    )
    verdict(
        f"/arvode at {labels['/arvode'][1]}",
        f"{ms[('/arvode', 1)]:.1f} ms",
        f"<= {FEES_MS} ms",
        ms[("/arvode", 1)] <= FEES_MS,
    )
    ratio = ms[("/minadata", 1)] / ms[("/minadata", 0)]
    verdict(
        f"/minadata {args.sizes[1]:,} / {args.sizes[0]:,} councils",
        f"{ratio:.2f}",
        f"<= {MINADATA_RATIO}",
        ratio <= MINADATA_RATIO,
    )


if __name__ == "__main__":
    main()

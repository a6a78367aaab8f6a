"""50 secretaries press *Skicka kallelse* in the same minute: 50 councils x 40 members, each
DM through a local Slack that rate-limits chat.postMessage as Slack does (per conversation,
and for the whole workspace).

The bot runs as deployed (`python -m bot serve --no-scheduler`, so only the buttons' own
drains send: a message they leave behind counts as lost); the councils, members and meetings
are made through the services before it starts, and every secretary has the preview of
`/kallelse` on screen. Then all 50 buttons are pressed at once. Figures: how many members got
their kallelse (lost ones never did), how many twice, and when the last DM arrived against
the floor the workspace limit sets (2,000 DMs / the limit a second).

    .venv/bin/python bench/kallelse_fanout.py [--global-rate 100] [--councils 50] [--members 40]
    .venv/bin/python bench/kallelse_fanout.py --global-rate 5
"""

from __future__ import annotations

import argparse
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import SIGNING_SECRET, bot_env, header, scratch_dir, serving, verdict
from fanout import PER_CHANNEL, delivered_keys

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.ids import account, conversation
from adapters.storage.migrate import upgrade
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Role
from bot.core.when import When
from bot.kallelse.service import dm_key
from devtools.localslack.driver import Driver
from devtools.localslack.server import LocalSlack

TARGET_LATE = 0.10  # the last DM within 10 % of the floor
ANSWER_TIMEOUT = 60.0
MEETING_IN = timedelta(days=21)  # far enough ahead that the kallelse is in time


def _secretary(council: int) -> str:
    return f"U{council:04d}S"


def _member(council: int, n: int) -> str:
    return f"U{council:04d}M{n:02d}"


def _channel(council: int) -> str:
    return f"C{council:06d}"


def _councils(url: str, slack: LocalSlack, councils: int, members: int) -> dict[int, int]:
    """The councils with their members, each with a stormöte planned; meeting id by council."""
    upgrade(url)
    services = build_services(load_settings({"DATABASE_URL": url}))
    now = datetime.now(UTC)
    team = slack.team_id
    meetings = {}
    for c in range(1, councils + 1):
        channel, secretary = _channel(c), _secretary(c)
        everyone = [secretary, *(_member(c, n) for n in range(members - 1))]
        for user in everyone:
            slack.add_user(user, user.lower())
        slack.add_channel(channel, f"rad-{c}", members=everyone)
        services.councils.create(
            where=conversation(team, channel),
            private=False,
            name=f"Rådet {c}",
            creator=NamedAccount(secretary, f"Sekreterare {c}"),
            now=now,
        )
        for n, user in enumerate(everyone[1:]):
            services.councils.add_member(
                who=account(team, secretary),
                where=conversation(team, channel),
                member=NamedAccount(user, f"Medlem {c}.{n}"),
                role=Role.LEDAMOT,
                forening=("RSMH", "Attention")[n % 2],
                now=now,
            )
        planned = services.meetings.plan(
            who=account(team, secretary),
            where=conversation(team, channel),
            kind=MeetingKind.STORMOTE,
            when=When(start=(now + MEETING_IN).replace(hour=12, minute=0, second=0)),
            place=None,
            now=now,
        )
        meetings[c] = planned.meeting.id
    services.engine.dispose()
    return meetings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=50)
    parser.add_argument("--members", type=int, default=40, help="in each council")
    parser.add_argument("--global-rate", type=int, default=100, help="posts a second in all")
    parser.add_argument("--burst", type=int, default=3, help="at once, per conversation")
    args = parser.parse_args()
    header("Kallelse fan-out")
    with scratch_dir() as directory, LocalSlack() as slack:
        url = f"sqlite:///{Path(directory) / 'kallelse.db'}"
        started = time.perf_counter()
        meetings = _councils(url, slack, args.councils, args.members)
        print(
            f"  {args.councils} councils of {args.members} members made in "
            f"{time.perf_counter() - started:.1f} s"
        )
        members = {
            c: [_secretary(c), *(_member(c, n) for n in range(args.members - 1))] for c in meetings
        }
        users = [user for c in meetings for user in members[c]]
        wanted = {dm_key(meetings[c], user) for c in meetings for user in members[c]}
        with serving(
            ["-m", "bot", "serve", "--no-scheduler"], bot_env(slack, url), directory
        ) as bot:
            driver = Driver(slack, bot.events_url, SIGNING_SECRET)
            previews = {}
            for c in meetings:
                sent = driver.command(_secretary(c), _channel(c), "/kallelse", "")
                assert slack.wait_for_answer(str(sent.response_url), ANSWER_TIMEOUT)
                previews[c] = slack.shown_for(str(sent.response_url))[0]
            slack.rate_limit(
                "chat.postMessage",
                per_channel_per_second=PER_CHANNEL,
                burst=args.burst,
                global_per_second=args.global_rate,
                global_burst=args.global_rate,
            )
            pressed = time.time()
            answers: dict[int, str] = {}

            def press(council: int) -> None:
                done = driver.block_action(
                    _secretary(council),
                    action_id="kallelse_send",
                    message_ts=previews[council],
                    channel_id=_channel(council),
                )
                answers[council] = str(done.response_url)

            presses = [threading.Thread(target=press, args=(c,)) for c in meetings]
            for thread in presses:
                thread.start()
            for thread in presses:
                thread.join()
            floor = len(wanted) / args.global_rate
            # Each secretary is answered (how many have it) once their button's drain is done.
            answered = all(
                slack.wait_for_answer(answers[c], timeout=floor * 3 + ANSWER_TIMEOUT)
                for c in meetings
            )
        keys = delivered_keys(slack, users)
        refused = sum(c.status == 429 for c in slack.calls_to("chat.postMessage"))
        last = max(
            (
                float(m["ts"])
                for u in users
                for m in slack.messages(slack.dm_channel(u))
                if (m.get("metadata") or {}).get("event_payload", {}).get("key") in wanted
            ),
            default=pressed,
        )
    header("Kallelse fan-out, results")
    lost = len(wanted - set(keys))
    duplicates = sum(n - 1 for k, n in Counter(keys).items() if k in wanted and n > 1)
    took = last - pressed
    print(
        f"  {len(wanted):,} kallelse DMs and {len(meetings)} channel posts; limits "
        f"{PER_CHANNEL:g}/s per conversation (burst {args.burst}) and {args.global_rate}/s in "
        f"all (burst {args.global_rate}); {refused:,} posts answered 429; "
        f"{'every' if answered else 'not every'} secretary answered"
    )
    verdict("lost", str(lost), "0", lost == 0)
    verdict("duplicates", str(duplicates), "0", duplicates == 0)
    verdict(
        "last DM after the presses",
        f"{took:.1f} s",
        f"<= {floor * (1 + TARGET_LATE):.1f} s",
        took <= floor * (1 + TARGET_LATE),
    )
    print(f"  (the floor: {len(wanted):,} / {args.global_rate} a second = {floor:.1f} s)")


if __name__ == "__main__":
    main()

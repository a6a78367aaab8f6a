"""Where a /punkt's time and statements go, in one process: the request taken into the inbox
as the acknowledgement does, then its work replayed from there through the Bolt app as the
background executor runs it (the Slack handler, the agenda service, the receipt posted to the
local Slack's response_url, the entry marked done). HTTP and threads are left out, so the
figures are the request's own work.

Each statement the engine sends is counted (an SQLAlchemy event listener on the engine, here
and never in the product), grouped by its text, and one pass is run under cProfile.

    .venv/bin/python bench/punkt_profile.py [--councils 1000] [--commands 200] [--url URL]
        [--top 25] [--trace]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from common import add_people, bot_env, header, median, scratch_dir, seeded, senders
from sqlalchemy import event
from sqlalchemy.engine import Engine

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.app import build_app
from adapters.slack.handlers.ack_first import replay
from devtools.localslack.server import LocalSlack


class Statements:
    """Every statement `engine` sends while counting, by its first line."""

    def __init__(self, engine: Engine) -> None:
        self.seen: Counter[str] = Counter()
        self.on = False
        self.tracing = False
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if self.on:
            self.seen[" ".join(statement.split())[:150]] += 1
        if self.tracing:
            print("  " + " ".join(statement.split())[:110])
            for frame in traceback.extract_stack()[:-1]:
                if "/site-packages/" not in frame.filename and "/bench/" not in frame.filename:
                    print(f"      {frame.filename.split('/work/')[-1]}:{frame.lineno} {frame.name}")

    @contextmanager
    def counting(self) -> Iterator[Counter[str]]:
        self.seen = Counter()
        self.on = True
        try:
            yield self.seen
        finally:
            self.on = False


def command_body(slack: LocalSlack, user: str, channel: str, text: str) -> dict[str, str]:
    """A slash command's body as Bolt parses Slack's form."""
    return {
        "token": "bench",
        "team_id": slack.team_id,
        "team_domain": slack.team_domain,
        "channel_id": channel,
        "channel_name": channel.lower(),
        "user_id": user,
        "user_name": user.lower(),
        "command": "/punkt",
        "text": text,
        "api_app_id": slack.app_id,
        "is_enterprise_install": "false",
        "response_url": slack.issue_response_url(channel, user),
        "trigger_id": slack.issue_trigger(user),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--councils", type=int, default=1000)
    parser.add_argument("--commands", type=int, default=200)
    parser.add_argument("--url", help="an empty database to seed (default: a scratch SQLite file)")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--trace", action="store_true", help="where each statement of one is sent")
    args = parser.parse_args()
    header("/punkt profile")
    with scratch_dir() as directory, LocalSlack() as slack:
        region = seeded(directory, args.councils, now=datetime.now(UTC), url=args.url)
        pairs = senders(region, 2 * args.commands + 20)
        add_people(slack, pairs)
        env = bot_env(slack, region.url)
        services = build_services(load_settings(env))
        app = build_app(services)
        run = replay(app)
        statements = Statements(services.engine)

        def one(k: int, user: str, channel: str) -> tuple[float, float]:
            body = command_body(slack, user, channel, f"Punkt {k} från bänken: bakgrund")
            payload = json.dumps(body, ensure_ascii=False)
            started = time.perf_counter()
            claim = services.inbox.take_in(f"command:{body['trigger_id']}", "/punkt", payload)
            taken = time.perf_counter()
            assert claim is not None
            run(claim, "/punkt", payload)
            if not slack.wait_for_answer(body["response_url"], 10.0):
                raise SystemExit("no receipt")
            return taken - started, time.perf_counter() - taken

        for k, (user, channel) in enumerate(pairs[:20]):  # warm up
            one(k, user, channel)
        takes, works = [], []
        with statements.counting() as seen:
            for k, (user, channel) in enumerate(pairs[20 : 20 + args.commands], start=20):
                take, work = one(k, user, channel)
                takes.append(take)
                works.append(work)
        print(
            f"  taken in: median {median(takes) * 1000:.2f} ms;"
            f" worked: median {median(works) * 1000:.2f} ms;"
            f" {sum(seen.values()) / args.commands:.1f} statements a command"
        )
        for text, count in seen.most_common():
            print(f"  {count / args.commands:5.1f}  {text}")
        if args.trace:
            statements.tracing = True
            one(99_999, *pairs[-1])
            statements.tracing = False
        profile = cProfile.Profile()
        profile.enable()
        for k, (user, channel) in enumerate(pairs[20 + args.commands :], start=10_000):
            one(k, user, channel)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
        print(out.getvalue())
        services.engine.dispose()


if __name__ == "__main__":
    main()

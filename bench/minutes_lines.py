"""Writing a meeting's minutes line by line, and its draft as a DOCX file (`/protokoll utkast`):
each line's time should not grow with the lines before it.

One council with a stormöte under way in a scratch SQLite file (with --url, a database made
on that PostgreSQL server and dropped after); the secretary writes `--lines` lines through
the capture service (as /protokoll and the thread do, without HTTP), then the draft is laid
out and written as DOCX and Markdown, `--rounds` times.

    .venv/bin/python bench/minutes_lines.py [--lines 1000] [--rounds 5] [--url URL]
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from common import header, median, scratch_dir, server_databases, verdict

from adapters.runtime.services import build_services
from adapters.runtime.settings import load_settings
from adapters.slack.ids import account, conversation
from adapters.slack.markup import MinutesWords
from adapters.storage.migrate import upgrade
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind
from bot.core.when import When
from bot.minutes.archive import archive_files

TARGET_LINES_S = 2.0  # all the lines
TARGET_DRAFT_MS = 200
TARGET_GROWTH = 1.5  # a line's time, the last lines against the first: no replay of the log
TEAM, CHANNEL, SECRETARY = "T0LOCAL", "C0RAD", "U0SARA"
ZONE = ZoneInfo("Europe/Stockholm")
PLANNED = datetime(2026, 11, 20, 9, tzinfo=ZONE)
START = datetime(2026, 12, 3, 13, tzinfo=ZONE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--url", help="a PostgreSQL server to make the database in")
    args = parser.parse_args()
    header("Minutes lines")
    with scratch_dir() as directory, server_databases(args.url, ["bench_minutes"]) as (server,):
        url = server or f"sqlite:///{directory / 'minutes.db'}"
        upgrade(url)
        services = build_services(load_settings({"DATABASE_URL": url}))
        services.councils.create(
            where=conversation(TEAM, CHANNEL),
            private=False,
            name="Rådet",
            creator=NamedAccount(SECRETARY, "Sara"),
            now=PLANNED,
        )
        services.meetings.plan(
            who=account(TEAM, SECRETARY),
            where=conversation(TEAM, CHANNEL),
            kind=MeetingKind.STORMOTE,
            when=When(START, START + timedelta(hours=3)),
            place=None,
            now=PLANNED,
        )
        services.agenda.submit(
            who=account(TEAM, SECRETARY),
            where=conversation(TEAM, CHANNEL),
            title="Väntetider",
            description=None,
            now=PLANNED,
        )
        read = MinutesWords(lambda user_id, label: label or user_id)
        where = {"who": account(TEAM, SECRETARY), "where": conversation(TEAM, CHANNEL)}
        lines = ["punkt 1"] + [f"info: Rad {n} av protokollet." for n in range(1, args.lines)]
        during = START + timedelta(minutes=5)
        each: list[float] = []
        for line in lines:
            started = time.perf_counter()
            services.minutes.capture.line(text=line, read=read, now=during, **where)
            each.append(time.perf_counter() - started)
        drafts: list[float] = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            draft = services.minutes.capture.draft(now=during, **where)
            archive_files(draft.layout)
            drafts.append(time.perf_counter() - started)
        services.engine.dispose()
    header(f"Minutes lines, results ({'PostgreSQL' if args.url else 'SQLite'})")
    tenth = max(1, len(each) // 10)
    first, last = median(each[:tenth]) * 1000, median(each[-tenth:]) * 1000
    print(
        f"  {len(each):,} lines: {sum(each):.2f} s in all; a line among the first {tenth:,} "
        f"{first:.1f} ms, among the last {tenth:,} {last:.1f} ms (median)"
    )
    print(
        f"  draft laid out and written as DOCX and Markdown: median "
        f"{median(drafts) * 1000:.1f} ms (min {min(drafts) * 1000:.1f}, "
        f"max {max(drafts) * 1000:.1f})"
    )
    verdict(f"{len(each):,} lines in all", f"{sum(each):.2f} s", f"<= {TARGET_LINES_S} s",
            sum(each) <= TARGET_LINES_S)  # fmt: skip
    verdict(
        "a last line / a first line",
        f"{last / first:.2f}",
        f"<= {TARGET_GROWTH}",
        last / first <= TARGET_GROWTH,
    )
    verdict(
        f"utkast at {len(each):,} lines",
        f"{median(drafts) * 1000:.1f} ms",
        f"<= {TARGET_DRAFT_MS} ms",
        median(drafts) * 1000 <= TARGET_DRAFT_MS,
    )


if __name__ == "__main__":
    main()

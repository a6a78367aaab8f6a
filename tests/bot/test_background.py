"""BackgroundWork: what is acknowledged runs after, and settle() sees it finished."""

from __future__ import annotations

import threading

from adapters.runtime.background import BackgroundWork


def test_settle_waits_for_work_under_way_and_reports_a_timeout() -> None:
    work = BackgroundWork(max_workers=2)
    release = threading.Event()
    done: list[int] = []

    def job(k: int) -> None:
        release.wait(5)
        done.append(k)

    for k in range(3):
        work.submit(job, k)
    assert work.settle(timeout=0.05) is False  # all three are still waiting
    release.set()
    assert work.settle() is True
    assert sorted(done) == [0, 1, 2]
    work.shutdown()


def test_a_failing_job_still_counts_as_finished() -> None:
    work = BackgroundWork(max_workers=1)

    def fail() -> None:
        raise RuntimeError("boom")

    future = work.submit(fail)
    assert work.settle() is True
    assert isinstance(future.exception(), RuntimeError)
    work.shutdown()


def test_nothing_submitted_is_settled_at_once() -> None:
    work = BackgroundWork()
    assert work.settle(timeout=0) is True
    work.shutdown()

"""Work the bot does after Slack has its acknowledgement, and a way to wait until it is done.

Slash commands, buttons and events are acknowledged at once (adapters/slack/handlers/ack_first.py),
so Slack never waits on the database; the thread pool below runs their work. Work submitted while an
HTTP request is being answered waits until the answer is written (`after_response`): started
at once, it would take the interpreter from the thread writing the acknowledgement and delay
it by milliseconds. `settle()` lets the local stack, its tests and the benchmarks see a
request's whole effect before they look, and lets a shutdown finish what was acknowledged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

SETTLE_TIMEOUT = 30.0
WRITE_TIMEOUT = 3.0  # Slack's own limit: work never waits longer for its request's answer


class BackgroundWork(ThreadPoolExecutor):
    """A thread pool that knows how much of its work is still under way."""

    def __init__(self, max_workers: int = 8) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="after-ack")
        self._under_way = 0
        self._changed = threading.Condition()
        self._request = threading.local()  # .written: the Event of the request being answered

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        written: threading.Event | None = getattr(self._request, "written", None)
        if written is not None:
            fn = _after(written, fn)
        with self._changed:
            self._under_way += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._finished(None)
            raise
        future.add_done_callback(self._finished)
        return future

    @contextmanager
    def after_response(self) -> Iterator[threading.Event]:
        """Work submitted from this thread inside the block starts once the yielded event is
        set (by whoever writes the HTTP answer), or after WRITE_TIMEOUT at the latest."""
        written = threading.Event()
        self._request.written = written
        try:
            yield written
        finally:
            self._request.written = None

    def settle(self, timeout: float = SETTLE_TIMEOUT) -> bool:
        """Wait until nothing is under way; False if `timeout` seconds passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: self._under_way == 0, timeout)

    def _finished(self, _: Future[Any] | None) -> None:
        with self._changed:
            self._under_way -= 1
            self._changed.notify_all()


def _after(written: threading.Event, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        written.wait(WRITE_TIMEOUT)
        return fn(*args, **kwargs)

    return run

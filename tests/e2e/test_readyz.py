"""/readyz answers what an orchestrator routes by: not ready while the database is stopped
(a PostgreSQL of the test's own), ready again once it is back; /healthz stays "alive"."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from adapters.console.stack import LocalStack
from adapters.slack.http import EVENTS_PATH
from tests.throwaway_postgres import ThrowawayPostgres

LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the env


def _get(stack: LocalStack, path: str) -> tuple[int, bytes]:
    url = stack.driver.bot_url.removesuffix(EVENTS_PATH) + path
    try:
        with LOCAL.open(url, timeout=30) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read()


def test_readyz_follows_the_database(pg_stack: LocalStack, postgres: ThrowawayPostgres) -> None:
    stack = pg_stack
    status, body = _get(stack, "/readyz")
    assert status == 503 and json.loads(body)["checks"]["reminder passes"] == "no reminder pass yet"
    stack.tick(stack.clock.now())
    status, body = _get(stack, "/readyz")
    assert (status, json.loads(body)["ready"]) == (200, True)
    postgres.stop()
    status, body = _get(stack, "/readyz")
    assert status == 503
    assert json.loads(body)["checks"]["database"].startswith("not usable")
    assert _get(stack, "/healthz") == (200, b"ok")  # alive: only not ready
    postgres.start()
    status, body = _get(stack, "/readyz")
    assert (status, json.loads(body)["ready"]) == (200, True)

"""HTTP mode: Bolt behind waitress, on /slack/events (and the other chats' endpoints beside it,
`routes`: Teams' /api/messages), with a health check for deployments:
/healthz (the process is alive) and /readyz (it can do its work: adapters.runtime.readiness), and
Prometheus's /metrics (adapters.metrics)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server

from adapters.metrics.recorded import ACKNOWLEDGED
from adapters.runtime.background import BackgroundWork
from adapters.runtime.readiness import Readiness
from bot.members.links import PAGE_PATH

EVENTS_PATH = "/slack/events"
log = logging.getLogger(__name__)

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
Ready = Callable[[], Readiness]


def built_on_first_use(build: Callable[[], WsgiApp]) -> WsgiApp:
    """A WSGI app that `build`s the real one at its first request, once, so what it loads
    (prometheus-client, Flask) costs nothing at start and nothing where it is never asked."""
    built: list[WsgiApp] = []
    lock = threading.Lock()

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if not built:
            with lock:
                if not built:
                    built.append(build())
        return built[0](environ, start_response)

    return application


def wsgi_app(
    app: App | None,
    background: BackgroundWork | None = None,
    *,
    web: WsgiApp | None = None,
    ready: Ready | None = None,
    metrics: Callable[[], WsgiApp] | None = None,
    routes: Mapping[str, WsgiApp] | None = None,
) -> WsgiApp:
    """The WSGI application. Work a request leaves to `background` starts once the answer is
    on its way: the answer goes out through WSGI's write(), which waitress sends at once (an
    empty body returned the usual way would wait for the end of the request, behind the
    work competing for the interpreter). `web` serves the member page, under PAGE_PATH;
    `routes` another chat's endpoint by its path, its work left to `background` the same way;
    with no `app` (Teams alone: no Slack tokens) there is nothing on /slack/events."""
    routes = routes or {}
    handler = None if app is None else SlackRequestHandler(app, path=EVENTS_PATH)
    page = None if metrics is None else built_on_first_use(metrics)

    def bolt(environ: dict[str, Any], start: Callable[..., Any]) -> Iterable[bytes]:
        """Bolt's answer; a body it cannot read (signed, yet not JSON or a form with a JSON
        payload, or a timestamp that is no number) is a 400 and one log line, not a 500
        with a traceback."""
        if handler is None:
            start("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]
        stamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        try:
            if stamp is not None and not stamp.isdigit():
                raise ValueError("timestamp")  # Bolt's check would end in a 500
            return handler(environ, start)  # type: ignore[arg-type]
        except (ValueError, TypeError, AttributeError, KeyError) as err:
            log.warning("unreadable request to %s: %s", EVENTS_PATH, type(err).__name__)
            start("400 Bad Request", [("Content-Type", "text/plain")])
            return [b"bad request"]

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or ""
        if path == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        if path == "/metrics" and page is not None:
            return page(environ, start_response)
        if path == "/readyz" and ready is not None:
            found = ready()
            status = "200 OK" if found.ready else "503 Service Unavailable"
            start_response(status, [("Content-Type", "application/json")])
            return [json.dumps({"ready": found.ready, "checks": found.checks}).encode()]
        if web is not None and (path + "/").startswith(PAGE_PATH):
            return web(environ, start_response)
        serve = routes.get(path, bolt)
        if background is None:
            return serve(environ, start_response)
        arrived = time.perf_counter()
        writers: list[Callable[[bytes], Any]] = []

        def starting(status: str, headers: list[Any], exc_info: Any = None) -> Any:
            writers.append(start_response(status, headers, exc_info))
            return writers[-1]

        with background.after_response() as written:
            try:
                body = b"".join(serve(environ, starting))
                writers[-1](body)
                ACKNOWLEDGED.observe(time.perf_counter() - arrived)
            finally:
                written.set()
        return []

    return application


def make_server(
    app: App | None,
    *,
    background: BackgroundWork | None = None,
    host: str = "0.0.0.0",
    port: int = 3000,
    threads: int = 8,
    web: WsgiApp | None = None,
    ready: Ready | None = None,
    metrics: Callable[[], WsgiApp] | None = None,
    routes: Mapping[str, WsgiApp] | None = None,
) -> Any:
    """A waitress server; `.run()` serves, `.close()` stops, `.effective_port` is the port.
    `background` is the app's BackgroundWork (build_app), so its work waits for the answer;
    `web` is the member page (adapters.web), if served; `ready` answers /readyz; `metrics`
    builds the page of /metrics; `routes` the other chats' endpoints by path."""
    return create_server(
        wsgi_app(app, background, web=web, ready=ready, metrics=metrics, routes=routes),
        host=host,
        port=port,
        threads=threads,
    )

"""HTTP mode: Bolt behind waitress, on /slack/events, with a health check for deployments."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server

EVENTS_PATH = "/slack/events"

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def wsgi_app(app: App) -> WsgiApp:
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        return bolt(environ, start_response)  # type: ignore[arg-type]

    return application


def make_server(app: App, *, host: str = "0.0.0.0", port: int = 3000, threads: int = 8) -> Any:
    """A waitress server; `.run()` serves, `.close()` stops, `.effective_port` is the port."""
    return create_server(wsgi_app(app), host=host, port=port, threads=threads)

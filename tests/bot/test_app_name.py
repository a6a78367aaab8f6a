"""Building the Slack app does not walk the call stack (issue 20): Bolt looks for its caller's
file name with inspect.stack(), which reads the source of every frame, unless the app is named
(adapters/slack/app.py names it as Bolt would have)."""

from __future__ import annotations

import inspect

import pytest
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.app import build_app
from devtools.localslack import LocalSlack


def test_the_app_is_built_without_walking_the_stack(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def walked(*_: object, **__: object) -> list[inspect.FrameInfo]:
        raise AssertionError("inspect.stack() while building the app")

    with LocalSlack() as slack:  # Bolt checks the token as it is built
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        monkeypatch.setattr(inspect, "stack", walked)
        assert build_app(services, client=client).name == "app.py"  # the name Bolt found

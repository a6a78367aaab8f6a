"""Modal submissions: validated and answered in the request itself (their errors must come
back with it), so they do not go through the inbox. While the database does not answer, the
form says so on its first field and stays open with what the person wrote, rather than Slack's
own "trouble connecting" after a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlalchemy.exc import OperationalError

from adapters.runtime.services import Services
from adapters.slack.mrkdwn import t

FormWork = Callable[[Ack, dict[str, Any], dict[str, Any], WebClient], None]


def form(app: App, services: Services, callback_id: str) -> Callable[[FormWork], FormWork]:
    """Register the decorated `work(ack, body, view, client)` for the modal `callback_id`."""

    def register(work: FormWork) -> FormWork:
        def submitted(
            ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient
        ) -> None:
            try:
                work(ack, body, view, client)
            except OperationalError:
                field = _first_field(view)
                if ack.response is not None or field is None:  # nowhere left to say it
                    raise
                not_saved = t("error.database_unavailable", services.settings.language)
                ack(response_action="errors", errors={field: not_saved})

        app.view(callback_id)(submitted)
        return work

    return register


def _first_field(view: dict[str, Any]) -> str:
    return next(str(b["block_id"]) for b in view.get("blocks", []) if b.get("type") == "input")

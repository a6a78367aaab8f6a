"""The Slack side of the bot's HTTP endpoint: signed slash commands, events, interactions.

Requests are built and signed as Slack does (``X-Slack-Signature: v0=HMAC-SHA256`` of
``v0:{timestamp}:{body}``) from the local Slack's state, so the bot sees the messages and
views it made. The bot is expected to run Bolt with ``process_before_response=True``: its
listeners have run when the HTTP answer arrives, and what they left for after the
acknowledgement (the work of commands, buttons and events) is waited for through ``settle``,
so a ``Delivery`` is complete on return and nothing sleeps.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from bot.core.clock import SystemClock
from devtools.localslack.blockkit import element_value, find_element, state_values
from devtools.localslack.composer import as_sent
from devtools.localslack.router import Call
from devtools.localslack.server import LocalSlack


def sign(signing_secret: str, timestamp: str, body: bytes) -> str:
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Delivery:
    """The bot's answer to one delivery and what the delivery caused in the local Slack."""

    status: int
    body: Any  # parsed JSON when the bot answered JSON, else the text ("" for a bare ack)
    headers: dict[str, str]
    calls: list[Call]  # Web API calls made while the bot handled it (all, if concurrent)
    slack: LocalSlack = field(repr=False)
    response_url: str | None = None
    ts: str | None = None  # the user's message, for message and app_mention
    reply_ts: str | None = None  # the command's answer as Slack shows it, for its buttons

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def responses(self) -> list[dict[str, Any]]:
        """Posts to this delivery's response_url so far (all of them, once settled)."""
        if self.response_url is None:
            return []
        return [r for r in self.slack.responses if r["response_url"] == self.response_url]

    @property
    def acknowledged_with(self) -> dict[str, Any]:
        """The message in the acknowledgement itself ({} for a bare 200): JSON, or plain
        text, which Slack shows as a message too."""
        if isinstance(self.body, dict) and self.body.get("text"):
            return dict(self.body)
        if isinstance(self.body, str) and self.body:
            return {"text": self.body}
        return {}

    @property
    def answer(self) -> dict[str, Any]:
        """What the person saw first in answer: the acknowledgement's message, else the first
        post to the response_url; {} when neither said anything."""
        if self.acknowledged_with:
            return self.acknowledged_with
        posts = self.responses
        return {k: v for k, v in posts[0].items() if k != "response_url"} if posts else {}


class Driver:
    """Delivers to ``bot_url`` (e.g. ``http://127.0.0.1:3000/slack/events``) like Slack."""

    def __init__(
        self,
        slack: LocalSlack,
        bot_url: str,
        signing_secret: str,
        *,
        verification_token: str = "local-verification-token",
        timeout: float = 10.0,
        settle: Callable[[], object] | None = None,
    ) -> None:
        """`settle` waits until the bot has finished what it does after acknowledging."""
        self.slack = slack
        self.settle = settle
        self.bot_url = bot_url
        self.signing_secret = signing_secret
        self.verification_token = verification_token
        self.timeout = timeout
        # Authentic deliveries the bot did not answer with 200: Slack counts each as a failure
        # (and retries it, and may turn the app's events off); tests check there are none.
        self.refused: list[Delivery] = []
        # The bot is local: never route through a proxy from the environment.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    # -- slash commands ------------------------------------------------------------------

    def command(
        self,
        user_id: str,
        channel_id: str,
        command: str,
        text: str = "",
        *,
        timestamp: str | None = None,
        signature: str | None = None,
        team_id: str | None = None,
        enterprise_id: str | None = None,
    ) -> Delivery:
        """`team_id`: the workspace the person writes from when not the app's own (another
        workspace of an Enterprise Grid org, `enterprise_id`, sharing the channel)."""
        response_url = self.slack.issue_response_url(channel_id, user_id)
        form = {
            "token": self.verification_token,
            "team_id": team_id or self.slack.team_id,
            "team_domain": self.slack.team_domain,
            **({"enterprise_id": enterprise_id} if enterprise_id else {}),
            "channel_id": channel_id,
            "channel_name": self._channel_name(channel_id),
            "user_id": user_id,
            "user_name": self.slack.user(user_id)["name"],
            "command": command,
            "text": as_sent(text),
            "api_app_id": self.slack.app_id,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": self.slack.issue_trigger(user_id),
        }
        delivery = self.send(
            urlencode(form).encode(),
            "application/x-www-form-urlencoded",
            timestamp=timestamp,
            signature=signature,
            response_url=response_url,
        )
        if delivery.ok and delivery.acknowledged_with:
            self.slack.show_command_reply(response_url, delivery.acknowledged_with)
        delivery.reply_ts = next(iter(self.slack.shown_for(response_url)), None)
        return delivery

    # -- events --------------------------------------------------------------------------

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
        timestamp: str | None = None,
        signature: str | None = None,
        ts: str | None = None,
    ) -> Delivery:
        """Deliver ``event`` in an event_callback envelope. Give the same ``event_id`` (and a
        ``retry_num``) to deliver one event again as Slack's retries do."""
        envelope = {
            "token": self.verification_token,
            "team_id": self.slack.team_id,
            "api_app_id": self.slack.app_id,
            "event": event,
            "type": "event_callback",
            # Unique like Slack's: the bot's inbox remembers ids it has taken in, also
            # across a restart of the sandbox on the same database.
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:12].upper()}",
            "event_time": int(self.slack.clock()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.slack.team_id,
                    "user_id": self.slack.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }
        headers = {}
        if retry_num is not None:
            headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason}
        return self.send(
            json.dumps(envelope).encode(),
            "application/json",
            timestamp=timestamp,
            signature=signature,
            headers=headers,
            ts=ts,
        )

    def message(
        self,
        user_id: str,
        channel_id: str,
        text: str,
        *,
        thread_ts: str | None = None,
        files: Sequence[str | tuple[str, bytes]] = (),
        broadcast: bool = False,
    ) -> Delivery:
        """The user writes in the conversation: stored in the local Slack, then the
        ``message`` event (channel_type channel, group or im) is delivered. ``files`` are
        shared with it (``file_share``: names, or (name, bytes)); ``broadcast`` also sends a
        thread reply to the channel (``thread_broadcast``)."""
        stored = self.slack.post_user_message(
            user_id, channel_id, text, thread_ts=thread_ts, files=files, broadcast=broadcast
        )
        event = {
            **stored,
            "channel": channel_id,
            "event_ts": stored["ts"],
            "channel_type": self.slack.channel_type(channel_id),
        }
        return self.event(event, ts=stored["ts"])

    def edit(self, user_id: str, channel_id: str, ts: str, text: str) -> Delivery:
        """The user edits their message: ``message_changed`` with the message as it is now
        and as it was."""
        previous, message, event_ts = self.slack.edit_user_message(user_id, channel_id, ts, text)
        return self.event(self._changed(channel_id, message, previous, event_ts), ts=ts)

    def delete(self, user_id: str, channel_id: str, ts: str) -> Delivery:
        """The user deletes their message: ``message_deleted``, or, when it has replies,
        ``message_changed`` to the tombstone Slack leaves in its place."""
        previous, tombstone, event_ts = self.slack.delete_user_message(user_id, channel_id, ts)
        if tombstone is not None:
            return self.event(self._changed(channel_id, tombstone, previous, event_ts), ts=ts)
        event = {
            "type": "message",
            "subtype": "message_deleted",
            "previous_message": previous,
            "channel": channel_id,
            "hidden": True,
            "deleted_ts": ts,
            "event_ts": event_ts,
            "ts": event_ts,
            "channel_type": self.slack.channel_type(channel_id),
        }
        return self.event(event, ts=ts)

    def _changed(
        self,
        channel_id: str,
        message: dict[str, Any],
        previous: dict[str, Any],
        event_ts: str,
    ) -> dict[str, Any]:
        return {
            "type": "message",
            "subtype": "message_changed",
            "message": message,
            "previous_message": previous,
            "channel": channel_id,
            "hidden": True,
            "ts": event_ts,
            "event_ts": event_ts,
            "channel_type": self.slack.channel_type(channel_id),
        }

    def app_mention(
        self, user_id: str, channel_id: str, text: str, *, thread_ts: str | None = None
    ) -> Delivery:
        """The user mentions the bot (``<@bot>`` is prepended when missing). Only the
        ``app_mention`` event is delivered; Slack also sends ``message`` to apps that
        subscribe to it, which ``message()`` does separately."""
        mention = f"<@{self.slack.bot_user_id}>"
        if mention not in text:
            text = f"{mention} {text}"
        stored = self.slack.post_user_message(user_id, channel_id, text, thread_ts=thread_ts)
        event = {
            **stored,
            "type": "app_mention",
            "channel": channel_id,
            "event_ts": stored["ts"],
        }
        return self.event(event, ts=stored["ts"])

    def app_home_opened(self, user_id: str, *, tab: str = "home") -> Delivery:
        event: dict[str, Any] = {
            "type": "app_home_opened",
            "user": user_id,
            "channel": self.slack.dm_channel(user_id),
            "tab": tab,
            "event_ts": f"{self.slack.clock():.6f}",
        }
        home = self.slack.home_views.get(user_id)
        if home is not None:
            event["view"] = home
        return self.event(event)

    def uninstall(self) -> list[Delivery]:
        """Someone removes the app from the workspace: its token is revoked, and Slack sends
        ``tokens_revoked`` (the bot user's token) and ``app_uninstalled``."""
        self.slack.uninstall()
        revoked = {"type": "tokens_revoked", "tokens": {"bot": [self.slack.bot_user_id]}}
        return [self.event(revoked), self.event({"type": "app_uninstalled"})]

    # -- interactions --------------------------------------------------------------------

    def block_action(
        self,
        user_id: str,
        *,
        action_id: str,
        value: Any = None,
        message_ts: str | None = None,
        channel_id: str | None = None,
        view_id: str | None = None,
        block_id: str | None = None,
        selected_option: Any = None,
    ) -> Delivery:
        """The user clicks or picks in a message (``message_ts``, ``channel_id`` optional)
        or in a view (``view_id``). The element is looked up in the blocks for its type and
        block; ``value``/``selected_option`` may be simple values (see ``blockkit``)."""
        payload: dict[str, Any] = {"type": "block_actions", **self._interaction_base(user_id)}
        response_url = None
        if view_id is not None:
            view = self.slack.view(view_id)
            blocks = view["blocks"]
            payload.update(container={"type": "view", "view_id": view_id}, view=view)
        elif message_ts is not None:
            found = self.slack.find_message(message_ts, channel_id)
            if found is None:
                raise LookupError(f"no message {message_ts} in {channel_id or 'any channel'}")
            channel_id, message, is_ephemeral = found
            blocks = message.get("blocks", [])
            response_url = self.slack.issue_response_url(channel_id, user_id, message_ts=message_ts)
            payload.update(
                container={
                    "type": "message",
                    "message_ts": message_ts,
                    "channel_id": channel_id,
                    "is_ephemeral": is_ephemeral,
                },
                channel={"id": channel_id, "name": self._channel_name(channel_id)},
                response_url=response_url,
                state={"values": {}},
            )
            if not is_ephemeral:  # Slack does not echo ephemeral messages back
                payload["message"] = message
        else:
            raise ValueError("block_action needs message_ts or view_id")
        found_element = find_element(blocks, action_id, block_id)
        found_block, element = found_element or (block_id or "", {"type": "button"})
        choice = selected_option if selected_option is not None else value
        if choice is None and element.get("type") == "button":
            choice = element.get("value")
        action = {
            "action_id": action_id,
            "block_id": found_block,
            "action_ts": f"{self.slack.clock():.6f}",
            **element_value(element, choice),
        }
        if "text" in element:
            action["text"] = element["text"]
        payload["actions"] = [action]
        return self._interact(payload, response_url)

    def view_submission(
        self,
        user_id: str,
        view_id: str,
        values: dict[str, dict[str, Any]] | None = None,
        *,
        team_id: str | None = None,
    ) -> Delivery:
        """The user submits the modal with ``values`` ({block_id: {action_id: value}},
        simple or in Slack's form; untouched inputs keep their initial values). The bot's
        answer is applied as Slack would: errors keep the modal open, update/push/clear
        act on it, an empty answer closes it. `team_id`: the person's own workspace when not
        the app's (an external person in a channel shared by Slack Connect)."""
        state = state_values(self.slack.view(view_id), values or {})
        submitted = self.slack.set_view_state(view_id, state)
        payload = {
            "type": "view_submission",
            **self._interaction_base(user_id, team_id),
            "view": submitted,
            "response_urls": [],
        }
        delivery = self._interact(payload, None)
        if delivery.ok:
            self.slack.apply_view_ack(view_id, delivery.body)
        return delivery

    def message_shortcut(
        self,
        user_id: str,
        channel_id: str,
        message_ts: str,
        callback_id: str,
        *,
        replace: dict[str, Any] | None = None,
    ) -> Delivery:
        """The user runs a message shortcut on a message; `replace` sets top-level fields of
        the payload as some real payloads have them (e.g. `"team": None` on Enterprise Grid)."""
        found = self.slack.find_message(message_ts, channel_id)
        if found is None:
            raise LookupError(f"no message {message_ts} in {channel_id}")
        response_url = self.slack.issue_response_url(channel_id, user_id, message_ts=message_ts)
        payload = {
            "type": "message_action",
            **self._interaction_base(user_id),
            "callback_id": callback_id,
            "channel": {"id": channel_id, "name": self._channel_name(channel_id)},
            "message_ts": message_ts,
            "message": found[1],
            "response_url": response_url,
            **(replace or {}),
        }
        return self._interact(payload, response_url)

    def shortcut(self, user_id: str, callback_id: str) -> Delivery:
        """A global shortcut (from the search bar or the composer)."""
        payload = {
            "type": "shortcut",
            **self._interaction_base(user_id),
            "callback_id": callback_id,
        }
        return self._interact(payload, None)

    # -- HTTP ----------------------------------------------------------------------------

    def send(
        self,
        body: bytes,
        content_type: str,
        *,
        timestamp: str | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
        response_url: str | None = None,
        ts: str | None = None,
    ) -> Delivery:
        """POST a body signed as Slack signs it; ``timestamp``/``signature`` override the
        real ones to test the bot's refusals."""
        timestamp_given = timestamp
        # Bolt checks the signature's timestamp against the real clock, not the bot's.
        timestamp = timestamp or str(int(SystemClock().now().timestamp()))
        request_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": signature or sign(self.signing_secret, timestamp, body),
            **(headers or {}),
        }
        request = urllib.request.Request(
            self.bot_url, data=body, headers=request_headers, method="POST"
        )
        calls_before = len(self.slack.calls)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                status, raw, answer_headers = response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            status, raw, answer_headers = error.code, error.read(), error.headers
        if self.settle is not None:
            self.settle()
        delivery = Delivery(
            status=status,
            body=_decode(raw, answer_headers.get_content_type()),
            headers=dict(answer_headers.items()),
            calls=self.slack.calls[calls_before:],
            response_url=response_url,
            ts=ts,
            slack=self.slack,
        )
        if status != 200 and timestamp_given is None and signature is None:
            self.refused.append(delivery)
        return delivery

    def _interact(self, payload: dict[str, Any], response_url: str | None) -> Delivery:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.send(body, "application/x-www-form-urlencoded", response_url=response_url)

    def _interaction_base(self, user_id: str, team_id: str | None = None) -> dict[str, Any]:
        user = self.slack.user(user_id)
        team = team_id or self.slack.team_id
        return {
            "token": self.verification_token,
            "api_app_id": self.slack.app_id,
            "team": {"id": team, "domain": self.slack.team_domain},
            "user": {
                "id": user_id,
                "username": user["name"],
                "name": user["name"],
                "team_id": team,
            },
            "enterprise": None,
            "is_enterprise_install": False,
            "trigger_id": self.slack.issue_trigger(user_id),
        }

    def _channel_name(self, channel_id: str) -> str:
        return self.slack.channel(channel_id).get("name", "directmessage")


def _decode(raw: bytes, content_type: str) -> Any:
    text = raw.decode("utf-8", errors="replace")
    if content_type == "application/json" and text:
        return json.loads(text)
    return text

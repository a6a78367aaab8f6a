"""HTTP requests to the local Slack: routed, answered the way Slack does, recorded.

Routes:
    ``/api/<method>``       the Web API (GET query or POST form, multipart or JSON)
    ``/response/<id>``      response_url of slash commands and interactions
    ``/upload/<file_id>``   upload_url handed out by files.getUploadURLExternal
    ``/files-pri/<team>-<file_id>/[download/]<name>``   a file's url_private(_download):
                            its bytes for the bot token with files:read; anyone else gets
                            Slack's sign-in page (HTML, status 200), as Slack answers

Web API answers, in the order Slack decides them: injected faults (see ``faults``), then
``unknown_method`` (HTTP 404, as Slack answers it), ``not_authed``/``invalid_auth``, then
``token_revoked`` once the app is uninstalled (``revoked``),
``invalid_arguments`` for arguments the spec marks required, then the method itself. Spec
methods without a local implementation answer ``not_implemented_in_local_slack``: a fake
``ok`` could hide a missing feature. Every Web API call is recorded as a ``Call``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from devtools.localslack.faults import Faults
from devtools.localslack.limits import MAX_TEXT, message_problems
from devtools.localslack.methods import HANDLERS, Args
from devtools.localslack.parsing import parse_args
from devtools.localslack.scopes import needed
from devtools.localslack.workspace import LimitError, ResponseTarget, SlackError, Workspace

# A response_url takes this many posts, for this many seconds after Slack handed it out
# (Slack's "Handling user interaction": "up to 5 times within 30 minutes").
RESPONSE_URL_USES = 5
RESPONSE_URL_LIFETIME = 30 * 60
# What Slack serves a file's private URL without a token that may read it.
SIGN_IN_PAGE = b"<!DOCTYPE html><html><head><title>Sign in | Slack</title></head></html>"


@dataclass(frozen=True)
class Call:
    """One Web API call as the local Slack saw and answered it (``args`` without the token)."""

    method: str
    args: dict[str, Any]
    response: dict[str, Any]
    status: int
    fault: str | None = None  # the injected fault that answered or delayed it
    delay: float = 0.0  # seconds a slow fault held the answer back


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    disconnect: bool = False  # close the connection instead of answering (faults)


def _text(status: int, text: str) -> Reply:
    return Reply(status, text.encode(), "text/plain; charset=utf-8")


class Router:
    """Answers requests against the workspace, under the local Slack's one lock."""

    def __init__(
        self,
        ws: Workspace,
        lock: threading.Condition,
        faults: Faults,
        bot_token: str,
        *,
        scopes: frozenset[str] | None,
    ) -> None:
        self.ws = ws
        self.scopes = scopes  # what the token holds; None: everything
        self.lock = lock  # notified when a response_url is posted to
        self.faults = faults
        self.bot_token = bot_token
        self.revoked = False  # the app was uninstalled: its token answers token_revoked
        self.calls: list[Call] = []  # guarded by lock
        # Imported here, not at the top, so that importing the package leaves spec unloaded
        # and `python -m devtools.localslack.spec` runs without runpy's double-import warning.
        from devtools.localslack.spec import load_methods

        self._methods = load_methods()

    def handle(self, verb: str, path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request; ``headers`` keyed by lower-case name."""
        url = urlsplit(path)
        route, _, rest = url.path.lstrip("/").partition("/")
        if route == "api" and rest:
            return self._api(rest, url.query, headers, body)
        if route == "response" and verb == "POST":
            return self._response_url(rest, body)
        if route == "upload" and verb == "POST":
            return self._upload(rest, body)
        if route == "files-pri" and verb == "GET":
            return self._private_file(rest, headers)
        return _text(404, "Not Found")

    def _api(self, method: str, query: str, headers: Mapping[str, str], body: bytes) -> Reply:
        try:
            args = parse_args(headers.get("content-type"), body, query)
        except SlackError as refusal:
            return self._record(Call(method, {}, refusal.body(), 200))
        header_token = headers.get("authorization", "").removeprefix("Bearer ").strip()
        token = header_token or args.get("token")
        args.pop("token", None)
        verdict = self.faults.decide(method, args)
        if verdict.fault == "token_revoked" and token == self.bot_token:
            with self.lock:
                self.revoked = True
        if verdict.body is not None:
            call = Call(method, args, verdict.body, verdict.status, verdict.fault, verdict.delay)
        else:
            status, response = self._answer(method, token, args)
            call = Call(method, args, response, status, verdict.fault, verdict.delay)
        reply = self._record(call, verdict.headers)
        reply.disconnect = verdict.disconnect
        if verdict.delay:
            # Only the answer is late, as when Slack acted but the reply was slow: a client
            # that times out has still posted. Slept outside the lock; other calls go on.
            time.sleep(verdict.delay)
        return reply

    def _answer(self, method: str, token: Any, args: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        spec = self._methods.get(method)
        if spec is None:
            return 404, {"ok": False, "error": "unknown_method", "req_method": method}
        if spec["auth"] and not token:
            return 200, {"ok": False, "error": "not_authed"}
        if spec["auth"] and token != self.bot_token:
            return 200, {"ok": False, "error": "invalid_auth"}
        if spec["auth"] and self.revoked:
            return 200, {"ok": False, "error": "token_revoked"}
        handler = HANDLERS.get(method)
        wrapped = Args(args)
        with self.lock:
            if spec["auth"] and self.scopes is not None:
                kinds = {cid: c.channel_type for cid, c in self.ws.conversations.items()}
                need = needed(method, spec["scopes"], args, kinds)
                if need and not need & self.scopes:
                    return 200, {
                        "ok": False,
                        "error": "missing_scope",
                        "needed": ",".join(sorted(need)),
                        "provided": ",".join(sorted(self.scopes)),
                    }
            try:
                for name in spec["required"]:
                    wrapped.required(name)
                if handler is None:
                    raise SlackError("not_implemented_in_local_slack")
                return 200, {"ok": True, **handler(self.ws, wrapped)}
            except SlackError as refusal:
                if isinstance(refusal, LimitError):
                    self.ws.refusals.append({"method": method, **refusal.body()})
                return 200, refusal.body()

    def _record(self, call: Call, headers: dict[str, str] | None = None) -> Reply:
        with self.lock:
            self.calls.append(call)
            self.lock.notify_all()
        body = json.dumps(call.response, ensure_ascii=False).encode()
        return Reply(call.status, body, headers=headers or {})

    def _response_url(self, response_id: str, body: bytes) -> Reply:
        try:
            data = json.loads(body or b"{}")
        except json.JSONDecodeError:
            return _text(400, "invalid_payload")
        if not isinstance(data, dict):
            return _text(400, "invalid_payload")
        if not data.get("delete_original") and not any(
            data.get(k) for k in ("text", "blocks", "attachments")
        ):
            return _text(400, "no_text")
        with self.lock:
            target = self.ws.response_targets.get(response_id)
            if target is None:
                return _text(404, "expired_url")
            refusal = self._response_url_refusal(target, data)
            if refusal is not None:
                status, error, messages = refusal
                refused = {"method": "response_url", "error": error, "status": status}
                self.ws.refusals.append({**refused, "messages": messages})
                return _text(status, error)
            target.uses += 1
            self.ws.post_response(f"{self.ws.base_url}/response/{response_id}", target, data)
            self.lock.notify_all()
        return _text(200, "ok")

    def _response_url_refusal(
        self, target: ResponseTarget, data: dict[str, Any]
    ) -> tuple[int, str, list[str]] | None:
        """(HTTP status, error, explanations) when Slack would refuse this post, else None."""
        if target.uses >= RESPONSE_URL_USES:
            return 404, "used_url", []
        if self.ws.clock() - target.issued > RESPONSE_URL_LIFETIME:
            return 404, "expired_url", []
        if len(str(data.get("text") or "")) > MAX_TEXT:
            return 400, "msg_too_long", []
        problems = message_problems(data.get("blocks") or [])
        if problems:
            return 400, "invalid_blocks", problems
        return None

    def _private_file(self, rest: str, headers: Mapping[str, str]) -> Reply:
        token = headers.get("authorization", "").removeprefix("Bearer ").strip()
        allowed = (
            token == self.bot_token
            and not self.revoked
            and (self.scopes is None or "files:read" in self.scopes)
        )
        file_id = rest.split("/", 1)[0].removeprefix(f"{self.ws.team_id}-")
        with self.lock:
            file = self.ws.files.get(file_id)
            if not allowed:
                return Reply(200, SIGN_IN_PAGE, "text/html; charset=utf-8")
            if file is None or file.get("deleted") or file["content"] is None:
                return _text(404, "Not Found")
            return Reply(200, bytes(file["content"]), str(file["mimetype"]))

    def _upload(self, file_id: str, body: bytes) -> Reply:
        with self.lock:
            file = self.ws.files.get(file_id)
            if file is None:
                return _text(404, "file_not_found")
            file["content"] = body
            file["size"] = len(body)
        return _text(200, f"OK - {len(body)}")

"""Web API arguments from an HTTP request, accepted in every form Slack accepts them.

slack_sdk sends JSON bodies for some methods, form bodies for others and query strings for a
few; Block Kit and metadata arguments arrive as JSON text inside forms. All of it ends up as
one flat dict with those JSON arguments decoded.
"""

from __future__ import annotations

import contextlib
import json
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

from devtools.localslack.workspace import SlackError

JSON_ARGUMENTS = frozenset({"attachments", "blocks", "files", "metadata", "view"})


def parse_args(content_type: str | None, body: bytes, query: str) -> dict[str, Any]:
    args: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    if body:
        args.update(_body_args(content_type, body))
    for name in JSON_ARGUMENTS & args.keys():
        if isinstance(args[name], str) and args[name][:1] in ("[", "{"):
            # Undecodable text stays text; the method refuses it with its own error.
            with contextlib.suppress(json.JSONDecodeError):
                args[name] = json.loads(args[name])
    return args


def _body_args(content_type: str | None, body: bytes) -> dict[str, Any]:
    if not content_type:
        raise SlackError("missing_post_type")
    header = Message()
    header["Content-Type"] = content_type
    mime = header.get_content_type()
    charset = header.get_content_charset() or "utf-8"
    if mime == "application/json":
        try:
            data = json.loads(body.decode(charset))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SlackError("invalid_json") from None
        if not isinstance(data, dict):
            raise SlackError("json_not_object")
        return data
    if mime == "application/x-www-form-urlencoded":
        return dict(parse_qsl(body.decode(charset), keep_blank_values=True))
    if mime == "multipart/form-data":
        return _multipart(content_type, body)
    raise SlackError("invalid_post_type")


def _multipart(content_type: str, body: bytes) -> dict[str, Any]:
    """Form fields as text, file parts as bytes."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    if not message.is_multipart():
        raise SlackError("invalid_form_data")
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        is_file = part.get_filename() is not None
        fields[name] = data if is_file else data.decode(part.get_content_charset() or "utf-8")
    return fields

"""The Web API method table the local Slack validates calls against.

The table is derived from Slack's published OpenAPI (swagger 2.0) description of the Web API
and committed as ``slack_methods.json``, so a clone runs without the spec at hand. Regenerate it
with ``python -m devtools.localslack.spec /path/to/slack_web_openapi_v2.json``. The spec is MIT
licensed; its licence is kept beside the table in ``SLACK_SPEC_LICENSE``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypedDict

TABLE_NAME = "slack_methods.json"


class MethodSpec(TypedDict):
    http: Literal["GET", "POST"]
    params: list[str]
    required: list[str]
    auth: bool  # whether the method takes a token at all (api.test and oauth.* do not)
    scopes: list[str]  # any one of these lets a token call it (the spec's names); [] for none


# Methods Slack added after the published spec (v1.7.0) that the bot relies on: slack_sdk's
# files_upload_v2 uses this pair. Their arguments follow Slack's method reference pages.
NEWER_METHODS: dict[str, MethodSpec] = {
    "files.getUploadURLExternal": {
        "http": "POST",
        "params": ["alt_txt", "filename", "length", "snippet_type"],
        "required": ["filename", "length"],
        "auth": True,
        "scopes": ["files:write"],
    },
    "files.completeUploadExternal": {
        "http": "POST",
        "params": ["blocks", "channel_id", "channels", "files", "initial_comment", "thread_ts"],
        "required": ["files"],
        "auth": True,
        "scopes": ["files:write"],
    },
}


def derive_methods(openapi: Mapping[str, Any]) -> dict[str, MethodSpec]:
    """Compact {method: MethodSpec} table from the spec's ``paths``.

    ``token`` is left out of params and required: the server treats it as authentication,
    whichever of header, query or form the spec happens to declare it in.
    """
    table: dict[str, MethodSpec] = {}
    for path, operations in openapi["paths"].items():
        for verb, operation in operations.items():
            params = operation.get("parameters", [])
            names = [p["name"] for p in params]
            table[path.lstrip("/")] = {
                "http": "GET" if verb.lower() == "get" else "POST",
                "params": sorted(n for n in names if n != "token"),
                "required": sorted(
                    p["name"] for p in params if p.get("required") and p["name"] != "token"
                ),
                "auth": "token" in names,
                "scopes": sorted(
                    scope
                    for needed in operation.get("security", [])
                    for scope in needed.get("slackAuth", [])
                    if scope != "none"
                ),
            }
    return dict(sorted(table.items()))


def load_methods() -> dict[str, MethodSpec]:
    """The committed spec-derived table plus ``NEWER_METHODS``."""
    text = resources.files(__package__).joinpath(TABLE_NAME).read_text(encoding="utf-8")
    return {**json.loads(text), **NEWER_METHODS}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m devtools.localslack.spec /path/to/slack_web_openapi_v2.json")
        return 2
    openapi = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    out = Path(__file__).with_name(TABLE_NAME)
    table = derive_methods(openapi)
    # One method per line keeps regenerations reviewable as diffs.
    lines = [f" {json.dumps(name)}: {json.dumps(spec)}" for name, spec in table.items()]
    out.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {len(table)} methods to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

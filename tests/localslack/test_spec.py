import json
from pathlib import Path

import pytest

from devtools.localslack.spec import NEWER_METHODS, derive_methods, load_methods

SHARED_SPEC = Path(__file__).parents[3] / "shared" / "slack" / "slack_web_openapi_v2.json"


def test_derivation_treats_token_as_auth_not_as_an_argument() -> None:
    openapi = {
        "paths": {
            "/chat.postMessage": {
                "post": {
                    "security": [{"slackAuth": ["chat:write:bot"]}],
                    "parameters": [
                        {"in": "header", "name": "token", "required": True},
                        {"in": "formData", "name": "text"},
                        {"in": "formData", "name": "channel", "required": True},
                    ],
                }
            },
            "/api.test": {"get": {"parameters": [{"in": "query", "name": "foo"}]}},
        }
    }

    assert derive_methods(openapi) == {
        "api.test": {
            "http": "GET",
            "params": ["foo"],
            "required": [],
            "auth": False,
            "scopes": [],
        },
        "chat.postMessage": {
            "http": "POST",
            "params": ["channel", "text"],
            "required": ["channel"],
            "auth": True,
            "scopes": ["chat:write:bot"],
        },
    }


def test_committed_table_has_the_methods_the_bot_uses() -> None:
    methods = load_methods()

    assert methods["chat.postMessage"]["required"] == ["channel"]
    assert methods["views.open"]["required"] == ["trigger_id", "view"]
    assert methods["conversations.history"]["http"] == "GET"
    assert NEWER_METHODS.items() <= methods.items()


@pytest.mark.skipif(not SHARED_SPEC.exists(), reason="Slack's spec is not beside this clone")
def test_committed_table_matches_the_published_spec() -> None:
    derived = derive_methods(json.loads(SHARED_SPEC.read_text(encoding="utf-8")))

    committed = {k: v for k, v in load_methods().items() if k not in NEWER_METHODS}
    assert committed == derived

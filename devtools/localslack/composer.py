"""What Slack's message box makes of what a person types: the text Slack sends to apps.

A person's `&`, `<` and `>` arrive as `&amp;`, `&lt;` and `&gt;` in slash-command text and in
messages (events and conversations.history alike); what they picked from Slack's menus
arrives as markup: a person `<@U…>`, a channel `<#C…|name>`, a link `<https://…|label>`,
`<!here>`. A test or the sandbox writes those picks in that markup, and everything else as
typed.
"""

from __future__ import annotations

import re

_PICKED = re.compile(r"<(?:@[UW]|#[CG]|!|https?://|mailto:)[^<>]*>")


def _typed(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_sent(text: str) -> str:
    """`text` as Slack delivers it to the app."""
    out: list[str] = []
    at = 0
    for match in _PICKED.finditer(text):
        out += [_typed(text[at : match.start()]), match.group(0).replace("&", "&amp;")]
        at = match.end()
    return "".join([*out, _typed(text[at:])])

"""The authorization table for the docs, generated from bot.core.authz so it cannot drift.

Regenerate with `python -m bot.core.authz_table > docs/authorization.md` (a test compares).
"""

from __future__ import annotations

from bot.core.authz import RULES
from bot.core.texts.render import console

HEADER = """# Vem får göra vad / Who may do what

Generated from `bot/core/authz.py` by `python -m bot.core.authz_table`; do not edit by hand.
Every handler asks this module; a refusal names who can when that helps.

| handling | vad | vem får | svar till andra |
|---|---|---|---|
"""
# Checks on a person rather than a role, also enforced in bot.core.authz.
PERSONAL = (
    (
        "take back a point",
        "ta tillbaka en punkt",
        "den som skickade punkten",
        "refused.not_submitter",
    ),
    (
        "change locked minutes",
        "ändra justerade protokoll",
        "ordföranden och sekreteraren tillsammans (två personer)",
        "refused.amendment.roles",
    ),
)


def markdown_table() -> str:
    rows = []
    for action, rule in RULES.items():
        what = console(f"what.{action.value}", "sv")  # Markdown reads its marks as they are
        rows.append(f"| `{action.value}` | {what} | {rule.who} | `{rule.refusal}` |")
    rows += [f"| {name} | {what} | {who} | `{key}` |" for name, what, who, key in PERSONAL]
    return HEADER + "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")

"""The letter to a member Teams cannot reach yet: the bot may write first only in a personal
chat that exists, which Teams makes when the person adds the app. Until then their messages
go by email (bot.reminders.sender), and this letter, sent once, says in plain steps how to
add the app, and that Teams takes over once they have."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.message import Line, Message, Paragraph, Section, Words

STEPS = ("open", "apps", "search", "add")  # teams.add_app.step.<each>, in order


def how_to_add(default: str) -> Callable[[str | None], Message]:
    """The letter, in the language asked for (None: `default`, the bot's)."""

    def letter(lang: str | None) -> Message:
        said = lang or default
        steps = tuple(
            Line(Words(f"teams.add_app.step.{step}", {}, said), number=number)
            for number, step in enumerate(STEPS, 1)
        )
        return Message(
            (
                Paragraph(Words("teams.add_app.why", {}, said)),
                Section(Words("teams.add_app.steps", {}, said), steps),
                Paragraph(Words("teams.add_app.after", {}, said)),
            ),
            summary=Words("teams.add_app.subject", {}, said),
            greets=True,
        )

    return letter

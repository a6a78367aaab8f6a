"""`/dagordning`: which meeting's agenda the words ask for — the next stormöte, `förmöte`, or
a meeting number (`3`, `nr 3`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands.grammar import check_length, fold, meeting_number, split_word
from bot.commands.help import HELP_WORDS, Help
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError

COMMAND = "/dagordning"
MAX_TEXT = 100  # a meeting's name at most


@dataclass(frozen=True)
class Agenda:
    """The agenda of meeting `meeting_id`, or of the next förmöte or stormöte."""

    meeting_id: int | None = None
    formote: bool = False


DagordningRequest = Help | Agenda


def parse(text: str) -> DagordningRequest:
    """What `/dagordning <text>` asks for; UserError("dagordning.usage") for anything else."""
    text = check_length(text, MAX_TEXT)
    word = fold(in_swedish(COMMAND, split_word(text)[0]))
    if word in HELP_WORDS:
        return Help()
    formote = word == "formote"
    number, tail = (None, "") if formote else meeting_number(text, usage="dagordning.usage")
    if tail or (number is None and word and not formote):
        raise UserError("dagordning.usage")
    return Agenda(meeting_id=number, formote=formote)

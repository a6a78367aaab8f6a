"""`dagordning` from Teams: the next meeting's agenda with each point's status (`förmöte`, or a
meeting's number), read by bot.commands.dagordning and written by bot.agenda.message, as
Slack's is. A long agenda is several messages, each within Teams' limit on one; the officers'
changes to points are `punkt` commands (the hint at its end says which)."""

from __future__ import annotations

from adapters.teams import card
from adapters.teams.commands import Asked, one
from bot.agenda.message import Agenda, agenda, messages
from bot.commands.dagordning import parse
from bot.commands.help import Help
from bot.core.message import Message, Note, Paragraph, Words

# Room kept in each message for what is not counted line by line: the separators of its
# parts, the page's closing line, a mention's entity.
ROOM = 1_500


def run(asked: Asked, rest: str) -> list[Message]:
    request = parse(rest)
    if isinstance(request, Help):
        return [one("dagordning.help", asked.lang)]
    view = asked.services.agenda.agenda(
        meeting_id=request.meeting_id, formote=request.formote, **asked.caller
    )
    zone = asked.services.councils.locale(asked.where).zone
    return pages(agenda(view, asked.now.astimezone(zone).date()))


def pages(found: Agenda) -> list[Message]:
    """The agenda in as many messages as Teams needs, the first opening with its head."""
    lang = found.lang
    hint = Words(
        "teams.dagordning.hint_manage" if found.can_manage else "teams.dagordning.hint", {}, lang
    )
    ending = Note((hint,))  # the longer of a page's closing lines
    first = _used(Message((Paragraph(found.head), Paragraph(found.countdown), ending)), found)
    later = _used(Message((Paragraph(found.continued(99)), ending)), found)
    room = card.MAX_BYTES - ROOM
    return messages(found, card.line_size, room - first, room - later, hint)


def _used(message: Message, found: Agenda) -> int:
    """What a page's parts other than its lines take of a message."""
    return card.sent_size(card.activity(Message(message.blocks, summary=found.head)))

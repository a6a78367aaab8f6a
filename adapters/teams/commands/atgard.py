"""`atgard` from Teams: the council's open action items, and closing one (`atgard klar 3
Statistiken finns på intranätet`); read by bot.commands.atgard."""

from __future__ import annotations

from adapters.teams.commands import Asked, joined, one
from bot.commands.atgard import OpenItems, parse
from bot.commands.help import Help
from bot.core.message import Message, Words
from bot.core.notices import keys
from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.written import readable
from bot.meetings.labels import due_text
from bot.minutes.action_items import ActionList


def run(asked: Asked, rest: str) -> Message:
    request = parse(rest)
    if isinstance(request, Help):
        return one("atgard.help", asked.lang)
    actions = asked.services.actions
    if isinstance(request, OpenItems):
        return listing(actions.open_items(**asked.caller))
    # The comment is kept in words like the minutes lines it follows up.
    closed = actions.close(
        item_id=request.item_id, comment=readable(request.comment), **asked.caller
    )
    asked.queued += keys(closed.notices)
    return one("atgard.closed", closed.lang, id=closed.id, text=closed.text)


def listing(found: ActionList) -> Message:
    lang = found.lang
    if not found.items:
        return one("atgard.none", lang, council=found.council_name)
    lines = [Words("atgard.title", {"council": found.council_name}, lang)]
    for item in found.items:
        owner: Value = item.owner if item.owner else Ref("punkt.unknown_submitter")
        params: dict[str, Value] = {
            "id": item.id,
            "text": item.text,
            "owner": owner,
            "due": due_text(item.due, lang),
        }
        overdue: Value = Ref("atgard.overdue") if item.overdue else ""
        mine: Value = Ref("atgard.mine") if item.mine else ""
        lines.append(joined(lang, Ref("atgard.line", params=params), overdue, mine))
    return Message.of(*lines, Words("atgard.hint", {}, lang))

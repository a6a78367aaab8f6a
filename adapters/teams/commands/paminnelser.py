"""`paminnelser` from Teams: your own reminders (which kinds, the hours and days, a pause)
and, for the council's officers, `rådet …` when its reminders go; read by
bot.commands.paminnelser, shown as bot.reminders.overview says, as in Slack."""

from __future__ import annotations

from adapters.teams.commands import Asked
from bot.commands.help import Help
from bot.commands.paminnelser import ChangeCouncil, ShowCouncil, ShowMine, parse
from bot.core.message import Message
from bot.reminders import overview


def run(asked: Asked, rest: str) -> Message:
    request = parse(rest)
    services, lang = asked.services.reminders, asked.lang
    if isinstance(request, Help):
        return overview.usage(lang)
    if isinstance(request, ShowCouncil):
        return overview.council(services.council_timing(where=asked.where), lang)
    if isinstance(request, ChangeCouncil):
        timing = services.change_council_timing(
            kind=request.kind, days=request.days, **asked.caller
        )
        return overview.council(timing, lang, changed=True)
    if isinstance(request, ShowMine):
        return overview.mine(services.mine(who=asked.who), lang)
    name = str((asked.activity.get("from") or {}).get("name") or asked.who.external_id)
    prefs = services.change_mine(
        who=asked.who, user_name=name, change=request.change, now=asked.now
    )
    return overview.mine(prefs, lang, changed=True)

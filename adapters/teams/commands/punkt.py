"""`punkt` from Teams: a point for the agenda, in the council's channel or in one's personal
chat with the bot (the person's council; in several, its channel says which), and a change
to one (återta, ta med, övriga, flytta, avslå, behandlad, vidare, svar); read by
bot.commands.punkt."""

from __future__ import annotations

from adapters.teams.commands import Asked, one
from adapters.teams.http import activity_key
from adapters.teams.ids import personal
from bot.agenda.requests import change_point
from bot.attendance.receipts import point_receipt
from bot.commands import punkt
from bot.commands.help import Help
from bot.core.errors import UserError
from bot.core.message import Message
from bot.core.notices import keys
from bot.core.texts import Ref, join_list


def run(asked: Asked, rest: str) -> Message:
    request = punkt.parse(rest)
    services, lang = asked.services, asked.lang
    if isinstance(request, Help):
        return one("punkt.help", lang)
    if isinstance(request, punkt.ChangePoint):
        change = change_point(services.agenda, request, **asked.caller)
        asked.queued += keys([*change.notices, *change.posts])
        point = change.point
        renumbered = request.point_id != point.id
        return one(
            "punkt.changed_renumbered" if renumbered else "punkt.changed",
            lang,
            id=point.id,
            old=request.point_id,
            title=point.title,
            status=Ref(f"status.{point.status.value}"),
        )
    if not isinstance(request, punkt.NewPoint):  # the form: Slack's
        return one("punkt.help", lang)
    title, description = punkt.split_point(request.text)
    in_chat = personal(asked.activity)
    council_id = None
    if in_chat:
        councils = services.agenda.councils_of(asked.who, now=asked.now)
        if len(councils) > 1:
            names = join_list([name for _, name in councils], lang)
            return one("teams.punkt.which_council", lang, councils=names)
        if not councils:
            raise UserError("punkt.dm_no_council")
        council_id = councils[0][0]
    submitted = services.agenda.submit(
        title=title,
        description=description,
        formote=request.formote,
        who=asked.who,
        where=None if in_chat else asked.where,
        council_id=council_id,
        source_key=activity_key(asked.activity),  # delivered twice, it is one point
        now=asked.now,
    )
    asked.queued += [n.id for n in submitted.notices]
    key, params = point_receipt(submitted)
    return one(key, submitted.lang, **params)

"""`brukarrad` from Teams: create the council in a channel, add members by mentioning them;
read by bot.commands.brukarrad."""

from __future__ import annotations

from adapters.runtime.outgoing import Outgoing
from adapters.teams.commands import Asked, one
from adapters.teams.ids import personal
from adapters.teams.text import read_mention
from bot.commands import brukarrad
from bot.commands.help import Help
from bot.core.identity import NamedAccount
from bot.core.message import Message
from bot.core.notices import keys
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.councils.welcome import welcome as compose_welcome


def run(asked: Asked, rest: str) -> Message:
    request = brukarrad.parse(rest, read_mention)
    services, lang, who = asked.services, asked.lang, asked.who
    if isinstance(request, Help):
        return one("brukarrad.help", lang)
    if isinstance(request, brukarrad.Create):
        name = str((asked.activity.get("from") or {}).get("name") or who.external_id)
        council = services.councils.create(
            name=request.name,
            creator=NamedAccount(who.external_id, name),
            where=asked.where,
            private=personal(asked.activity),
            now=asked.now,
        )
        return one(
            "brukarrad.created", council.language, name=council.name, user=Mention(name, who)
        )
    if isinstance(request, brukarrad.Bind):
        if request.code is None:  # an answer in a channel is seen by all: to her own chat
            asked.queued.append(
                services.councils.send_binding_code(told="teams.bind.code", **asked.caller)
            )
            return one("teams.bind.code_sent", lang)
        bound = services.councils.bind(
            code=request.code, private=personal(asked.activity), **asked.caller
        )
        return one("brukarrad.bind.done", lang, name=bound)
    if isinstance(request, brukarrad.AddMember):
        person = request.person
        # The welcome (in their personal chat, or by email until they add the app), and the
        # förening's contact asked to confirm the appointment: sent once the change commits.
        welcome = Outgoing(compose_welcome, also=lambda change: keys(change.asked))
        change = services.councils.add_member(
            member=NamedAccount(person.account, person.label or person.account),
            role=request.role,
            forening=request.forening,
            new_forening=request.new_forening,
            compose=welcome,
            **asked.caller,
        )
        asked.queued += welcome.keys
        forening = (
            Ref("brukarrad.member.forening_suffix", params={"forening": change.forening})
            if change.forening
            else ""
        )
        return one(
            "brukarrad.member.added" if change.changed else "brukarrad.member.already",
            lang,
            user=change.member,
            role=Ref(f"role.{change.role.value}"),
            forening=forening,
            council=change.council.name,
        )
    return one("teams.brukarrad.elsewhere", lang)

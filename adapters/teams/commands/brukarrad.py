"""`brukarrad` from Teams: create the council in a channel, add members by mentioning them;
read by bot.commands.brukarrad."""

from __future__ import annotations

from adapters.runtime.outgoing import Outgoing
from adapters.teams.commands import Asked, one, said
from adapters.teams.ids import TEAMS, personal
from adapters.teams.text import read_mention
from bot.commands import brukarrad
from bot.commands.help import Help
from bot.core.identity import Account, NamedAccount
from bot.core.message import Message
from bot.core.notices import keys
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.councils import answers
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
    lines = _settings(asked, request)
    if lines is not None:
        return said(lang, *lines)
    return one("teams.brukarrad.elsewhere", lang)


def _settings(asked: Asked, request: brukarrad.BrukarradRequest) -> list[answers.Line] | None:
    """The council's own settings and members' roles ended, answered in the words Slack's
    answers have (bot.councils.answers); None for what Teams does not do yet."""
    services, caller, where = asked.services, asked.caller, asked.where
    if isinstance(request, brukarrad.RemoveMember):
        person = request.person
        removal = services.councils.remove_member(
            member=person.account, role=request.role, anyway=request.anyway, **caller
        )
        asked.queued += keys(removal.notices)  # the vacant seats, told
        account = Account(TEAMS, asked.who.workspace, person.account)
        return answers.removed(removal, Mention(person.label or person.account, account))
    if isinstance(request, brukarrad.SettingsUsage):
        return [("settings.usage", {})]
    if isinstance(request, brukarrad.ChangeSettings):
        overview = services.councils.change_settings(changes=request.changes, **caller)
        return answers.settings_changed(overview)
    if isinstance(request, brukarrad.Justering):
        if request.on is None:
            return answers.justering_shown(*services.councils.justering(where=where))
        services.councils.set_justering(on=request.on, **caller)
        return answers.justering_changed(request.on)
    if isinstance(request, brukarrad.Retention):
        if request.months is None:
            return answers.retention_shown(*services.privacy.retention(where=where))
        services.privacy.set_retention(months=request.months, **caller)
        return answers.retention_changed(request.months)
    if isinstance(request, brukarrad.ShowAgreement):
        council, agreement = services.agreements.current(where=where)
        if agreement is None:
            return answers.agreement_none(council)
        return answers.agreement_line("brukarrad.form.show", agreement, asked.lang)
    if isinstance(request, brukarrad.RecordAgreement):
        agreement = services.agreements.record(
            link=request.link, adopted_on=request.adopted_on, **caller
        )
        return answers.agreement_line("brukarrad.form.recorded", agreement, asked.lang)
    return None

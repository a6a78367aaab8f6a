"""/kallelse: preview and send the summons; its texts, documents, glossary, email addresses.
The words are read by bot.commands.kallelse; people, links and addresses in them are Slack's
markup, read by adapters.slack.markup and adapters.slack.users.read_mention."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.blocks.kallelse import document_reply, preview_reply, status_text
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, escape, guarded, text_reply
from adapters.slack.ids import account, caller_of, channel_of
from adapters.slack.markup import plain_addresses
from adapters.slack.mrkdwn import slack, t
from adapters.slack.users import lookup, read_mention
from bot.commands.help import Help
from bot.commands.kallelse import (
    COMMAND,
    AddDocument,
    Glossary,
    InviteGuest,
    KallelseRequest,
    Preview,
    SetEmail,
    SetTerm,
    SetText,
    Status,
    parse,
)
from bot.core.texts.render import Mention
from bot.core.vocabulary import MeetingKind
from bot.core.written import leading_link
from bot.kallelse import answers
from bot.kallelse.service import TextSet


def read(text: str) -> KallelseRequest:
    return parse(text, person=read_mention, link=leading_link, addresses=plain_addresses)


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def kallelse(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        queued: list[str] = []  # what the change queued, sent once it has committed
        reply = guarded(
            lambda: _dispatch(services, command, lang, queued, client), lang=lang, where=COMMAND
        )
        answer(respond, reply)
        send_now(services, queued)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    lang: str,
    queued: list[str],
    client: WebClient,
) -> Reply:
    request = read(command.get("text") or "")
    common = {
        "who": caller_of(command),
        "where": channel_of(command),
        "now": services.clock.now(),
    }
    if isinstance(request, Help):
        return text_reply(t("kallelse.help", lang))
    if isinstance(request, SetText):
        done = services.kallelse.set_text(
            field=request.field,
            value=request.value,
            meeting_id=request.meeting.meeting_id,
            kind=request.meeting.kind or MeetingKind.STORMOTE,
            **common,
        )
        return text_reply(_text_set(done, request.word, cleared=request.value is None))
    if isinstance(request, Preview | Status | AddDocument):
        meeting = {"meeting_id": request.meeting.meeting_id, "formote": request.meeting.formote}
        if isinstance(request, Preview):
            return preview_reply(services.kallelse.preview(**meeting, **common))
        if isinstance(request, Status):
            return text_reply(status_text(services.kallelse.delivery(**meeting, **common)))
        document = services.kallelse.add_document(
            url=request.url, title=request.title, **meeting, **common
        )
        queued += document.keys
        return text_reply(document_reply(document))
    if isinstance(request, InviteGuest):
        named = lookup(client, request.person.account, request.person.label)
        invited = services.kallelse.invite(
            guest=account(command["team_id"], named.external_id),
            name=named.name,
            meeting_id=request.meeting.meeting_id,
            formote=request.meeting.formote,
            **common,
        )
        queued += invited.keys
        key = "kallelse.guest.sent" if invited.keys else "kallelse.guest.invited"
        return text_reply(t(key, lang, name=escape(invited.name), id=invited.kallelse.meeting.id))
    if isinstance(request, Glossary):
        return _glossary(services, lang, common)
    if isinstance(request, SetTerm):
        return _term(services, request, lang, common)
    return _email(services, request, lang, common)


def _text_set(done: TextSet, word: str, *, cleared: bool) -> str:
    """The sentences of the answer (bot.kallelse.answers) one after another, in mrkdwn."""
    lines = answers.text_set(done, word, cleared=cleared)
    return "".join(slack(key, done.lang, **params) for key, params in lines)


def _glossary(services: Services, lang: str, common: dict[str, Any]) -> Reply:
    terms = services.kallelse.glossary(**common)
    if not terms:
        return text_reply(t("kallelse.term.list_empty", lang))
    items = "\n".join(f"• *{escape(g.abbreviation)}* – {escape(g.meaning)}" for g in terms)
    return text_reply(t("kallelse.term.list", lang, items=items))


def _term(services: Services, request: SetTerm, lang: str, common: dict[str, Any]) -> Reply:
    term = services.kallelse.set_term(
        abbreviation=request.abbreviation, meaning=request.meaning, **common
    )
    [(key, params)] = answers.term_set(term, removed=request.meaning is None)
    return text_reply(slack(key, lang, **params))


def _email(services: Services, request: SetEmail, lang: str, common: dict[str, Any]) -> Reply:
    for_user = request.person.account if request.person else None
    whose = services.kallelse.set_email(email=request.address, for_account=for_user, **common)
    own = whose == common["who"].external_id
    who = Mention(whose, account(common["who"].workspace, whose))
    [(key, params)] = answers.email_set(who, own=own, removed=request.address is None)
    return text_reply(slack(key, lang, **params))

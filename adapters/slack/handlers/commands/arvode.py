"""/arvode: the claims (the secretary's, or one's own), the council's fee rules and terms,
one's own pay data, and a member's blankett. Pay data and claims are only ever answered
privately. The words are read by bot.commands.arvode."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.services import Services
from adapters.slack.blocks.fees import (
    DmFile,
    blankett_file,
    certificate_text,
    claims_file,
    claims_reply,
    council_fees_text,
    own_claims_reply,
    profile_text,
    terms_text,
)
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, escape, guarded, text_reply
from adapters.slack.ids import caller_of, channel_of
from adapters.slack.mrkdwn import t
from adapters.slack.users import read_mention
from bot.commands.arvode import (
    COMMAND,
    BlankettOf,
    Certificate,
    CouncilFees,
    Decide,
    EraseProfile,
    Mine,
    NamePayer,
    Profile,
    parse,
)
from bot.commands.help import Help
from bot.councils.service import Locale
from bot.fees.parsing import PAY_FIELDS

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def arvode(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        locale = services.councils.locale(channel_of(command))
        reply = guarded(
            lambda: _dispatch(services, command, client, locale), lang=locale.lang, where=COMMAND
        )
        answer(respond, reply)


def _dispatch(
    services: Services, command: dict[str, Any], client: WebClient, locale: Locale
) -> Reply:
    lang = locale.lang
    who, where = caller_of(command), channel_of(command)
    now = services.clock.now()
    request = parse(command.get("text") or "", read_mention, now=now, zone=locale.zone)
    if isinstance(request, Help):
        return text_reply(t("arvode.help", lang))
    if isinstance(request, CouncilFees):
        if request.changes is None:
            fees = services.fees.council_fees(where=where)
            return text_reply(council_fees_text(fees, changed=False))
        fees = services.fees.change_settings(who=who, where=where, changes=request.changes, now=now)
        return text_reply(council_fees_text(fees, changed=True))
    if isinstance(request, Decide):
        if request.show:
            return text_reply(terms_text(services.fee_terms.terms(where=where), changed=False))
        decided = services.fee_terms.decide(
            who=who, where=where, target=request.target, terms=request.terms, now=now
        )
        return text_reply(terms_text(decided, changed=True))
    if isinstance(request, NamePayer):
        if request.show:
            return text_reply(terms_text(services.fee_terms.terms(where=where), changed=False))
        named = services.fee_terms.name_payer(who=who, where=where, payer=request.payer, now=now)
        return text_reply(terms_text(named, changed=True))
    if isinstance(request, EraseProfile):
        erased = services.fees.erase_profile(who=who, now=now)
        return text_reply(t("arvode.profile.erased" if erased else "arvode.profile.nothing", lang))
    if isinstance(request, Profile):
        if request.changes is None:
            profile = services.fees.profile(who=who, now=now)
            return text_reply(profile_text(profile, lang, now=now, saved=False))
        profile = services.fees.update_profile(who=who, changes=request.changes, now=now)
        stated = bool(request.changes.keys() & PAY_FIELDS)
        return text_reply(profile_text(profile, lang, now=now, saved=True, pay_stated=stated))
    if isinstance(request, Certificate):
        seen = services.fees.record_certificate(
            who=who, where=where, member=who.named(request.person.account), now=now
        )
        return text_reply(certificate_text(seen))
    user = who.external_id
    if isinstance(request, Mine):
        own = services.claims.own(who=who, where=where, period=request.period, now=now)
        return own_claims_reply(own)
    if isinstance(request, BlankettOf):
        made = services.blanketter.for_secretary(
            who=who,
            where=where,
            member=who.named(request.person.account),
            period=request.period,
            now=now,
        )
        file = blankett_file(made, services.settings.public_url)
        key = (
            "arvode.blankett.sent" if _send_file(client, user, file) else "arvode.blankett.not_sent"
        )
        return text_reply(t(key, made.lang, name=escape(made.name), period=file.title))
    if request.approve:
        claims = services.claims.approve(who=who, where=where, period=request.period, now=now)
    else:
        claims = services.claims.council_claims(
            who=who, where=where, period=request.period, now=now
        )
    page_url = services.settings.public_url
    sent = _send_file(client, user, claims_file(claims, page_url)) if claims.rows else None
    return claims_reply(claims, file_sent=sent, page_url=page_url)


def _send_file(client: WebClient, user: str, file: DmFile) -> bool:
    """The file goes to the secretary's DM with the bot, never to the council's channel."""
    try:
        channel = client.conversations_open(users=user)["channel"]["id"]
        client.files_upload_v2(
            channel=channel, content=file.content, filename=file.name, title=file.title
        )
    except SlackApiError as err:
        log.warning("uploading %s failed: %s", file.name, err.response.get("error"))
        return False
    return True

"""/arvode: the fee basis (the secretary's, or one's own), the council's fee rules and
one's own pay data. Pay data and bases are only ever answered privately. The words are read
by bot.commands.arvode."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.services import Services
from adapters.slack.blocks.fees import (
    CsvFile,
    basis_file,
    certificate_text,
    claims_file,
    claims_reply,
    council_fees_text,
    profile_text,
    report_reply,
)
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, guarded, text_reply
from adapters.slack.ids import caller_of, channel_of
from adapters.slack.mrkdwn import t
from adapters.slack.users import read_mention
from bot.commands.arvode import (
    COMMAND,
    Certificate,
    Claims,
    CouncilFees,
    EraseProfile,
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
    if isinstance(request, Claims):
        if request.approve:
            claims = services.claims.approve(who=who, where=where, period=request.period, now=now)
        else:
            claims = services.claims.council_claims(
                who=who, where=where, period=request.period, now=now
            )
        sent = _send_csv(client, user, claims_file(claims)) if claims.rows else None
        return claims_reply(claims, file_sent=sent)
    if request.own:
        report = services.fees.own_basis(who=who, where=where, period=request.period, now=now)
        return report_reply(report, file_sent=None)
    report = services.fees.basis(who=who, where=where, period=request.period, now=now)
    return report_reply(
        report, file_sent=_send_csv(client, user, basis_file(report)) if report.rows else None
    )


def _send_csv(client: WebClient, user: str, file: CsvFile) -> bool:
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

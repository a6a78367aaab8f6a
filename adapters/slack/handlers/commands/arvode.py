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
from adapters.slack.ids import channel_of
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
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    request = parse(command.get("text") or "", read_mention, now=now, zone=locale.zone)
    if isinstance(request, Help):
        return text_reply(t("arvode.help", lang))
    if isinstance(request, CouncilFees):
        if request.changes is None:
            fees = services.fees.council_fees(team_id=team, channel_id=channel)
            return text_reply(council_fees_text(fees, changed=False))
        fees = services.fees.change_settings(
            team_id=team, channel_id=channel, user_id=user, changes=request.changes, now=now
        )
        return text_reply(council_fees_text(fees, changed=True))
    if isinstance(request, EraseProfile):
        erased = services.fees.erase_profile(team_id=team, user_id=user, now=now)
        return text_reply(t("arvode.profile.erased" if erased else "arvode.profile.nothing", lang))
    if isinstance(request, Profile):
        if request.changes is None:
            profile = services.fees.profile(team_id=team, user_id=user, now=now)
            return text_reply(profile_text(profile, lang, now=now, saved=False))
        profile = services.fees.update_profile(
            team_id=team, user_id=user, changes=request.changes, now=now
        )
        stated = bool(request.changes.keys() & PAY_FIELDS)
        return text_reply(profile_text(profile, lang, now=now, saved=True, pay_stated=stated))
    if isinstance(request, Certificate):
        seen = services.fees.record_certificate(
            workspace=team,
            conversation=channel,
            asker=user,
            member=request.person.account,
            now=now,
        )
        return text_reply(certificate_text(seen))
    if isinstance(request, Claims):
        asked = {"workspace": team, "conversation": channel, "asker": user, "now": now}
        if request.approve:
            claims = services.claims.approve(period=request.period, **asked)
        else:
            claims = services.claims.council_claims(period=request.period, **asked)
        sent = _send_csv(client, user, claims_file(claims)) if claims.rows else None
        return claims_reply(claims, file_sent=sent)
    where = {"team_id": team, "channel_id": channel, "user_id": user, "now": now}
    if request.own:
        report = services.fees.own_basis(period=request.period, **where)
        return report_reply(report, file_sent=None)
    report = services.fees.basis(period=request.period, **where)
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

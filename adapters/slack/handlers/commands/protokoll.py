"""/protokoll: write the minutes line by line, draft, edit, send for justering, publish. The
words are read by bot.commands.protokoll, a line by bot.minutes.lines; the people and links
in them are Slack's markup, read by adapters.slack.markup.MinutesWords.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.runtime.outgoing import send_now
from adapters.runtime.services import Services
from adapters.slack.blocks.minutes import edit_modal, kind_label, names_line
from adapters.slack.delivery import upload
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import (
    SILENT,
    Reply,
    answer,
    escape,
    guarded,
    shown,
    text_reply,
)
from adapters.slack.ids import account, channel_of, conversation
from adapters.slack.markup import MinutesWords
from adapters.slack.mrkdwn import t
from adapters.slack.users import lookup
from bot.commands.help import Help
from bot.commands.protokoll import (
    COMMAND,
    ChooseJusterare,
    EditItem,
    Line,
    Step,
    parse,
)
from bot.core.when import When, format_date, format_when
from bot.minutes.archive import archive_files
from bot.minutes.capture import Captured
from bot.minutes.justering import Standing
from bot.minutes.publish import Publication
from bot.minutes.render import Layout

log = logging.getLogger(__name__)
Later = list[Callable[[], None]]


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def protokoll(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        later: Later = []
        reply = guarded(
            lambda: _dispatch(services, command, client, lang, later), lang=lang, where=COMMAND
        )
        answer(respond, reply)
        for step in later:  # Slack work after the change: a failure here undoes nothing
            try:
                step()
            except SlackApiError as err:
                log.warning("%s: Slack refused: %s", COMMAND, err.response.get("error"))


def _dispatch(
    services: Services, command: dict[str, Any], client: WebClient, lang: str, later: Later
) -> Reply:
    words = minutes_words(client)
    request = parse(command.get("text") or "", words)
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    if isinstance(request, Help):
        return text_reply(t("protokoll.help", lang))
    caller = {"who": account(team, user), "where": conversation(team, channel), "now": now}
    minutes = services.minutes
    if isinstance(request, Line):
        captured = minutes.capture.line(
            text=request.text, read=words, formote=request.formote, **caller
        )
        return text_reply(receipt(captured))
    if isinstance(request, EditItem):
        form = minutes.capture.form(item=request.item, formote=request.formote, **caller)
        client.views_open(trigger_id=command["trigger_id"], view=edit_modal(form, channel))
        return SILENT
    if isinstance(request, ChooseJusterare):  # also after the meeting
        chose = minutes.capture.choose(chosen=request.chosen, formote=request.formote, **caller)
        return text_reply(receipt(chose))
    where = {**caller, "meeting_id": request.meeting_id, "formote": request.formote}
    if request.step is Step.START:
        started = minutes.capture.start(**where)
        later.append(lambda: send_now(services, started.keys))
        return text_reply(t("protokoll.started", lang))
    if request.step is Step.DRAFT:
        draft = minutes.capture.draft(**where)
        later.append(lambda: _files_to_dm(client, user, draft.layout))
        return shown(draft.message)
    if request.step is Step.SEND:
        sent = minutes.justering.send(**where)
        later.append(lambda: send_now(services, sent.keys))
        return text_reply(
            t(
                "protokoll.justera.sent",
                lang,
                version=sent.version,
                who=names_line([v.account for v in sent.justerare], lang),
            )
        )
    if request.step is Step.PUBLISH:
        publication = minutes.publishing.publish(**where)
        later.append(lambda: send_now(services, publication.keys))
        return text_reply(_published_text(publication))
    return text_reply(_status_text(minutes.justering.status(**where)))


def minutes_words(client: WebClient) -> MinutesWords:
    """How the minutes read a text: each person it mentions by their name in Slack."""
    return MinutesWords(lambda user_id, label: lookup(client, user_id, label).name)


def receipt(captured: Captured) -> str:
    item, lang = captured.item, captured.lang
    if captured.justerare:
        return t("protokoll.justerare.chosen", lang, names=[escape(n) for n in captured.justerare])
    assert item is not None  # every other line is written under an item
    params = {"number": item.number, "title": escape(item.title)}
    if captured.note is None:
        return t("protokoll.topic", lang, **params)
    return t("protokoll.noted", lang, kind=kind_label(captured.note.kind, lang), **params)


# -- what happens in Slack after the change ---------------------------------------------


def _files_to_dm(client: WebClient, user: str, doc: Layout) -> None:
    """A draft's archive files go to the writer's DM, never to the channel: the direct answer
    to their own command (like the reply itself), so not through the outbox."""
    client.files_upload_v2(
        channel=client.conversations_open(users=user)["channel"]["id"],
        file_uploads=[upload(f.filename, f.content) for f in archive_files(doc)],
    )


# -- replies -------------------------------------------------------------------------------


def _published_text(publication: Publication) -> str:
    lang = publication.lang
    key = "protokoll.published" if publication.first else "protokoll.republished"
    lines = [
        t(
            key,
            lang,
            version=publication.version,
            where=t(
                "protokoll.published.channel"
                if publication.conversation
                else "protokoll.published.formote",
                lang,
            ),
        )
    ]
    if not publication.justered:
        lines.append(t("protokoll.published.unjustered", lang))
    if publication.actions:
        lines.append(t("protokoll.published.actions", lang, count=publication.actions))
    if publication.emailed:
        lines.append(t("protokoll.published.emailed", lang, count=publication.emailed))
    if publication.late_days:
        lines.append(t("protokoll.published.late", lang, count=publication.late_days))
    return "\n".join(lines)


def _status_text(standing: Standing) -> str:
    lang = standing.lang
    if not standing.started:
        return t("protokoll.status.not_started", lang, meeting=standing.meeting)
    lines = [
        t(
            f"protokoll.status.{standing.status.name.lower()}",
            lang,
            meeting=standing.meeting,
            version=standing.version,
            due=format_date(standing.due, lang),
        )
    ]
    if standing.waiting:
        lines.append(
            t("protokoll.status.waiting", lang, names=[escape(n) for n in standing.waiting])
        )
    lines += [
        t(
            "protokoll.status.approval",
            lang,
            name=escape(name),
            at=format_when(When(at), lang=lang),
            version=version,
        )
        for name, at, version in standing.approvals
    ]
    lines += [
        t(
            "protokoll.status.proposal",
            lang,
            name=escape(name),
            at=format_when(When(at), lang=lang),
            text=escape(text),
        )
        for name, at, text in standing.proposals
    ]
    lines += [
        t(
            "protokoll.status.pending",
            lang,
            id=amendment,
            name=escape(name),
            at=format_when(When(at), lang=lang),
        )
        for amendment, name, at in standing.pending
    ]
    return "\n".join(lines)

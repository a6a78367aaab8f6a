"""Kallelse buttons: the secretary's send (and "skicka ändå"), and each member's answers."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.attendance import Answered
from bot.kallelse import DocumentAdded, MemberCopy, NeedsConfirmation, Sent, dm_key
from bot.outbox import Message
from bot.services import Services
from bot.vocabulary import Answer
from handlers.ack_first import button
from handlers.attendance_blocks import answered_reply, deliver_answer
from handlers.kallelse_blocks import (
    ANSWER,
    SEND,
    SEND_ANYWAY,
    channel_message,
    document_notice,
    member_message,
    preview_reply,
    sent_text,
)
from handlers.outgoing import Outgoing, as_dicts, delivered
from handlers.replies import Reply, guarded, text_reply
from handlers.slack_ids import team_id

log = logging.getLogger(__name__)


def kallelse_dms(sent: Sent) -> list[Message]:
    """One DM with buttons per member, queued with the meeting marked sent."""
    kallelse = sent.kallelse
    dms = []
    for person in sent.recipients:
        copy = member_message(MemberCopy(kallelse, person.answers, answer=None, read=False))
        dms.append(
            Message(
                person.user_id,
                copy.text,
                as_dicts(copy.blocks),
                key=dm_key(kallelse.meeting.id, person.user_id),
                kind="kallelse",
                council_id=kallelse.council_id,
                subject=f"m{kallelse.meeting.id}",
            )
        )
    return dms


def post_kallelse(client: WebClient, services: Services, sent: Sent, dms: Outgoing[Sent]) -> int:
    """The channel post (not for a förmöte), then the DMs queued with the change; how many
    have arrived so far (the rest are retried until they do)."""
    kallelse = sent.kallelse
    if sent.channel_id is not None:
        message = channel_message(kallelse)
        try:
            posted = client.chat_postMessage(
                channel=sent.channel_id, text=message.text, blocks=message.blocks
            )
            services.kallelse.posted(meeting_id=kallelse.meeting.id, ts=posted["ts"])
        except SlackApiError as err:
            log.warning("kallelse post to the channel failed: %s", err.response.get("error"))
    dms.send(services)
    return delivered(services, dms.messages)


def document_dms(added: DocumentAdded) -> list[Message]:
    """Every member told, checked like the kallelse's own DMs when their turn comes (a
    förmöte's document never reaches someone who has moved to the unit while Slack held the
    DM up)."""
    text = document_notice(added)
    council_id, subject = added.kallelse.council_id, f"m{added.kallelse.meeting.id}"
    return [
        Message(person.user_id, text, council_id=council_id, subject=subject)
        for person in added.recipients
    ]


def announce_document(
    client: WebClient, services: Services, added: DocumentAdded, dms: Outgoing[DocumentAdded]
) -> None:
    """A document added after the kallelse went out: in its thread, and to every member."""
    if not added.sent:
        return
    if added.channel_id is not None and added.thread_ts is not None:
        try:
            client.chat_postMessage(
                channel=added.channel_id, thread_ts=added.thread_ts, text=document_notice(added)
            )
        except SlackApiError as err:
            log.warning("kallelse thread post failed: %s", err.response.get("error"))
    dms.send(services)


def register(app: App, services: Services) -> None:
    # SEND is a prefix of SEND_ANYWAY: one listener for both.
    @button(app, re.compile(f"^{SEND}"))
    def send(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, user, channel = team_id(body), body["user"]["id"], body["channel"]["id"]
        meeting_id = int(action["value"])
        lang = services.councils.locale(team, channel).lang
        common = {"team_id": team, "channel_id": channel, "user_id": user}

        def run() -> Reply:
            now = services.clock.now()
            dms = Outgoing(kallelse_dms)
            try:
                sent = services.kallelse.send(
                    meeting_id=meeting_id,
                    anyway=action["action_id"] == SEND_ANYWAY,
                    now=now,
                    messages=dms,
                    **common,
                )
            except NeedsConfirmation:
                # It became late since the preview: show it again, now with "Skicka ändå".
                return preview_reply(
                    services.kallelse.preview(meeting_id=meeting_id, now=now, **common)
                )
            arrived = post_kallelse(client, services, sent, dms)
            return text_reply(sent_text(sent, arrived))

        # The preview is replaced, so its button cannot be pressed again by mistake.
        respond(
            replace_original=True, **guarded(run, lang=lang, where="action:kallelse").as_message()
        )

    @button(app, re.compile(f"^{ANSWER}_"))
    def answer(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        what = str(action["action_id"]).removeprefix(f"{ANSWER}_")
        team, user = team_id(body), body["user"]["id"]
        meeting_id = int(action["value"])
        answers: list[Answered] = []
        redrawn: list[bool] = []

        def run() -> Reply:
            now = services.clock.now()
            if what == "read":
                services.attendance.mark_read(meeting_id=meeting_id, user_id=user, now=now)
            else:
                coming = Answer.COMING if what == "coming" else Answer.NOT_COMING
                answers.append(
                    services.attendance.answer(
                        meeting_id=meeting_id, user_id=user, answer=coming, now=now
                    )
                )
            copy = services.kallelse.member_copy(
                team_id=team, user_id=user, meeting_id=meeting_id, now=now
            )
            redrawn.append(True)
            return member_message(copy)

        reply = guarded(run, lang=services.settings.language, where="action:kallelse_answer")
        # The DM shows the member's own answer; a refusal comes beside it, the DM stays.
        respond(replace_original=bool(redrawn), **reply.as_message())
        for answered in answers:
            if answered.search is not None:
                respond(replace_original=False, **answered_reply(answered).as_message())
            deliver_answer(services, client, answered)

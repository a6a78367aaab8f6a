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
from handlers.outbox_dms import Dm, delivered, queue_dms
from handlers.replies import Reply, guarded, text_reply
from handlers.slack_ids import team_id

log = logging.getLogger(__name__)


def post_kallelse(client: WebClient, services: Services, sent: Sent) -> int:
    """The channel post (not for a förmöte), then one DM with buttons per member through the
    outbox; how many DMs have arrived so far (the rest are retried until they do)."""
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
    dms = []
    for person in sent.recipients:
        copy = member_message(MemberCopy(kallelse, person.answers, answer=None, read=False))
        key = dm_key(kallelse.meeting.id, person.user_id)
        dms.append(
            Dm(
                person.user_id,
                copy.text,
                copy.blocks,
                key=key,
                kind="kallelse",
                council_id=kallelse.council_id,
                subject=f"m{kallelse.meeting.id}",
            )
        )
    queue_dms(services, dms)
    return delivered(services, dms)


def announce_document(client: WebClient, services: Services, added: DocumentAdded) -> None:
    """A document added after the kallelse went out: in its thread, and to every member."""
    if not added.sent:
        return
    text = document_notice(added)
    if added.channel_id is not None and added.thread_ts is not None:
        try:
            client.chat_postMessage(channel=added.channel_id, thread_ts=added.thread_ts, text=text)
        except SlackApiError as err:
            log.warning("kallelse thread post failed: %s", err.response.get("error"))
    # Like the kallelse's own DMs, checked when their turn comes (a förmöte's document never
    # reaches someone who has moved to the unit while Slack held the DM up).
    council_id, subject = added.kallelse.council_id, f"m{added.kallelse.meeting.id}"
    dms = [
        Dm(person.user_id, text, council_id=council_id, subject=subject)
        for person in added.recipients
    ]
    queue_dms(services, dms)


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
            try:
                sent = services.kallelse.send(
                    meeting_id=meeting_id,
                    anyway=action["action_id"] == SEND_ANYWAY,
                    now=now,
                    **common,
                )
            except NeedsConfirmation:
                # It became late since the preview: show it again, now with "Skicka ändå".
                return preview_reply(
                    services.kallelse.preview(meeting_id=meeting_id, now=now, **common)
                )
            arrived = post_kallelse(client, services, sent)
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

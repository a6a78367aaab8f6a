"""Kallelse buttons: the secretary's send (and "skicka ändå"), and each member's answers."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.blocks.attendance import answered_reply, deliver_answer, substitute_asks
from adapters.slack.blocks.kallelse import (
    ANSWER,
    SEND,
    SEND_ANYWAY,
    channel_message,
    document_notice,
    member_message,
    preview_reply,
    sent_text,
)
from adapters.slack.handlers.ack_first import button
from adapters.slack.handlers.outgoing import Outgoing, as_dicts, delivered
from adapters.slack.handlers.replies import Reply, guarded, text_reply
from adapters.slack.ids import account, conversation, team_id
from bot.attendance.service import Answered
from bot.core.outbox import Message
from bot.core.vocabulary import Answer
from bot.kallelse.service import DocumentAdded, MemberCopy, NeedsConfirmation, Sent, dm_key


def post_key(meeting_id: int) -> str:
    """The outbox key of a meeting's kallelse in the channel."""
    return f"post:kallelse:m{meeting_id}"


def kallelse_messages(sent: Sent) -> list[Message]:
    """The channel post (not for a förmöte), then one DM with buttons per member: queued
    with the meeting marked sent."""
    kallelse = sent.kallelse
    council_id, subject = kallelse.council_id, f"m{kallelse.meeting.id}"
    messages = []
    if sent.conversation is not None:
        post = channel_message(kallelse)
        messages.append(
            Message.in_council(
                kallelse.council_id,
                post.text,
                blocks=as_dicts(post.blocks),
                key=post_key(kallelse.meeting.id),
                kind="kallelse",
                subject=subject,
                kallelse_of=kallelse.meeting.id,
            )
        )
    for person in sent.recipients:
        copy = member_message(MemberCopy(kallelse, person.answers, answer=None, read=False))
        messages.append(
            Message(
                person.person_id,
                copy.text,
                as_dicts(copy.blocks),
                key=dm_key(kallelse.meeting.id, person.handle),
                kind="kallelse",
                council_id=council_id,
                subject=subject,
            )
        )
    return messages


def post_kallelse(services: Services, messages: Outgoing[Sent]) -> int:
    """Send what the kallelse queued; how many members have it so far (the rest are retried
    until they do)."""
    messages.send(services)
    return delivered(services, [m for m in messages.messages if m.person_id is not None])


def document_messages(added: DocumentAdded) -> list[Message]:
    """A note in the kallelse's thread (once that is posted), and every member told; checked
    like the kallelse's own messages when their turn comes (a förmöte's document never
    reaches someone who has moved to the unit while Slack held the DM up)."""
    text = document_notice(added)
    council_id, meeting_id = added.kallelse.council_id, added.kallelse.meeting.id
    about: dict[str, Any] = {"council_id": council_id, "subject": f"m{meeting_id}"}
    notes = []
    if added.conversation is not None:
        where = (
            {"thread_ts": added.thread_ts} if added.thread_ts else {"thread": post_key(meeting_id)}
        )
        notes.append(Message.in_council(council_id, text, **where, subject=about["subject"]))
    return notes + [Message(person.person_id, text, **about) for person in added.recipients]


def register(app: App, services: Services) -> None:
    # SEND is a prefix of SEND_ANYWAY: one listener for both.
    @button(app, re.compile(f"^{SEND}"))
    def send(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        team, user, channel = team_id(body), body["user"]["id"], body["channel"]["id"]
        meeting_id = int(action["value"])
        lang = services.councils.locale(conversation(team, channel)).lang
        common = {"who": account(team, user), "where": conversation(team, channel)}

        def run() -> Reply:
            now = services.clock.now()
            dms = Outgoing(kallelse_messages, also=lambda sent: sent.emails)
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
            arrived = post_kallelse(services, dms)
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
                services.attendance.mark_read(
                    meeting_id=meeting_id, who=account(team, user), now=now
                )
            else:
                coming = Answer.COMING if what == "coming" else Answer.NOT_COMING
                answers.append(
                    services.attendance.answer(
                        meeting_id=meeting_id,
                        who=account(team, user),
                        answer=coming,
                        now=now,
                        compose=substitute_asks,
                    )
                )
            copy = services.kallelse.member_copy(
                who=account(team, user), meeting_id=meeting_id, now=now
            )
            redrawn.append(True)
            return member_message(copy)

        reply = guarded(run, lang=services.settings.language, where="action:kallelse_answer")
        # The DM shows the member's own answer; a refusal comes beside it, the DM stays.
        respond(replace_original=bool(redrawn), **reply.as_message())
        for answered in answers:
            if answered.search is not None:
                respond(replace_original=False, **answered_reply(answered).as_message())
            deliver_answer(services, answered)

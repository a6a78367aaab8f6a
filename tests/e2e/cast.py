"""The people and channels of the end-to-end tests, and small helpers to talk as them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select

from adapters.console.stack import LocalStack
from adapters.storage.models import OutboxMessage
from bot.core.clock import ManualClock
from bot.core.vocabulary import OutboxStatus
from bot.councils.onboarding import KIND as ONBOARDING  # a new council's first weeks' messages
from devtools.localslack.server import LocalSlack

SARA = "U0SARA"  # secretary, from the unit
OLLE = "U0OLLE"  # chair, RSMH
ANNA = "U0ANNA"  # member, RSMH
ERIK = "U0ERIK"  # substitute, RSMH
LINA = "U0LINA"  # member, Attention
VERA = "U0VERA"  # unit representative
NILS = "U0NILS"  # not a member of anything
KARL = "U0KARL"  # secretary of another council

RAD = "C0RAD"
ANNAT = "C0ANNAT"

PEOPLE = {
    SARA: "Sara Sekreterare",
    OLLE: "Olle Ordförande",
    ANNA: "Anna Andersson",
    ERIK: "Erik Ersättare",
    LINA: "Lina Lind",
    VERA: "Vera Verksamhet",
    NILS: "Nils Nilsson",
    KARL: "Karl Karlsson",
}


@contextmanager
def local_stack(
    database_url: str, clock: ManualClock, env: Mapping[str, str] | None = None
) -> Iterator[LocalStack]:
    """The local stack with the cast seeded. At the end no authentic delivery may have been
    answered with anything but 200: Slack counts that as a failure, retries, and may turn the
    app's events off; and nothing the bot sent may have broken Slack's limits (Block Kit,
    text length, response_url uses and age): Slack would have shown none of it."""
    stack = LocalStack.start(database_url=database_url, clock=clock, env=env)
    seed_workspace(stack.slack)
    try:
        yield stack
    finally:
        stack.stop()
    refused = [(d.status, d.body) for d in stack.driver.refused]
    assert not refused, f"the bot answered Slack with other than 200: {refused}"
    over = stack.slack.refusals
    assert not over, f"Slack would have refused what the bot sent: {over}"


def seed_workspace(slack: LocalSlack) -> None:
    for user_id, name in PEOPLE.items():
        slack.add_user(user_id, name.split()[0].lower(), real_name=name)
    slack.add_channel(RAD, "brukarrad", members=list(PEOPLE))
    slack.add_channel(ANNAT, "annat-rad", members=[KARL, NILS])


def say(stack: LocalStack, user: str, channel: str, command: str, text: str = "") -> str:
    """Run a slash command and return the text of the bot's answer."""
    delivery = stack.driver.command(user, channel, command, text)
    assert delivery.status == 200, delivery
    return reply_text(delivery.answer)


def reply(
    stack: LocalStack, user: str, channel: str, command: str, text: str = ""
) -> dict[str, Any]:
    delivery = stack.driver.command(user, channel, command, text)
    assert delivery.status == 200, delivery
    assert delivery.answer, delivery
    return delivery.answer


def reply_text(body: Any) -> str:
    assert isinstance(body, dict), body
    return str(body.get("text", ""))


def shown(message: dict[str, Any]) -> str:
    """A message's text and the texts of its blocks, as a person reads it."""
    parts = [message.get("text", "")]
    for block in message.get("blocks", []):
        for part in (block.get("text"), *block.get("elements", [])):
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
    return "\n".join(parts)


def council_with_members(stack: LocalStack) -> None:
    """The council in RAD: Sara secretary, Olle chair (RSMH), Anna (RSMH), Erik substitute
    (RSMH), Lina (Attention), Vera from the unit."""
    say(stack, SARA, RAD, "/brukarrad", "skapa Brukarrådet Psykiatri Väst")
    for member in (
        f"<@{OLLE}|olle> ordförande RSMH Väst",
        f"<@{ANNA}|anna> ledamot RSMH Väst",
        f"<@{ERIK}|erik> ersättare RSMH Väst",
        f"<@{LINA}|lina> ledamot Attention",
        f"<@{VERA}|vera> verksamhet",
    ):
        assert "Klart" in say(stack, SARA, RAD, "/brukarrad", f"ledamot {member}")


def pick_council(stack: LocalStack, user: str, name: str) -> dict[str, Any]:
    """The person answers the bot's last question in their DM, "which council is the point
    for?", with the council whose name holds `name`; the question is returned."""
    dm = stack.slack.dm_channel(user)
    question = stack.slack.messages(dm)[-1]
    chosen = next(
        e
        for b in question["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if name in e["text"]["text"]
    )
    pressed = stack.driver.block_action(
        user, action_id=chosen["action_id"], message_ts=question["ts"], channel_id=dm
    )
    assert pressed.ok, pressed
    return question


def onboarding_sent(stack: LocalStack) -> int:
    """How many first weeks' messages have been sent so far."""
    with stack.services.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.kind == ONBOARDING, OutboxMessage.status == OutboxStatus.SENT)
            )
            or 0
        )


def besides_onboarding(stack: LocalStack, channel: str) -> list[dict[str, Any]]:
    """The messages in a conversation (a DM) but the first weeks' messages sent there."""
    with stack.services.uow() as uow:
        theirs = set(
            uow.session.scalars(
                select(OutboxMessage.ref).where(
                    OutboxMessage.kind == ONBOARDING,
                    OutboxMessage.conversation == channel,
                )
            )
        )
    return [m for m in stack.slack.messages(channel) if m.get("ts") not in theirs]


def dm_texts(stack: LocalStack, user: str) -> list[str]:
    """The texts of a person's DM with the bot, the first weeks' messages left out."""
    return [m.get("text", "") for m in besides_onboarding(stack, stack.slack.dm_channel(user))]

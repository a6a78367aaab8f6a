"""A new member's welcome, composed once for every channel (bot.core.message): what the
council is, its conversation, whom to ask, and its written agreement. Queued with the change
that adds them (bot.councils.service.CouncilService.add_member's `compose`), it goes by the
channel that reaches them: their chat's direct messages (Slack's DM, Teams' personal chat),
or by email while the bot cannot write to them there yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.message import Message as Said
from bot.core.message import Words
from bot.core.outbox import Message
from bot.core.texts import Ref
from bot.core.texts.render import Conversation, Link, Value

if TYPE_CHECKING:
    from bot.councils.service import MemberChange


def welcome(change: MemberChange) -> list[Message]:
    """The welcome of the member `change` added (for the compose of add_member)."""
    council, lang = change.council, change.council.language
    forening: Value = (
        Ref("brukarrad.member.forening_suffix", params={"forening": change.forening})
        if change.forening
        else ""
    )
    params: dict[str, Value] = {
        "role": Ref(f"role.{change.role.value}"),
        "forening": forening,
        "council": council.name,
        "channel": Conversation(council.name, council.conversation or ""),
        "contact": change.contact,
    }
    paragraphs = [Words("brukarrad.member.welcome", params, lang)]
    if change.agreement:
        link = {"link": Link(change.agreement)}
        paragraphs.append(Words("brukarrad.member.welcome_agreement", link, lang))
    return [Message(change.person_id, said=Said.of(*paragraphs), council_id=council.id)]

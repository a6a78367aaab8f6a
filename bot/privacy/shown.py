"""What `minadata` answers in the neutral form (bot.core.message) every chat renders: the
erase question with its buttons, and what asking for everything by email (or by the chat
again) did."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot.commands.minadata import ByEmail
from bot.core.identity import Account
from bot.core.message import Action, Actions, Message, Paragraph, Words

if TYPE_CHECKING:
    from bot.members.links import MemberLinkService

ERASE = "minadata_erase"
ERASE_CANCEL = "minadata_erase_cancel"


def erase_question(lang: str) -> Message:
    """The plain explanation, then the buttons: erasing is the presser's own data only (the
    buttons carry nothing that names anyone)."""
    text = Words("minadata.erase.confirm", {}, lang)
    buttons = (
        Action(ERASE, Words("minadata.erase.button", {}, lang), "erase", "danger"),
        Action(ERASE_CANCEL, Words("minadata.erase.cancel_button", {}, lang), "cancel"),
    )
    return Message((Paragraph(text), Actions(buttons, id="minadata_erase")), summary=text)


def by_email(
    links: MemberLinkService, request: ByEmail, who: Account, now: datetime
) -> tuple[Words, list[str]]:
    """Everything by email from now (at a new address once it is confirmed), or by the chat:
    what is said, and the keys of what was queued (the confirming letter)."""
    if request.address is not None:
        done = links.set_address(address=request.address, who=who, now=now)
    else:
        done = links.prefer_email(on=request.on, who=who, now=now)
    if done.confirming is not None:
        said = Words("minadata.email.confirming", {"address": done.address}, done.lang)
        return said, [done.confirming]
    key = "minadata.email.on" if done.prefers_email else "minadata.email.off"
    return Words(key, {"address": done.address}, done.lang), []

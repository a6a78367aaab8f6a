"""A receipt attached to the answer to a claim's offer by email (issue 21): Anna, who has
everything by email, answers the offer's mail with a photo of the receipt and "Parkering 45 kr";
it is kept with that claim and she is answered by email. Taken in again (a fetch after a crash),
it adds nothing."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from adapters.console.stack import LocalStack
from bot.core.clock import ManualClock
from tests.e2e.cast import ANNA, RAD, say
from tests.e2e.mailbox import VOUCHED
from tests.e2e.smtp_inbox import Inbox
from tests.e2e.test_arvode import held_meeting
from tests.e2e.test_email_in import mail_in
from tests.e2e.test_email_members import ANNA_MAIL, CONFIRM_LINK, confirm, text_of
from tests.e2e.test_receipts import JPEG, receipts


@pytest.fixture
def stack(mailbox_stack: LocalStack) -> LocalStack:
    return mailbox_stack


def answer_with_receipt(offer: EmailMessage, words: str) -> bytes:
    answer = EmailMessage()
    answer["From"] = f"Anna Andersson <{ANNA_MAIL}>"
    answer["To"] = str(offer["Reply-To"] or offer["From"])
    answer["Subject"] = f"Sv: {offer['Subject']}"
    answer["Message-ID"] = make_msgid(domain="example.org")
    answer["In-Reply-To"] = answer["References"] = str(offer["Message-ID"])
    answer["Authentication-Results"] = VOUCHED
    answer.set_content(f"{words}\n\nDen 12 mars 2027 skrev Brukarrådet:\n> Här är din anmälan\n")
    answer.add_attachment(JPEG, maintype="image", subtype="jpeg", filename="kvitto.jpg")
    return bytes(answer)


def test_a_receipt_attached_to_the_answer_to_the_offer_mail_is_kept_with_that_claim(
    stack: LocalStack, clock: ManualClock, inbox: Inbox
) -> None:
    held_meeting(stack, clock)  # 11 March; Anna was there (600 half day, her 120 travel)
    say(stack, ANNA, RAD, "/minadata", f"e-post <mailto:{ANNA_MAIL}|{ANNA_MAIL}>")
    [link] = CONFIRM_LINK.findall(text_of(inbox.to(ANNA_MAIL)[0]))
    confirm(stack, link)
    stack.tick(clock.now())  # the offer, by email now
    [offer] = [m for m in inbox.to(ANNA_MAIL) if "ersättningsanmälan" in text_of(m)]

    raw = answer_with_receipt(offer, "Parkering 45 kr")
    intake = mail_in(stack).intake
    assert intake.take(raw)
    stack.tick(clock.now())
    [kept] = receipts(stack)
    assert (kept.name, kept.amount, kept.note, kept.content_type) == (
        "kvitto.jpg",
        4500,
        "Parkering",
        "image/jpeg",
    )
    [answer] = [m for m in inbox.to(ANNA_MAIL) if "Kvittot är sparat" in text_of(m)]
    assert "45 kr för Parkering i övriga utlägg på ditt arvode för torsdag 11 mars 2027" in (
        text_of(answer)
    )
    assert "totalt 765 kr" in text_of(answer)
    assert answer["In-Reply-To"] is not None

    assert not intake.take(raw)  # fetched again after a crash: nothing more
    stack.tick(clock.now())
    assert len(receipts(stack)) == 1
    assert len([m for m in inbox.to(ANNA_MAIL) if "Kvittot är sparat" in text_of(m)]) == 1

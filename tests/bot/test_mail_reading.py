"""Reading an email that came in (adapters/mail/incoming.py): the words written this time,
without the quoted mail or the signature, whatever program wrote it; what kind of mail it is;
and the receiving server's word on the sender."""

from __future__ import annotations

import pytest

from adapters.mail.incoming import Kind, authenticated, new_words, read_mail, reply_token

OWN = "radet@example.org"


@pytest.mark.parametrize(
    "text",
    [
        # Gmail in Swedish, its intro wrapped over two lines
        "Kommer inte – sjuk\n\nDen mån 30 nov. 2026 kl 10:00 skrev Brukarrådet <\n"
        "radet@example.org>:\n> Kallelse\n> kommer\n",
        # Apple Mail / Thunderbird
        "Kommer inte – sjuk\n\n30 nov. 2026 kl. 10:00 skrev Brukarrådet:\n\n> Kallelse\n",
        # Outlook: a line, then the earlier mail's fields
        "Kommer inte – sjuk\n\n________________________________\nFrån: Brukarrådet\n"
        "Skickat: den 30 november 2026 10:00\nTill: Eva Ek\nÄmne: Kallelse\n\nkommer\n",
        # Outlook without the line
        "Kommer inte – sjuk\r\n\r\nFrån: Brukarrådet <radet@example.org>\r\n"
        "Datum: måndag 30 november 2026 10:00\r\nTill: eva@example.org\r\n",
        "Kommer inte – sjuk\n\n-----Ursprungligt meddelande-----\nkommer\n",
        # a signature after "-- ", and the phone's line
        "Kommer inte – sjuk\n-- \nEva Ek\nRSMH Väst\n",
        "Kommer inte – sjuk\n\nSkickat från min iPhone",
        "Kommer inte – sjuk\n\nOn Mon, 30 Nov 2026 at 10:00, Brukarrådet wrote:\n> kommer\n",
    ],
)
def test_only_the_words_written_this_time_are_read(text: str) -> None:
    assert new_words(text) == "Kommer inte – sjuk"


def test_a_mail_in_html_only_is_read_without_its_quoted_part() -> None:
    raw = (
        b"From: eva@example.org\r\nTo: radet@example.org\r\nSubject: Re: Kallelse\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p {color: red}</style></head><body><p>Kommer</p>"
        b"<blockquote><p>kommer inte</p></blockquote></body></html>\r\n"
    )
    mail = read_mail(raw, own=OWN)
    assert (mail.kind, mail.text, mail.subject) == (Kind.PERSON, "Kommer", "Kallelse")


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        ("From: eva@example.org\r\nAuto-Submitted: no\r\n", Kind.PERSON),
        ("From: eva@example.org\r\nAuto-Submitted: auto-replied\r\n", Kind.AUTOMATIC),
        ("From: eva@example.org\r\nPrecedence: list\r\n", Kind.AUTOMATIC),
        ("From: eva@example.org\r\nX-Autorespond: yes\r\n", Kind.AUTOMATIC),
        ("From: eva@example.org\r\nSubject: Frånvaromeddelande\r\n", Kind.AUTOMATIC),
        ("From: postmaster@example.org\r\n", Kind.BOUNCE),
        ("Return-Path: <>\r\nFrom: eva@example.org\r\n", Kind.BOUNCE),
        ("From: eva@example.org\r\nMessage-ID: <abc@brukarbot>\r\n", Kind.LOOP),
        ("From: Brukarrådet <radet+abc@example.org>\r\n", Kind.LOOP),
    ],
)
def test_what_kind_of_mail_it_is(headers: str, kind: Kind) -> None:
    raw = f"{headers}To: radet@example.org\r\n\r\nHej\r\n".encode()
    assert read_mail(raw, own=OWN).kind is kind


def test_only_the_trusted_servers_first_word_counts() -> None:
    dmarc = "mx.example.org; dmarc=pass (p=reject) header.from=example.org"
    spf = "mx.example.org; spf=pass smtp.mailfrom=eva@example.org"
    assert authenticated([dmarc], "mx.example.org", "eva@example.org")
    assert authenticated([spf], "MX.example.org", "eva@example.org")
    # for another domain, failed, or said by another server: no
    assert not authenticated([dmarc], "mx.example.org", "eva@example.com")
    assert not authenticated([dmarc.replace("pass", "fail")], "mx.example.org", "eva@example.org")
    assert not authenticated([dmarc], "mx.other.org", "eva@example.org")
    # the trusted server's own (topmost) header decides, not one added below it
    failed = "mx.example.org; dmarc=fail header.from=example.org"
    assert not authenticated([failed, dmarc], "mx.example.org", "eva@example.org")


def test_a_reply_address_token_is_read_only_from_our_own_address() -> None:
    token = "ab" * 20
    assert reply_token((f"radet+{token}@example.org",), OWN) == token
    assert reply_token((f"Radet+{token}@EXAMPLE.org".lower(),), OWN) == token
    assert reply_token((f"other+{token}@example.org",), OWN) is None
    assert reply_token((f"radet+{token}@example.com",), OWN) is None
    assert reply_token(("radet+short@example.org",), OWN) is None

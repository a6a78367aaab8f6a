"""What a receipt is, read from its bytes, and the expense written with it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.errors import UserError
from bot.fees.receipts import MAX_BYTES, Caption, Upload, caption, megabytes, receipt_type


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        (b"\xff\xd8\xff\xe1", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x18ftypheic", "image/heic"),
        (b"%PDF-1.4", "application/pdf"),
    ],
)
def test_a_receipt_is_what_its_bytes_say(start: bytes, kind: str) -> None:
    assert receipt_type(Upload("kvitto.txt", start + bytes(40), "t:1")) == kind


def test_anything_else_or_too_much_is_refused_saying_what_would_work() -> None:
    with pytest.raises(UserError) as other:
        receipt_type(Upload("kvitto.jpg", b"<html>inte en bild</html>", "t:2"))
    assert (other.value.key, other.value.params) == (
        "fees.receipt.bad_type",
        {"name": "kvitto.jpg"},
    )
    with pytest.raises(UserError) as large:
        receipt_type(Upload("k.jpg", b"\xff\xd8\xff" + bytes(MAX_BYTES + 700_000), "t:3"))
    assert (large.value.key, large.value.params) == (
        "fees.receipt.too_large",
        {"size": "5,7 MB", "most": "5 MB"},
    )
    assert megabytes(7_654_321, "sv") == "7,3 MB" and megabytes(7_654_321, "en") == "7.3 MB"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Parkering 45 kr", Caption(4500, "Parkering")),
        ("taxi hem 120,50", Caption(12050, "taxi hem")),
        ("45:- parkering", Caption(4500, "parkering")),
        ("Parkeringen vid sjukhuset", Caption(None, "Parkeringen vid sjukhuset")),
        ("", Caption(None, "")),
    ],
)
def test_the_words_with_a_receipt_are_its_amount_and_note(text: str, said: Caption) -> None:
    assert caption(text) == said


@given(st.text(max_size=300))
def test_any_words_give_a_note_of_at_most_200_characters(text: str) -> None:
    try:
        said = caption(text)
    except UserError:
        return  # an amount too large: said as such
    assert len(said.note) <= 200 and (said.amount is None or said.amount >= 0)

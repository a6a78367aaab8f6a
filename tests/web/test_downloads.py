"""A file the member page hands a person (adapters/web/downloads.py): named so that a name
with å, ä or ö arrives whole, kept by no cache, and taken as the type it is said to be."""

from __future__ import annotations

from adapters.web.downloads import sent


def test_a_plain_name_is_quoted_and_a_swedish_one_encoded_as_rfc_5987() -> None:
    plain = sent("arsrapport-2026.docx", b"x", "application/octet-stream")
    assert plain.headers["Content-Disposition"] == 'attachment; filename="arsrapport-2026.docx"'
    swedish = sent("Protokoll möte 3.md", "x", "text/markdown")
    assert swedish.headers["Content-Disposition"] == (
        "attachment; filename*=UTF-8''Protokoll%20m%C3%B6te%203.md"
    )


def test_a_receipt_is_shown_inline_and_every_file_is_private_and_not_sniffed() -> None:
    shown = sent("kvitto.jpg", b"\xff\xd8", "image/jpeg", inline=True)
    assert shown.headers["Content-Disposition"] == 'inline; filename="kvitto.jpg"'
    assert (shown.headers["Cache-Control"], shown.headers["X-Content-Type-Options"]) == (
        "private, no-store",
        "nosniff",
    )
    assert shown.mimetype == "image/jpeg" and shown.data == b"\xff\xd8"

"""A receipt for a claim's other expense (issue 21: "other expenses with a receipt photo or
note"): a photo or a PDF the member gives on the member page, in the chat where the claim was
offered, or attached to a mail answering the offer.

What a file is is read from its first bytes, never from the name or the type its sender gave,
so only what the secretary's browser can show is kept, and at most MAX_BYTES of it. Words
that come with it ("Parkering 45 kr") are the expense's amount and note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from bot.core.errors import UserError
from bot.fees.claims import Expense
from bot.fees.parsing import claim_ore
from bot.members.links import PAGE_PATH

MAX_BYTES = 5 * 1024 * 1024
MAX_NAME = 200
MAX_NOTE = 200
# The first bytes of each kind kept, and its type.
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)
_WEBP = (b"RIFF", b"WEBP")
# What a form's file chooser offers (the bytes decide what is kept).
RECEIPT_TYPES = "image/jpeg,image/png,image/webp,image/heic,application/pdf"
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"mif1", b"msf1", b"heif"})
_AMOUNT = re.compile(r"(?<![\w,.])(\d+(?:[.,]\d{1,2})?)\s*(?:kr\b|kronor\b|:-)?", re.IGNORECASE)


@dataclass(frozen=True)
class Upload:
    """A receipt's file as it came; `source` names where (unique: given again, nothing new)."""

    name: str
    data: bytes
    source: str


@dataclass(frozen=True)
class Caption:
    """What was written with a receipt: the amount in öre (None: none written) and the rest."""

    amount: int | None
    note: str


def receipt_type(upload: Upload, lang: str = "sv") -> str:
    """The file's type if it is a receipt kept (JPEG, PNG, WebP, HEIC or PDF of at most
    MAX_BYTES); UserError saying what would work otherwise."""
    size = len(upload.data)
    if size > MAX_BYTES:
        raise UserError(
            "fees.receipt.too_large",
            size=megabytes(size, lang),
            most=megabytes(MAX_BYTES, lang),
        )
    found = sniffed(upload.data)
    if found is None:
        raise UserError("fees.receipt.bad_type", name=upload.name[:MAX_NAME])
    return found


def sniffed(data: bytes) -> str | None:
    """What the bytes are, of the kinds kept; None: none of them."""
    for start, kind in _SIGNATURES:
        if data.startswith(start):
            return kind
    if data[:4] == _WEBP[0] and data[8:12] == _WEBP[1]:
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/heic"
    return None


def megabytes(size: int, lang: str) -> str:
    """ "5 MB", "7,3 MB" (sv) or "7.3 MB" (en): a size as people read it."""
    shown = (Decimal(size) / (1024 * 1024)).quantize(Decimal("0.1"))
    if shown == shown.to_integral():
        return f"{shown:.0f} MB"
    return f"{shown:.1f} MB".replace(".", "," if lang == "sv" else ".")


def caption(text: str) -> Caption:
    """ "Parkering 45 kr" -> 4 500 öre, "Parkering"; the first amount written is the amount."""
    found = _AMOUNT.search(text)
    if found is None:
        return Caption(None, " ".join(text.split())[:MAX_NOTE])
    amount = claim_ore(found.group(1))
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,.:;-–")
    return Caption(amount, " ".join(rest.split())[:MAX_NOTE])


def receipt_link(receipt_id: int, page_url: str | None = None) -> str:
    """Where the member page shows a receipt: its path, or its address on `page_url` (the
    deployment's public address), for a file that leaves the page (the CSV, a blankett)."""
    return f"{(page_url or '').rstrip('/')}{PAGE_PATH}kvitto/{receipt_id}"


def receipts_of(expenses: Sequence[Expense]) -> list[int]:
    """The receipts an expense line names."""
    return [e.receipt for e in expenses if e.receipt is not None]

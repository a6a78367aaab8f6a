"""The Teams app's two icons, drawn here rather than kept as files: the color icon (192×192,
the council's green with a white agenda: three lines, each with its bullet) and the outline
icon (32×32, the same agenda in white on transparent, as Teams requires of it), each a PNG.

Drawn as shapes over the unit square and sampled twice in each direction per pixel, so the
edges are smooth; written by the few lines a PNG of RGBA pixels needs (zlib, no imaging
library)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

COLOR_SIZE, OUTLINE_SIZE = 192, 32
GREEN = (0x2C, 0x5F, 0x2D)  # the Slack app's background colour, and the Teams app's accent
WHITE = (0xFF, 0xFF, 0xFF)
ROWS = (0.32, 0.5, 0.68)  # the agenda's three lines, top to bottom
SAMPLES = 2  # per pixel, in each direction

Shape = Callable[[float, float], bool]


def _rounded_square(x: float, y: float, radius: float = 0.18) -> bool:
    """The color icon's background: the whole square, its corners rounded."""
    dx, dy = max(radius - x, x - (1 - radius), 0.0), max(radius - y, y - (1 - radius), 0.0)
    return dx * dx + dy * dy <= radius * radius


def _agenda(x: float, y: float) -> bool:
    """Three bullets and three bars with round ends."""
    for row in ROWS:
        if (x - 0.3) ** 2 + (y - row) ** 2 <= 0.055**2:
            return True
        half = 0.04
        nearest = min(max(x, 0.42), 0.72)  # the bar's axis from x 0.42 to 0.72
        if (x - nearest) ** 2 + (y - row) ** 2 <= half * half:
            return True
    return False


def _coverage(shape: Shape, size: int, px: int, py: int) -> float:
    step = 1 / (size * SAMPLES)
    hits = sum(
        shape((px * SAMPLES + i + 0.5) * step, (py * SAMPLES + j + 0.5) * step)
        for i in range(SAMPLES)
        for j in range(SAMPLES)
    )
    return hits / SAMPLES**2


def _pixel(size: int, px: int, py: int, background: bool) -> bytes:
    glyph = _coverage(_agenda, size, px, py)
    if not background:
        return bytes((*WHITE, round(255 * glyph)))
    base = _coverage(_rounded_square, size, px, py)
    rgb = (round(g + (w - g) * glyph) for g, w in zip(GREEN, WHITE, strict=True))
    return bytes((*rgb, round(255 * base)))


def png(size: int, rows: list[bytes]) -> bytes:
    """A square RGBA PNG of `size` pixels a side, its rows given as bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8 bits, RGBA
    image = zlib.compress(b"".join(b"\x00" + row for row in rows), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", image) + chunk(b"IEND", b"")
    )


def _drawn(size: int, background: bool) -> bytes:
    rows = [b"".join(_pixel(size, px, py, background) for px in range(size)) for py in range(size)]
    return png(size, rows)


def color_icon() -> bytes:
    return _drawn(COLOR_SIZE, background=True)


def outline_icon() -> bytes:
    return _drawn(OUTLINE_SIZE, background=False)

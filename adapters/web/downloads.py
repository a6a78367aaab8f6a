"""A file the member page hands one signed-in person (their data, a receipt, the minutes, a
claims list, the year report): kept by no cache on the way, taken by the browser as the type
it is said to be, and named in the header so that a name with å, ä or ö arrives whole."""

from __future__ import annotations

import re
from urllib.parse import quote

from werkzeug.wrappers import Response

_PLAIN_NAME = re.compile(r"[A-Za-z0-9._-]+")


def sent(name: str, content: bytes | str, mimetype: str, *, inline: bool = False) -> Response:
    """The file as a download (`inline`: shown in the browser, a receipt's photo)."""
    kind = "inline" if inline else "attachment"
    named = (
        f'filename="{name}"' if _PLAIN_NAME.fullmatch(name) else f"filename*=UTF-8''{quote(name)}"
    )
    return Response(
        content,
        mimetype=mimetype,
        headers={
            "Content-Disposition": f"{kind}; {named}",
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )

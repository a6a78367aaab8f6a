"""The minutes' files on the member page (bot.minutes.files): the published minutes as DOCX
and Markdown for whoever may see the council's minutes, the draft for whoever writes them.
A chat that takes no files from a bot (Teams) links here instead. Guarded as the page is: a
person not signed in is told how to sign in, and lands on the file once they have."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import quote

from flask import Flask, abort, g, render_template, request, session
from werkzeug.wrappers import Response

from adapters.runtime.services import Services
from adapters.web.downloads import sent
from bot.core.errors import UserError
from bot.fees.files import CLAIMS_PATH
from bot.members.links import PAGE_PATH
from bot.minutes.archive import ArchiveFile
from bot.minutes.files import DRAFT, FILES_PATH

NEXT = "next"  # the session's page to go to once signed in


def signed_in() -> int:
    """The person signed in to the page; else a 401 saying how to sign in, and the file
    asked for noted to land on once they have."""
    if g.member is None:
        session[NEXT] = quote(request.path)
        page = render_template(
            "message.html", heading="web.signed_out.heading", text="web.not_signed_in"
        )
        abort(Response(page, 401))
    return int(g.member.person_id)


def add_minutes_files(app: Flask, services: Services, now: Callable[[], datetime]) -> None:
    def one(files: Callable[[], list[ArchiveFile]], name: str) -> Response:
        try:
            found = [f for f in files() if f.filename == name]
        except UserError:
            abort(404)  # not theirs to see, or nothing published (written) yet
        if not found:
            abort(404)
        file = found[0]
        return sent(file.filename, file.content, file.mimetype)

    @app.get(f"{PAGE_PATH}{FILES_PATH}<int:meeting_id>/<name>")
    def minutes_file(meeting_id: int, name: str) -> Response:
        person_id = signed_in()
        minutes = services.minutes.files
        return one(
            lambda: minutes.published(person_id=person_id, meeting_id=meeting_id, now=now()),
            name,
        )

    @app.get(f"{PAGE_PATH}{FILES_PATH}<int:meeting_id>/{DRAFT}<name>")
    def minutes_draft_file(meeting_id: int, name: str) -> Response:
        person_id = signed_in()
        minutes = services.minutes.files
        return one(
            lambda: minutes.draft(person_id=person_id, meeting_id=meeting_id, now=now()), name
        )


def next_page() -> str:
    """Where a person goes once signed in: the file they asked for first, else the page."""
    wanted = session.pop(NEXT, None)
    files = (f"{PAGE_PATH}{FILES_PATH}", f"{PAGE_PATH}{CLAIMS_PATH}")
    if isinstance(wanted, str) and wanted.startswith(files):
        return wanted
    return PAGE_PATH

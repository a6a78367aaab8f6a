"""The minutes' archive files (DOCX and Markdown) on the member page, for a chat that takes
no files from a bot (Teams: a bot cannot upload to a channel): the published minutes for
whoever may see the council's minutes, the draft for whoever writes them, each behind the
page's sign-in; and the line that links to them, in the message where a chat that takes
files would have them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from urllib.parse import quote

from bot.core.authz import Action
from bot.core.errors import UserError
from bot.core.message import Message, Words
from bot.core.ports import UnitOfWork
from bot.core.texts.render import Link
from bot.core.vocabulary import MinutesStatus
from bot.minutes import access, snapshot
from bot.minutes.archive import ArchiveFile, archive_files
from bot.minutes.capture import facts_for
from bot.minutes.render import Layout, layout

FILES_PATH = "protokoll/"  # under the member page's path (bot.members.links.PAGE_PATH)
DRAFT = "utkast/"
LINKS = "protokoll.files.links"  # the line linking to the files, {docx} and {md}
DRAFT_LINKS = "protokoll.files.draft_links"


def file_path(meeting_id: int, filename: str, *, draft: bool = False) -> str:
    """Where a file is, under the member page's path."""
    return f"{FILES_PATH}{meeting_id}/{DRAFT if draft else ''}{quote(filename)}"


def file_links(page: str, meeting_id: int, doc: Layout, *, draft: bool = False) -> Words:
    """The line linking to the minutes' files on the member page (`page`: its URL, ending
    in its path)."""
    urls = {
        ext: Link(f"{page}{file_path(meeting_id, f'{doc.name}.{ext}', draft=draft)}", name)
        for ext, name in (("docx", "DOCX"), ("md", "Markdown"))
    }
    return Words(DRAFT_LINKS if draft else LINKS, dict(urls), doc.lang)


def files_message(page: str, meeting_id: int, doc: Layout) -> Message:
    """The published minutes' files as a chat that takes no files gets them: their links."""
    return Message.of(file_links(page, meeting_id, doc))


class MinutesFiles:
    """The files of one meeting's minutes, for the person signed in to the member page
    (`page`: its URL; None where it is not served)."""

    def __init__(self, uow: Callable[[], UnitOfWork], page: str | None = None) -> None:
        self._uow = uow
        self._page = page

    def draft_links(self, meeting_id: int, doc: Layout) -> Words | None:
        """The line linking to a draft's files, for a chat that takes no files; None where
        the page is not served."""
        return file_links(self._page, meeting_id, doc, draft=True) if self._page else None

    def published(self, *, person_id: int, meeting_id: int, now: datetime) -> list[ArchiveFile]:
        """The minutes as published (their latest version), for whoever may see them."""
        with self._uow() as uow:
            at = access.by_id(
                uow, person_id=person_id, meeting_id=meeting_id, action=Action.SEE_MINUTES, now=now
            )
            if at.record.status != MinutesStatus.PUBLISHED:
                raise UserError("protokoll.files.not_published")
            doc = snapshot.approved(at)
        return list(archive_files(doc))

    def draft(self, *, person_id: int, meeting_id: int, now: datetime) -> list[ArchiveFile]:
        """The draft as it stands (the version approved once locked), for whoever writes the
        minutes."""
        with self._uow() as uow:
            at = access.by_id(
                uow,
                person_id=person_id,
                meeting_id=meeting_id,
                action=Action.WRITE_MINUTES,
                now=now,
            )
            if not at.record.started:
                raise UserError("protokoll.nothing_yet")
            doc = (
                snapshot.approved(at)
                if at.record.locked
                else layout(at.record, facts_for(uow, at, now))
            )
        return list(archive_files(doc))

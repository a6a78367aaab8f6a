"""The minutes as files for the archive: DOCX (python-docx) and the Markdown beside it.

The same layout always gives the same bytes: the document's dates are the log's last
change, and the DOCX zip is rewritten with fixed entry times (python-docx stamps the
current time on every entry).

python-docx (a tenth of a second to import) loads with the first file written, not with the
minutes at every process's start.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.texts.render import Plain
from bot.core.written import readable
from bot.minutes.render import Layout, Text, markdown_bytes, say

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MARKDOWN_MIME = "text/markdown"
AUTHOR = "Brukarbot"
MAX_PROPERTY = 255  # the longest text python-docx takes in a document property


@dataclass(frozen=True)
class ArchiveFile:
    filename: str
    content: bytes
    mimetype: str


def _plain(text: str) -> str:
    """People's words with their mentions and links in words (bot/core/written.py); XML cannot
    hold control characters, and the words keep everything else."""
    return "".join(c for c in readable(text) if c.isprintable() or c in "\t\n")


class DocxWords(Plain):
    """A document's text: no marks, people's words as `_plain` keeps them."""

    def words(self, text: str) -> str:
        return _plain(text)


DOCX = DocxWords()


def docx_bytes(doc: Layout) -> bytes:
    def text(phrase: Text) -> str:
        return say(phrase, doc.lang, DOCX)

    from docx import Document

    document = Document()
    props = document.core_properties
    title = text(doc.title)
    dated = doc.dated.astimezone(UTC).replace(microsecond=0)
    props.title = title[:MAX_PROPERTY]
    props.author = props.last_modified_by = AUTHOR
    props.created = props.modified = dated
    props.revision = 1
    props.language = doc.lang
    document.add_heading(title, level=0)
    for phrase in doc.meta:
        document.add_paragraph(text(phrase))
    # python-docx looks a paragraph's style up among all the document's styles, by name or
    # not, for each paragraph (most of a long draft's time): the lines take its id, found once.
    bullet = document.styles["List Bullet"].style_id
    for section in doc.sections:
        document.add_heading(text(section.heading), level=2 if section.sub else 1)
        for line in section.lines:
            document.add_paragraph(text(line))._p.style = bullet
    raw = io.BytesIO()
    document.save(raw)
    return fixed_times(raw.getvalue(), dated)


def fixed_times(package: bytes, dated: datetime) -> bytes:
    """The DOCX package with every entry stamped `dated` (python-docx stamps now)."""
    stamp = (dated.year, dated.month, dated.day, dated.hour, dated.minute, dated.second)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()


def archive_files(doc: Layout) -> tuple[ArchiveFile, ...]:
    return (
        ArchiveFile(f"{doc.name}.docx", docx_bytes(doc), DOCX_MIME),
        ArchiveFile(f"{doc.name}.md", markdown_bytes(doc), MARKDOWN_MIME),
    )

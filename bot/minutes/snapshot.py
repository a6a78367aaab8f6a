"""The approved version as it read when it locked: approved minutes are a record.

Minutes are rendered from the event log, and an erasure pseudonymises the log
(bot.privacy.minutes), so drafts lose the name. A version that locks (every justerare
approved, an amendment confirmed, or published without justering) is kept on the minutes
row as text, and that version is served from it. Only the status line and the document's
date follow the log (the version is published later).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.core.ports import UnitOfWork
from bot.core.texts.render import Channel
from bot.minutes import access
from bot.minutes.access import Located
from bot.minutes.record import Record
from bot.minutes.render import Layout, Said, Section, Text, layout, say, status_phrase

_OPEN, _CLOSE = "\x00", "\x01"  # around people's words while the text is made
_WORD = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")


def _mark(word: str) -> str:
    return _OPEN + word.replace(_OPEN, "").replace(_CLOSE, "") + _CLOSE


class _Marked(Channel):
    """The catalogue's words as they are, people's words marked apart."""

    def words(self, text: str) -> str:
        return _mark(text)


MARKED = _Marked()


def _said(phrase: Text, lang: str) -> list[str]:
    """The text, split so that odd parts are people's words (re.split keeps the groups)."""
    return _WORD.split(say(phrase, lang, MARKED))


def freeze(doc: Layout, record: Record) -> dict[str, Any]:
    status = status_phrase(record)
    return {
        "version": record.version,
        "lang": doc.lang,
        "name": doc.name,
        "title": _said(doc.title, doc.lang),
        "meta": [None if p == status else _said(p, doc.lang) for p in doc.meta],
        "sections": [
            {
                "heading": _said(s.heading, doc.lang),
                "lines": [_said(line, doc.lang) for line in s.lines],
                "item": s.item,
                "sub": s.sub,
            }
            for s in doc.sections
        ],
    }


def thaw(kept: dict[str, Any], record: Record, dated: datetime) -> Layout:
    status = status_phrase(record)
    return Layout(
        lang=kept["lang"],
        title=Said(tuple(kept["title"])),
        meta=tuple(status if m is None else Said(tuple(m)) for m in kept["meta"]),
        sections=tuple(
            Section(
                Said(tuple(s["heading"])),
                tuple(Said(tuple(line)) for line in s["lines"]),
                item=s["item"],
                sub=s["sub"],
            )
            for s in kept["sections"]
        ),
        dated=dated,
        name=kept["name"],
    )


def keep(uow: UnitOfWork, at: Located, now: datetime) -> None:
    """At the lock, after its events: the version approved, as the log says it now."""
    record = access.reload(uow, at).record
    assert record.facts is not None  # a locked version was frozen with its facts
    at.row(uow, now).approved = freeze(layout(record, record.facts), record)


def approved(at: Located) -> Layout:
    """Locked minutes as they were approved; minutes that locked before versions were kept
    (databases upgraded from before) are rendered from the log."""
    record = at.record
    kept = at.minutes.approved if at.minutes is not None else None
    if kept is not None and kept["version"] == record.version:
        return thaw(kept, record, record.updated_at or at.meeting.starts_at)
    assert record.facts is not None
    return layout(record, record.facts)

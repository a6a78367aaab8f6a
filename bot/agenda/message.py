"""The agenda as people read it, in the neutral form (bot.core.message): its head (meeting,
place, council) and the days left for points, each line in catalogue words (numbered items,
the lines under them), the late points waiting for a decision and the settled ones with
their status; and the agenda split into pages where one message of a chat cannot hold it.

Every chat renders the same words, each its own way (one with the secretary's menus beside
the points, another as cards: each chat adapter's agenda).
An agenda may hold thousands of points, so a line is a few catalogue references, rendered
only once, when its chat writes it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from bot.agenda.points import AgendaLine, AgendaView, PointInfo, outline
from bot.core.message import TEXT, Line, Message, Note, Paragraph, Section, Words
from bot.core.texts import Ref
from bot.core.texts.render import Link, Value, plain
from bot.core.when import format_date
from bot.meetings.labels import due_text, meeting_label, meeting_title

T = TypeVar("T")
JOINED = "message.joined"


@dataclass(frozen=True)
class Entry:
    """One line of the agenda, with its point (for the secretary's controls on it); `late`:
    a late point waiting for the chair's or secretary's decision."""

    line: Line
    point: PointInfo | None = None
    late: bool = False


@dataclass(frozen=True)
class Agenda:
    """The agenda's parts: the lines of the agenda itself, the late points (under their
    title), the settled points (under theirs)."""

    lang: str
    head: Words
    countdown: Words
    items: list[Entry]
    late_title: Words | None
    late: list[Entry]
    settled_title: Words | None
    settled: list[Line]
    can_manage: bool
    title: Ref  # the meeting, to begin a line: the pages after the first

    def entries(self) -> list[Entry]:
        """Every line in order, each title a line of its own."""
        late = [Entry(Line(self.late_title)), *self.late] if self.late_title else []
        settled = [Entry(Line(self.settled_title))] if self.settled_title else []
        return [*self.items, *late, *settled, *(Entry(line) for line in self.settled)]

    def continued(self, page: int) -> Words:
        """The line that opens page `page` (1 the first)."""
        return Words("dagordning.continued", {"meeting": self.title, "page": page}, self.lang)

    def more(self, page: int, pages: int) -> Words:
        """The line that ends a page before page `page` of `pages`."""
        return Words("dagordning.more", {"page": page, "pages": pages}, self.lang)


def agenda(view: AgendaView, today: date) -> Agenda:
    """The agenda of `view` as it reads on `today` (the days left for points)."""
    lang, meeting = view.lang, view.meeting
    place: Value = Ref("mote.place", params={"place": meeting.place}) if meeting.place else ""
    head = Words(
        "dagordning.title",
        {
            "meeting": meeting_label(meeting, lang),
            "place": place,
            "id": meeting.id,
            "council": view.council_name,
        },
        lang,
    )
    days_left = (meeting.dates.agenda_deadline - today).days
    deadline = format_date(meeting.dates.agenda_deadline, lang)
    countdown = (
        Words("dagordning.open", {"deadline": deadline, "count": days_left}, lang)
        if days_left >= 0
        else Words("dagordning.closed", {"deadline": deadline}, lang)
    )
    late = [Entry(Line(point_words(p, lang)), p, late=True) for p in view.late]
    return Agenda(
        lang=lang,
        head=head,
        countdown=countdown,
        items=_items(view),
        late_title=Words("dagordning.late_title", {}, lang) if view.late else None,
        late=late,
        settled_title=Words("dagordning.settled_title", {}, lang) if view.settled else None,
        settled=[Line(_settled(p, lang), bullet=True) for p in view.settled],
        can_manage=view.can_manage,
        title=meeting_title(meeting, lang),
    )


def point_words(point: PointInfo, lang: str) -> Words:
    """A point as the agenda names it: "*Parkeringen* (punkt nr 12) – Anna, RSMH", with
    whether its sender presents it, whether it is late, and its file."""
    return _words(_point_line(point, lang), lang)


def _words(ref: Ref, lang: str) -> Words:
    return Words(ref.key, ref.params, lang)


def _point_line(point: PointInfo, lang: str, before: Value = "") -> Ref:
    """The point's line, after what goes `before` it (a carried point's mark). One
    reference for most points, the marks (presents it, late, its file) only where they are:
    an agenda of thousands of points is rendered line by line."""
    attachment = point.attachment
    marks: Value = ""
    if point.presents_self or point.late or attachment is not None:
        file: Value = ""
        if attachment is not None:
            link = Link(attachment.link, plain(attachment.label, lang))
            file = Ref("dagordning.attachment", params={"link": link})
        parts: dict[str, Value] = {
            "a": Ref("dagordning.presents_self") if point.presents_self else "",
            "b": Ref("dagordning.late_mark") if point.late else "",
            "c": file,
            "d": "",
        }
        marks = Ref(JOINED, params=parts)
    params: dict[str, Value] = {
        "title": point.title,
        "id": point.id,
        "name": point.submitter_name or Ref("punkt.unknown_submitter"),
        "home": point.forening or Ref("brukarrad.show.group_verksamhet"),
        "marks": marks,
    }
    line = Ref("dagordning.point", params=params)
    if before == "":
        return line
    return Ref(JOINED, params={"a": before, "b": " ", "c": line, "d": ""})


def _items(view: AgendaView) -> list[Entry]:
    """The numbered lines of the agenda and the lines under them, each with its point."""
    lang = view.lang
    counter = itertools.count(1)
    entries = []
    for line in outline(view):
        words = _line_words(line, lang)
        if line.numbered:
            entries.append(Entry(Line(words, number=next(counter)), line.point))
        else:
            entries.append(Entry(Line(words, bullet=True, under=True), line.point))
    return entries


def _line_words(line: AgendaLine, lang: str) -> Words:
    if line.point is not None:
        before: Value = Ref("dagordning.carried") if line.carried else ""
        return _words(_point_line(line.point, lang, before), lang)
    if line.action is not None:
        item_id, text, owner, due = line.action
        params: dict[str, Value] = {
            "id": item_id,
            "text": text,
            "owner": owner or Ref("punkt.unknown_submitter"),
            "due": due_text(due, lang),
        }
        return Words("dagordning.action", params, lang)
    if line.awaited is not None:
        return Words(TEXT, {"text": line.awaited.phrase(lang)}, lang)
    if line.report is not None:
        return Words(TEXT, {"text": line.report.phrase(lang)}, lang)
    if line.yearly:
        return Words("dagordning.yearly", {"title": line.standing or ""}, lang)
    return Words(TEXT, {"text": line.standing or ""}, lang)


def _settled(point: PointInfo, lang: str) -> Words:
    """ "*Parkeringen* (punkt nr 12) – Anna, RSMH – _avslagen_: Frågan hör till regionen" """
    outcome: Value = (
        Ref("dagordning.outcome", params={"outcome": point.outcome}) if point.outcome else ""
    )
    status = Ref(f"status.{point.status.value}")
    params = {"point": _point_line(point, lang), "status": status, "outcome": outcome}
    return Words("dagordning.settled", params, lang)


def paged(items: Sequence[T], size: Callable[[T], int], first: int, later: int) -> list[list[T]]:
    """`items` in pages: as many as fit in `first` (the first page's room, counted by `size`),
    then in `later` each; an item larger than a page gets one of its own."""
    pages: list[list[T]] = [[]]
    room = first
    for item in items:
        needed = size(item)
        if needed > room and pages[-1]:
            pages.append([])
            room = later
        pages[-1].append(item)
        room -= needed
    return pages


def messages(
    found: Agenda, size: Callable[[Line], int], first: int, later: int, hint: Words
) -> list[Message]:
    """The agenda as one message, or several where a chat's message holds less (`size` of a
    line against `first` and `later`, the room of the first page and the others): the first
    opens with the head, the next ones say which agenda they continue, each but the last says
    that it goes on, and the last ends with `hint`."""
    lines = [entry.line for entry in found.entries()]
    pages = paged(lines, size, first, later)
    made = []
    for number, page in enumerate(pages):
        top = (
            [Paragraph(found.head), Paragraph(found.countdown)]
            if number == 0
            else [Paragraph(found.continued(number + 1))]
        )
        last = number == len(pages) - 1
        end = hint if last else found.more(number + 2, len(pages))
        body = [Section(None, tuple(page))] if page else []
        made.append(Message((*top, *body, Note((end,))), summary=found.head))
    return made

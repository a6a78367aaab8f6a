"""What an agenda point is to the rest of the bot: limits, views, and who may send one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from adapters.storage.models import AgendaPoint, Council, Forening, Meeting, Person, StandingPoint
from bot.core.authz import Action, Viewer, allowed
from bot.core.errors import UserError
from bot.core.notices import ChannelNotice, Notice
from bot.core.ports import PointRow, UnitOfWork
from bot.core.texts import Ref
from bot.core.texts.render import plain
from bot.core.vocabulary import MeetingKind, PointStatus
from bot.core.when import format_date
from bot.councils.working_groups import GroupReport
from bot.meetings.service import (
    MeetingInfo,
    cycle_dates,
)

UowFactory = Callable[[], UnitOfWork]
MAX_TITLE = 300
MAX_DESCRIPTION = 3000
MIN_REASON = 3
# Standing points a new council starts with (shared/domain.md, example standing agenda).
DEFAULT_STANDING: tuple[tuple[str, str | None], ...] = (
    ("standing.unit_info", None),
    ("standing.user_info", None),
    ("standing.activity", None),
    ("standing.follow_up", "uppfoljning"),
    ("standing.aob", "ovriga"),
)
# The förmöte is where the associations prepare the stormöte without the unit: seeds/000
# L237-238, "På förmötet som föregår stormötet träffas föreningsrepresentanterna utan
# representanter från verksamheten", so nothing "från verksamheten" stands on its agenda.
# Its own action items are followed up there, as every action is until closed (domain.md).
FORMOTE_STANDING: tuple[tuple[str, str | None], ...] = (
    ("standing.formote_review", None),
    ("standing.follow_up", "uppfoljning"),
    ("standing.aob", "ovriga"),
)
# An arbetsgrupp has both sides, like the stormöte (each kind is edited on its own).
STANDING_BY_KIND = {
    MeetingKind.STORMOTE: DEFAULT_STANDING,
    MeetingKind.FORMOTE: FORMOTE_STANDING,
    MeetingKind.ARBETSGRUPP: DEFAULT_STANDING,
}
OPEN = frozenset({PointStatus.SUBMITTED, PointStatus.ON_AGENDA})


def default_standing_points(council_id: int, lang: str) -> list[StandingPoint]:
    return [
        StandingPoint(
            council_id=council_id, meeting_kind=kind, position=i, title=plain(key, lang), kind=role
        )
        for kind, points in STANDING_BY_KIND.items()
        for i, (key, role) in enumerate(points, start=1)
    ]


@dataclass(frozen=True)
class Attachment:
    """A file shared with the message a point was written in: its link, and whether it is
    an image (shown as "bild") or another file ("fil")."""

    link: str
    image: bool

    @property
    def kind(self) -> str:
        return "image" if self.image else "file"

    @property
    def label(self) -> Ref:
        return Ref(f"punkt.attachment.{self.kind}")


class PointInfo(NamedTuple):
    """A point as people are shown it (an agenda's thousands: a tuple, made far faster
    than a frozen dataclass)."""

    id: int
    meeting_id: int | None
    title: str
    description: str | None
    status: PointStatus
    late: bool
    under_ovriga: bool
    submitter_user_id: str | None
    submitter_name: str | None
    forening: str | None
    outcome: str | None
    presents_self: bool
    source_link: str | None
    attachment: Attachment | None = None


@dataclass(frozen=True)
class Submitted:
    point: PointInfo
    council_name: str
    meeting: MeetingInfo | None
    duplicate: bool
    lang: str
    # A late point: the officers who decide on it (and may see the meeting) are told.
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class Awaited:
    """A point sent on whose answer is awaited, as the uppföljning lists it."""

    id: int
    title: str
    sent_to: str
    answer_by: date | None

    def phrase(self, lang: str) -> Ref:
        """ "Skickad vidare till verksamhetschefen (nr 12): Tolk vid besök – svar väntas
        senast …", in every channel's agenda."""
        by = format_date(self.answer_by, lang) if self.answer_by else ""
        return Ref(
            "agenda.awaited",
            params={"id": self.id, "title": self.title, "to": self.sent_to, "answer_by": by},
        )


@dataclass(frozen=True)
class FollowUp:
    """What the uppföljning point gathers: open action items, points carried over and points
    sent on whose answer is awaited."""

    actions: list[tuple[int, str, str | None, date | None]]  # id, text, owner name, due
    carried: list[PointInfo]
    awaited: list[Awaited] = field(default_factory=list)  # sent on, the answer not in yet
    # Working groups that report back to this stormöte until they are closed.
    reports: list[GroupReport] = field(default_factory=list)


@dataclass(frozen=True)
class AgendaView:
    council_name: str
    meeting: MeetingInfo
    standing: list[tuple[str, str | None]]  # title, kind
    points: list[PointInfo]  # on the agenda, in order (övriga frågor ones flagged)
    late: list[PointInfo]  # waiting for the chair's or secretary's decision
    settled: list[PointInfo]  # handled, moved, rejected, withdrawn
    follow_up: FollowUp
    can_manage: bool
    lang: str
    yearly: list[str] = field(default_factory=list)  # the årshjul's items (bot.councils.arshjul)


@dataclass(frozen=True)
class AgendaLine:
    """One line of the agenda as people read it: a numbered item, or one under the item
    before it (an action item or a carried point under uppföljning, a point under övriga)."""

    numbered: bool
    standing: str | None = None  # a standing point's title
    point: PointInfo | None = None
    action: tuple[int, str, str | None, str | None] | None = None  # as in FollowUp.actions
    carried: bool = False
    awaited: Awaited | None = None  # a point sent on, under uppföljning
    report: GroupReport | None = None  # a working group's report, under uppföljning
    yearly: bool = False  # `standing` holds an årshjul item's title


def outline(view: AgendaView) -> list[AgendaLine]:
    """The agenda in order: standing points, the submitted points and the årshjul's items
    before övriga frågor, and the late points taken under övriga frågor inside it. Carried
    points, points sent on and the working groups' reports sit under uppföljning (the
    reports are items of their own when the agenda has no uppföljning)."""
    kinds = {kind for _, kind in view.standing}
    reports = [AgendaLine(numbered=False, report=r) for r in view.follow_up.reports]
    carried = {p.id for p in view.follow_up.carried} if "uppfoljning" in kinds else set()
    main = [p for p in view.points if not p.under_ovriga and p.id not in carried]
    ovriga = [p for p in view.points if p.under_ovriga]
    lines: list[AgendaLine] = []
    placed_main = False
    main_lines = [AgendaLine(numbered=True, point=p) for p in main] + [
        AgendaLine(numbered=True, standing=title, yearly=True) for title in view.yearly
    ]
    if "uppfoljning" not in kinds:
        main_lines += [replace(line, numbered=True) for line in reports]
    for title, kind in view.standing:
        if kind == "ovriga" and not placed_main:
            lines += main_lines
            placed_main = True
        lines.append(AgendaLine(numbered=True, standing=title))
        if kind == "uppfoljning":
            lines += [AgendaLine(numbered=False, action=a) for a in view.follow_up.actions]
            lines += [
                AgendaLine(numbered=False, point=p, carried=True) for p in view.follow_up.carried
            ]
            lines += [AgendaLine(numbered=False, awaited=a) for a in view.follow_up.awaited]
            lines += reports
        if kind == "ovriga":
            lines += [AgendaLine(numbered=False, point=p) for p in ovriga]
    rest = [] if "ovriga" in kinds else [AgendaLine(numbered=True, point=p) for p in ovriga]
    return lines + ([] if placed_main else main_lines) + rest


@dataclass
class Change:
    """The result of a status change: what to tell whom."""

    point: PointInfo
    notices: list[Notice] = field(default_factory=list)
    posts: list[ChannelNotice] = field(default_factory=list)  # to a conversation


def point_info(uow: UnitOfWork, point: AgendaPoint) -> PointInfo:
    (info,) = point_infos(uow, [point])
    return info


def point_infos(uow: UnitOfWork, points: list[AgendaPoint]) -> list[PointInfo]:
    """The points as shown, their submitters and föreningar loaded together (two queries
    however many points)."""
    people = uow.people.by_ids({p.submitter_id for p in points if p.submitter_id})
    foreningar = uow.foreningar.by_ids({p.forening_id for p in points if p.forening_id})
    return [
        shown(
            point_row(
                point, people.get(point.submitter_id or 0), foreningar.get(point.forening_id or 0)
            )
        )
        for point in points
    ]


def point_row(point: AgendaPoint, person: Person | None, forening: Forening | None) -> PointRow:
    """A point as its row reads (ports.PointRow), from the point and whom it names."""
    return PointRow(
        id=point.id,
        meeting_id=point.meeting_id,
        title=point.title,
        description=point.description,
        status=point.status,
        late=point.late,
        under_ovriga=point.under_ovriga,
        outcome=point.outcome,
        presents_self=point.presents_self,
        source_link=point.source_link,
        attachment_link=point.attachment_link,
        attachment_kind=point.attachment_kind,
        carried_from_id=point.carried_from_id,
        submitter_user_id=person.chat_account if person else None,
        submitter_name=person.display_name if person else None,
        forening=forening.name if forening else None,
    )


def shown(row: PointRow) -> PointInfo:
    return PointInfo(
        id=row.id,
        meeting_id=row.meeting_id,
        title=row.title,
        description=row.description,
        status=row.status,
        late=row.late,
        under_ovriga=row.under_ovriga,
        submitter_user_id=row.submitter_user_id,
        submitter_name=row.submitter_name,
        forening=row.forening,
        outcome=row.outcome,
        presents_self=row.presents_self,
        source_link=row.source_link,
        attachment=attachment_of(row),
    )


def attachment_of(point: AgendaPoint | PointRow) -> Attachment | None:
    if point.attachment_link is None:
        return None
    return Attachment(point.attachment_link, image=point.attachment_kind == "image")


def clean_point(title: str, description: str | None) -> tuple[str, str | None]:
    """A point's title on one line and its description, within the limits, or the refusal."""
    title = " ".join(title.split())
    description = (description or "").strip() or None
    if not title:
        raise UserError("punkt.need_title")
    if len(title) > MAX_TITLE:
        raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
    if description and len(description) > MAX_DESCRIPTION:
        raise UserError("error.too_long", length=len(description), limit=MAX_DESCRIPTION)
    return title, description


def accepts_points(meeting: Meeting, viewer: Viewer) -> bool:
    """A stormöte takes anyone's points; a förmöte only the associations'."""
    if meeting.kind == MeetingKind.STORMOTE:
        return True
    return meeting.kind == MeetingKind.FORMOTE and allowed(Action.SEE_FORMOTE, viewer)


def is_late(council: Council, meeting: Meeting, now: datetime) -> bool:
    today = now.astimezone(ZoneInfo(council.timezone)).date()
    return today > cycle_dates(council, meeting.starts_at).agenda_deadline


TITLE_WORDS = 12  # a long message becomes a short title and the rest its description


def title_and_description(text: str) -> tuple[str, str | None]:
    """A chat message taken as a point (an action on a message in a chat): the
    first line, cut at a word boundary, is the title; everything is the description."""
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    words = first_line.split()
    title = " ".join(words[:TITLE_WORDS])[:MAX_TITLE]
    if len(words) > TITLE_WORDS:
        title += " …"
    whole = text.strip()
    return title, (whole if whole != title else None)

"""A point written as a message follows its message: an edit while the agenda is still open
renames it, and deleting the message takes the point back.

Only the message's own writer moves the point (a point someone else made of the message with
the shortcut is theirs). Once the agenda is fixed (after the last day for points, or once the
kallelse is out) an edit no longer changes it, and the writer is told whom to ask. A point
already dealt with stays: deleting its message does not rewrite the council's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from adapters.storage.models import AgendaPoint, Council
from bot.agenda.decisions import Decisions, living
from bot.agenda.moves import meeting_phrase
from bot.agenda.points import OPEN, PointInfo, clean_point, is_late, point_info
from bot.core.authz import Viewer, audience_of
from bot.core.identity import Account
from bot.core.ports import UnitOfWork
from bot.core.viewers import from_workspace, viewer_for
from bot.core.vocabulary import OFFICER_ROLES, PointStatus


class Followed(StrEnum):
    RENAMED = "renamed"
    UNCHANGED = "unchanged"
    CLOSED = "closed"  # the agenda is fixed: an officer changes it now
    SETTLED = "settled"  # handled, rejected or taken back: nothing left to rename
    STANDS = "stands"  # edited into no point: the point is still there, and how to take it back
    WITHDRAWN = "withdrawn"
    KEPT = "kept"  # the message is gone, but the point was dealt with and stays


@dataclass(frozen=True)
class MessageFollowed:
    outcome: Followed
    point: PointInfo
    lang: str
    meeting: str | None = None  # CLOSED: the meeting whose agenda is fixed, mid-sentence
    officers: tuple[str, ...] = ()  # CLOSED: whom to ask (their chat accounts)


class Following(Decisions):
    def rename_by_message(
        self,
        *,
        who: Account,
        source_key: str,
        title: str | None,
        description: str | None,
        now: datetime,
    ) -> MessageFollowed | None:
        """The writer edited the message of their point to say `title` (None: it no longer
        says `punkt:`); None when the message made no point of theirs."""
        if title is not None:
            title, description = clean_point(title, description)
        with self._uow() as uow:
            found = self._written(uow, who, source_key, now)
            if found is None:
                return None
            council, viewer, point = found
            lang = council.language
            if point.status not in OPEN:  # said once a new title is asked for, else quiet
                settled = Followed.SETTLED if title is not None else Followed.UNCHANGED
                return MessageFollowed(settled, point_info(uow, point), lang)
            if title is None:
                return MessageFollowed(Followed.STANDS, point_info(uow, point), lang)
            if (point.title, point.description) == (title, description):
                return MessageFollowed(Followed.UNCHANGED, point_info(uow, point), lang)
            meeting = uow.meetings.get(council.id, point.meeting_id) if point.meeting_id else None
            if meeting is not None and (
                meeting.kallelse_sent_at is not None or is_late(council, meeting, now)
            ):
                officers = uow.memberships.holders(council.id, OFFICER_ROLES, now=now)
                return MessageFollowed(
                    Followed.CLOSED,
                    point_info(uow, point),
                    lang,
                    meeting=meeting_phrase(council, meeting),
                    officers=tuple(p.chat_account for p in officers),
                )
            point.title, point.description = title, description
            uow.events.append(
                "point.renamed",
                at=now,
                council_id=council.id,
                meeting_id=point.meeting_id,
                actor_id=viewer.person_id,
                data={"point_id": point.id},
            )
            renamed = MessageFollowed(Followed.RENAMED, point_info(uow, point), lang)
            uow.commit()
            return renamed

    def withdraw_by_message(
        self, *, who: Account, source_key: str, now: datetime
    ) -> MessageFollowed | None:
        """The writer deleted the message of their point; None when there is nothing to say."""
        with self._uow() as uow:
            found = self._written(uow, who, source_key, now)
            if found is None or found[2].status == PointStatus.WITHDRAWN:
                return None
            council, viewer, point = found
            if point.status not in OPEN:
                return MessageFollowed(Followed.KEPT, point_info(uow, point), council.language)
            change = self._withdraw(uow, council, viewer, point, now)
            return MessageFollowed(Followed.WITHDRAWN, change.point, council.language)

    def _written(
        self, uow: UnitOfWork, who: Account, source_key: str, now: datetime
    ) -> tuple[Council, Viewer, AgendaPoint] | None:
        """The point made of this message, if its writer is the one who sent it."""
        point = uow.points.by_source(source_key)
        council = uow.councils.get(point.council_id) if point else None
        if point is None or council is None:
            return None
        from_workspace(council, who.workspace)
        viewer = viewer_for(uow, council, who, now=now)
        if viewer.person_id is None or viewer.person_id != point.submitter_id:
            return None
        return council, viewer, living(uow, point, audience_of(viewer))

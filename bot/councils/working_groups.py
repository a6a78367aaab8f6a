"""Arbetsgrupper: working groups a stormöte sets up and closes (seeds/000 L241–247: "Stormötet
kan tillsätta och avsluta arbetsgrupper"; both sides must see the need, so it is the
stormöte's decision, never a förmöte's).

A group is set up from that decision (the stormöte, and its point when there was one, are
kept with it) with a name, a mandate, an end date and a roster of the council's members, one
of them perhaps its convenor (sammankallande). It has its own meetings (bot.meetings: an
arbetsgrupp meeting of the group), whose kallelse and roll are the roster's alone
(`roster_for`). Until it is closed, every stormöte's agenda carries its report under
uppföljning (`reporting`, bot.agenda.view); before its end date the chair and the convenor are
reminded (bot.reminders.working_groups). Closing records the outcome, which the year report
shows (bot.councils.year_report).

The officers set groups up, change their rosters and close them; everyone in the council sees
them. What a group is about is the stormöte's, so nothing of a förmöte is in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Meeting, WorkingGroup, WorkingGroupMember
from bot.commands import arbetsgrupp as commands
from bot.commands.people import PersonRef
from bot.core.audience import Audience
from bot.core.authz import Action, Viewer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.notices import Notice, keys, owe
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.viewers import authorized, viewer_by_person, viewer_for
from bot.core.vocabulary import MeetingKind, MeetingStatus, PointStatus
from bot.core.when import format_date, format_when
from bot.meetings.service import meeting_info

UowFactory = Callable[[], UnitOfWork]
MAX_NAME = 200  # the column's length
MAX_MANDATE = 2000
MAX_OUTCOME = 3000
MAX_ROSTER = 30  # a group larger than this is the council itself
DECIDED = frozenset({PointStatus.ON_AGENDA, PointStatus.HANDLED})


@dataclass(frozen=True)
class GroupReport:
    """A group's report back, as a stormöte's agenda lists it under uppföljning."""

    id: int
    name: str
    ends_on: date

    def phrase(self, lang: str) -> Ref:
        """ "Rapport från arbetsgruppen Tillgänglighet (nr 2), slutdatum …" """
        return Ref(
            "agenda.group_report",
            params={"name": self.name, "id": self.id, "ends_on": format_date(self.ends_on, lang)},
        )


@dataclass(frozen=True)
class GroupReply:
    """What a command about working groups says back, a line each, and the outbox keys of
    what it queued (sent at once by the adapter)."""

    lines: tuple[Ref, ...]
    lang: str
    keys: tuple[str, ...] = ()
    public: bool = False  # the council's decision: shown to everyone where it was asked


def reporting(uow: UnitOfWork, council: Council, meeting: Meeting) -> list[GroupReport]:
    """The groups that report back to this stormöte: set up before it began and not closed
    before it (the one it closes reports a last time)."""
    if meeting.kind != MeetingKind.STORMOTE:
        return []
    return [
        GroupReport(g.id, g.name, g.ends_on)
        for g in uow.working_groups.for_council(council.id)
        if g.created_at < meeting.starts_at
        and (g.closed_at is None or g.closed_at >= meeting.starts_at)
    ]


def _decision(
    uow: UnitOfWork,
    council: Council,
    *,
    point_id: int | None,
    meeting_id: int | None,
    now: datetime,
) -> tuple[Meeting, int | None]:
    """The stormöte (held, not cancelled) whose decision sets a group up, and its point. A
    förmöte's point or meeting is "not found" like one that does not exist: the unit's
    officer learns nothing of it."""
    if point_id is not None:
        point = uow.points.get(council.id, point_id, audience=Audience.JOINT)
        if point is None or point.meeting_kind != MeetingKind.STORMOTE:
            raise UserError("arbetsgrupp.point_not_found", id=point_id)
        if point.meeting_id is None or point.status not in DECIDED:
            raise UserError("arbetsgrupp.point_not_decided", id=point_id)
        meeting_id = point.meeting_id
    assert meeting_id is not None
    meeting = uow.meetings.get(council.id, meeting_id)
    if (
        meeting is None
        or meeting.kind != MeetingKind.STORMOTE
        or meeting.status != MeetingStatus.PLANNED
    ):
        raise UserError("arbetsgrupp.meeting_not_found", id=meeting_id)
    if meeting.starts_at > now:
        raise UserError(
            "arbetsgrupp.meeting_not_held",
            id=meeting.id,
            when=format_when(meeting_info(council, meeting).when, lang=council.language),
        )
    return meeting, point_id


def _group(uow: UnitOfWork, council: Council, group_id: int) -> WorkingGroup:
    group = uow.working_groups.get(council.id, group_id)
    if group is None:
        raise UserError("arbetsgrupp.not_found", id=group_id)
    return group


def _open_group(uow: UnitOfWork, council: Council, group_id: int) -> WorkingGroup:
    group = _group(uow, council, group_id)
    if group.closed_at is not None:
        raise UserError("arbetsgrupp.closed_already", id=group.id, name=group.name)
    return group


def _logged(
    uow: UnitOfWork, group: WorkingGroup, kind: str, by: Viewer, now: datetime, **data: object
) -> None:
    """A change to a group, in its council's log by who made it."""
    uow.events.append(
        f"working_group.{kind}",
        at=now,
        council_id=group.council_id,
        actor_id=by.person_id,
        data={"group_id": group.id, **data},
    )


def _today(council: Council, now: datetime) -> date:
    return now.astimezone(ZoneInfo(council.timezone)).date()


def _words(text: str, limit: int, empty_key: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise UserError(empty_key)
    if len(text) > limit:
        raise UserError("error.too_long", length=len(text), limit=limit)
    return text


def group_lines(uow: UnitOfWork, council: Council, group: WorkingGroup) -> list[Ref]:
    """One group as people read it: name and state, whence it came, mandate, end date,
    convenor, roster and meetings."""
    lang = council.language
    people = uow.people.by_ids(
        {*uow.working_groups.roster(group.id), *([group.convenor_id] if group.convenor_id else [])}
    )
    roster = [people[p] for p in uow.working_groups.roster(group.id) if p in people]
    state = (
        Ref(
            "arbetsgrupp.state.closed", params={"day": format_date(_today_of(council, group), lang)}
        )
        if group.closed_at is not None
        else Ref("arbetsgrupp.state.open")
    )
    lines = [
        Ref("arbetsgrupp.show.title", params={"name": group.name, "id": group.id, "state": state})
    ]
    point = (
        uow.points.get(council.id, group.decided_point_id, audience=Audience.JOINT)
        if group.decided_point_id
        else None
    )
    decided = uow.meetings.get(council.id, group.decided_meeting_id)
    when = (
        format_when(meeting_info(council, decided).when, lang=lang) if decided is not None else ""
    )
    if point is not None:
        lines.append(
            Ref(
                "arbetsgrupp.show.decided_point",
                params={"meeting": group.decided_meeting_id, "when": when, "point": point.id,
                        "title": point.title},
            )
        )  # fmt: skip
    else:
        lines.append(
            Ref(
                "arbetsgrupp.show.decided",
                params={"meeting": group.decided_meeting_id, "when": when},
            )
        )
    lines.append(Ref("arbetsgrupp.show.mandate", params={"mandate": group.mandate}))
    lines.append(Ref("arbetsgrupp.show.ends", params={"day": format_date(group.ends_on, lang)}))
    convenor = people.get(group.convenor_id) if group.convenor_id else None
    if convenor is not None:
        lines.append(
            Ref(
                "arbetsgrupp.show.convenor",
                params={"who": Mention(convenor.display_name, convenor.chat_address)},
            )
        )
    if roster:
        lines.append(
            Ref(
                "arbetsgrupp.show.roster",
                params={"people": [Mention(p.display_name, p.chat_address) for p in roster]},
                count=len(roster),
            )
        )
    else:
        lines.append(Ref("arbetsgrupp.show.no_roster", params={"id": group.id}))
    meetings = [
        m for m in uow.meetings.of_working_group(group.id) if m.status == MeetingStatus.PLANNED
    ]
    for meeting in meetings:
        lines.append(
            Ref(
                "arbetsgrupp.show.meeting",
                params={
                    "id": meeting.id,
                    "when": format_when(meeting_info(council, meeting).when, lang=lang),
                },
            )
        )
    if group.outcome:
        lines.append(Ref("arbetsgrupp.show.outcome", params={"outcome": group.outcome}))
    return lines


def _today_of(council: Council, group: WorkingGroup) -> date:
    assert group.closed_at is not None
    return _today(council, group.closed_at)


def _listing(uow: UnitOfWork, council: Council) -> list[Ref]:
    groups = uow.working_groups.for_council(council.id)
    lang = council.language
    if not groups:
        return [Ref("arbetsgrupp.list.empty", params={"council": council.name})]
    lines = [Ref("arbetsgrupp.list.title", params={"council": council.name})]
    for group in groups:
        if group.closed_at is None:
            lines.append(
                Ref(
                    "arbetsgrupp.list.open",
                    count=len(uow.working_groups.roster(group.id)),
                    params={"id": group.id, "name": group.name,
                            "ends_on": format_date(group.ends_on, lang)},
                )
            )  # fmt: skip
        else:
            lines.append(
                Ref(
                    "arbetsgrupp.list.closed",
                    params={"id": group.id, "name": group.name,
                            "day": format_date(_today_of(council, group), lang)},
                )
            )  # fmt: skip
    lines.append(Ref("arbetsgrupp.list.hint"))
    return lines


class WorkingGroupService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def answer(
        self,
        request: commands.GroupRequest,
        *,
        who: Account,
        where: Conversation,
        account: Callable[[PersonRef], Account],
        now: datetime,
    ) -> GroupReply:
        """A request of /arbetsgrupp's but its meetings (planned as /mote plans them), the
        same from every chat: `account` is the adapter's, for the people its words name."""
        caller = {"who": who, "where": where, "now": now}
        if isinstance(request, commands.ListGroups | commands.ShowGroup):
            group_id = request.group_id if isinstance(request, commands.ShowGroup) else None
            return self.show(group_id=group_id, **caller)
        if isinstance(request, commands.CreateGroup):
            return replace(
                self.create(
                    name=request.name,
                    mandate=request.mandate,
                    ends_on=request.ends_on,
                    point_id=request.point_id,
                    meeting_id=request.meeting_id,
                    **caller,
                ),
                public=True,
            )

        def whom(person: PersonRef) -> Account | str:
            """A mention's account, or the email address written instead."""
            return person.address if person.address else account(person)

        if isinstance(request, commands.AddMembers):
            people = [whom(p) for p in request.people]
            return self.add_members(group_id=request.group_id, people=people, **caller)
        if isinstance(request, commands.SetConvenor):
            return self.add_members(
                group_id=request.group_id, people=[whom(request.person)], convenor=True,
                **caller,
            )  # fmt: skip
        if isinstance(request, commands.RemoveMember):
            return self.remove_member(
                group_id=request.group_id, person=whom(request.person), **caller
            )
        if isinstance(request, commands.ExtendGroup):
            extended = self.extend(group_id=request.group_id, ends_on=request.ends_on, **caller)
            return replace(extended, public=True)
        closed = self.close(group_id=request.group_id, outcome=request.outcome, **caller)
        return replace(closed, public=True)

    def show(
        self, *, who: Account, where: Conversation, group_id: int | None, now: datetime
    ) -> GroupReply:
        """For everyone in the council: every group, or one."""
        with self._uow() as uow:
            council, _ = authorized(uow, who, where, Action.SEE_WORKING_GROUPS, now=now)
            if group_id is None:
                return GroupReply(tuple(_listing(uow, council)), council.language)
            group = _group(uow, council, group_id)
            return GroupReply(tuple(group_lines(uow, council, group)), council.language)

    def create(
        self,
        *,
        who: Account,
        where: Conversation,
        name: str,
        mandate: str,
        ends_on: date,
        point_id: int | None,
        meeting_id: int | None,
        now: datetime,
    ) -> GroupReply:
        """Set a group up as a stormöte decided (its point, or the meeting itself)."""
        name = _words(name, MAX_NAME, "arbetsgrupp.create.usage")
        mandate = _words(mandate, MAX_MANDATE, "arbetsgrupp.create.need_mandate")
        if point_id is None and meeting_id is None:
            raise UserError("arbetsgrupp.create.need_decision")
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.MANAGE_WORKING_GROUPS, now=now)
            if ends_on <= _today(council, now):
                raise UserError(
                    "arbetsgrupp.create.past", day=format_date(ends_on, council.language)
                )
            decided, point_id = _decision(
                uow, council, point_id=point_id, meeting_id=meeting_id, now=now
            )
            folded = name.casefold()
            for other in uow.working_groups.for_council(council.id):
                if other.closed_at is None and other.name.casefold() == folded:
                    raise UserError("arbetsgrupp.create.duplicate", id=other.id, name=other.name)
            group = uow.working_groups.add(
                WorkingGroup(
                    council_id=council.id,
                    name=name,
                    mandate=mandate,
                    ends_on=ends_on,
                    decided_meeting_id=decided.id,
                    decided_point_id=point_id,
                    created_by=viewer.person_id,
                    created_at=now,
                )
            )
            uow.events.append(
                "working_group.created",
                at=now,
                council_id=council.id,
                meeting_id=decided.id,
                actor_id=viewer.person_id,
                data={"group_id": group.id, "point_id": point_id, "ends_on": ends_on.isoformat()},
            )
            lines = [
                Ref("arbetsgrupp.created", params={"name": group.name, "id": group.id}),
                *group_lines(uow, council, group)[1:],
                Ref("arbetsgrupp.created.next", params={"id": group.id}),
            ]
            uow.commit()
            return GroupReply(tuple(lines), council.language)

    def add_members(
        self,
        *,
        who: Account,
        where: Conversation,
        group_id: int,
        people: Sequence[Account | str],
        convenor: bool = False,
        now: datetime,
    ) -> GroupReply:
        """Put members of the council on the roster, each by their account or their email
        address (with `convenor`, one person, who then convenes it); each newcomer is told."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.MANAGE_WORKING_GROUPS, now=now)
            group = _open_group(uow, council, group_id)
            members = [self._member(uow, council, person, now) for person in people]
            on = set(uow.working_groups.roster(group.id))
            unique = {m.person_id: m for m in members}
            new = [m for pid, m in unique.items() if pid not in on]
            if len(on) + len(new) > MAX_ROSTER:
                raise UserError("arbetsgrupp.roster_full", limit=MAX_ROSTER)
            for member in new:
                assert member.person_id is not None
                uow.working_groups.add_member(
                    WorkingGroupMember(group_id=group.id, person_id=member.person_id, added_at=now)
                )
                _logged(uow, group, "member_added", viewer, now, person_id=member.person_id)
            if convenor:
                group.convenor_id = members[0].person_id
                _logged(uow, group, "convenor_set", viewer, now, person_id=group.convenor_id)
            told = [
                Notice(
                    m.person_id,
                    "arbetsgrupp.notice.added",
                    {"name": group.name, "council": council.name, "mandate": group.mandate,
                     "ends_on": format_date(group.ends_on, council.language), "id": group.id},
                    council.language,
                    council.id,
                )
                for m in new
                if m.person_id is not None and m.person_id != viewer.person_id
            ]  # fmt: skip
            owe(uow, told, now)
            names = [m.mention for m in (members[:1] if convenor else new)]
            key = "arbetsgrupp.convenor_set" if convenor else "arbetsgrupp.members_added"
            if not names:
                key, names = "arbetsgrupp.members_already", [m.mention for m in members]
            lines = [
                Ref(key, params={"people": names, "name": group.name, "id": group.id},
                    count=len(names)),
                *group_lines(uow, council, group)[1:],
            ]  # fmt: skip
            uow.commit()
            return GroupReply(tuple(lines), council.language, tuple(keys(told)))

    def remove_member(
        self,
        *,
        who: Account,
        where: Conversation,
        group_id: int,
        person: Account | str,
        now: datetime,
    ) -> GroupReply:
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.MANAGE_WORKING_GROUPS, now=now)
            group = _open_group(uow, council, group_id)
            if isinstance(person, str):
                found, name = uow.people.with_email(person), person
            else:
                found = uow.directory.person(person.within(council.workspace))
                name = person.external_id
            name = found.display_name if found else name
            if found is None or not uow.working_groups.remove_member(group.id, found.id):
                raise UserError("arbetsgrupp.not_on_roster", who=name, name=group.name)
            if group.convenor_id == found.id:
                group.convenor_id = None
            _logged(uow, group, "member_removed", viewer, now, person_id=found.id)
            lines = [
                Ref(
                    "arbetsgrupp.member_removed",
                    params={"who": Mention(name, found.chat_address), "name": group.name},
                ),
                *group_lines(uow, council, group)[1:],
            ]
            uow.commit()
            return GroupReply(tuple(lines), council.language)

    def extend(
        self, *, who: Account, where: Conversation, group_id: int, ends_on: date, now: datetime
    ) -> GroupReply:
        """A new end date, as the stormöte decided: the group reports on until it is closed."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.MANAGE_WORKING_GROUPS, now=now)
            group = _open_group(uow, council, group_id)
            if ends_on <= _today(council, now):
                raise UserError(
                    "arbetsgrupp.create.past", day=format_date(ends_on, council.language)
                )
            before, group.ends_on = group.ends_on, ends_on
            _logged(
                uow,
                group,
                "extended",
                viewer,
                now,
                **{"from": before.isoformat(), "to": ends_on.isoformat()},
            )
            lines = [
                Ref(
                    "arbetsgrupp.extended",
                    params={"name": group.name, "id": group.id,
                            "day": format_date(ends_on, council.language)},
                ),
                *group_lines(uow, council, group)[1:],
            ]  # fmt: skip
            uow.commit()
            return GroupReply(tuple(lines), council.language)

    def close(
        self, *, who: Account, where: Conversation, group_id: int, outcome: str, now: datetime
    ) -> GroupReply:
        """Closed as the stormöte decided, with what came of it; the roster is told."""
        outcome = _words(outcome, MAX_OUTCOME, "arbetsgrupp.close.usage")
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Action.MANAGE_WORKING_GROUPS, now=now)
            group = _open_group(uow, council, group_id)
            group.closed_at, group.closed_by, group.outcome = now, viewer.person_id, outcome
            _logged(uow, group, "closed", viewer, now)
            told = [
                Notice(
                    person_id,
                    "arbetsgrupp.notice.closed",
                    {"name": group.name, "council": council.name, "outcome": outcome},
                    council.language,
                    council.id,
                )
                for person_id in uow.working_groups.roster(group.id)
                if person_id != viewer.person_id
            ]
            owe(uow, told, now)
            lines = [
                Ref("arbetsgrupp.closed", params={"name": group.name, "id": group.id}),
                Ref("arbetsgrupp.show.outcome", params={"outcome": outcome}),
            ]
            uow.commit()
            return GroupReply(tuple(lines), council.language, tuple(keys(told)))

    def _member(
        self, uow: UnitOfWork, council: Council, person: Account | str, now: datetime
    ) -> Viewer:
        """A member of the council, by their account or email address (a roster is the
        council's own people; a guest is invited to one meeting with `/kallelse <nr> gäst`)."""
        if isinstance(person, str):
            found = uow.people.with_email(person)
            viewer = viewer_by_person(uow, council, found.id, now=now) if found else None
            if viewer is None or viewer.person_id is None or not viewer.is_member:
                raise UserError("arbetsgrupp.not_member", who=person)
            return viewer
        viewer = viewer_for(uow, council, person, now=now)
        if viewer.person_id is None or not viewer.is_member:
            raise UserError("arbetsgrupp.not_member", who=viewer.mention)
        return viewer

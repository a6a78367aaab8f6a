"""Choosing who approves a meeting's minutes: `justerare: @anna och Lina`.

Councils pick one or two justerare per meeting ("Anna väljs att justera"). The choice is
logged with the minutes and stated in them; with none, the council's justerare who were
there approve (bot.minutes.facts.meeting_justerare). Whoever is chosen speaks for an
association, may read these minutes (a förmöte: no unit people) and was not registered
absent: nobody absent is asked to vouch for a meeting they did not attend.
"""

from __future__ import annotations

from datetime import datetime

from bot.attendance.roll import expected
from bot.commands.grammar import fold
from bot.core.authz import Action, Viewer, allowed
from bot.core.errors import UserError
from bot.core.ports import UnitOfWork
from bot.core.viewers import viewers_of
from bot.meetings.service import visible_to
from bot.minutes.access import Located
from bot.minutes.facts import presence_of
from bot.minutes.lines import Chosen
from bot.minutes.record import JUSTERARE


def choose_justerare(
    uow: UnitOfWork, at: Located, chosen: Chosen, now: datetime
) -> tuple[str, ...]:
    """Log the meeting's justerare (the caller checked the writer may); their names."""
    if at.record.locked:
        raise UserError("protokoll.locked")
    members = {v.person_id: v for v in viewers_of(uow, at.council, now=now)}
    names = {
        pid: person.display_name
        for pid in members
        if pid is not None and (person := uow.people.get(pid)) is not None
    }
    picked = [_by_account(members, p.account, p.label or p.account) for p in chosen.people]
    picked += [_by_name(members, names, name) for name in chosen.names]
    absent = {
        s.member.person.id
        for s in expected(uow, at.council, at.meeting, now)
        if presence_of(s) == "absent"
    }
    people: list[int] = []
    for viewer in picked:
        assert viewer.person_id is not None  # a member
        name = names.get(viewer.person_id, "?")
        if not (allowed(Action.APPROVE_MINUTES, viewer) and visible_to(viewer, at.meeting)):
            raise UserError("protokoll.justerare.not_eligible", name=name)
        if viewer.person_id in absent:
            raise UserError("protokoll.justerare.absent", name=name)
        if viewer.person_id not in people:
            people.append(viewer.person_id)
    at.row(uow, now)
    uow.events.append(
        JUSTERARE,
        at=now,
        council_id=at.council.id,
        meeting_id=at.meeting.id,
        actor_id=at.viewer.person_id,
        data={"people": people},
    )
    at.record.chosen = tuple(people)
    return tuple(names[p] for p in people)


def _by_account(members: dict[int | None, Viewer], account: str, name: str) -> Viewer:
    found = next((v for v in members.values() if v.account == account), None)
    if found is None:
        raise UserError("protokoll.justerare.not_member", name=name)
    return found


def _by_name(members: dict[int | None, Viewer], names: dict[int, str], name: str) -> Viewer:
    """A member by full name, or by first name when only one has it."""
    wanted = fold(" ".join(name.split()))
    for match in (
        lambda full: fold(full) == wanted,
        lambda full: fold(full.split()[0]) == wanted if full.split() else False,
    ):
        found = [members[pid] for pid, full in names.items() if match(full)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UserError("protokoll.justerare.ambiguous", name=name)
    raise UserError("protokoll.justerare.not_member", name=name)

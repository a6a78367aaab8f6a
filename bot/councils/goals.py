"""The council's own goals for its influence, and its yearly evaluation of them: "Det krävs
att man kommer överens om konkreta och mätbara mål för brukarinflytande" (seeds/003 L1290),
followed up systematically to see whether the council's way of working makes a difference
(seeds/003 L1270–1281), by short questions people answer quickly (seeds/002 L1146–1150).

The officers record the goals (`/brukarrad mål`); everyone in the council reads them. Once a
year, when the month of the årshjul's item for the council's own evaluation begins
(bot.councils.arshjul), a round opens with the goals of that day, and every member with a
chat account gets one question per goal, how well the council reached it, each answered with
one tap or not at all (the sweep's full passes, through the outbox, once per round and
person); a member reached by email gets them as a letter whose answers are one-tap links
(bot.members.answers). As after each meeting (bot.meetings.evaluation), an answer only adds
one to its count (GoalTally: no person, no time), and apart it is kept only that the person
answered about that goal (GoalAnswered), so nobody answers twice. The counts go into the
year report beside the meetings' trend (bot.councils.year_report).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, GoalRound, InfluenceGoal
from bot.core.authz import Action as Permission
from bot.core.authz import Viewer
from bot.core.errors import UserError
from bot.core.identity import Account, Conversation
from bot.core.message import Action, Actions, Message, Paragraph, Words
from bot.core.outbox import ANSWERED_BY_LINK, saying
from bot.core.ports import Conflict, UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import authorized, council_at
from bot.core.vocabulary import OutboxStatus
from bot.councils.arshjul import month_name
from bot.meetings.evaluation import reachable

UowFactory = Callable[[], UnitOfWork]
KIND = "målutvärdering"
CHOICES = 3  # "goals.c1" … the best first: well, partly, not at all
ANSWER = "goal_answer"  # a button's action id: "goal_answer_<choice>"
MAX_GOALS = 8  # a message of questions people still answer; fewer goals are followed up
MAX_TITLE = 300  # the column's length
ASK_FOR = timedelta(days=31)  # a question keeps a month: then it is the past year's


def ask_key(round_id: int, person_id: int) -> str:
    return f"goals:r{round_id}:p{person_id}"


def button_value(round_id: int, goal_id: int) -> str:
    return f"{round_id}:{goal_id}"


def pressed(action_id: str, value: str | None) -> tuple[int, int, int]:
    """The round, goal and choice a button answers; refused (UserError) when it is no longer
    one (a button of a message replaced since)."""
    round_id, _, goal_id = (value or "").partition(":")
    try:
        return int(round_id), int(goal_id), int(action_id.removeprefix(f"{ANSWER}_"))
    except ValueError:
        raise UserError("evaluation.stale") from None


def goal_block(goal_id: int) -> str:
    """The id of the group of a goal's buttons: a chat replaces it once answered."""
    return f"goal_g{goal_id}"


@dataclass(frozen=True)
class Goals:
    council_name: str
    lang: str
    titles: tuple[str, ...]  # as numbered: `/brukarrad mål ta bort <nr>`
    month: int | None  # the årshjul's month for the evaluation, if it has one


def goal_lines(goals: Goals) -> list[Ref]:
    """The goals as people read them, a line each, and when they are evaluated."""
    lines = [Ref("goals.heading", params={"council": goals.council_name})]
    if not goals.titles:
        return [*lines, Ref("goals.none")]
    lines += [
        Ref("goals.line", params={"number": n, "title": title})
        for n, title in enumerate(goals.titles, start=1)
    ]
    if goals.month is None:
        return [*lines, Ref("goals.no_when")]
    return [*lines, Ref("goals.when", params={"month": month_name(goals.month, goals.lang)})]


def goal_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """Outbox rows asking every member reachable (a chat, a confirmed address), in the month of
    their council's evaluation item, about each goal of the year's round (opened now if it has
    not been), unless asked already."""
    items = uow.yearly.evaluations()
    councils = {c.id: c for c in uow.councils.by_ids(sorted({i.council_id for i in items}))}
    rows = []
    for item in items:
        council = councils.get(item.council_id)
        if council is None:
            continue
        today = now.astimezone(ZoneInfo(council.timezone)).date()
        if today.month != item.month:
            continue
        found = uow.goals.round_of(council.id, today.year)
        if found is None:
            goals = uow.goals.current(council.id)
            if not goals:
                continue
            found = uow.goals.open_round(council.id, today, [g.id for g in goals], CHOICES)
        if found.opened_on + ASK_FOR < today:
            continue  # moved back into its month after the round: asked once a year
        rows += _asked(uow, council, found, now)
    return rows


def _asked(
    uow: UnitOfWork, council: Council, found: GoalRound, now: datetime
) -> list[dict[str, Any]]:
    members = {row.person.id for row in uow.memberships.active(council.id, now=now)}
    made = uow.outbox.existing_keys(sorted(ask_key(found.id, p) for p in members))
    waiting = sorted(p for p in members if ask_key(found.id, p) not in made)
    if not waiting:
        return []
    message = questions(council, found, uow.goals.round_goals(found.id))
    people = uow.people.by_ids(waiting, accounts=True)
    return [
        {
            "idempotency_key": ask_key(found.id, person.id),
            "kind": KIND,
            "council_id": council.id,
            "person_id": person.id,
            "payload": saying(message) | {ANSWERED_BY_LINK: True},
            "due_at": now,
            "expires_at": now + ASK_FOR,
            "status": OutboxStatus.PENDING,
            "attempts": 0,
        }
        for person in people.values()
        if reachable(person)
    ]


def questions(council: Council, found: GoalRound, goals: list[InfluenceGoal]) -> Message:
    """A question for each goal, its answers as buttons."""
    lang = council.language
    intro = {"council": council.name}
    blocks: list[Paragraph | Actions] = [Paragraph(Words("goals.intro", intro, lang))]
    for goal in goals:
        blocks.append(Paragraph(Words("goals.question", {"goal": goal.title}, lang)))
        blocks.append(
            Actions(
                tuple(
                    Action(
                        f"{ANSWER}_{c}",
                        Words(f"goals.c{c}", {}, lang),
                        button_value(found.id, goal.id),
                    )
                    for c in range(1, CHOICES + 1)
                ),
                id=goal_block(goal.id),
            )
        )
    return Message(tuple(blocks), summary=Words("goals.summary", intro, lang))


def _numbered(uow: UnitOfWork, council: Council, number: int) -> InfluenceGoal:
    goals = uow.goals.current(council.id)
    if not 1 <= number <= len(goals):
        raise UserError("goals.no_such", number=number)
    return goals[number - 1]


def _goals(uow: UnitOfWork, council: Council) -> Goals:
    months = [i.month for i in uow.yearly.for_council(council.id) if i.evaluation]
    return Goals(
        council.name,
        council.language,
        tuple(g.title for g in uow.goals.current(council.id)),
        months[0] if months else None,
    )


def _logged(
    uow: UnitOfWork, council: Council, viewer: Viewer, kind: str, goal: InfluenceGoal, now: datetime
) -> Goals:
    """A change to the goals, in the event log (the goal's id, never its words), committed;
    the goals as they are now."""
    uow.events.append(
        kind, at=now, council_id=council.id, actor_id=viewer.person_id, data={"goal_id": goal.id}
    )
    goals = _goals(uow, council)
    uow.commit()
    return goals


class GoalService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def show(self, *, where: Conversation) -> Goals:
        """For anyone where the council is."""
        with self._uow() as uow:
            return _goals(uow, council_at(uow, where))

    def add(self, *, who: Account, where: Conversation, title: str, now: datetime) -> Goals:
        title = " ".join(title.split())
        if not title:
            raise UserError("goals.need_title")
        if len(title) > MAX_TITLE:
            raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Permission.CHANGE_SETTINGS, now=now)
            if len(uow.goals.current(council.id)) >= MAX_GOALS:
                raise UserError("goals.full", limit=MAX_GOALS)
            goal = uow.goals.add(InfluenceGoal(council_id=council.id, title=title, created_at=now))
            return _logged(uow, council, viewer, "goals.added", goal, now)

    def remove(
        self, *, who: Account, where: Conversation, number: int, now: datetime
    ) -> tuple[str, Goals]:
        """The goal numbered `number` is no longer the council's (kept for the years that
        evaluated it); its title and the goals left."""
        with self._uow() as uow:
            council, viewer = authorized(uow, who, where, Permission.CHANGE_SETTINGS, now=now)
            goal = _numbered(uow, council, number)
            goal.removed_at = now
            return goal.title, _logged(uow, council, viewer, "goals.removed", goal, now)

    def answer(
        self,
        *,
        round_id: int,
        goal_id: int,
        choice: int,
        now: datetime,
        who: Account | None = None,
        person_id: int | None = None,
    ) -> str:
        """Count one tap of the person of the account `who` (a chat's button) or `person_id`
        (a letter's link); the language to thank them in. Only someone asked in the round
        answers, about each of its goals once."""
        with self._uow() as uow:
            council, _, found = self._asked(uow, round_id, goal_id, choice, who, person_id)
            if goal_id in uow.goals.answered(round_id, found):
                raise UserError("goals.already")
            try:
                uow.goals.record(round_id, goal_id, found, choice)
            except Conflict:  # a second tap at the same moment
                raise UserError("goals.already") from None
            uow.commit()
            return council.language

    def answered(
        self, *, round_id: int, goal_id: int, choice: int, person_id: int
    ) -> tuple[str, bool]:
        """The goal asked about, when the person may answer (refused, UserError, if not),
        and whether they have."""
        with self._uow() as uow:
            _, goal, found = self._asked(uow, round_id, goal_id, choice, None, person_id)
            return goal.title, goal_id in uow.goals.answered(round_id, found)

    def _asked(
        self,
        uow: UnitOfWork,
        round_id: int,
        goal_id: int,
        choice: int,
        who: Account | None,
        person_id: int | None,
    ) -> tuple[Council, InfluenceGoal, int]:
        """The round's council, the goal and the person, when they were asked about it."""
        if not 1 <= choice <= CHOICES:
            raise UserError("goals.unknown")
        found = uow.goals.get_round(round_id)
        council = uow.councils.get(found.council_id) if found is not None else None
        if found is None or council is None:
            raise UserError("goals.unknown")
        goal = next((g for g in uow.goals.round_goals(round_id) if g.id == goal_id), None)
        if goal is None:
            raise UserError("goals.unknown")
        if who is not None:
            person = uow.directory.person(who.within(council.workspace))
            person_id = person.id if person is not None else None
        if person_id is None or not uow.outbox.existing_keys([ask_key(round_id, person_id)]):
            raise UserError("goals.not_asked")
        return council, goal, person_id

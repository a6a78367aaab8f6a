"""The short evaluation after each meeting: "fråga människor man träffar vad de tyckte om
det möte man hade och gör kurvor, ställ korta frågor" (seeds/002 L1146–1150), so the council
follows up whether its way of working makes a difference (seeds/003 L1270–1292).

Once a meeting is over, everyone the register has there gets three short questions in a
chat, each answered with one tap (or not at all); someone reached by email gets them as a
letter whose answers are one-tap links (bot.members.answers). The answers are anonymous: an
answer only adds one to its count (EvaluationTally: no person, no time), and apart from it
is kept only that the person has answered that question (EvaluationAnswered), so nobody
answers twice; what they answered is never stored with them. The counts per meeting make the
year's trend in the year report (bot.councils.year_report).

Found by the sweep's passes over everything (bot.reminders.sweep), as the claim offers are,
for ASK_WITHIN after the meeting's end; keyed by meeting and person, so each is asked once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Person
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.message import Action, Actions, Message, Paragraph, Words
from bot.core.outbox import ANSWERED_BY_LINK, saying
from bot.core.ports import Conflict, HeldRow, UnitOfWork
from bot.core.texts import Ref
from bot.core.vocabulary import ATTENDED, OutboxStatus
from bot.core.when_format import format_date

UowFactory = Callable[[], UnitOfWork]
KIND = "utvärdering"
QUESTIONS = 3  # "evaluation.q1" … in the catalogue: the meeting, being heard, influence
CHOICES = 3  # each question's answers, the best first: "evaluation.q1.c1" …
ANSWER = "evaluation_answer"  # a button's action id: "evaluation_answer_<choice>"
ASK_WITHIN = timedelta(days=2)
_DAY = timedelta(days=1)  # local days are less than a day from UTC


def ask_key(meeting_id: int, person_id: int) -> str:
    return f"evaluation:m{meeting_id}:p{person_id}"


def button_value(meeting_id: int, question: int) -> str:
    return f"{meeting_id}:{question}"


def pressed(action_id: str, value: str | None) -> tuple[int, int, int]:
    """The meeting, question and choice a button answers; refused (UserError) when it is no
    longer one (a button of a message replaced since, or of an older form)."""
    meeting, _, question = (value or "").partition(":")
    try:
        return int(meeting), int(question), int(action_id.removeprefix(f"{ANSWER}_"))
    except ValueError:
        raise UserError("evaluation.stale") from None


def question_block(question: int) -> str:
    """The id of the group of a question's buttons: a chat replaces it once answered."""
    return f"evaluation_q{question}"


def evaluation_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """Outbox rows asking each person the register has at a meeting ended in the last
    ASK_WITHIN, and not asked yet, the meeting's questions (in a chat, or a letter whose
    buttons are one-tap links)."""
    held = uow.attendance.held_between(now - ASK_WITHIN - _DAY, now + _DAY)
    over = {m.id: m for m in held if now - ASK_WITHIN <= (m.ends_at or m.starts_at) <= now}
    there = [e for e in uow.attendance.registers(sorted(over)) if e.presence in ATTENDED]
    made = uow.outbox.existing_keys(sorted(ask_key(e.meeting_id, e.person_id) for e in there))
    asked = [e for e in there if ask_key(e.meeting_id, e.person_id) not in made]
    if not asked:
        return []
    council_ids = sorted({over[e.meeting_id].council_id for e in asked})
    councils = {c.id: c for c in uow.councils.by_ids(council_ids)}
    people = uow.people.by_ids(sorted({e.person_id for e in asked}), accounts=True)
    rows = []
    for entry in asked:
        meeting, person = over[entry.meeting_id], people.get(entry.person_id)
        if person is None or not reachable(person):
            continue
        uow.evaluations.open(meeting.id, QUESTIONS, CHOICES)
        council = councils[meeting.council_id]
        rows.append(
            {
                "idempotency_key": ask_key(meeting.id, person.id),
                "kind": KIND,
                "council_id": council.id,
                "person_id": person.id,
                "payload": saying(questions(meeting, council))
                | {"subject": f"m{meeting.id}", ANSWERED_BY_LINK: True},
                "due_at": now,
                "expires_at": (meeting.ends_at or meeting.starts_at) + ASK_WITHIN,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
        )
    return rows


def reachable(person: Person) -> bool:
    """Whether the questions can reach the person: in a chat, or by email (a confirmed
    address: the letter's buttons are one-tap links, bot.members.answers)."""
    if person.erased_at is not None:
        return False
    return bool(person.accounts) or (
        person.email is not None
        and person.email_verified_at is not None
        and person.email_failing_at is None
    )


def questions(meeting: HeldRow, council: Council) -> Message:
    """The three questions, each with its answers as buttons."""
    lang = council.language
    day = format_date(meeting.starts_at.astimezone(ZoneInfo(council.timezone)).date(), lang)
    intro = {"kind": Ref(f"kind.word.{meeting.kind.value}"), "council": council.name, "day": day}
    blocks: list[Paragraph | Actions] = [Paragraph(Words("evaluation.intro", intro, lang))]
    for q in range(1, QUESTIONS + 1):
        blocks.append(Paragraph(Words(f"evaluation.q{q}", {}, lang)))
        blocks.append(
            Actions(
                tuple(
                    Action(
                        f"{ANSWER}_{c}",
                        Words(f"evaluation.q{q}.c{c}", {}, lang),
                        button_value(meeting.id, q),
                    )
                    for c in range(1, CHOICES + 1)
                ),
                id=question_block(q),
            )
        )
    return Message(tuple(blocks), summary=Words("evaluation.summary", intro, lang))


class EvaluationService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def answer(
        self,
        *,
        meeting_id: int,
        question: int,
        choice: int,
        now: datetime,
        who: Account | None = None,
        person_id: int | None = None,
    ) -> str:
        """Count one tap of the person of the account `who` (a chat's button) or `person_id`
        (a letter's link); the language to thank them in. Only someone the register has at
        the meeting answers, each question once."""
        with self._uow() as uow:
            council, found = self._asked(uow, meeting_id, question, choice, who, person_id)
            if question in uow.evaluations.answered(meeting_id, found):
                raise UserError("evaluation.already")
            try:
                uow.evaluations.record(meeting_id, found, question, choice)
            except Conflict:  # a second tap at the same moment
                raise UserError("evaluation.already") from None
            uow.commit()
            return council.language

    def answered(self, *, meeting_id: int, question: int, choice: int, person_id: int) -> bool:
        """Whether the person may answer the question (refused, UserError, if not) and has."""
        with self._uow() as uow:
            _, found = self._asked(uow, meeting_id, question, choice, None, person_id)
            return question in uow.evaluations.answered(meeting_id, found)

    def _asked(
        self,
        uow: UnitOfWork,
        meeting_id: int,
        question: int,
        choice: int,
        who: Account | None,
        person_id: int | None,
    ) -> tuple[Council, int]:
        """The meeting's council and the person, when they may answer the question."""
        if not (1 <= question <= QUESTIONS and 1 <= choice <= CHOICES):
            raise UserError("evaluation.unknown")
        found = uow.attendance.meeting(meeting_id)
        if found is None:
            raise UserError("evaluation.unknown")
        _, council = found
        if who is not None:
            person = uow.directory.person(who.within(council.workspace))
            person_id = person.id if person is not None else None
        if person_id is None:
            raise UserError("evaluation.not_there")
        there = uow.attendance.get(meeting_id, person_id)
        if there is None or there.presence not in ATTENDED:
            raise UserError("evaluation.not_there")
        return council, person_id

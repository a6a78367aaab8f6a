"""The short evaluation after each meeting: "fråga människor man träffar vad de tyckte om
det möte man hade och gör kurvor, ställ korta frågor" (seeds/002 L1146–1150), so the council
follows up whether its way of working makes a difference (seeds/003 L1270–1292).

Once a meeting is over, everyone the register has there gets three short questions in a
chat, each answered with one tap (or not at all). The answers are anonymous: an answer only
adds one to its count (EvaluationTally: no person, no time), and apart from it is kept only
that the person has answered that question (EvaluationAnswered), so nobody answers twice;
what they answered is never stored with them. The counts per meeting make the year's trend in
the year report (bot.councils.year_report).

Found by the sweep's passes over everything (bot.reminders.sweep), as the claim offers are,
for ASK_WITHIN after the meeting's end; keyed by meeting and person, so each is asked once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from adapters.storage.models import Council
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.message import Action, Actions, Message, Paragraph, Words
from bot.core.outbox import saying
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


def pressed(action_id: str, value: str) -> tuple[int, int, int]:
    """The meeting, question and choice a button answers (ValueError if it is not one)."""
    meeting, _, question = value.partition(":")
    return int(meeting), int(question), int(action_id.removeprefix(f"{ANSWER}_"))


def question_block(question: int) -> str:
    """The id of the group of a question's buttons: a chat replaces it once answered."""
    return f"evaluation_q{question}"


def evaluation_rows(uow: UnitOfWork, now: datetime) -> list[dict[str, Any]]:
    """Outbox rows asking each person the register has at a meeting ended in the last
    ASK_WITHIN, and not asked yet, the meeting's questions (in a chat: a letter cannot be
    answered with a tap)."""
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
        if person is None or not person.accounts or person.erased_at is not None:  # no chat
            continue
        uow.evaluations.open(meeting.id, QUESTIONS, CHOICES)
        council = councils[meeting.council_id]
        rows.append(
            {
                "idempotency_key": ask_key(meeting.id, person.id),
                "kind": KIND,
                "council_id": council.id,
                "person_id": person.id,
                "payload": saying(questions(meeting, council)) | {"subject": f"m{meeting.id}"},
                "due_at": now,
                "expires_at": (meeting.ends_at or meeting.starts_at) + ASK_WITHIN,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
            }
        )
    return rows


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
        self, *, who: Account, meeting_id: int, question: int, choice: int, now: datetime
    ) -> str:
        """Count one tap; the language to thank them in. Only someone the register has at
        the meeting answers, each question once."""
        if not (1 <= question <= QUESTIONS and 1 <= choice <= CHOICES):
            raise UserError("evaluation.unknown")
        with self._uow() as uow:
            found = uow.attendance.meeting(meeting_id)
            if found is None:
                raise UserError("evaluation.unknown")
            _, council = found
            person = uow.directory.person(who.within(council.workspace))
            if person is None:
                raise UserError("evaluation.not_there")
            there = uow.attendance.get(meeting_id, person.id)
            if there is None or there.presence not in ATTENDED:
                raise UserError("evaluation.not_there")
            if question in uow.evaluations.answered(meeting_id, person.id):
                raise UserError("evaluation.already")
            try:
                uow.evaluations.record(meeting_id, person.id, question, choice)
            except Conflict:  # a second tap at the same moment
                raise UserError("evaluation.already") from None
            uow.commit()
            return council.language

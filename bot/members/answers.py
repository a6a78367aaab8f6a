"""A letter's answers by link: the questions after a meeting (bot.meetings.evaluation) and the
council's own yearly ones about its goals (bot.councils.goals) reach a member by email as
well as in a chat, each answer a link (adapters/mail/letter.py) made of the person's own
answer link (bot.members.links, purpose `answer`: theirs alone, stored only as its hash) and
what the button answers: its id and value, as a chat's button carries them.

Opening the link only shows the question and the answer chosen (mail scanners open links,
and a count cannot be taken back); the page's one button counts it, as anonymously as a tap
in a chat: only the count grows, and apart it is kept that the person answered that question,
never what, nor when; the link itself keeps nothing of it either. Once answered, the link
says so, and counts nothing again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.core.errors import UserError
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.councils import goals
from bot.councils.goals import GoalService
from bot.councils.language import language_for
from bot.meetings import evaluation
from bot.meetings.evaluation import EvaluationService
from bot.members.links import answering

UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True)
class Asked:
    """What a link answers: the question and the answer chosen, in the person's language,
    and whether they have answered that question already."""

    lang: str
    question: Ref
    choice: Ref
    already: bool


@dataclass(frozen=True)
class Counted:
    lang: str
    already: bool  # answered before: nothing counted now


class AnswerLinkService:
    def __init__(
        self,
        uow: UowFactory,
        evaluations: EvaluationService,
        goals: GoalService,
        *,
        language: str,
    ) -> None:
        self._uow = uow
        self._evaluations = evaluations
        self._goals = goals
        self._language = language

    def asked(self, token: str, *, button: str, value: str, now: datetime) -> Asked:
        """What the link answers, changing nothing; refused (UserError) when the link or
        its question is not one the person may answer."""
        person_id, lang = self._person(token, now)
        if button.startswith(f"{evaluation.ANSWER}_"):
            meeting_id, question, choice = evaluation.pressed(button, value)
            already = self._evaluations.answered(
                meeting_id=meeting_id, question=question, choice=choice, person_id=person_id
            )
            return Asked(
                lang,
                Ref(f"evaluation.q{question}"),
                Ref(f"evaluation.q{question}.c{choice}"),
                already,
            )
        if button.startswith(f"{goals.ANSWER}_"):
            round_id, goal_id, choice = goals.pressed(button, value)
            title, already = self._goals.answered(
                round_id=round_id, goal_id=goal_id, choice=choice, person_id=person_id
            )
            question = Ref("goals.question", params={"goal": title})
            return Asked(lang, question, Ref(f"goals.c{choice}"), already)
        raise UserError("evaluation.stale")

    def answer(self, token: str, *, button: str, value: str, now: datetime) -> Counted:
        """Count the answer the link gives, once per question and person."""
        person_id, lang = self._person(token, now)
        try:
            if button.startswith(f"{evaluation.ANSWER}_"):
                meeting_id, question, choice = evaluation.pressed(button, value)
                lang = self._evaluations.answer(
                    meeting_id=meeting_id,
                    question=question,
                    choice=choice,
                    person_id=person_id,
                    now=now,
                )
            elif button.startswith(f"{goals.ANSWER}_"):
                round_id, goal_id, choice = goals.pressed(button, value)
                lang = self._goals.answer(
                    round_id=round_id, goal_id=goal_id, choice=choice, person_id=person_id, now=now
                )
            else:
                raise UserError("evaluation.stale")
        except UserError as refused:
            if refused.key in ("evaluation.already", "goals.already"):
                return Counted(lang, already=True)
            raise
        return Counted(lang, already=False)

    def _person(self, token: str, now: datetime) -> tuple[int, str]:
        with self._uow() as uow:
            link = answering(uow, token, now=now)
            person = uow.people.get(link.person_id)
            if person is None or person.erased_at is not None:
                raise UserError("web.link.unknown")
            return person.id, language_for(uow, person, default=self._language, now=now)

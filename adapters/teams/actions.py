"""What a person does on one of the bot's cards in Teams: the kallelse's answers (kommer,
kommer inte, jag har läst), the officer's send, an ersättare's yes or no, a justerare's
approval and an amendment's yes or no, an answer to the evaluation after a meeting, a
claim offer confirmed, and one's own data erased (or kept) on `minadata radera`'s card.
The same actions (ids and values) as Slack's buttons (bot.core.message.Action), read from
either way Teams sends them: an `adaptiveCard/action` invoke (Action.Execute: the verb and
its data) or, from a client without Universal Actions, a message whose value is the data
(the Action.Submit fallback: the verb inside it).

Each gives what the card becomes (None: it stays as it is) and what is said beside it (a
refusal, an apology's receipt), and the keys of what the change queued for others."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from adapters.teams.commands import Asked, one
from adapters.teams.commands import kallelse as kallelse_command
from adapters.teams.commands.narvaro import answer_keys, answered
from bot.attendance.asks import SUBSTITUTE_ACTION, substitute_questions
from bot.core.message import Message
from bot.core.notices import keys
from bot.core.vocabulary import Answer
from bot.core.when import format_date
from bot.fees.offers import CONFIRM, CORRECT, offered
from bot.kallelse.message import ANSWER, COMING, NOT_COMING, READ, SEND, SEND_ANYWAY
from bot.kallelse.service import NeedsConfirmation
from bot.meetings import evaluation
from bot.meetings.labels import kronor
from bot.minutes.message import AMENDMENT, APPROVE
from bot.privacy.shown import ERASE, ERASE_CANCEL

INVOKE = "adaptiveCard/action"


@dataclass(frozen=True)
class Pressed:
    verb: str
    value: str


@dataclass
class Acted:
    card: Message | None = None  # what the card becomes; None: it stays
    beside: Message | None = None  # said beside the card
    queued: list[str] = field(default_factory=list)


def pressed(activity: Mapping[str, Any]) -> Pressed | None:
    """The action pressed, if the activity is one: an invoke's, or a submit's message."""
    value = activity.get("value")
    if not isinstance(value, dict):
        return None
    if activity.get("type") == "invoke" and activity.get("name") == INVOKE:
        action = value.get("action") or {}
        data = action.get("data") if isinstance(action.get("data"), dict) else {}
        verb = action.get("verb")
    elif activity.get("type") == "message":
        data, verb = value, value.get("verb")
    else:
        return None
    if not isinstance(verb, str) or not verb:
        return None
    return Pressed(verb, str(data.get("value") or ""))


def act(asked: Asked, action: Pressed) -> Acted:
    """Do what was pressed; UserError when it cannot be done (the card stays)."""
    for prefix, handler in _HANDLERS:
        if action.verb == prefix or action.verb.startswith(prefix + "_"):
            return handler(asked, action)
    return Acted(beside=one("teams.card.elsewhere", asked.lang))


def _answer(asked: Asked, action: Pressed) -> Acted:
    what = action.verb.removeprefix(f"{ANSWER}_")
    meeting_id = int(action.value)
    services, acted = asked.services, Acted()
    if what == READ:
        services.attendance.mark_read(meeting_id=meeting_id, who=asked.who, now=asked.now)
    elif what in (COMING, NOT_COMING):
        result = services.attendance.answer(
            meeting_id=meeting_id,
            who=asked.who,
            answer=Answer.COMING if what == COMING else Answer.NOT_COMING,
            now=asked.now,
            compose=substitute_questions,
        )
        acted.queued += answer_keys(result)
        if result.search is not None:  # an apology: whom it asks to go instead
            acted.beside = answered(result)
    copy = services.kallelse.member_copy(who=asked.who, meeting_id=meeting_id, now=asked.now)
    acted.card = copy.message
    return acted


def _send(asked: Asked, action: Pressed) -> Acted:
    meeting_id = int(action.value)
    services = asked.services
    try:
        sent = services.kallelse.send(
            meeting_id=meeting_id, anyway=action.verb == SEND_ANYWAY, **asked.caller
        )
    except NeedsConfirmation:  # late since the preview: shown again, with "Skicka ändå"
        previewed = services.kallelse.preview(meeting_id=meeting_id, **asked.caller)
        return Acted(card=kallelse_command.preview(previewed))
    # The preview becomes the receipt, so it cannot be sent again by mistake.
    return Acted(card=kallelse_command.sent(sent), queued=list(sent.keys))


def _substitute(asked: Asked, action: Pressed) -> Acted:
    what, _, request_id = action.value.partition(":")
    done = asked.services.attendance.substitute_answer(
        request_id=int(request_id), accept=what == "yes", who=asked.who, now=asked.now
    )
    # The question becomes its outcome, so it cannot be answered twice.
    outcome = one(f"narvaro.substitute.{done.outcome.value}", done.lang, **done.params)
    return Acted(card=outcome, queued=keys(done.notices))


def _approve(asked: Asked, action: Pressed) -> Acted:
    meeting_id, _, version = action.value.partition(":")
    approved = asked.services.minutes.justering.approve(
        who=asked.who, meeting_id=int(meeting_id), version=int(version), now=asked.now
    )
    key = "already" if approved.already else "locked" if approved.locked else "thanks"
    return Acted(card=one(f"protokoll.approve.{key}", approved.lang), queued=keys(approved.notices))


def _amendment(asked: Asked, action: Pressed) -> Acted:
    answer, meeting, amendment = action.value.split(":")
    decided = asked.services.minutes.justering.decide_amendment(
        who=asked.who,
        meeting_id=int(meeting),
        amendment_id=int(amendment),
        confirm=answer == "yes",
        now=asked.now,
    )
    key = "confirmed" if decided.confirmed else "declined"
    return Acted(card=one(f"protokoll.amendment.{key}", decided.lang), queued=keys(decided.notices))


def _evaluation(asked: Asked, action: Pressed) -> Acted:
    meeting_id, question, choice = evaluation.pressed(action.verb, action.value)
    lang = asked.services.evaluation.answer(
        who=asked.who, meeting_id=meeting_id, question=question, choice=choice, now=asked.now
    )
    # The card stays for the other questions; the thanks does not say what was answered.
    return Acted(beside=one("evaluation.thanks", lang))


def _confirm_claim(asked: Asked, action: Pressed) -> Acted:
    council_id, day = offered(action.value)
    confirmed = asked.services.claims.confirm(
        who=asked.who, council_id=council_id, day=day, stated=None, now=asked.now
    )
    lang = confirmed.lang
    key = "web.claims.corrected" if confirmed.corrected else "web.claims.confirmed"
    amount = kronor(Decimal(confirmed.total) / 100, lang)
    # The offer becomes what was confirmed, so it cannot be confirmed twice.
    return Acted(card=one(key, lang, day=format_date(confirmed.day, lang), amount=amount))


def _erase(asked: Asked, action: Pressed) -> Acted:
    """The presser's own data erased: the button names nobody (bot.privacy.shown)."""
    asked.services.privacy.erase(who=asked.who, now=asked.now)
    # The question becomes what was done, so it cannot be pressed again.
    return Acted(card=one("minadata.erase.done", asked.lang))


def _keep(asked: Asked, action: Pressed) -> Acted:
    return Acted(card=one("minadata.erase.cancelled", asked.lang))


def _correct_claim(asked: Asked, action: Pressed) -> Acted:
    return Acted(beside=one("teams.claim.correct", asked.lang))


_HANDLERS: tuple[tuple[str, Callable[[Asked, Pressed], Acted]], ...] = (
    (ANSWER, _answer),
    (SEND_ANYWAY, _send),
    (SEND, _send),
    (SUBSTITUTE_ACTION, _substitute),
    (APPROVE, _approve),
    (AMENDMENT, _amendment),
    (evaluation.ANSWER, _evaluation),
    (CONFIRM, _confirm_claim),
    (CORRECT, _correct_claim),
    (ERASE_CANCEL, _keep),  # before ERASE, whose id begins its own
    (ERASE, _erase),
)

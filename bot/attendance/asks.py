"""The question to an ersättare when a seat holder sends apologies, in the neutral form
(bot.core.message): the question and a yes and a no, each action's id SUBSTITUTE_ACTION and
"_yes" or "_no", its value "<yes|no>:<request id>", what every chat adapter's listener reads
back (a chat's button, a card's action). Email shows the question only."""

from __future__ import annotations

from bot.attendance.service import Answered
from bot.attendance.substitutes import SubstituteAsk
from bot.core.message import Action, Actions, Message, Paragraph, Words
from bot.core.outbox import Message as Queued

SUBSTITUTE_ACTION = "narvaro_substitute"  # value: "<yes|no>:<request id>"


def ask_key(ask: SubstituteAsk) -> str:
    """The outbox key of one question: asked once, however often it is composed."""
    return f"dm:ersattare:{ask.request_id}"


def ask_said(ask: SubstituteAsk) -> Message:
    lang, request = ask.lang, ask.request_id
    return Message(
        (
            Paragraph(Words("narvaro.substitute.ask", ask.params, lang)),
            Actions(
                (
                    Action(
                        f"{SUBSTITUTE_ACTION}_yes",
                        Words("narvaro.substitute.yes", {}, lang),
                        f"yes:{request}",
                        "primary",
                    ),
                    Action(
                        f"{SUBSTITUTE_ACTION}_no",
                        Words("narvaro.substitute.no", {}, lang),
                        f"no:{request}",
                    ),
                ),
                id=f"substitute_{request}",
            ),
        ),
        summary=Words("narvaro.substitute.ask", ask.params, lang),
    )


def substitute_questions(answered: Answered) -> list[Queued]:
    """The questions an apology sets off, queued with the answer, as each channel shows them."""
    return [
        Queued(
            ask.person_id,
            said=ask_said(ask),
            key=ask_key(ask),
            council_id=ask.council_id,
            subject=f"m{ask.meeting_id}",
        )
        for ask in (answered.search.asks if answered.search else ())
    ]

"""Turning service results and refusals into Slack replies, the same way for every handler."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import Respond
from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject, SectionBlock
from sqlalchemy.exc import DBAPIError, OperationalError

from adapters.runtime.inbox import in_inbox_work
from adapters.slack.message import MAX_BLOCKS, SECTION_LIMIT, TEXT_LIMIT, chunks, fit, rendered
from adapters.slack.mrkdwn import mrkdwn as escape  # noqa: F401 (the handlers encode with it)
from adapters.slack.mrkdwn import slack, t
from bot.core.errors import UserError
from bot.core.message import Message

log = logging.getLogger(__name__)
MAX_VIEW_BLOCKS = 100  # in a form (modal) or the Home tab
DB_RETRIES = 2


# A block as slack_sdk's object, or as Slack's JSON already (a long agenda writes its own).
AnyBlock = Block | dict[str, Any]


def block_dicts(blocks: Sequence[AnyBlock]) -> list[dict[str, Any]]:
    """The blocks as Slack's JSON."""
    return [b if isinstance(b, dict) else b.to_dict() for b in blocks]


@dataclass(frozen=True)
class Reply:
    text: str
    blocks: Sequence[AnyBlock] = field(default_factory=tuple)
    in_channel: bool = False
    # Continuation messages, for an answer longer than Slack allows in one (e.g. the agenda).
    more: Sequence[Reply] = field(default_factory=tuple)
    aside: str = ""  # for the sender's eyes only, after an answer posted in the channel

    def as_message(self) -> dict[str, Any]:
        """Keyword arguments for Bolt's respond() (or ack()): the text, blocks and audience."""
        return {
            "text": self.text,
            "blocks": block_dicts(self.blocks) or None,
            "response_type": "in_channel" if self.in_channel else "ephemeral",
        }


SILENT = Reply(text="")  # a form opened instead: nothing to say


def shown(said: Message) -> Reply:
    """A neutral message the domain composed (bot.core.message) as a reply."""
    message = rendered(said)
    return Reply(text=message.text, blocks=tuple(message.blocks or ()))


def answer(respond: Respond, reply: Reply) -> None:
    """A slash command's reply through its response_url; SILENT says nothing."""
    if reply.text:
        respond(**reply.as_message())
    for page in reply.more:
        respond(**page.as_message())
    if reply.aside:
        respond(text=reply.aside, response_type="ephemeral")


def error_text(err: UserError, lang: str) -> str:
    """A refusal in the reader's language; words echoed back from the input are made inert."""
    return slack(err.key, lang, **err.params)


def section(text: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=fit(text, SECTION_LIMIT)))


def text_reply(text: str, *, in_channel: bool = False) -> Reply:
    return Reply(text=fit(text, TEXT_LIMIT), blocks=(section(text),), in_channel=in_channel)


def lines_reply(lines: Sequence[str]) -> Reply:
    """A list however long, whole: its lines in as many sections as Slack's length limit
    needs, and in several messages when they are more than one message holds."""
    return sections_reply(chunks(lines))


def sections_reply(texts: Sequence[str]) -> Reply:
    """Texts that each fit a section, as one message or several of at most MAX_BLOCKS."""
    pages = [texts[i : i + MAX_BLOCKS] for i in range(0, len(texts), MAX_BLOCKS)] or [[""]]
    replies = [
        Reply(text=fit("\n".join(page), TEXT_LIMIT), blocks=tuple(section(c) for c in page))
        for page in pages
    ]
    return Reply(replies[0].text, replies[0].blocks, more=tuple(replies[1:]))


def guarded(produce: Callable[[], Reply], *, lang: str | Callable[[], str], where: str) -> Reply:
    """Run a handler body; refusals become their message, anything else a calm apology, in
    `lang` (or the language `lang()` finds, looked up only when something is said so).

    A database connection lost mid-request (a restarted PostgreSQL) rolled its unit of work
    back, so the whole body is safely run again on a fresh connection. A database that does
    not answer fails the work of a request from the inbox, to be run again from there. Only
    the place and the error type are logged: message texts may hold health data.
    """
    said = lang if callable(lang) else lambda: lang
    for attempt in range(DB_RETRIES + 1):
        try:
            return produce()
        except UserError as err:
            return text_reply(error_text(err, said()))
        except DBAPIError as err:
            if err.connection_invalidated and attempt < DB_RETRIES:
                log.warning("database connection lost in %s; retrying", where)
                continue
            if isinstance(err, OperationalError):  # the database does not answer
                if in_inbox_work():
                    raise  # the request is in the inbox: it is run again, not refused
                log.warning("database unavailable in %s: %s", where, type(err.orig).__name__)
                return text_reply(t("error.database_unavailable", said()))
            log.exception("handler failed in %s", where)
            break
        except Exception:
            log.exception("handler failed in %s", where)
            break
    return text_reply(t("error.unexpected", said()))


def answered(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """The message a button was pressed in, as it was, its buttons replaced by the answer
    (they cannot be pressed twice by mistake, and what they were about stays readable)."""
    kept = [b for b in (body.get("message") or {}).get("blocks", []) if b.get("type") != "actions"]
    answer = ContextBlock(elements=[MarkdownTextObject(text=reply.text)]).to_dict()
    return {"text": reply.text, "blocks": [*kept, answer]}

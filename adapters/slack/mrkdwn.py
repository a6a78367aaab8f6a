"""Catalogue messages in Slack's mrkdwn: the Slack adapter's rendering (bot.core.texts.render).

The catalogue's own words are encoded once (`&`, `<`, `>` as Slack wants them; a line
beginning `> ` stays a quotation), its marks are mrkdwn's own, a person is a mention (it
pings them), a conversation a channel link and a link a link.

Two ways in, as the parameters come:
- `slack()`: people's words as stored (plain, with their mentions and links:
  bot/core/written.py), encoded once here: a notice when it is sent (adapters.slack.delivery),
  a refusal (adapters.slack.handlers.replies).
- `t()`: parameters that are mrkdwn already, written for Slack by the caller (a name it
  encoded, a line it rendered with t()), put in as they are: the Slack handlers' way.

The domain calls neither (tests/test_layering.py): it says things in catalogue words and
neutral messages (bot.core.message) that the Slack adapter renders with these.
"""

from __future__ import annotations

from adapters.slack import ids
from bot.core.texts.catalogue import Ref
from bot.core.texts.render import Channel, Conversation, Link, Mention, Value, render
from bot.core.written import Linked, Named, pieces, spelled

_CHARS = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def encoded(text: str) -> str:
    """Plain text as Slack wants it inside mrkdwn: `&`, `<`, `>` escaped, nothing else."""
    return text.translate(_CHARS)


def _token(piece: Named | Linked) -> str:
    if isinstance(piece, Linked):
        label = f"|{encoded(piece.label)}" if piece.label else ""
        return f"<{encoded(piece.url)}{label}>"
    if piece.platform != ids.SLACK:  # named by another platform's account: by their name
        return encoded(spelled(piece))
    if piece.kind == "person":
        return f"<@{piece.id}>"  # Slack shows their name, and they are reached by it
    return f"<#{piece.id}|{encoded(piece.name)}>" if piece.name else f"<#{piece.id}>"


def mrkdwn(text: str) -> str:
    """A stored text (bot/core/written.py) for Slack's mrkdwn, encoded once: a person with a
    Slack account is a mention, a Slack channel a channel and a link a link."""
    if "<" not in text:  # names nothing (every token begins so): the common case, at once
        return text.translate(_CHARS)
    return "".join(encoded(p) if isinstance(p, str) else _token(p) for p in pieces(text))


class Mrkdwn(Channel):
    def __init__(self, *, prepared: bool) -> None:
        self._prepared = prepared  # parameters are mrkdwn already (t())

    def marked(self, text: str) -> str:
        lines = text.split("\n")
        return "\n".join(
            "> " + encoded(line[2:]) if line.startswith("> ") else encoded(line) for line in lines
        )

    def words(self, text: str) -> str:
        return text if self._prepared else mrkdwn(text)

    def mention(self, person: Mention) -> str:
        """By their Slack account; by name when they have none here (reached by email, or on
        another platform)."""
        account = person.account
        if account is not None and account.platform == ids.SLACK:
            return f"<@{account.external_id}>"
        return encoded(person.name)

    def conversation(self, conversation: Conversation) -> str:
        return f"<#{conversation.id}>"

    def link(self, link: Link) -> str:
        label = f"|{encoded(link.label)}" if link.label else ""
        return f"<{encoded(link.url)}{label}>"


SLACK = Mrkdwn(prepared=False)
PREPARED = Mrkdwn(prepared=True)


def slack(key: str | Ref, lang: str, /, **params: Value) -> str:
    """The message in mrkdwn, people's words in its parameters encoded once."""
    return render(SLACK, key, lang, **params)


def t(key: str | Ref, lang: str = "sv", /, **params: Value) -> str:
    """The message in mrkdwn, its parameters already mrkdwn."""
    return render(PREPARED, key, lang, **params)

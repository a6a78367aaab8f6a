"""/kallelse: preview and send the summons; its texts, documents, glossary, email addresses.

Texts are the council's defaults for one kind of meeting: the stormöte's unless a kind leads
(`/kallelse förmöte paus …`, `/kallelse arbetsgrupp fika …`); with a meeting's number first
(`/kallelse 12 förberedelse …`) they are for that meeting only. Previews and documents are
for one meeting: the next stormöte, the next förmöte with `förmöte`, or the one numbered.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.errors import UserError
from bot.grammar import (
    check_length,
    fold,
    meeting_kind,
    meeting_number,
    split_word,
    take_mention,
)
from bot.kallelse import DocumentAdded, TextSet
from bot.kallelse_content import PEOPLE_FIELDS, Field
from bot.phrasing import in_swedish
from bot.services import Services
from bot.texts import t
from bot.vocabulary import MeetingKind
from handlers.ack_first import slash_command
from handlers.kallelse_actions import document_messages
from handlers.kallelse_blocks import document_reply, preview_reply, status_text
from handlers.outgoing import Outgoing
from handlers.replies import Reply, answer, escape, guarded, text_reply

COMMAND = "/kallelse"
# The words people type (folded) for each text; "leds av" is read as "leds".
FIELDS = {
    "syfte": Field.PURPOSE,
    "leds": Field.LEADER,
    "ledare": Field.LEADER,
    "kontakt": Field.CONTACT,
    "kontaktperson": Field.CONTACT,
    "paus": Field.BREAKS,
    "pauser": Field.BREAKS,
    "fika": Field.FOOD,
    "mat": Field.FOOD,
    "forberedelse": Field.PREPARATION,
    "forberedelser": Field.PREPARATION,
}
EMAIL_WORDS = frozenset({"e-post", "epost", "mejl", "mail"})
COUNCIL_WIDE = frozenset({"forkortning", "forkortningar"}) | EMAIL_WORDS
# Slack sends a typed link as <https://…> or <https://…|label>, an address as <mailto:…|…>.
LINK = re.compile(r"<(https?://[^>|]+)(?:\|([^>]*))?>")
MAILTO = re.compile(r"<mailto:([^>|]+)(?:\|[^>]*)?>")
TERM = re.compile(r"(?P<abbreviation>[^\s=:]+)\s*[=:]?\s*(?P<meaning>.*)", re.DOTALL)


def _typed(text: str) -> str:
    """Free text as the person typed it: Slack escapes &, < and > in command text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def _clears(text: str) -> bool:
    return fold(" ".join(text.split())) == "ta bort"


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def kallelse(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(command["team_id"], command["channel_id"]).lang
        dms = Outgoing(document_messages, also=lambda added: added.emails)
        reply = guarded(lambda: _dispatch(services, command, lang, dms), lang=lang, where=COMMAND)
        answer(respond, reply)
        dms.send(services)


def _meeting(word: str, rest: str) -> tuple[int | None, MeetingKind | None, str, str]:
    """A leading meeting (`12`, `nr 12`) or kind (`förmöte`); returns it and the words after."""
    kind, tail = meeting_kind(f"{word} {rest}")
    if kind is not None:
        return None, kind, *split_word(tail)
    number, tail = meeting_number(f"{word} {rest}", usage="kallelse.usage")
    if number is None:
        return None, None, word, rest
    return number, None, *split_word(tail)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    lang: str,
    dms: Outgoing[DocumentAdded],
) -> Reply:
    text = check_length(command.get("text") or "")
    common = {
        "team_id": command["team_id"],
        "channel_id": command["channel_id"],
        "user_id": command["user_id"],
        "now": services.clock.now(),
    }
    word, rest = split_word(text)
    if fold(word) in ("hjalp", "help"):
        return text_reply(t("kallelse.help", lang))
    meeting_id, kind, word, rest = _meeting(in_swedish(COMMAND, word), rest)
    word = in_swedish(COMMAND, word)
    sub = fold(word)
    if sub in FIELDS:
        field = FIELDS[sub]
        if field == Field.LEADER and fold(split_word(rest)[0]) in ("av", "by"):
            word, rest = f"{word} av", split_word(rest)[1]  # "leds av", also for "led by"
        value = None if _clears(rest) else _field_value(field, rest)
        done = services.kallelse.set_text(
            field=field,
            value=value,
            meeting_id=meeting_id,
            kind=kind or MeetingKind.STORMOTE,
            **common,
        )
        return text_reply(_text_set(done, word, cleared=value is None))
    if kind == MeetingKind.ARBETSGRUPP and sub in ("", "underlag"):
        raise UserError("kallelse.arbetsgrupp_number")
    meeting = {"meeting_id": meeting_id, "formote": kind == MeetingKind.FORMOTE}
    if sub == "":
        return preview_reply(services.kallelse.preview(**meeting, **common))
    if sub == "status":
        return text_reply(status_text(services.kallelse.delivery(**meeting, **common)))
    if sub == "underlag":
        url, title = _link(rest)
        document = services.kallelse.add_document(
            url=url, title=title, messages=dms, **meeting, **common
        )
        return text_reply(document_reply(document))
    if sub in COUNCIL_WIDE and (meeting_id is not None or kind is not None):
        raise UserError("kallelse.council_wide", word=escape(word))
    if sub == "forkortningar" or (sub == "forkortning" and not rest):
        return _glossary(services, lang, common)
    if sub == "forkortning":
        return _term(services, rest, lang, common)
    if sub in EMAIL_WORDS:
        return _email(services, rest, lang, common)
    raise UserError("error.unknown_subcommand", word=escape(word), command=COMMAND)


def _field_value(field: Field, rest: str) -> str:
    usage = f"kallelse.usage.{field.value}"
    if field in PEOPLE_FIELDS:
        mention, after = take_mention(rest, usage_key=usage)
        if after:
            raise UserError(usage)
        return mention.user_id
    if not rest:
        raise UserError(usage)
    return _typed(rest)


def _text_set(done: TextSet, word: str, *, cleared: bool) -> str:
    lang = done.lang
    field = t(f"kallelse.field.{done.field.value}", lang)
    if done.meeting_id is not None:
        scope = t("kallelse.scope.meeting", lang, id=done.meeting_id)
    else:
        scope = t("kallelse.scope.kind", lang, meetings=t(f"kind.plural.{done.kind.value}", lang))
    key = "kallelse.text.cleared" if cleared else "kallelse.text.set"
    text = t(key, lang, field=field, scope=scope)
    word = escape(word.lower())
    if done.meeting_id is None:
        text += t("kallelse.text.council_hint", lang, word=word)
    if done.meeting_id is None and done.kind == MeetingKind.STORMOTE:
        text += t("kallelse.text.kind_hint", lang, word=word)
    return text


def _link(rest: str) -> tuple[str, str | None]:
    """The document's link and title: `<https://…|label> [titel]` or `https://… [titel]`."""
    found = LINK.match(rest)
    if found is not None:
        title = rest[found.end() :].strip() or found.group(2)
        return found.group(1), _typed(title) if title else None
    url, _, title = rest.partition(" ")
    if not url:
        raise UserError("kallelse.document.usage")
    return _typed(url), _typed(title) or None


def _glossary(services: Services, lang: str, common: dict[str, Any]) -> Reply:
    terms = services.kallelse.glossary(**common)
    if not terms:
        return text_reply(t("kallelse.term.list_empty", lang))
    items = "\n".join(f"• *{escape(g.abbreviation)}* – {escape(g.meaning)}" for g in terms)
    return text_reply(t("kallelse.term.list", lang, items=items))


def _term(services: Services, rest: str, lang: str, common: dict[str, Any]) -> Reply:
    found = TERM.fullmatch(_typed(rest))
    if found is None or not found["meaning"].strip():
        raise UserError("kallelse.term.usage")
    removing = _clears(found["meaning"])
    term = services.kallelse.set_term(
        abbreviation=found["abbreviation"],
        meaning=None if removing else found["meaning"],
        **common,
    )
    params = {"abbreviation": escape(term.abbreviation), "meaning": escape(term.meaning)}
    return text_reply(
        t("kallelse.term.removed" if removing else "kallelse.term.set", lang, **params)
    )


def _email(services: Services, rest: str, lang: str, common: dict[str, Any]) -> Reply:
    for_user = None
    if rest.startswith("<@"):
        mention, rest = take_mention(rest, usage_key="kallelse.email.usage")
        for_user = mention.user_id
    if not rest:
        raise UserError("kallelse.email.usage")
    removing = _clears(rest)
    address = None if removing else MAILTO.sub(lambda m: m.group(1), rest).strip()
    whose = services.kallelse.set_email(email=address, for_user_id=for_user, **common)
    own = whose == common["user_id"]
    if removing:
        key = "kallelse.email.removed_own" if own else "kallelse.email.removed_other"
    else:
        key = "kallelse.email.set_own" if own else "kallelse.email.set_other"
    return text_reply(t(key, lang, who=f"<@{whose}>"))

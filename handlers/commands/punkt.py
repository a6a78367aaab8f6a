"""/punkt: send an agenda point, or change one (take back, place, move, no, handled)."""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.agenda import Change
from bot.errors import UserError
from bot.grammar import check_length, fold, is_number, record_id, split_word
from bot.notices import ChannelNotice, Notice
from bot.phrasing import in_swedish
from bot.services import Services
from bot.texts import t
from handlers.ack_first import slash_command
from handlers.agenda_blocks import point_modal, receipt
from handlers.replies import SILENT, Reply, answer, escape, guarded, text_reply
from handlers.slack_users import deliver, named, post_notices

COMMAND = "/punkt"
# Subcommands that change a point, by the folded word people type.
CHANGES = {
    "aterta": "withdraw",
    "avsla": "reject",
    "flytta": "move",
    "behandlad": "handle",
    "ta": "take",
    "godkann": "take",
    "ovriga": "ovriga",
}
# The subcommands as written in help, by folded form, to suggest when a typed word is close.
SUBCOMMANDS = {
    "aterta": "återta",
    "avsla": "avslå",
    "flytta": "flytta",
    "behandlad": "behandlad",
    "ta med": "ta med",
    "godkann": "godkänn",
    "ovriga": "övriga",
}
# Words people use for a subcommand they half remember, folded, and the one they meant.
MEANT = {
    "aterkalla": "återta",
    "ta bort": "återta",
    "ta tillbaka": "återta",
    "dra tillbaka": "återta",
    "radera": "återta",
    "stryk": "återta",
    "angra": "återta",
    "withdraw": "återta",
    "remove": "återta",
    "delete": "återta",
    "neka": "avslå",
    "avvisa": "avslå",
    "reject": "avslå",
    "skjut": "flytta",
    "move": "flytta",
    "klar": "behandlad",
    "klart": "behandlad",
    "handled": "behandlad",
    "done": "behandlad",
    "ta": "ta med",
    "take": "ta med",
}
# Verbs with no subcommand of their own: followed by a number they are a command, not a
# title ("Fråga 3" is a title; "avboka 3" is not).
VERBS = frozenset(
    {"avboka", "annullera", "andra", "redigera", "visa", "oppna", "stang", "kopiera", "byt"}
    | {"edit", "show", "cancel", "change", "open", "close"}
)
CLOSE_ENOUGH = 0.75  # difflib ratio: "flyta", "behandla", "atreta" yes; "fika" no


def split_point(text: str) -> tuple[str, str | None]:
    """ "Rubrik: beskrivning" → ("Rubrik", "beskrivning"); without a colon all is the title.
    Only a colon of the text's own counts: not one inside a Slack link or mention
    (`<https://…|rapporten>`), nor the one of a bare `https://`."""
    at = _title_colon(text)
    if at is None:
        return text.strip(), None
    return text[:at].strip(), text[at + 1 :].strip() or None


def written_point(client: WebClient, text: str) -> tuple[str, str | None]:
    """A point's title and description as written in Slack, the people it mentions named
    (handlers/slack_users.named)."""
    return split_point(named(client, text))


def _title_colon(text: str) -> int | None:
    inside = 0
    for at, char in enumerate(text):
        if char == "<":
            inside += 1
        elif char == ">" and inside:
            inside -= 1
        elif char == ":" and not inside and not text.startswith("//", at + 1):
            return at
    return None


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def punkt(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(command["team_id"], command["channel_id"]).lang
        notices: list[Notice] = []
        posts: list[ChannelNotice] = []
        reply = guarded(
            lambda: _dispatch(services, command, client, lang, notices, posts),
            lang=lang,
            where=COMMAND,
        )
        answer(respond, reply)
        deliver(services, notices)
        post_notices(services, posts)


def _open_form(services: Services, command: dict[str, Any], client: WebClient, lang: str) -> Reply:
    found = services.agenda.meetings_for(
        team_id=command["team_id"],
        channel_id=command["channel_id"],
        user_id=command["user_id"],
        now=services.clock.now(),
    )
    client.views_open(
        trigger_id=command["trigger_id"], view=point_modal(found, command["channel_id"], lang)
    )
    return SILENT


def _dispatch(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    lang: str,
    notices: list[Notice],
    posts: list[ChannelNotice],
) -> Reply:
    text = check_length(command.get("text") or "")
    if not text.strip():
        return _open_form(services, command, client, lang)
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    typed, rest = split_word(text)
    typed = in_swedish(COMMAND, typed)
    word = fold(typed)
    if word in ("hjalp", "help"):
        return text_reply(t("punkt.help", lang))
    if word in CHANGES and _starts_with_number(rest, word):
        change = _change(services, CHANGES[word], team, channel, user, rest, now)
        notices += change.notices
        posts += change.posts
        status = t(f"status.{change.point.status.value}", lang)
        typed_number = _number_in(rest)
        key = "punkt.changed" if typed_number == change.point.id else "punkt.changed_renumbered"
        return text_reply(
            t(
                key,
                lang,
                id=change.point.id,
                old=typed_number,
                title=escape(change.point.title),
                status=status,
            )
        )
    formote = word == "formote"
    if not formote and ":" not in text:  # a colon always means "this is a title"
        _refuse_subcommand_lookalike(text)
    title, description = written_point(client, rest if formote else text)
    submitted = services.agenda.submit(
        team_id=team,
        user_id=user,
        channel_id=channel,
        title=title,
        description=description,
        formote=formote,
        now=now,
    )
    notices += submitted.notices
    return text_reply(receipt(submitted))


def _refuse_subcommand_lookalike(text: str) -> None:
    """A first word that looks like a subcommand is not a point: "återkalla 10" is a
    misremembered `återta 10`, and "avboka 10" is a verb and a number, no title either.
    Nothing is created; the answer says what would work, and how to send it as a title."""
    words = text.split()
    if len(words) == 1 and is_number(words[0]):
        raise UserError("punkt.number_only", id=words[0])
    for size in (2, 1):
        head, tail = words[:size], words[size:]
        if len(head) < size or not tail or not is_number(tail[0]):
            continue
        key = " ".join(fold(w) for w in head)
        close = get_close_matches(key, SUBCOMMANDS, n=1, cutoff=CLOSE_ENOUGH)
        meant = MEANT.get(key) or (SUBCOMMANDS[close[0]] if close else None)
        if meant is not None:
            suggestion = " ".join([meant, *tail])
            raise UserError("punkt.did_you_mean", suggestion=suggestion, title=text)
    if len(words) == 2 and is_number(words[1]) and fold(words[0]) in VERBS:
        raise UserError("punkt.unknown_word", word=words[0], title=text)


def _starts_with_number(rest: str, word: str) -> bool:
    """ "flytta 12" changes point 12; "flytta lokalen" is the title of a new point."""
    first = rest.split(None, 1)[0] if rest else ""
    if word == "ta":  # "ta med 12"
        parts = rest.split()
        return len(parts) >= 2 and fold(parts[0]) == "med" and is_number(parts[1])
    return is_number(first) or not rest


def _number_in(rest: str) -> int | None:
    """The point number typed after a subcommand ("med 12" for `ta med 12`)."""
    words = rest.split()
    if words and fold(words[0]) == "med":
        words = words[1:]
    return int(words[0]) if words and is_number(words[0]) else None


def _change(
    services: Services, what: str, team: str, channel: str, user: str, rest: str, now: Any
) -> Change:
    if what == "take":
        rest = rest.split(None, 1)[1] if fold(rest.split()[0]) == "med" else rest
    number, _, tail = rest.partition(" ")
    if not is_number(number):
        raise UserError("punkt.change_usage", word=what)
    common = {
        "team_id": team,
        "channel_id": channel,
        "user_id": user,
        "point_id": record_id(number, not_found="punkt.not_found"),
        "now": now,
    }
    tail = tail.strip()
    if what == "withdraw":
        return services.agenda.withdraw(**common)
    if what == "reject":
        return services.agenda.reject(reason=tail, **common)
    if what == "handle":
        return services.agenda.handle(outcome=tail, **common)
    if what == "move":
        target = fold(tail).removeprefix("till").strip().removeprefix("nr").strip()
        if target and not is_number(target):
            raise UserError("punkt.change_usage", word=what)
        to_meeting = record_id(target, not_found="mote.not_found") if target else None
        return services.agenda.move(to_meeting_id=to_meeting, **common)
    return services.agenda.place(ovriga=what == "ovriga", **common)

"""`protokoll` from Teams: minutes lines written to the bot (`protokoll beslut: …`), the
justerare, and one meeting's minutes through start, draft, justering, publication and
status; the words read by bot.commands.protokoll, a line by bot.minutes.lines, the people in
it Teams' (`MinutesWords`). The justerare approve from the card the request comes as."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from adapters.teams.commands import Asked, one, said
from adapters.teams.ids import TEAMS
from bot.commands.help import Help
from bot.commands.people import PersonRef
from bot.commands.protokoll import ChooseJusterare, EditItem, Line, Step, parse
from bot.core.message import Message, Words
from bot.core.texts import Ref
from bot.core.texts.render import Mention, Value
from bot.core.when import When, format_date, format_when
from bot.core.written import TOKEN, Named, piece, readable
from bot.minutes.capture import Captured
from bot.minutes.justering import Standing
from bot.minutes.publish import Publication


@dataclass(frozen=True)
class MinutesWords:
    """How a minutes line written in Teams reads (bot.minutes.lines.LineReader): a person
    by their Teams account and the name Teams gave with the mention."""

    def person(self, text: str) -> tuple[str, PersonRef, str] | None:
        for found in TOKEN.finditer(text):
            named = piece(found)
            if isinstance(named, Named) and named.kind == "person" and named.platform == TEAMS:
                ref = PersonRef(named.id, named.name or None)
                return text[: found.start()], ref, text[found.end() :]
        return None

    def words(self, text: str) -> str:
        return readable(text)


WORDS = MinutesWords()


def run(asked: Asked, rest: str) -> Message:
    request = parse(rest, WORDS)
    minutes, lang = asked.services.minutes, asked.lang
    if isinstance(request, Help):
        return one("protokoll.help", lang)
    if isinstance(request, Line):
        captured = minutes.capture.line(
            text=request.text, read=WORDS, formote=request.formote, **asked.caller
        )
        return receipt(captured)
    if isinstance(request, EditItem):
        return one("teams.protokoll.edit", lang)
    if isinstance(request, ChooseJusterare):
        chose = minutes.capture.choose(
            chosen=request.chosen, formote=request.formote, **asked.caller
        )
        return receipt(chose)
    where = {**asked.caller, "meeting_id": request.meeting_id, "formote": request.formote}
    if request.step is Step.START:
        started = minutes.capture.start(**where)
        asked.queued += started.keys
        return one("teams.protokoll.started", lang)
    if request.step is Step.DRAFT:
        # Teams takes no files from a bot: the draft's document is linked on the member page.
        draft = minutes.capture.draft(**where)
        linked = minutes.files.draft_links(draft.meeting_id, draft.layout)
        return draft.without_files(linked or Words("teams.protokoll.draft.no_page", {}, lang))
    if request.step is Step.SEND:
        sent = minutes.justering.send(**where)
        asked.queued += sent.keys
        names: list[Value] = [Mention(v.name, v.chat) for v in sent.justerare]
        return one("protokoll.justera.sent", lang, version=sent.version, who=names)
    if request.step is Step.PUBLISH:
        publication = minutes.publishing.publish(**where)
        asked.queued += publication.keys
        return published(publication)
    return status(minutes.justering.status(**where))


def receipt(captured: Captured) -> Message:
    item, lang = captured.item, captured.lang
    if captured.justerare:
        return one("protokoll.justerare.chosen", lang, names=list(captured.justerare))
    assert item is not None  # every other line is written under an item
    params: dict[str, Value] = {"number": item.number, "title": item.title}
    if captured.note is None:
        return one("protokoll.topic", lang, **params)
    kind = Ref(f"protokoll.kind.{captured.note.kind.name.lower()}")
    return one("protokoll.noted", lang, kind=kind, **params)


def published(publication: Publication) -> Message:
    lang = publication.lang
    key = "protokoll.published" if publication.first else "protokoll.republished"
    where = "channel" if publication.conversation else "formote"
    lines: list[tuple[str, dict[str, Value]]] = [
        (key, {"version": publication.version, "where": Ref(f"protokoll.published.{where}")})
    ]
    if not publication.justered:
        lines.append(("protokoll.published.unjustered", {}))
    if publication.actions:
        lines.append(("protokoll.published.actions", {"count": publication.actions}))
    if publication.emailed:
        lines.append(("protokoll.published.emailed", {"count": publication.emailed}))
    if publication.late_days:
        lines.append(("protokoll.published.late", {"count": publication.late_days}))
    return said(lang, *lines)


def status(standing: Standing) -> Message:
    lang = standing.lang
    if not standing.started:
        return one("protokoll.status.not_started", lang, meeting=standing.meeting)
    lines: list[tuple[str, dict[str, Value]]] = [
        (
            f"protokoll.status.{standing.status.name.lower()}",
            {
                "meeting": standing.meeting,
                "version": standing.version,
                "due": format_date(standing.due, lang),
            },
        )
    ]
    if standing.waiting:
        lines.append(("protokoll.status.waiting", {"names": list(standing.waiting)}))
    lines += [
        ("protokoll.status.approval", {"name": name, "at": _at(at, lang), "version": version})
        for name, at, version in standing.approvals
    ]
    lines += [
        ("protokoll.status.proposal", {"name": name, "at": _at(at, lang), "text": text})
        for name, at, text in standing.proposals
    ]
    lines += [
        ("protokoll.status.pending", {"id": amendment, "name": name, "at": _at(at, lang)})
        for amendment, name, at in standing.pending
    ]
    return said(lang, *lines)


def _at(at: datetime, lang: str) -> str:
    return format_when(When(at), lang=lang)

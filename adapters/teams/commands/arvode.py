"""`arvode` from Teams: one's own claims (`mitt [period]`), one's own pay data (`mina
uppgifter …`, `radera`), and the secretary's summary of everyone's claims (`[period]`,
`anmälningar`, `godkänn`); read by bot.commands.arvode, answered in the words
adapters/reports/fees_words.py gives Slack too. Pay data and claims are answered to the
writer alone: in the channel, the answer says so and goes to their personal chat.

Slack sends the secretary the claims as a CSV file; Teams takes a file from a bot only on
a consent card of its own, so in Teams the summary links to the file on the member page,
behind its sign-in (adapters/web/claims_file.py), as the minutes' files are. The council's
fee rules, decisions, payer, certificates and blanketter are Slack's (the answer says which
words work here)."""

from __future__ import annotations

from adapters.reports import fees_words
from adapters.teams import card
from adapters.teams.commands import Asked, Privately, one, privately
from adapters.teams.text import read_mention
from bot.agenda.message import paged
from bot.commands.arvode import ArvodeRequest, Claims, EraseProfile, Mine, Profile, parse
from bot.commands.help import Help
from bot.core.message import Line, Message, Paragraph, Section, Words
from bot.core.texts.render import Link, plain
from bot.fees.claiming import ClaimsReport
from bot.fees.files import claims_path
from bot.fees.parsing import PAY_FIELDS
from bot.members.links import PAGE_PATH

ROOM = 1_500  # kept in the summary's message for what is not counted line by line


def run(asked: Asked, rest: str) -> Message | Privately:
    zone = asked.services.councils.locale(asked.where).zone
    request = parse(rest, read_mention, now=asked.now, zone=zone)
    if isinstance(request, Help):
        return one("arvode.help", asked.lang)
    return privately(asked, _answer(asked, request))


def _answer(asked: Asked, request: ArvodeRequest) -> Message:
    services, lang, who, where, now = (
        asked.services,
        asked.lang,
        asked.who,
        asked.where,
        asked.now,
    )
    if isinstance(request, EraseProfile):
        erased = services.fees.erase_profile(who=who, now=now)
        return one("arvode.profile.erased" if erased else "arvode.profile.nothing", lang)
    if isinstance(request, Profile):
        if request.changes is None:
            found = services.fees.profile(who=who, now=now)
            return Message.of(*fees_words.profile(found, lang, now=now, saved=False))
        found = services.fees.update_profile(who=who, changes=request.changes, now=now)
        stated = bool(request.changes.keys() & PAY_FIELDS)
        said = fees_words.profile(found, lang, now=now, saved=True, pay_stated=stated)
        return Message.of(*said)
    if isinstance(request, Mine):
        own = services.claims.own(who=who, where=where, period=request.period, now=now)
        return fees_words.own_claims(own)
    if isinstance(request, Claims):
        period = request.period
        if request.approve:
            report = services.claims.approve(who=who, where=where, period=period, now=now)
        else:
            report = services.claims.council_claims(who=who, where=where, period=period, now=now)
        return summary(report, services.settings.public_url)
    return one("teams.arvode.elsewhere", lang)


def summary(report: ClaimsReport, page_url: str | None) -> Message:
    """The summary in one Teams message: the head, as many claims as it holds (the rest
    counted), the total, who has not confirmed, and where the file is: on the member page
    (where it is served), else not here."""
    file = _file(report, page_url) if report.rows else None
    head = [Paragraph(w) for w in fees_words.claims_head(report)]
    tail = [Paragraph(w) for w in fees_words.claims_tail(report, file)]
    used = card.sent_size(card.activity(Message((*head, *tail))))
    lines = [Line(w) for w in fees_words.claim_lines(report, page_url)]
    shown = paged(lines, card.line_size, card.MAX_BYTES - ROOM - used, 0)[0] if lines else []
    if len(shown) < len(lines):
        shown.append(Line(fees_words.more_claims(report, len(shown))))
    body = [Section(None, tuple(shown))] if shown else []
    return Message((*head, *body, *tail), summary=head[0].words)


def _file(report: ClaimsReport, page_url: str | None) -> Words:
    """Where the CSV file is: a link to it on the member page, behind its sign-in."""
    if page_url is None:
        return Words("teams.arvode.file", {"count": len(report.rows)}, report.lang)
    url = f"{page_url}{PAGE_PATH}{claims_path(report.council_id, report.period)}"
    link = Link(url, plain("arvode.claims.file_link", report.lang))
    return Words("teams.arvode.file_link", {"link": link}, report.lang)

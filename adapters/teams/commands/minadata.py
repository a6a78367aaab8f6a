"""`minadata` from Teams, anywhere and about the writer only: everything stored about them
(each list's latest lines, as Slack shows them; the member page has all), `export`, `sida`,
`sida stäng`, `e-post …`, and `radera`: the explanation with its buttons, erasing only when
the button is pressed (adapters/teams/actions.py). Read by bot.commands.minadata.

Teams takes a file from a bot in a personal chat only after the person has accepted it on a
consent card of Teams' own, so `export` sends the personal link to the member page instead
(to the person's chat with the bot), where the same data is downloaded as a file; the answer
says so."""

from __future__ import annotations

from adapters.runtime.outgoing import send_now
from adapters.teams.commands import Asked, Privately, one, privately
from adapters.web.mydata import my_data
from bot.commands.help import Help
from bot.commands.minadata import (
    ByEmail,
    ClosePage,
    Erase,
    Export,
    MinadataRequest,
    Page,
    parse,
)
from bot.core.message import TEXT, Line, Message, Paragraph, Section, Words
from bot.core.texts.render import plain
from bot.privacy.inventory import Inventory
from bot.privacy.shown import by_email, erase_question

SHOWN = 15  # each list's latest lines (as Slack shows them); the member page has them all


def run(asked: Asked, rest: str) -> Message | Privately:
    request = parse(rest)
    if isinstance(request, Help):
        return one("minadata.help", asked.lang)
    return privately(asked, _answer(asked, request))


def _answer(asked: Asked, request: MinadataRequest) -> Message:
    services, lang, who, now = asked.services, asked.lang, asked.who, asked.now
    if isinstance(request, Export | Page):
        issued = services.member_links.send_link(who=who, now=now)
        send_now(services, [issued.key])
        key = "teams.minadata.export" if isinstance(request, Export) else "teams.minadata.page"
        return one(key, lang)
    if isinstance(request, ClosePage):
        services.member_links.revoke_all(who=who, now=now)
        return one("minadata.page.closed", lang)
    if isinstance(request, ByEmail):
        said, queued = by_email(services.member_links, request, who, now)
        send_now(services, queued)
        return Message.of(said)
    if isinstance(request, Erase):
        services.privacy.require_known(who=who)
        return erase_question(lang)
    return inventory(services.privacy.mine(who=who), lang)


def inventory(found: Inventory, lang: str) -> Message:
    """What is stored, in the member page's parts (adapters/web/mydata.py): each part's title
    over its latest lines, and where the rest is."""
    sections = []
    for title, lines in my_data(found, lang, plain):
        shown = lines[-SHOWN:]
        if len(lines) > SHOWN:
            shown.append(plain("minadata.more", lang, count=len(lines) - SHOWN))
        sections.append(Section(_words(title, lang), tuple(Line(_words(t, lang)) for t in shown)))
    where = Words("teams.minadata.footer", {}, lang)
    summary = Words("minadata.title", {}, lang)
    return Message((*sections, Paragraph(where)), summary=summary, more=where)


def _words(text: str, lang: str) -> Words:
    """A line the member page's words wrote (plain text), as it is."""
    return Words(TEXT, {"text": text}, lang)

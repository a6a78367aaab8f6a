"""A council for the member page's tests: the people of tests.bot.test_substitutes, Vera
from the unit, a stormöte whose kallelse is out with a document, and a förmöte."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from bot.core.identity import NamedAccount
from bot.core.vocabulary import MeetingKind, Role
from bot.members.links import MemberLinkService
from tests.bot.test_substitutes import ANNA, OLLE, SARA, council, plan
from tests.conftest import NOW

PUBLIC = "https://brukarbot.example.org"
VERA = NamedAccount("U0VERA", "Vera Verksamhet")
DOCUMENT = "https://example.org/verksamhetsplan.pdf"


@dataclass(frozen=True)
class Seeded:
    stormote: int
    formote: int


def seed(services: Services) -> Seeded:
    stormote = council(services)
    services.councils.add_member(
        who=account("T", SARA.external_id),
        where=conversation("T", "C"),
        member=VERA,
        role=Role.VERKSAMHET,
        forening=None,
        now=NOW,
    )
    formote = plan(services, MeetingKind.FORMOTE, "tisdag 9 mars kl 10-12", OLLE)
    caller = {"who": account("T", SARA.external_id), "where": conversation("T", "C")}
    services.kallelse.add_document(
        url=DOCUMENT, title="Verksamhetsplan", meeting_id=stormote, now=NOW, **caller
    )
    services.kallelse.send(meeting_id=stormote, anyway=True, now=NOW, **caller)
    return Seeded(stormote, formote)


def link_for(services: Services, who: NamedAccount = ANNA, now: datetime = NOW) -> str:
    """A fresh sign-in link's path (under the page) for the person, sent at `now`."""
    links = MemberLinkService(services.uow, public_url=PUBLIC, language="sv")
    url = links.send_link(who=account("T", who.external_id), now=now).url
    return url.removeprefix(PUBLIC)

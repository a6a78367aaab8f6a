"""Publishing: email with the document (queued in the outbox with the publication),
återkoppling for every point, action items made once, the due date, and a corrected version
after an amendment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from sqlalchemy import select

from adapters.mail.letter import letter
from adapters.runtime.services import Services
from adapters.slack.ids import account
from adapters.storage.models import ActionItem, AgendaPoint, Person
from bot.core.outbox import said_in
from bot.core.ports.messenger import MailTo
from bot.core.vocabulary import PointStatus
from bot.minutes.capture import EntryInput
from bot.minutes.publish import Publication, PublishService
from tests.bot.minutes_council import (
    ANNA,
    LINA,
    OLLE,
    SARA,
    TEAM,
    VERA,
    Council,
    at,
    council,
)


@dataclass
class KeptMail:
    """A mail server's address only: the minutes are queued, the sender mails them."""

    sender: str = "brukarbot@example.org"

    def send(self, messages: Sequence[EmailMessage]) -> int:
        raise AssertionError("the outbox's sender mails, not the service")


def _locked(c: Council) -> None:
    assert c.approve(LINA, c.send())  # Anna sent apologies: Lina alone is asked


def _publish(services: Services, c: Council, mail: KeptMail | None = None) -> Publication:
    publishing = PublishService(services.uow, services.agenda, mail)
    return publishing.publish(**c.where(SARA, at(5, 11)))


def test_published_minutes_are_emailed_from_the_council_greeting_the_member_with_the_document(
    sqlite_services: Services,
) -> None:
    c = council(sqlite_services)
    with sqlite_services.uow() as uow:
        for person in uow.session.scalars(select(Person)):
            person.email = f"{person.display_name.split()[0].lower()}@example.org"
        uow.commit()
    c.write("punkt 5", "beslut: Rådet vill ha kortare väntetider.")
    _locked(c)
    published = _publish(sqlite_services, c, KeptMail())
    assert published.emailed == 6  # every member, the unit too
    with sqlite_services.uow() as uow:
        rows = uow.outbox.by_keys(list(published.emails))
    assert {row.payload["via"] for row in rows.values()} == {"email"}
    # Queued in the neutral form, written as a letter by the mail adapter when it is sent.
    said = said_in(rows[published.emails[0]].payload)
    assert said is not None
    to = MailTo("anna@example.org", "Anna Andersson")
    message = letter(said, to, sender=KeptMail.sender, key=published.emails[0], at=None)
    assert message["Subject"].startswith("Protokoll: Brukarrådet Psykiatri Väst, stormöte")
    # From the council, greeting the member by name.
    assert message["From"] == "Brukarrådet Psykiatri Väst <brukarbot@example.org>"
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().startswith("Hej Anna!\n\n")
    assert "Beslut: Rådet vill ha kortare väntetider." in body.get_content()
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == "protokoll-2026-12-03-stormote.docx"


def test_every_point_gets_its_outcome_and_actions_are_made_once(
    sqlite_services: Services,
) -> None:
    c = council(sqlite_services)
    with sqlite_services.uow() as uow:
        fika = uow.session.scalars(select(AgendaPoint).where(AgendaPoint.title == "Mer fika"))
        fika_id = fika.one().id
    # Decided during the meeting the agenda's way, before the minutes say anything.
    sqlite_services.agenda.handle(
        **c.where(SARA, at(3, 14)), point_id=fika_id, outcome="Fika varannan gång."
    )
    c.write("punkt 5", "åtgärd: <@U0VERA> Ta fram statistik senast 1 mars")
    _locked(c)
    published = _publish(sqlite_services, c)
    assert published.first and published.actions == 1 and published.late_days == 0
    told = c.told(published.notices)
    assert set(told) == {ANNA, LINA, VERA}
    assert told[ANNA].key == "punkt.notice.handled"  # noted but not decided: handled
    # An outcome made of an action says who does it and by when.
    assert told[ANNA].params["outcome"] == (
        "Åtgärd: Ta fram statistik – ansvarig Vera Verksamhet, senast måndag 1 mars 2027"
    )
    assert told[LINA].key == "protokoll.feedback.settled"
    assert told[LINA].params["outcome"] == "Fika varannan gång."
    assert told[VERA].key == "punkt.notice.moved"  # nothing written: not reached

    # A corrected version: the open action follows the line, and nobody is told twice.
    action = c.entry("5", "Ta fram")
    asked = c.edit(
        "5",
        [EntryInput(action, None, "Ta fram statistik per mottagning", VERA, date(2027, 3, 15))],
        now=at(6, 9),
    ).amendment
    assert asked is not None
    sqlite_services.minutes.justering.decide_amendment(
        who=account(TEAM, OLLE), meeting_id=c.meeting, amendment_id=asked.id, confirm=True,
        now=at(6, 10),
    )  # fmt: skip
    again = _publish(sqlite_services, c)
    assert not again.first and again.notices == () and again.version == 2
    with sqlite_services.uow() as uow:
        [item] = uow.session.scalars(select(ActionItem))
        point = uow.session.scalars(select(AgendaPoint).where(AgendaPoint.id == fika_id)).one()
    assert (item.text, item.due_on) == ("Ta fram statistik per mottagning", date(2027, 3, 15))
    assert point.status == PointStatus.HANDLED


def test_minutes_past_their_due_date_say_how_late(sqlite_services: Services) -> None:
    c = council(sqlite_services)
    c.write("punkt 1", "info: Inget nytt.")
    _locked(c)
    publishing = PublishService(sqlite_services.uow, sqlite_services.agenda, None)
    published = publishing.publish(**c.where(SARA, at(28, 9)))
    assert published.late_days == 11  # due Thursday 17 December

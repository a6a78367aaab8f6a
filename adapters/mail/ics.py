"""Calendar invitations (iCalendar, RFC 5545/5546) for a meeting, built with `icalendar`.

One UID per meeting for its whole life, and the meeting's SEQUENCE (bumped by every move
and the cancellation), so a calendar updates or removes the event it already has.

`icalendar` (a tenth of a second to import, its property types) is imported where an
invitation is written, seldom, rather than with the kallelse at every process's start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from icalendar import Timezone, vCalAddress


class Method(StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


@dataclass(frozen=True)
class Address:
    email: str
    name: str

    def as_ical(self, **params: str) -> vCalAddress:
        from icalendar import vCalAddress, vText

        address = vCalAddress(f"mailto:{self.email}")
        address.params["cn"] = vText(self.name)
        address.params.update(params)
        return address


@dataclass(frozen=True)
class MeetingEvent:
    uid: str
    sequence: int
    start: datetime  # aware, in the council's zone: its VTIMEZONE is included
    end: datetime | None
    summary: str
    description: str
    location: str | None
    url: str | None


def invitation(
    event: MeetingEvent,
    method: Method,
    *,
    organizer: Address,
    attendee: Address,
    now: datetime,
) -> bytes:
    """A one-attendee invitation (REQUEST) or its cancellation (CANCEL)."""
    if event.start.tzinfo is None:
        raise ValueError("a meeting starts at an aware datetime")
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Brukarbot//kallelse//SV")
    calendar.add("version", "2.0")
    calendar.add("method", method.value)
    calendar.add_component(_timezone(event.start))
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", now.astimezone(UTC))
    vevent.add("dtstart", event.start)
    if event.end is not None:
        vevent.add("dtend", event.end)
    vevent.add("summary", event.summary)
    vevent.add("description", event.description)
    if event.location:
        vevent.add("location", event.location)
    if event.url:
        vevent.add("url", event.url)
    vevent.add("status", "CANCELLED" if method == Method.CANCEL else "CONFIRMED")
    vevent.add("organizer", organizer.as_ical())
    # RSVP=FALSE: answers are given with the kallelse's buttons, not to the bot's mailbox.
    vevent.add(
        "attendee",
        attendee.as_ical(role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="FALSE"),
    )
    calendar.add_component(vevent)
    return calendar.to_ical()


def _timezone(start: datetime) -> Timezone:
    """The zone's rules around the meeting only: a short VTIMEZONE every client reads."""
    zone = getattr(start.tzinfo, "key", None)
    if zone is None:
        raise ValueError("a meeting's time needs a named zone (zoneinfo)")
    from icalendar import Timezone

    return Timezone.from_tzid(
        zone, first_date=date(start.year, 1, 1), last_date=date(start.year + 1, 12, 31)
    )

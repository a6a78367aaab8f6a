"""Every message and view the bot builds stays within Slack's limits, however long the names,
titles and lists people give it: rendered with the longest inputs the bot accepts and checked
with the local Slack's own validator (`devtools.localslack.limits`), so what passes here is what a
real workspace shows."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk.models.views import View

from adapters.slack.blocks.agenda import agenda_pages, council_picker, decision_modal, point_modal
from adapters.slack.blocks.attendance import checklist_modal, roll_reply
from adapters.slack.blocks.audit import audit_reply
from adapters.slack.blocks.kallelse import member_message, preview_reply
from adapters.slack.blocks.minutes import (
    edit_modal,
)
from adapters.slack.blocks.privacy import inventory_reply
from adapters.slack.handlers.events import home_view
from adapters.slack.handlers.replies import Reply, shown
from adapters.slack.ids import account
from adapters.slack.message import rendered
from bot.agenda import AgendaView, Attachment, PointInfo
from bot.agenda.points import MAX_DESCRIPTION, MAX_TITLE, FollowUp
from bot.attendance.service import Roll, RollEntry
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.vocabulary import (
    ActionStatus,
    Answer,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    PointStatus,
    Presence,
    Role,
)
from bot.core.when import When
from bot.councils.audit import AuditEntry, AuditTrail
from bot.councils.home import CouncilHome
from bot.kallelse.content import DocumentInfo, Field, Item, Kallelse, Named, Term
from bot.kallelse.message import channel_post
from bot.kallelse.service import MAX_MEANING, MAX_URL, MemberCopy, Preview
from bot.kallelse.service import MAX_TEXT as MAX_KALLELSE_TEXT
from bot.kallelse.service import MAX_TITLE as MAX_DOCUMENT_TITLE
from bot.meetings.service import CycleDates, MeetingInfo
from bot.minutes.capture import MAX_ENTRY, EditForm, FormEntry
from bot.minutes.message import amendment_question, draft, justering_request
from bot.minutes.record import Item as MinutesItem
from bot.minutes.render import Layout, Said, Section
from bot.privacy.inventory import (
    AccountLine,
    ActionLine,
    AttendanceLine,
    GuestLine,
    Inventory,
    PointLine,
    RoleLine,
)
from devtools.localslack.limits import MAX_TEXT, message_problems, view_problems

ZONE = ZoneInfo("Europe/Stockholm")
NAME = 200  # people's, councils' and föreningar's names are stored in 200 characters
PLACE = 500  # bot.commands.grammar.MAX_PLACE
REASON = 500  # adapters.slack.handlers.commands.narvaro.MAX_REASON
LINE = 2000  # an action item's text or a decision's outcome (bot.commands.grammar.MAX_TEXT)
# Characters that grow when escaped for Slack (& -> &amp;) and åäö.
ALPHABET = "aåäöÅ &<>*_"
SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def long_text(limit: int) -> st.SearchStrategy[str]:
    """Text at or near its longest (the cases a limit breaks on): a short drawn pattern
    repeated, so long inputs stay cheap to generate and shrink."""
    return st.builds(
        lambda pattern, n: (pattern * n)[:n],
        st.text(alphabet=ALPHABET, min_size=1, max_size=8),
        st.integers(min_value=max(1, limit * 9 // 10), max_value=limit),
    )


def many(strategy: st.SearchStrategy[Any], most: int) -> st.SearchStrategy[list[Any]]:
    """Lists at the long end: "most members", "most points"."""
    return st.lists(strategy, min_size=most * 3 // 4, max_size=most)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def meetings(draw: st.DrawFn) -> MeetingInfo:
    start = datetime(2026, 3, 12, 18, 0, tzinfo=ZONE) + timedelta(
        days=draw(st.integers(min_value=0, max_value=300))
    )
    day = start.date()
    return MeetingInfo(
        id=draw(st.integers(min_value=1, max_value=2**31 - 1)),
        kind=draw(st.sampled_from(MeetingKind)),
        status=draw(st.sampled_from(MeetingStatus)),
        when=When(start=start, end=start + timedelta(hours=2)),
        place=draw(maybe(long_text(PLACE))),
        dates=CycleDates(
            agenda_deadline=day - timedelta(days=14),
            kallelse_last_day=day - timedelta(days=7),
            minutes_due=day + timedelta(days=14),
        ),
        parent_id=None,
    )


@st.composite
def points(draw: st.DrawFn) -> PointInfo:
    return PointInfo(
        id=draw(st.integers(min_value=1, max_value=2**31 - 1)),
        meeting_id=1,
        title=draw(long_text(MAX_TITLE)),
        description=draw(maybe(long_text(MAX_DESCRIPTION))),
        status=draw(st.sampled_from(PointStatus)),
        late=draw(st.booleans()),
        under_ovriga=draw(st.booleans()),
        submitter_user_id="U0ANNA",
        submitter_name=draw(maybe(long_text(NAME))),
        forening=draw(maybe(long_text(NAME))),
        outcome=draw(maybe(long_text(LINE))),
        presents_self=draw(st.booleans()),
        source_link=None,
        attachment=draw(maybe(attachments())),
    )


def attachments() -> st.SearchStrategy[Attachment]:
    """A file's permalink as long as a point keeps one (500 characters)."""
    prefix = "https://lokal.slack.com/files/U0ANNA/F0000001/"
    return st.builds(
        Attachment,
        st.integers(min_value=450 - len(prefix), max_value=500 - len(prefix)).map(
            lambda n: prefix + "a" * n
        ),
        st.booleans(),
    )


def _message_is_valid(reply: Reply) -> None:
    for message in (reply, *reply.more):
        sent = message.as_message()
        assert len(sent["text"]) <= MAX_TEXT
        assert message_problems(sent["blocks"] or []) == []
    if reply.aside:
        assert len(reply.aside) <= MAX_TEXT


def _view_is_valid(view: View) -> None:
    assert view_problems(view.to_dict()) == []


@SETTINGS
@given(
    meeting=meetings(),
    council=long_text(NAME),
    standing=many(st.tuples(long_text(MAX_TITLE), st.just(None)), 12),
    on_agenda=many(points(), 60),
    late=many(points(), 25),
    settled=many(points(), 40),
    actions=many(
        st.tuples(
            st.integers(min_value=1, max_value=2**31 - 1),
            long_text(LINE),
            maybe(long_text(NAME)),
            st.none(),
        ),
        30,
    ),
    can_manage=st.booleans(),
    lang=st.sampled_from(["sv", "en"]),
)
def test_the_agenda_fits_however_long(
    meeting: MeetingInfo,
    council: str,
    standing: list[tuple[str, str | None]],
    on_agenda: list[PointInfo],
    late: list[PointInfo],
    settled: list[PointInfo],
    actions: list[tuple[int, str, str | None, date | None]],
    can_manage: bool,
    lang: str,
) -> None:
    view = AgendaView(
        council_name=council,
        meeting=meeting,
        standing=[*standing, ("Uppföljning", "uppfoljning")],
        points=on_agenda,
        late=late,
        settled=settled,
        follow_up=FollowUp(actions=actions, carried=on_agenda[:5]),
        can_manage=can_manage,
        lang=lang,
    )
    for page in agenda_pages(view, meeting.when.start.date()):
        _message_is_valid(page)


@SETTINGS
@given(
    councils=many(st.tuples(st.integers(min_value=1, max_value=2**31 - 1), long_text(NAME)), 40),
    lang=st.sampled_from(["sv", "en"]),
)
def test_the_council_picker_fits_however_many_councils(
    councils: list[tuple[int, str]], lang: str
) -> None:
    _message_is_valid(council_picker(councils, "1700000000.000100", lang))


@SETTINGS
@given(
    coming=many(meetings(), 150),
    lang=st.sampled_from(["sv", "en"]),
    what=st.sampled_from(["reject", "handle"]),
)
def test_the_point_forms_fit(coming: list[MeetingInfo], lang: str, what: str) -> None:
    _view_is_valid(point_modal(coming, "C0RAD", lang))
    response_url = "https://hooks.slack.com/actions/T0/1/" + "x" * 60
    _view_is_valid(decision_modal(what, 2**31 - 1, "C0RAD", response_url, lang, 9))


@st.composite
def roll_entries(draw: st.DrawFn) -> RollEntry:
    at = datetime(2026, 3, 12, 18, 5, tzinfo=ZONE)
    return RollEntry(
        person_id=draw(st.integers(min_value=1, max_value=2**31 - 1)),
        name=draw(long_text(NAME)),
        forening=draw(maybe(long_text(NAME))),
        is_unit=draw(st.booleans()),
        answer=draw(maybe(st.sampled_from(Answer))),
        reason=draw(maybe(long_text(REASON))),
        presence=draw(maybe(st.sampled_from(Presence))),
        arrived_at=draw(maybe(st.just(at))),
        left_at=draw(maybe(st.just(at + timedelta(hours=1)))),
        replaces=draw(maybe(long_text(NAME))),
        replaced_by=draw(maybe(long_text(NAME))),
    )


@SETTINGS
@given(
    meeting=meetings(),
    entries=many(roll_entries(), 60),
    lang=st.sampled_from(["sv", "en"]),
)
def test_the_register_fits_however_many_people(
    meeting: MeetingInfo, entries: list[RollEntry], lang: str
) -> None:
    roll = Roll(conversation="C0RAD", lang=lang, meeting=meeting, entries=entries)
    _message_is_valid(roll_reply(roll))
    _view_is_valid(checklist_modal(roll))


@st.composite
def council_homes(draw: st.DrawFn) -> CouncilHome:
    return CouncilHome(
        name=draw(long_text(NAME)),
        conversation="C0RAD",
        lang=draw(st.sampled_from(["sv", "en"])),
        roles=("ordförande", "sekreterare"),
        meetings=draw(many(meetings(), 3)),
        points=draw(many(points(), 5)),
        actions=draw(
            many(
                st.tuples(
                    st.integers(min_value=1, max_value=2**31 - 1), long_text(LINE), st.none()
                ),
                40,
            )
        ),
        kallelser=[],
    )


@SETTINGS
@given(homes=many(council_homes(), 8), lang=st.sampled_from(["sv", "en"]))
def test_the_home_tab_fits_however_much_is_going_on(homes: list[CouncilHome], lang: str) -> None:
    _view_is_valid(home_view(homes, lang))


IDS = st.integers(min_value=1, max_value=2**31 - 1)
LANGS = st.sampled_from(["sv", "en"])
DAY = date(2026, 3, 12)


@st.composite
def kallelser(draw: st.DrawFn) -> Kallelse:
    named = st.builds(Named, name=long_text(NAME), account=st.just(account("T0", "U0ANNA")))
    return Kallelse(
        council_id=1,
        workspace="T0",
        council_name=draw(long_text(NAME)),
        lang=draw(LANGS),
        meeting=draw(meetings()),
        sequence=draw(st.integers(min_value=1, max_value=99)),
        purpose=draw(maybe(long_text(MAX_KALLELSE_TEXT))),
        leader=draw(maybe(named)),
        contact=draw(maybe(named)),
        agenda=tuple(
            draw(
                many(st.builds(Item, maybe(IDS), long_text(MAX_TITLE), maybe(long_text(NAME))), 60)
            )
        ),
        documents=tuple(
            draw(
                many(
                    st.builds(
                        DocumentInfo,
                        long_text(MAX_DOCUMENT_TITLE),
                        long_text(MAX_URL).map(lambda u: "https://" + u[8:]),
                    ),
                    15,
                )
            )
        ),
        breaks=draw(maybe(long_text(MAX_KALLELSE_TEXT))),
        food=draw(maybe(long_text(MAX_KALLELSE_TEXT))),
        preparation=draw(maybe(long_text(MAX_KALLELSE_TEXT))),
        glossary=tuple(draw(many(st.builds(Term, long_text(32), long_text(MAX_MEANING)), 20))),
    )


@SETTINGS
@given(
    kallelse=kallelser(),
    answers=st.booleans(),
    answer=maybe(st.sampled_from(Answer)),
    read=st.booleans(),
    late=st.booleans(),
    sent=st.booleans(),
)
def test_the_kallelse_fits_in_the_channel_every_dm_and_the_preview(
    kallelse: Kallelse, answers: bool, answer: Answer | None, read: bool, late: bool, sent: bool
) -> None:
    _message_is_valid(shown(channel_post(kallelse)))
    _message_is_valid(member_message(MemberCopy(kallelse, answers, answer, read)))
    preview = Preview(
        kallelse=kallelse,
        last_day=DAY,
        late=late,
        sent_at=datetime(2026, 3, 1, 9, 0, tzinfo=ZONE) if sent else None,
        in_channel=True,
        recipients=60,
        emails=60,
        email_enabled=True,
        missing=tuple(Field),
        breaks_outside=("14.30",),
    )
    _message_is_valid(preview_reply(preview))


@SETTINGS
@given(
    council=long_text(NAME),
    lang=LANGS,
    entries=many(
        st.builds(
            AuditEntry,
            at=st.just(datetime(2026, 3, 12, 18, 0, tzinfo=ZONE)),
            actor=maybe(long_text(NAME)),
            key=st.just("audit.member_added"),
            params=st.fixed_dictionaries(
                {"person": long_text(NAME), "role": st.just("ledamot"), "forening": long_text(NAME)}
            ),
        ),
        100,
    ),
)
def test_the_audit_log_fits(council: str, lang: str, entries: list[AuditEntry]) -> None:
    _message_is_valid(audit_reply(AuditTrail(council, lang, tuple(entries))))


@SETTINGS
@given(
    lang=LANGS,
    name=long_text(NAME),
    roles=many(
        st.builds(
            RoleLine,
            long_text(NAME),
            st.sampled_from(Role),
            maybe(long_text(NAME)),
            st.just(DAY),
            maybe(st.just(DAY)),
        ),
        20,
    ),
    points_sent=many(
        st.builds(
            PointLine,
            long_text(NAME),
            IDS,
            long_text(MAX_TITLE),
            st.none(),
            st.sampled_from(PointStatus),
            st.just(DAY),
        ),
        40,
    ),
    attendance=many(
        st.builds(
            AttendanceLine,
            long_text(NAME),
            IDS,
            st.sampled_from(MeetingKind),
            st.just(DAY),
            st.just(Answer.NOT_COMING.value),
            long_text(REASON),
            st.just(Presence.ABSENT.value),
            st.booleans(),
            st.booleans(),
        ),
        40,
    ),
    actions=many(
        st.builds(
            ActionLine,
            long_text(NAME),
            IDS,
            long_text(LINE),
            maybe(st.just(DAY)),
            st.sampled_from(ActionStatus),
        ),
        40,
    ),
    guest_of=many(
        st.builds(
            GuestLine,
            long_text(NAME),
            IDS,
            st.sampled_from(MeetingKind),
            st.just(DAY),
            st.just(DAY),
        ),
        40,
    ),
)
def test_what_is_stored_about_someone_fits(
    lang: str,
    name: str,
    roles: list[RoleLine],
    points_sent: list[PointLine],
    attendance: list[AttendanceLine],
    actions: list[ActionLine],
    guest_of: list[GuestLine],
) -> None:
    found = Inventory(
        name=name,
        language=None,
        email="anna@example.se",
        email_verified=None,
        phone="070-123 45 67",
        accounts=(AccountLine("slack", "T0", "U0ANNA", None),),
        since=datetime(2025, 1, 1, tzinfo=ZONE),
        roles=tuple(roles),
        points=tuple(points_sent),
        attendance=tuple(attendance),
        fees=None,
        claims=(),
        receipts=(),
        reminders=None,
        actions=tuple(actions),
        log=(),
        guest_of=tuple(guest_of),
    )
    _message_is_valid(inventory_reply(found, lang))


def _shown(reply: Reply) -> str:
    return "\n".join(
        block["text"]["text"]
        for message in (reply, *reply.more)
        for block in message.as_message()["blocks"] or []
        if block.get("type") == "section"
    )


def test_a_long_register_shows_everyone() -> None:
    """60 people with long names and reasons: more than one section holds, all of them shown."""
    start = datetime(2026, 3, 12, 18, 0, tzinfo=ZONE)
    day = start.date()
    meeting = MeetingInfo(
        id=7,
        kind=MeetingKind.STORMOTE,
        status=MeetingStatus.PLANNED,
        when=When(start=start),
        place=None,
        dates=CycleDates(day, day, day),
        parent_id=None,
    )
    entries = [
        RollEntry(
            person_id=n,
            name=f"Person {n:02} " + "Långnamn" * 20,
            forening="Förening " + "F" * 150,
            is_unit=False,
            answer=Answer.NOT_COMING,
            reason="Sjuk " * 90,
            presence=None,
            arrived_at=None,
            left_at=None,
            replaces=None,
            replaced_by=None,
        )
        for n in range(1, 61)
    ]
    reply = roll_reply(Roll(conversation="C0RAD", lang="sv", meeting=meeting, entries=entries))

    _message_is_valid(reply)
    shown = _shown(reply)
    assert all(f"Person {n:02} " in shown for n in range(1, 61))


def test_the_council_picker_offers_every_council() -> None:
    councils = [(n, f"Brukarrådet nummer {n}") for n in range(1, 41)]

    reply = council_picker(councils, "1700000000.000100", "sv")

    _message_is_valid(reply)
    buttons = [
        element["text"]["text"]
        for block in reply.as_message()["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    assert buttons == [name for _, name in councils]


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    said = long_text(LINE).map(lambda words: Said(("", words)))
    sections = draw(
        many(
            st.builds(
                Section,
                heading=said,
                lines=many(said, 12).map(tuple),
                item=maybe(st.just("3")),
            ),
            30,
        )
    )
    return Layout(
        lang=draw(LANGS),
        title=draw(said),
        meta=tuple(draw(many(long_text(PLACE).map(lambda words: Said(("", words))), 4))),
        sections=tuple(sections),
        dated=datetime(2026, 3, 12, 20, 0, tzinfo=ZONE),
        name="protokoll-2026-03-12-stormote",
    )


@SETTINGS
@given(doc=layouts())
def test_the_minutes_fit_as_draft_for_justering_and_in_an_amendment(doc: Layout) -> None:
    _message_is_valid(_draft(doc))
    asked = rendered(justering_request(doc, 7, 2))
    assert asked.blocks is not None and message_problems(asked.blocks) == []
    assert asked.blocks[-1]["type"] == "actions"  # the buttons, however long the minutes
    item, anna = MinutesItem("3", "x" * MAX_TITLE), Mention("Anna", account("T", "U0ANNA"))
    amendment = rendered(amendment_question(1, 7, item, doc.sections[0], anna, doc.lang))
    assert amendment.blocks is not None and message_problems(amendment.blocks) == []
    assert amendment.blocks[-1]["type"] == "actions"


def _draft(doc: Layout) -> Reply:
    return shown(draft(doc, 7, Ref("kind.word.stormöte")))


def test_a_long_item_of_the_minutes_is_shown_whole() -> None:
    lines = tuple(Said(("", f"Rad {n:02} " + "beslut " * 250)) for n in range(1, 13))
    part = Section(heading=Said(("", "Övriga frågor")), lines=lines, item="3")
    meta = (Said(("Status: utkast",)),)
    doc = Layout("sv", Said(("Protokoll",)), meta, (part,), datetime(2026, 3, 12, tzinfo=ZONE), "p")

    reply = _draft(doc)

    _message_is_valid(reply)
    shown = _shown(reply)
    assert all(f"Rad {n:02} " in shown for n in range(1, 13))


@st.composite
def edit_forms(draw: st.DrawFn) -> tuple[EditForm, int]:
    """An item of the minutes with up to 60 lines (an action line is three inputs), each as
    long as a line may be; and how many lines it has."""
    kinds = many(st.sampled_from(list(NoteKind)), 60)
    entries = tuple(
        FormEntry(str(n), kind, draw(long_text(MAX_ENTRY)), "U0VERA", date(2027, 3, 1))
        for n, kind in enumerate(draw(kinds))
    )
    item = MinutesItem(draw(st.sampled_from(["5", "12.3"])), draw(long_text(MAX_TITLE)))
    form = EditForm(7, item, entries, locked=draw(st.booleans()), lang=draw(LANGS))
    return form, len(entries)


@SETTINGS
@given(drawn=edit_forms())
def test_the_minutes_edit_form_fits_page_by_page_and_shows_every_line_once(
    drawn: tuple[EditForm, int],
) -> None:
    form, count = drawn
    seen: list[str] = []
    after = None
    while True:
        page = edit_modal(form, "C0RAD", after=after)
        _view_is_valid(page)
        shown = [b.block_id for b in page.blocks if str(b.block_id).startswith("text_")]
        seen += [str(block).removeprefix("text_") for block in shown]
        after = json.loads(str(page.private_metadata)).get("after")
        if after is None:
            break
        assert shown, "a page must show at least one line"
    assert seen == [str(n) for n in range(count)]

"""A point written as a message, in the shapes Slack delivers them: with a photo
(`file_share`), as a reply also sent to the channel (`thread_broadcast`), edited
(`message_changed`) and deleted (`message_deleted`, or the tombstone of a message with
replies). The point follows its message while the agenda is open."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import AgendaPoint, Event
from bot.core.vocabulary import PointStatus
from tests.conftest import NOW
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    KARL,
    LINA,
    OLLE,
    RAD,
    SARA,
    council_with_members,
    pick_council,
    say,
    shown,
)

ON_TIME = "stormöte torsdag 3 december kl 13-16 i Stora salen"  # last day for points 26 Nov
AFTER_LAST_DAY = NOW + timedelta(days=5)  # 27 November


def _points(stack: LocalStack) -> list[AgendaPoint]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(AgendaPoint).order_by(AgendaPoint.id)))


def _bot_replies(stack: LocalStack, thread_ts: str) -> list[str]:
    thread = stack.slack.messages(RAD, thread_ts=thread_ts)
    return [m["text"] for m in thread if m.get("bot_id")]


def _told(stack: LocalStack, user: str) -> list[str]:
    return [e["text"] for e in stack.slack.ephemerals(user=user)]


def _council_and_meeting(stack: LocalStack) -> None:
    council_with_members(stack)
    assert "(nr " in say(stack, SARA, RAD, "/mote", ON_TIME)


def _written_point(stack: LocalStack, text: str = "punkt: Trasig ramp vid entrén") -> str:
    written = stack.driver.message(ANNA, RAD, text)
    assert written.ok and written.ts, written
    return written.ts


def _agenda(stack: LocalStack) -> str:
    delivery = stack.driver.command(LINA, RAD, "/dagordning")
    assert delivery.ok, delivery
    return "\n".join(shown(m) for m in [delivery.answer, *delivery.responses])


def test_a_point_with_a_photo_keeps_the_photos_link_on_the_agenda_and_in_the_kallelse(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    written = stack.driver.message(
        ANNA, RAD, "punkt: Trasig ramp vid entrén: Se bilden", files=["ramp.jpg"]
    )

    [point] = _points(stack)
    found = stack.slack.find_message(written.ts or "", RAD)
    assert found is not None
    [file] = found[1]["files"]
    assert (point.title, point.description) == ("Trasig ramp vid entrén", "Se bilden")
    assert (point.attachment_link, point.attachment_kind) == (file["permalink"], "image")
    assert "Tack! Din punkt *Trasig ramp vid entrén*" in _bot_replies(stack, written.ts or "")[0]
    assert f"<{file['permalink']}|bild>" in _agenda(stack)
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    found = stack.slack.find_message(preview.reply_ts or "", RAD)
    assert found is not None
    assert f"Trasig ramp vid entrén – _Anna Andersson, RSMH Väst_ · <{file['permalink']}|bild>" in (
        shown(found[1])
    )


def test_a_point_with_another_file_links_it_as_a_file(stack: LocalStack) -> None:
    _council_and_meeting(stack)
    stack.driver.message(ANNA, RAD, "punkt: Brevet från regionen", files=["brev.pdf"])

    [point] = _points(stack)
    assert point.attachment_kind == "file"
    assert f"<{point.attachment_link}|fil>" in _agenda(stack)


def test_a_point_written_as_a_reply_also_sent_to_the_channel_is_made_and_answered_in_its_thread(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    parent = stack.driver.message(LINA, RAD, "Vad ska vi ta upp nästa gång?")

    reply = stack.driver.message(ANNA, RAD, "punkt: Hörslinga", thread_ts=parent.ts, broadcast=True)

    assert reply.ok
    assert [p.title for p in _points(stack)] == ["Hörslinga"]
    [receipt] = _bot_replies(stack, parent.ts or "")
    assert "Tack! Din punkt *Hörslinga*" in receipt


def test_an_edit_while_the_agenda_is_open_renames_the_point_with_a_receipt_in_its_thread(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "punkt: Trasig ramp")

    edited = stack.driver.edit(ANNA, RAD, ts, "punkt: Trasig ramp vid entrén: Sedan i oktober")

    assert edited.ok
    [point] = _points(stack)
    assert (point.title, point.description) == ("Trasig ramp vid entrén", "Sedan i oktober")
    assert point.status == PointStatus.ON_AGENDA
    _, renamed = _bot_replies(stack, ts)
    assert renamed == f"Ändrat: *Trasig ramp vid entrén* (punkt nr {point.id})."
    assert "*Trasig ramp vid entrén* (punkt nr" in _agenda(stack)
    assert _told(stack, ANNA) == []
    with stack.services.uow() as uow:
        [event] = uow.session.scalars(select(Event).where(Event.kind == "point.renamed"))
        assert event.data == {"point_id": point.id}


def test_an_edit_after_the_last_day_for_points_changes_nothing_and_tells_the_writer_whom_to_ask(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "punkt: Trasig ramp")
    stack.clock.set(AFTER_LAST_DAY)

    stack.driver.edit(ANNA, RAD, ts, "punkt: Något helt annat")

    [point] = _points(stack)
    assert point.title == "Trasig ramp"
    assert len(_bot_replies(stack, ts)) == 1  # only the first receipt: nothing public
    [told] = _told(stack, ANNA)
    assert "Punkten *Trasig ramp* (nr" in told and "dagordningen för stormöte" in told
    assert f"<@{SARA}>" in told and f"<@{OLLE}>" in told


def test_an_edit_once_the_kallelse_is_out_changes_nothing(stack: LocalStack) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "punkt: Trasig ramp")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    assert stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    ).ok

    stack.driver.edit(ANNA, RAD, ts, "punkt: Något helt annat")

    assert [p.title for p in _points(stack)] == ["Trasig ramp"]
    assert "redan klar" in _told(stack, ANNA)[-1]


def test_an_ordinary_message_edited_into_a_point_makes_the_point_as_if_newly_written(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "Hissen är trasig igen")
    assert _points(stack) == []

    stack.driver.edit(ANNA, RAD, ts, "punkt: Hissen är trasig igen")

    [point] = _points(stack)
    assert point.title == "Hissen är trasig igen" and point.status == PointStatus.ON_AGENDA
    [receipt] = _bot_replies(stack, ts)
    assert "Tack! Din punkt *Hissen är trasig igen*" in receipt


def test_an_edit_that_drops_punkt_keeps_the_point_and_says_how_to_take_it_back(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "punkt: Trasig ramp")

    stack.driver.edit(ANNA, RAD, ts, "Trasig ramp, nu lagad!")

    [point] = _points(stack)
    assert (point.title, point.status) == ("Trasig ramp", PointStatus.ON_AGENDA)
    [told] = _told(stack, ANNA)
    assert f"`/punkt återta {point.id}`" in told


def test_a_change_that_keeps_the_text_is_nothing_to_answer(stack: LocalStack) -> None:
    """Slack also sends message_changed when a link unfurls or a reply is counted."""
    _council_and_meeting(stack)
    ts = _written_point(stack, "punkt: Trasig ramp")
    message = stack.slack.find_message(ts, RAD)
    assert message is not None
    unfurled = {**message[1], "attachments": [{"title": "Ramp", "from_url": "https://x.se"}]}

    delivery = stack.driver.event(
        {
            "type": "message",
            "subtype": "message_changed",
            "message": unfurled,
            "previous_message": message[1],
            "channel": RAD,
            "hidden": True,
            "ts": "1795000000.000100",
            "event_ts": "1795000000.000100",
            "channel_type": "channel",
        }
    )

    assert delivery.ok
    assert len(_bot_replies(stack, ts)) == 1 and _told(stack, ANNA) == []


def test_someone_elses_edit_of_a_message_made_a_point_by_shortcut_does_not_touch_it(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "Hissen är trasig igen")
    assert stack.driver.message_shortcut(LINA, RAD, ts, "add_as_point").ok

    stack.driver.edit(ANNA, RAD, ts, "Hissen fungerar nu")
    stack.driver.delete(ANNA, RAD, ts)

    [point] = _points(stack)
    assert (point.title, point.status) == ("Hissen är trasig igen", PointStatus.ON_AGENDA)
    assert _told(stack, ANNA) == []


def test_deleting_the_message_of_a_point_in_the_channel_takes_the_point_back(
    stack: LocalStack,
) -> None:
    """The receipt in its thread makes Slack leave a tombstone: message_changed, not deleted."""
    _council_and_meeting(stack)
    ts = _written_point(stack)

    deleted = stack.driver.delete(ANNA, RAD, ts)

    assert deleted.ok
    [point] = _points(stack)
    assert point.status == PointStatus.WITHDRAWN
    [told] = _told(stack, ANNA)
    assert f"Du tog bort meddelandet, så din punkt *Trasig ramp vid entrén* (nr {point.id})" in told
    assert "tagen tillbaka" in told
    assert len(_bot_replies(stack, ts)) == 1  # nothing said in public
    assert "_återtagen_" in _agenda(stack)


def test_deleting_a_point_sent_by_dm_takes_it_back_with_the_receipt_in_the_dm(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    dm = stack.slack.dm_channel(ANNA)
    written = stack.driver.message(ANNA, dm, "punkt: Tolk vid besök")
    assert [p.title for p in _points(stack)] == ["Tolk vid besök"]
    before = len(stack.slack.messages(dm))

    stack.driver.delete(ANNA, dm, written.ts or "")

    [point] = _points(stack)
    assert point.status == PointStatus.WITHDRAWN
    answers = [m["text"] for m in stack.slack.messages(dm)[before - 1 :] if m.get("bot_id")]
    assert any("är tagen tillbaka" in a for a in answers), answers


def test_deleting_the_message_of_a_handled_point_keeps_the_point_and_tells_the_writer(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack)
    [point] = _points(stack)
    assert "Klart" in say(
        stack, SARA, RAD, "/punkt", f"behandlad {point.id} Rampen lagas i januari"
    )

    stack.driver.delete(ANNA, RAD, ts)

    [kept] = _points(stack)
    assert (kept.status, kept.outcome) == (PointStatus.HANDLED, "Rampen lagas i januari")
    told = _told(stack, ANNA)[-1]
    assert "redan behandlad" in told and "finns kvar" in told


def test_a_photo_sent_by_dm_to_someone_in_two_councils_comes_along_when_they_choose(
    stack: LocalStack,
) -> None:
    _council_and_meeting(stack)
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}> ledamot RSMH Väst")
    karl_dm = stack.slack.dm_channel(KARL)
    stack.driver.message(KARL, karl_dm, "punkt: Skylten vid hissen", files=["skylt.png"])

    pick_council(stack, KARL, "Psykiatri")

    [point] = _points(stack)
    assert point.title == "Skylten vid hissen" and point.attachment_kind == "image"
    assert point.attachment_link and point.attachment_link.endswith("/skylt.png")


def test_an_edit_follows_a_moved_point_to_its_new_meeting(stack: LocalStack) -> None:
    _council_and_meeting(stack)
    assert "(nr " in say(stack, SARA, RAD, "/mote", "stormöte torsdag 21 januari kl 13-16")
    ts = _written_point(stack, "punkt: Trasig ramp")
    [first] = _points(stack)
    assert "Klart" in say(stack, SARA, RAD, "/punkt", f"flytta {first.id}")
    stack.clock.set(AFTER_LAST_DAY)  # the first meeting's agenda is fixed, not the next one's

    stack.driver.edit(ANNA, RAD, ts, "punkt: Trasig ramp vid entrén")

    moved, copy = _points(stack)
    assert (moved.status, moved.title) == (PointStatus.MOVED, "Trasig ramp")
    assert (copy.carried_from_id, copy.title) == (moved.id, "Trasig ramp vid entrén")
    assert _bot_replies(stack, ts)[-1] == f"Ändrat: *Trasig ramp vid entrén* (punkt nr {copy.id})."


def test_a_point_sent_by_dm_is_renamed_by_an_edit_with_the_receipt_in_the_dm(
    stack: LocalStack,
) -> None:
    council_with_members(stack)  # no meeting yet: the point waits for one, and may change
    dm = stack.slack.dm_channel(ANNA)
    written = stack.driver.message(ANNA, dm, "punkt: Tolk vid besök")

    stack.driver.edit(ANNA, dm, written.ts or "", "punkt: Tolk vid alla besök")

    [point] = _points(stack)
    assert (point.title, point.meeting_id) == ("Tolk vid alla besök", None)
    said = [m["text"] for m in stack.slack.messages(dm) if m.get("bot_id")]
    assert said[-1] == f"Ändrat: *Tolk vid alla besök* (punkt nr {point.id})."


def test_an_edit_to_a_title_too_long_is_refused_to_the_writer_alone(stack: LocalStack) -> None:
    _council_and_meeting(stack)
    ts = _written_point(stack, "punkt: Trasig ramp")

    stack.driver.edit(ANNA, RAD, ts, "punkt: " + "Trasig ramp " * 30)

    assert [p.title for p in _points(stack)] == ["Trasig ramp"]
    assert len(_bot_replies(stack, ts)) == 1
    assert "Texten är för lång" in _told(stack, ANNA)[-1]

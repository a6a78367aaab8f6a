"""Minutes end to end: a whole meeting from the first line in the thread to the last action
item closed, the kallelse's thread as the place to write, and who may do what."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.blocks.privacy import ERASE
from adapters.slack.ids import account
from adapters.storage.models import ActionItem, AgendaPoint, Meeting
from bot.core.clock import ManualClock
from bot.core.errors import UserError
from bot.core.vocabulary import ActionStatus, PointStatus
from tests.conftest import STOCKHOLM
from tests.e2e.cast import (
    ANNA,
    ERIK,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    reply,
    say,
)
from tests.e2e.cast import shown as _text

MEETING = "torsdag 3 december kl 13-16 i Stora salen"
DURING = datetime(2026, 12, 3, 13, 5, tzinfo=STOCKHOLM)
AFTER = datetime(2026, 12, 4, 10, 0, tzinfo=STOCKHOLM)


def _council(stack: LocalStack) -> int:
    """The cast, Anna and Lina as justerare, a stormöte with three points; its number."""
    council_with_members(stack)
    for member in (f"<@{ANNA}|anna> justerare RSMH Väst", f"<@{LINA}|lina> justerare Attention"):
        say(stack, SARA, RAD, "/brukarrad", f"ledamot {member}")
    planned = say(stack, SARA, RAD, "/mote", f"stormöte {MEETING}")
    say(stack, ANNA, RAD, "/punkt", "Väntetider till läkare: Många väntar länge.")
    say(stack, LINA, RAD, "/punkt", "Mer fika")
    say(stack, VERA, RAD, "/punkt", "Nya telefontider")
    return int(planned.split("(nr ")[1].split(")")[0])


def written(stack: LocalStack, clock: ManualClock, *lines: str) -> None:
    """`_council`, the secretary's minutes lines during the meeting, and the clock after it."""
    _council(stack)
    clock.set(DURING)
    for line in lines:
        say(stack, SARA, RAD, "/protokoll", line)
    clock.set(AFTER)


def justered(stack: LocalStack) -> None:
    """The minutes sent for justering, and both justerare approve."""
    say(stack, SARA, RAD, "/protokoll", "justera")
    for adjuster in (ANNA, LINA):
        _press(stack, adjuster, _justering_messages(stack, adjuster)[-1], "minutes_approve")


def _council_with_formote(stack: LocalStack) -> None:
    """`_council`, and a förmöte the same morning with a point of Anna's."""
    _council(stack)
    say(stack, OLLE, RAD, "/mote", "förmöte torsdag 3 december kl 10-12")
    say(stack, ANNA, RAD, "/punkt", "förmöte Vår hållning om väntetider")


def _dm(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    return stack.slack.messages(stack.slack.dm_channel(user))


def _press(stack: LocalStack, user: str, message: dict[str, Any], action_id: str) -> None:
    channel = stack.slack.dm_channel(user)
    delivery = stack.driver.block_action(
        user, action_id=action_id, message_ts=message["ts"], channel_id=channel
    )
    assert delivery.ok, delivery


def _write(stack: LocalStack, thread: str, *lines: str) -> None:
    for line in lines:
        assert stack.driver.message(SARA, RAD, line, thread_ts=thread).ok


def _edit(stack: LocalStack, draft_ts: str, item: str, values: dict[str, Any]) -> None:
    """The secretary presses an item's edit button on the draft and saves the form."""
    pressed = stack.driver.block_action(
        SARA, action_id=f"minutes_edit_{item}", message_ts=draft_ts, channel_id=RAD
    )
    assert pressed.ok, pressed
    view = stack.slack.open_view(SARA)
    assert view is not None and view["callback_id"] == "minutes_edit_modal"
    saved = stack.driver.view_submission(SARA, view["id"], values)
    assert saved.ok and not saved.body, saved.body
    assert stack.slack.open_view(SARA) is None


def _entry_block(stack: LocalStack, draft_ts: str, item: str, starts: str) -> str:
    """The block id of the line of an item whose text starts with `starts`."""
    stack.driver.block_action(
        SARA, action_id=f"minutes_edit_{item}", message_ts=draft_ts, channel_id=RAD
    )
    view = stack.slack.open_view(SARA)
    assert view is not None
    found = [
        b["block_id"]
        for b in view["blocks"]
        if b.get("block_id", "").startswith("text_")
        and (b["element"].get("initial_value") or "").startswith(starts)
    ]
    stack.driver.view_submission(SARA, view["id"], {})  # closes it unchanged
    return found[0]


def _justering_messages(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    return [m for m in _dm(stack, user) if "att justera" in m.get("text", "")]


def _published_with(stack: LocalStack, clock: ManualClock, line: str) -> str:
    """One line under item 5, approved by Anna and Lina and published; the reply."""
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "punkt 5")
    say(stack, SARA, RAD, "/protokoll", line)
    clock.set(AFTER)
    say(stack, SARA, RAD, "/protokoll", "justera")
    for adjuster in (ANNA, LINA):
        _press(stack, adjuster, _justering_messages(stack, adjuster)[-1], "minutes_approve")
    return say(stack, SARA, RAD, "/protokoll", "publicera")


def test_a_whole_meeting_from_the_first_line_to_the_last_action_closed(
    stack: LocalStack, clock: ManualClock
) -> None:
    meeting = _council(stack)
    later = say(stack, SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13")
    next_meeting = int(later.split("(nr ")[1].split(")")[0])

    # During the meeting: a thread for the lines, and a line by command.
    clock.set(DURING)
    assert "Protokollet är igång" in say(stack, SARA, RAD, "/protokoll", "start")
    root = stack.slack.messages(RAD)[-1]
    assert "5. Väntetider till läkare" in root["text"] and "8. Övriga frågor" in root["text"]
    _write(
        stack,
        root["ts"],
        "punkt 5",
        "beslut: Rådet ber verksamheten redovisa väntetiderna.",
        f"åtgärd: <@{VERA}> Ta fram statistik över väntetider senast 1 mars",
        "nästa punkt",
        "avslag: Det finns ingen budget för fika i år.",
        "nästa punkt",
    )
    stack.driver.message(SARA, RAD, "Ska vi ta en paus?", thread_ts=root["ts"])  # not a line
    thread = [m["text"] for m in stack.slack.messages(RAD, thread_ts=root["ts"])]
    assert "Nu: *5. Väntetider till läkare*" in thread and "Nu: *7. Nya telefontider*" in thread
    assert "Antecknat under 5. Väntetider till läkare: Beslut." in [
        e["text"] for e in stack.slack.ephemerals(user=SARA)
    ]
    say(stack, SARA, RAD, "/protokoll", "punkt 1")
    assert "Info" in say(stack, SARA, RAD, "/protokoll", "info: Nya lokaler i vår.")

    # The draft, with the archive files in the secretary's DM.
    clock.set(AFTER)
    shown = stack.driver.command(SARA, RAD, "/protokoll", "utkast")
    assert shown.reply_ts is not None
    draft = _text(shown.answer)
    assert "Beslut: Rådet ber verksamheten redovisa väntetiderna." in draft
    assert "ansvarig Vera Verksamhet, senast måndag 1 mars 2027" in draft
    assert "Hanns inte med – flyttas till nästa möte." in draft  # item 7: nothing written
    files = {f["name"]: f for f in stack.slack.files.values()}
    assert {"protokoll-2026-12-03-stormote.docx", "protokoll-2026-12-03-stormote.md"} <= set(files)
    md = files["protokoll-2026-12-03-stormote.md"]
    assert md["channels"] == [stack.slack.dm_channel(SARA)]
    assert "- Info: Nya lokaler i vår." in md["content"].decode()

    # The secretary edits item 5's decision in its form.
    decision = _entry_block(stack, shown.reply_ts, "5", "Rådet ber")
    _edit(
        stack,
        shown.reply_ts,
        "5",
        {decision: {"value": "Rådet ber verksamheten redovisa väntetiderna i mars."}},
    )

    # Justering, a proposal, a revision, and the second version approved by both.
    assert "version 1 är skickad till" in say(stack, SARA, RAD, "/protokoll", "justera")
    [first] = _justering_messages(stack, ANNA)
    assert "väntetiderna i mars" in _text(first)
    _press(stack, ANNA, first, "minutes_propose")
    proposal = stack.slack.open_view(ANNA)
    assert proposal is not None
    stack.driver.view_submission(
        ANNA, proposal["id"], {"text": {"value": "Skriv att det gäller läkarbesök."}}
    )
    told = _dm(stack, SARA)[-1]["text"]
    assert "Anna Andersson föreslår en ändring" in told and "gäller läkarbesök" in told
    again = stack.driver.command(SARA, RAD, "/protokoll", "utkast")
    assert again.reply_ts is not None
    decision = _entry_block(stack, again.reply_ts, "5", "Rådet ber")
    _edit(
        stack,
        again.reply_ts,
        "5",
        {decision: {"value": "Rådet ber verksamheten redovisa väntetiderna för läkarbesök."}},
    )
    assert "version 2 är skickad" in say(stack, SARA, RAD, "/protokoll", "justera")
    _press(stack, ANNA, first, "minutes_approve")  # the old version is not the text any more
    found = stack.slack.find_message(first["ts"], stack.slack.dm_channel(ANNA))
    assert found is not None and "har ändrats sedan dess (nu version 2)" in _text(found[1])
    assert not any(b["type"] == "actions" for b in found[1]["blocks"])
    assert "publicera" not in say(stack, SARA, RAD, "/protokoll", "status").lower()
    for adjuster in (ANNA, LINA):
        _press(stack, adjuster, _justering_messages(stack, adjuster)[-1], "minutes_approve")
    assert "Alla justerare har godkänt" in _dm(stack, SARA)[-1]["text"]
    status = say(stack, SARA, RAD, "/protokoll", "status")
    assert "justerat och låst (version 2)" in status
    assert "Justerat av Anna Andersson" in status and "Justerat av Lina Lind" in status

    # Publishing: the channel, återkoppling to every submitter, action items.
    published = say(stack, SARA, RAD, "/protokoll", "publicera")
    assert "publicerat i kanalen" in published and "1 åtgärd följs" in published
    posted = [m for m in stack.slack.messages(RAD) if m.get("text", "").startswith("Protokoll")]
    assert "Justerat och publicerat (version 2)" in _text(posted[-1])
    assert "för läkarbesök" in _text(posted[-1])
    link = f"/archives/{RAD}/p{posted[-1]['ts'].replace('.', '')}"
    anna, lina, vera = (_dm(stack, u)[-1]["text"] for u in (ANNA, LINA, VERA))
    assert "*Väntetider till läkare*" in anna and "redovisa väntetiderna för läkarbesök" in anna
    assert "*Mer fika*" in lina and "Skälet: Det finns ingen budget för fika i år." in lina
    assert "*Nya telefontider*" in vera and "är flyttad till" in vera
    assert all(link in text for text in (anna, lina, vera))
    with stack.services.uow() as uow:
        points = {
            p.title: p
            for p in uow.session.scalars(
                select(AgendaPoint).where(AgendaPoint.meeting_id == meeting)
            )
        }
        held = uow.session.get(Meeting, meeting)
        assert held is not None and held.minutes_sent_at == AFTER
    assert points["Väntetider till läkare"].status == PointStatus.HANDLED
    assert points["Mer fika"].status == PointStatus.REJECTED
    assert points["Nya telefontider"].status == PointStatus.MOVED

    # The action item is on the next agenda under uppföljning until it is closed.
    agenda = say(stack, LINA, RAD, "/dagordning", str(next_meeting))
    with stack.services.uow() as uow:
        [item] = uow.session.scalars(select(ActionItem))
    follow_up = agenda.index("Uppföljning")
    assert agenda.index(f"Åtgärd {item.id}: Ta fram statistik över väntetider") > follow_up
    assert agenda.index("Flyttad från tidigare möte: *Nya telefontider*") > follow_up
    assert str(item.id) in say(stack, ANNA, RAD, "/atgard")
    refused = say(stack, ANNA, RAD, "/atgard", f"klar {item.id}")
    assert "sekreterare eller ordförande" in refused
    closed = say(stack, VERA, RAD, "/atgard", f"klar {item.id} Statistiken finns på intranätet")
    assert "är avslutad" in closed
    assert f"Åtgärd {item.id}:" not in say(stack, LINA, RAD, "/dagordning", str(next_meeting))
    with stack.services.uow() as uow:
        done = uow.session.get(ActionItem, item.id)
        assert done is not None and done.status == ActionStatus.DONE
        assert done.comment == "Statistiken finns på intranätet"


def test_an_action_without_a_due_date_says_so_plainly(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)
    later = say(stack, SARA, RAD, "/mote", "stormöte torsdag 11 mars kl 13")
    next_meeting = int(later.split("(nr ")[1].split(")")[0])
    published = _published_with(
        stack, clock, f"åtgärd: <@{VERA}> Ta fram statistik över väntetider"
    )
    assert "1 åtgärd följs nu upp" in published
    with stack.services.uow() as uow:
        [item] = uow.session.scalars(select(ActionItem))
    listed = say(stack, VERA, RAD, "/atgard")
    agenda = say(stack, LINA, RAD, "/dagordning", str(next_meeting))
    for shown in (listed, agenda):
        assert "inget datum" not in shown
        assert "ansvarig Vera Verksamhet, inget slutdatum" in shown
    assert f"Åtgärd {item.id}: Ta fram statistik över väntetider – ansvarig" in agenda


def test_the_owner_reads_the_due_date_the_swedish_way_in_minadata_too(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)
    _published_with(stack, clock, f"åtgärd: <@{VERA}> Ta fram statistik senast 10 december")
    shown = say(stack, VERA, RAD, "/minadata")
    assert "Ta fram statistik – öppen, senast torsdag 10 december 2026" in shown
    assert "2026-12-10" not in shown


def test_lines_written_in_the_kallelse_thread_are_captured(
    stack: LocalStack, clock: ManualClock
) -> None:
    meeting = _council(stack)
    preview = reply(stack, SARA, RAD, "/kallelse")
    assert preview
    shown = stack.driver.command(SARA, RAD, "/kallelse")
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=shown.reply_ts, channel_id=RAD
    )
    with stack.services.uow() as uow:
        held = uow.session.get(Meeting, meeting)
        assert held is not None and held.kallelse_ts
        kallelse_ts = held.kallelse_ts
    clock.set(DURING)
    assert stack.driver.message(SARA, RAD, "punkt 6", thread_ts=kallelse_ts).ok
    assert stack.driver.message(SARA, RAD, "beslut: Fika varannan gång.", thread_ts=kallelse_ts).ok
    # Not an officer: refused, nothing written.
    assert stack.driver.message(ANNA, RAD, "beslut: Fika alltid.", thread_ts=kallelse_ts).ok
    assert "sekreterare eller ordförande" in stack.slack.ephemerals(user=ANNA)[-1]["text"]
    draft = _text(stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer)
    assert "Beslut: Fika varannan gång." in draft and "Fika alltid" not in draft


def test_only_officers_write_and_only_justerare_approve(
    stack: LocalStack, clock: ManualClock
) -> None:
    meeting = _council(stack)
    clock.set(DURING)
    assert "sekreterare eller ordförande" in say(stack, ANNA, RAD, "/protokoll", "punkt 1")
    assert "Nu: *1." in say(stack, OLLE, RAD, "/protokoll", "punkt 1")
    say(stack, OLLE, RAD, "/protokoll", "beslut: Mötet öppnas.")
    assert "sekreterare eller ordförande" in say(stack, NILS, RAD, "/protokoll", "utkast")
    say(stack, SARA, RAD, "/protokoll", "justera")
    assert not _justering_messages(stack, ERIK) and not _justering_messages(stack, VERA)
    # Only a justerare's approval counts.
    with pytest.raises(UserError) as refused:
        stack.services.minutes.justering.approve(
            who=account(stack.slack.team_id, ERIK), meeting_id=meeting, version=1, now=DURING
        )
    assert refused.value.key == "refused.justerare"
    status = say(stack, SARA, RAD, "/protokoll", "status")
    assert "Väntar på: Anna Andersson och Lina Lind." in status
    # The edit form opens for the secretary; a change takes the minutes back to a draft.
    assert stack.driver.command(SARA, RAD, "/protokoll", "redigera 1").answer == {}
    view = stack.slack.open_view(SARA)
    assert view is not None and view["callback_id"] == "minutes_edit_modal"
    saved = stack.driver.view_submission(
        SARA, view["id"], {"new_kind": {"value": "info"}, "new_text": {"value": "Välkomna."}}
    )
    assert saved.ok and not saved.body
    assert "Info: Välkomna." in _text(
        stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer
    )
    stack.driver.command(ANNA, RAD, "/protokoll", "redigera 1")
    assert "sekreterare eller ordförande" in stack.slack.ephemerals(user=ANNA)[-1]["text"]
    assert "är ett utkast" in say(stack, SARA, RAD, "/protokoll", "status")


def test_a_formote_is_written_in_a_dm_thread_and_published_only_to_the_associations(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council_with_formote(stack)
    clock.set(datetime(2026, 12, 3, 10, 5, tzinfo=STOCKHOLM))
    assert "sekreterare eller ordförande" not in say(stack, OLLE, RAD, "/protokoll", "start")
    channel_texts = [m.get("text", "") for m in stack.slack.messages(RAD)]
    assert not any("Vår hållning" in text for text in channel_texts)
    root = _dm(stack, OLLE)[-1]
    assert "Vår hållning om väntetider" in root["text"]
    dm = stack.slack.dm_channel(OLLE)
    # The förmöte's own agenda: 1 stormötets dagordning, 2 uppföljning, 3 the point.
    for line in ("punkt 3", "beslut: Vi kräver besked om väntetider."):
        assert stack.driver.message(OLLE, dm, line, thread_ts=root["ts"]).ok
    # The unit's secretary cannot see the förmöte's minutes.
    assert "Det finns inget möte som har börjat" in say(
        stack, SARA, RAD, "/protokoll", "förmöte utkast"
    )
    say(stack, OLLE, RAD, "/protokoll", "förmöte justera")
    for adjuster in (ANNA, LINA):
        _press(stack, adjuster, _justering_messages(stack, adjuster)[-1], "minutes_approve")
    assert "till föreningarnas företrädare" in say(
        stack, OLLE, RAD, "/protokoll", "förmöte publicera"
    )
    assert not any("Vi kräver" in _text(m) for m in stack.slack.messages(RAD))
    for member in (OLLE, ANNA, LINA, ERIK):
        assert any("Vi kräver besked" in _text(m) for m in _dm(stack, member)), member
    for unit in (SARA, VERA):
        assert not any("Vi kräver besked" in _text(m) for m in _dm(stack, unit)), unit
    # The archive files: in the thread of the publisher's own copy, never in the channel.
    own = [m for m in _dm(stack, OLLE) if "Vi kräver besked" in _text(m)][-1]
    replies = stack.slack.messages(stack.slack.dm_channel(OLLE), thread_ts=own["ts"])
    assert [r for r in replies[1:] if r.get("files")]
    assert not [m for m in stack.slack.messages(RAD) if m.get("files")]


def test_the_minutes_name_who_wrote_them_never_the_units_secretary_of_a_formote(
    stack: LocalStack, clock: ManualClock
) -> None:
    """Vid protokollet is who wrote the lines: the chair of the associations' förmöte, not
    the council's secretary from the unit (who may not even see it)."""
    _council(stack)
    say(stack, OLLE, RAD, "/mote", "förmöte torsdag 3 december kl 10-12")
    clock.set(datetime(2026, 12, 3, 10, 5, tzinfo=STOCKHOLM))
    say(stack, OLLE, RAD, "/protokoll", "förmöte start")
    root = _dm(stack, OLLE)[-1]
    dm = stack.slack.dm_channel(OLLE)
    for line in ("punkt 1", "info: Vi går igenom stormötets punkter."):
        assert stack.driver.message(OLLE, dm, line, thread_ts=root["ts"]).ok
    draft = _text(stack.driver.command(OLLE, RAD, "/protokoll", "förmöte utkast").answer)
    assert "Vid protokollet: Olle Ordförande" in draft
    assert "Sara" not in draft
    say(stack, OLLE, RAD, "/protokoll", "förmöte justera")
    for adjuster in (ANNA, LINA):
        _press(stack, adjuster, _justering_messages(stack, adjuster)[-1], "minutes_approve")
    say(stack, OLLE, RAD, "/protokoll", "förmöte publicera")
    published = [_text(m) for m in _dm(stack, ERIK) if "Vi går igenom" in _text(m)]
    assert published and "Vid protokollet: Olle Ordförande" in published[-1]
    assert "Sara" not in published[-1]


def test_a_change_after_the_lock_waits_for_the_chair(stack: LocalStack, clock: ManualClock) -> None:
    written(stack, clock, "punkt 5", "beslut: Rådet säger ja.")
    justered(stack)
    shown = stack.driver.command(SARA, RAD, "/protokoll", "utkast")
    assert shown.reply_ts is not None
    decision = _entry_block(stack, shown.reply_ts, "5", "Rådet säger")
    _edit(stack, shown.reply_ts, "5", {decision: {"value": "Rådet säger nej."}})
    assert "väntar på att bekräftas" in stack.slack.ephemerals(user=SARA)[-1]["text"]
    assert "Beslut: Rådet säger ja." in _text(
        stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer
    )
    [ask] = [m for m in _dm(stack, OLLE) if "vill ändra punkt 5" in _text(m)]
    assert "Beslut: Rådet säger nej." in _text(ask)
    _press(stack, OLLE, ask, "minutes_amendment_yes")
    draft = _text(stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer)
    assert "Beslut: Rådet säger nej." in draft
    assert "begärt av Sara Sekreterare, bekräftat av Olle Ordförande" in draft
    assert any("har bekräftat din ändring" in m.get("text", "") for m in _dm(stack, SARA))


def test_formote_first_writes_lines_in_the_formote_minutes(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council_with_formote(stack)
    clock.set(AFTER)  # both are over: a line without `förmöte` is the stormöte's
    assert "Nu: *1. " in say(stack, OLLE, RAD, "/protokoll", "förmöte punkt 1")
    noted = say(stack, OLLE, RAD, "/protokoll", "förmöte beslut: Vi kräver besked om väntetider.")
    assert "Antecknat under 1." in noted
    formote = _text(reply(stack, OLLE, RAD, "/protokoll", "förmöte utkast"))
    assert "Förmöte torsdag 3 december 2026" in formote
    assert "Beslut: Vi kräver besked om väntetider." in formote
    assert "Vi kräver" not in _text(reply(stack, OLLE, RAD, "/protokoll", "utkast"))
    # The unit's secretary cannot see the förmöte, so cannot write in its minutes either.
    refused = say(stack, SARA, RAD, "/protokoll", "förmöte beslut: Något annat.")
    assert "Det finns inget möte som har börjat" in refused
    assert "`/protokoll förmöte utkast`" in say(stack, OLLE, RAD, "/protokoll", "förmöte")


def _posted_minutes(stack: LocalStack) -> str:
    posted = [m for m in stack.slack.messages(RAD) if m.get("text", "").startswith("Protokoll")]
    return _text(posted[-1])


def test_the_meeting_chooses_who_approves_and_nobody_absent_is_asked(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)
    say(stack, ANNA, RAD, "/narvaro", "kommer inte")
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    root = stack.slack.messages(RAD)[-1]
    _write(stack, root["ts"], "punkt 5", "beslut: Rådet säger ja.")
    clock.set(AFTER)
    # Nobody chosen: the council's justerare who came, so Lina and not Anna.
    assert f"skickad till <@{LINA}> för justering" in say(stack, SARA, RAD, "/protokoll", "justera")
    assert not _justering_messages(stack, ANNA) and len(_justering_messages(stack, LINA)) == 1
    refused = say(stack, SARA, RAD, "/protokoll", f"justerare <@{ANNA}|anna>")
    assert "Anna Andersson var anmäld frånvarande från mötet" in refused
    assert "frånvarande" in say(stack, SARA, RAD, "/protokoll", f"adjusters <@{ANNA}|anna>")
    # The meeting chose Erik (no justerare role): a line in the thread, as during the meeting.
    _write(stack, root["ts"], f"justerare: <@{ERIK}>")
    assert (
        "Antecknat: att justera protokollet valdes Erik Ersättare."
        in stack.slack.ephemerals(user=SARA)[-1]["text"]
    )
    assert "version 2 är skickad till" in say(stack, SARA, RAD, "/protokoll", "justera")
    assert not _justering_messages(stack, ANNA) and len(_justering_messages(stack, LINA)) == 1
    [ask] = _justering_messages(stack, ERIK)
    assert "Att justera protokollet valdes Erik Ersättare" in _text(ask)
    _press(stack, ERIK, ask, "minutes_approve")
    assert "Alla justerare har godkänt" in _dm(stack, SARA)[-1]["text"]
    say(stack, SARA, RAD, "/protokoll", "publicera")
    shown = _posted_minutes(stack)
    assert "Att justera protokollet valdes Erik Ersättare" in shown
    assert "Justerare: Erik Ersättare" in shown and "Justerat av Erik Ersättare" in shown


def test_a_council_may_publish_its_minutes_without_justering(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "punkt 5")
    say(stack, SARA, RAD, "/protokoll", "beslut: Rådet säger ja.")
    clock.set(AFTER)
    assert "när alla justerare har godkänt" in say(stack, SARA, RAD, "/protokoll", "publicera")
    refused = say(stack, LINA, RAD, "/brukarrad", "inställningar justering av")
    assert "sekreterare eller ordförande" in refused
    assert "`/brukarrad inställningar justering på`" in say(
        stack, SARA, RAD, "/brukarrad", "inställningar justering ibland"
    )
    changed = say(stack, SARA, RAD, "/brukarrad", "inställningar justering av")
    assert "publiceras nu utan justering" in changed
    assert "utan justering" in say(stack, LINA, RAD, "/brukarrad", "inställningar justering")
    published = say(stack, SARA, RAD, "/protokoll", "publicera")
    assert "publicerat i kanalen" in published and "Det är inte justerat" in published
    shown = _posted_minutes(stack)
    assert "Inte justerat: rådet publicerar sina protokoll utan justering (version 1)" in shown
    assert "Beslut: Rådet säger ja." in shown and "Justerare:" not in shown
    assert not _justering_messages(stack, ANNA) and not _justering_messages(stack, LINA)
    assert "publiceras utan justering" in say(stack, OLLE, RAD, "/brukarrad", "logg")


def test_approved_minutes_keep_the_name_of_someone_who_erases_their_data(
    stack: LocalStack, clock: ManualClock
) -> None:
    _council(stack)  # Anna sent "Väntetider till läkare"
    _published_with(stack, clock, f"åtgärd: <@{ANNA}> Ring regionen senast 1 mars")

    question = stack.driver.command(ANNA, RAD, "/minadata", "radera")
    assert question.reply_ts is not None
    assert "Justerade protokoll är rådets arkiv och ändras inte" in _text(question.answer)
    pressed = stack.driver.block_action(
        ANNA, action_id=ERASE, message_ts=question.reply_ts, channel_id=RAD
    )
    assert pressed.ok, pressed
    assert "Justerade protokoll står kvar som de justerades" in pressed.responses[-1]["text"]

    # The approved version is the council's record: it reads as it was approved.
    shown = _text(stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer)
    for kept in (
        "Anmäld av Anna Andersson, RSMH Väst",
        "Åtgärd: Ring regionen – ansvarig Anna Andersson",
        "Justerat av Anna Andersson",
    ):
        assert kept in shown, kept
    assert "f.d. ledamot" not in shown
    [md] = [f for f in stack.slack.files.values() if f["name"].endswith(".md")][-1:]
    assert "Justerat av Anna Andersson" in md["content"].decode()


def test_an_item_with_more_lines_than_a_form_holds_is_edited_a_page_at_a_time(
    stack: LocalStack, clock: ManualClock
) -> None:
    """40 action lines take 120 inputs, more than the 100 blocks of a form: the form shows
    what fits and says how many follow; saving it shows the rest, and each save changes only
    the lines it showed."""
    _council(stack)
    clock.set(DURING)
    say(stack, SARA, RAD, "/protokoll", "start")
    root = stack.slack.messages(RAD)[-1]
    lines = [f"åtgärd: <@{VERA}> Uppgift nummer {n}" for n in range(40)]
    _write(stack, root["ts"], "punkt 5", *lines)
    clock.set(AFTER)
    shown = stack.driver.command(SARA, RAD, "/protokoll", "utkast")
    pressed = stack.driver.block_action(
        SARA, action_id="minutes_edit_5", message_ts=shown.reply_ts, channel_id=RAD
    )
    assert pressed.ok, pressed
    first = stack.slack.open_view(SARA)
    assert first is not None and len(first["blocks"]) <= 100

    def texts(view: dict[str, Any]) -> dict[str, str]:
        return {
            b["block_id"]: b["element"].get("initial_value") or ""
            for b in view["blocks"]
            if b.get("block_id", "").startswith("text_")
        }

    on_first = texts(first)
    assert 0 < len(on_first) < 40
    assert f"{40 - len(on_first)} rader till visas" in json.dumps(first, ensure_ascii=False)
    [zeroth] = [block for block, text in on_first.items() if text == "Uppgift nummer 0"]
    saved = stack.driver.view_submission(
        SARA, first["id"], {zeroth: {"value": "Uppgift nummer noll, ändrad"}}
    )
    assert saved.ok and saved.body["response_action"] == "update"
    second = stack.slack.open_view(SARA)
    assert second is not None and second["id"] == first["id"]
    on_second = texts(second)
    assert len(on_first) + len(on_second) == 40 and not set(on_first) & set(on_second)
    assert "rader till visas" not in json.dumps(second, ensure_ascii=False)
    closed = stack.driver.view_submission(SARA, second["id"], {})
    assert closed.ok and not closed.body
    draft = _text(stack.driver.command(SARA, RAD, "/protokoll", "utkast").answer)
    assert "Uppgift nummer noll, ändrad" in draft and "Uppgift nummer 39" in draft

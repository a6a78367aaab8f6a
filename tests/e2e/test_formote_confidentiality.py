"""What the associations say among themselves in a förmöte never reaches the unit.

One council year in miniature: a förmöte with content of every kind (points, a late point,
kallelse texts, a document, an absence reason, minutes with a decision, information, a note and
an action item), then the stormöte, the next stormöte's agenda and kallelse, reminders, exports
and the Home tab. Afterwards everything the unit's people (and someone outside the council)
could have seen — every channel message and thread, their DMs, ephemerals, forms, Home tabs,
files and emails — is searched for the förmöte's words. None may be there.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import ActionItem, AgendaPoint
from bot.core.clock import ManualClock
from bot.core.vocabulary import MeetingKind
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
    say,
)
from tests.e2e.smtp_inbox import Inbox

# Words only the förmöte holds; each must stay with the associations.
SECRETS = {
    "point": "Zqxpunkt",
    "point description": "Zqxbeskrivning",
    "late point": "Zqxsenpunkt",
    "purpose": "Zqxsyfte",
    "preparation": "Zqxforberedelse",
    "document": "Zqxunderlag",
    "absence reason": "Zqxorsak",
    "decision": "Zqxbeslut",
    "action item": "Zqxatgard",
    "information": "Zqxinfo",
    "note": "Zqxnotering",
    "closing comment": "Zqxkommentar",
}
UNIT = {"Sara (the unit's secretary)": SARA, "Vera (unit representative)": VERA}
OUTSIDER = {"Nils (in the channel, not a member)": NILS}
ADDRESSES = {
    SARA: "sara@enheten.example",
    VERA: "vera@enheten.example",
    ANNA: "anna@example.org",
    NILS: "nils@example.org",
}


@pytest.fixture
def stack(mail_stack: LocalStack) -> LocalStack:
    return mail_stack


def _at(day: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def _number(answer: str) -> int:
    found = re.search(r"nr (\d+)", answer)
    assert found, answer
    return int(found.group(1))


def _press_last(stack: LocalStack, user: str, channel: str, action_id: str) -> None:
    """Press a button on the newest message in the channel that carries it."""
    for message in reversed(stack.slack.messages(channel)):
        ids = [
            e.get("action_id")
            for b in message.get("blocks", [])
            for e in b.get("elements", []) + ([b["accessory"]] if "accessory" in b else [])
        ]
        if action_id in ids:
            delivery = stack.driver.block_action(
                user, action_id=action_id, message_ts=message["ts"], channel_id=channel
            )
            assert delivery.ok, delivery
            return
    raise AssertionError(f"no {action_id} button for {user} in {channel}")


def _send_kallelse(stack: LocalStack, user: str, text: str) -> None:
    preview = stack.driver.command(user, RAD, "/kallelse", text)
    assert preview.ok and preview.reply_ts, preview
    for action_id in ("kallelse_send", "kallelse_send_late"):
        if action_id in json.dumps(preview.answer):
            delivery = stack.driver.block_action(
                user, action_id=action_id, message_ts=preview.reply_ts, channel_id=RAD
            )
            assert delivery.ok, delivery
            return
    raise AssertionError(preview.answer)


def _docx_text(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as docx:
        return docx.read("word/document.xml").decode()


def _seen_by(stack: LocalStack, inbox: Inbox, user: str) -> list[tuple[str, str]]:
    """Everything the user could read, as (where, text): channels they are in (threads too),
    their DMs, ephemerals, forms, Home tab, files shared where they can see them, their email."""
    slack = stack.slack
    channels = [RAD, slack.dm_channel(user)]
    seen: list[tuple[str, Any]] = []
    for channel in channels:
        for message in slack.messages(channel):
            seen.append((channel, message))
            if message.get("reply_count"):
                thread = slack.messages(channel, thread_ts=message["ts"])
                seen.extend((f"{channel} thread", m) for m in thread)
    seen.extend(("ephemeral", e) for e in slack.ephemerals(user=user))
    seen.extend(("form", v) for v in slack.views.values() if v["user_id"] == user)
    seen.append(("home", slack.home_views.get(user, {})))
    for file in slack.files.values():
        if set(file.get("channels") or []) & set(channels):
            content = file.get("content") or b""
            text = _docx_text(content) if file["name"].endswith(".docx") else content.decode()
            seen.append((f"file {file['name']}", text))
    for message in inbox.to(ADDRESSES.get(user, "")):
        body = [str(p.get_content()) for p in message.walk() if not p.is_multipart()]
        seen.append((f"email {message['Subject']}", body))
    return [(where, json.dumps(what, ensure_ascii=False)) for where, what in seen]


def _leaks(seen: list[tuple[str, str]]) -> list[str]:
    """Each secret word found, where, with a little of what surrounds it."""
    found = []
    for what, word in SECRETS.items():
        for where, text in seen:
            at = text.lower().find(word.lower())
            if at >= 0:
                found.append(f"{what} in {where}: …{text[max(0, at - 80) : at + 40]}…")
    return found


def _a_formote_with_everything(stack: LocalStack, clock: ManualClock) -> dict[str, int]:
    """The council, a stormöte on 3 December with its förmöte in the morning, the förmöte's
    content of every kind, its minutes published; then the next stormöte in March, planned and
    summoned. Returns the numbers the unit might try."""
    council_with_members(stack)
    for member in (f"<@{ANNA}|anna> justerare RSMH Väst", f"<@{LINA}|lina> justerare Attention"):
        say(stack, SARA, RAD, "/brukarrad", f"ledamot {member}")
    for user, address in ADDRESSES.items():
        if user != NILS:
            say(stack, user, RAD, "/kallelse", f"e-post {address}")
    clock.set(_at(22, 10, month=11))
    stormote = _number(say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16"))
    formote = _number(say(stack, OLLE, RAD, "/mote", "förmöte torsdag 3 december kl 10-12"))
    say(stack, VERA, RAD, "/punkt", "Nya telefontider")
    point = _number(
        say(
            stack,
            ANNA,
            RAD,
            "/punkt",
            f"förmöte {SECRETS['point']}: {SECRETS['point description']}",
        )
    )
    say(stack, OLLE, RAD, "/kallelse", f"{formote} syfte {SECRETS['purpose']}")
    say(stack, OLLE, RAD, "/kallelse", f"{formote} förberedelse {SECRETS['preparation']}")
    say(
        stack,
        OLLE,
        RAD,
        "/kallelse",
        f"förmöte underlag https://example.org/f.pdf {SECRETS['document']}",
    )
    _send_kallelse(stack, SARA, "")
    _send_kallelse(stack, OLLE, "förmöte")
    say(stack, LINA, RAD, "/narvaro", f"{formote} kommer inte {SECRETS['absence reason']}")
    say(stack, ANNA, RAD, "/narvaro", f"{formote} kommer")
    say(stack, ANNA, RAD, "/narvaro", f"{formote} läst 2")
    # A late förmöte point, after the kallelse went out; the chair takes it on the agenda.
    late = _number(say(stack, ERIK, RAD, "/punkt", f"förmöte {SECRETS['late point']}"))
    say(stack, OLLE, RAD, "/punkt", f"ta med {late}")
    # The förmöte is held; its minutes are written in the chair's DM thread.
    stack.tick(_at(2, 9))
    clock.set(_at(3, 10, 5))
    say(stack, OLLE, RAD, "/protokoll", "start")
    root = stack.slack.messages(stack.slack.dm_channel(OLLE))[-1]
    dm = stack.slack.dm_channel(OLLE)
    for line in (
        f"punkt {point}",
        f"beslut: Vi står fast vid {SECRETS['decision']}",
        f"åtgärd: <@{ANNA}|anna> {SECRETS['action item']} senast 10 december",
        f"info: {SECRETS['information']}",
        f"notering: {SECRETS['note']}",
    ):
        assert stack.driver.message(OLLE, dm, line, thread_ts=root["ts"]).ok
    say(stack, OLLE, RAD, "/narvaro", f"{formote}")  # the checklist form, for the chair
    clock.set(_at(3, 12, 30))
    say(stack, OLLE, RAD, "/protokoll", "förmöte utkast")
    say(stack, OLLE, RAD, "/protokoll", "förmöte justera")
    # Lina sent apologies for the förmöte, so Anna alone is asked to approve its minutes.
    _press_last(stack, ANNA, stack.slack.dm_channel(ANNA), "minutes_approve")
    say(stack, OLLE, RAD, "/protokoll", "förmöte publicera")
    # The stormöte in the afternoon; then the next one is planned and summoned.
    clock.set(_at(3, 16, 30))
    nxt = _number(say(stack, SARA, RAD, "/mote", "stormöte torsdag 4 mars 2027 kl 13-16"))
    for day in (4, 7, 9, 10, 11):
        stack.tick(_at(day, 9, 1))
    clock.set(_at(20, 10))
    _send_kallelse(stack, SARA, str(nxt))
    listed = re.search(r"(\d+)\. " + SECRETS["action item"], say(stack, ANNA, RAD, "/atgard"))
    assert listed, "the action item is Anna's to see"
    action = int(listed.group(1))
    return {
        "stormote": stormote,
        "formote": formote,
        "point": point,
        "late": late,
        "next": nxt,
        "action": action,
    }


def _formote_state(stack: LocalStack) -> list[tuple[object, ...]]:
    """The förmöte's points and action items as they stand."""
    with stack.services.uow() as uow:
        points = uow.session.execute(
            select(AgendaPoint.id, AgendaPoint.status, AgendaPoint.meeting_id)
            .where(AgendaPoint.meeting_kind == MeetingKind.FORMOTE)
            .order_by(AgendaPoint.id)
        ).all()
        items = uow.session.execute(
            select(ActionItem.id, ActionItem.status).order_by(ActionItem.id)
        ).all()
    return [*map(tuple, points), *map(tuple, items)]


def _everything_the_unit_can_ask(stack: LocalStack, numbers: dict[str, int], user: str) -> None:
    """Every command and listing a person may try, with the förmöte's numbers too."""
    f, p, a = numbers["formote"], numbers["point"], numbers["action"]
    for command, text in (
        ("/atgard", ""),
        ("/atgard", f"klar {a} {SECRETS['closing comment']}"),
        ("/dagordning", ""),
        ("/dagordning", "förmöte"),
        ("/dagordning", str(f)),
        ("/dagordning", str(numbers["next"])),
        ("/dagordning", str(numbers["stormote"])),
        ("/kallelse", ""),
        ("/kallelse", str(f)),
        ("/kallelse", str(numbers["next"])),
        ("/kallelse", "förmöte"),
        ("/protokoll", "status"),
        ("/protokoll", f"utkast {f}"),
        ("/protokoll", f"status {f}"),
        ("/protokoll", "förmöte utkast"),
        ("/narvaro", ""),
        ("/narvaro", str(f)),
        ("/narvaro", f"lista {f}"),
        ("/narvaro", "lista"),
        ("/narvaro", "statistik"),
        ("/arvode", ""),
        ("/arvode", "december"),
        ("/arvode", "mitt december"),
        ("/mote", ""),
        ("/brukarrad", "visa"),
        ("/brukarrad", "logg 100"),
        ("/punkt", f"återta {p}"),
        ("/punkt", f"behandlad {p} klart"),
        ("/punkt", f"flytta {p}"),
        ("/punkt", f"avslå {p} Nej tack"),
        ("/punkt", f"ta med {numbers['late']}"),
        ("/punkt", f"övriga {numbers['late']}"),
        ("/minadata", ""),
        ("/minadata", "export"),
    ):
        assert stack.driver.command(user, RAD, command, text).status == 200, (command, text)
    assert stack.driver.app_home_opened(user).ok
    _press_every_button(stack, user)


def _press_every_button(stack: LocalStack, user: str) -> None:
    """Every button on what the person has in their DM (a kallelse's answers, a receipt's
    links): what the bot answers goes where the checks look."""
    dm = stack.slack.dm_channel(user)
    for message in stack.slack.messages(dm):
        for block in message.get("blocks", []):
            for element in block.get("elements", []):
                if element.get("type") == "button" and "url" not in element:
                    pressed = stack.driver.block_action(
                        user,
                        action_id=element["action_id"],
                        message_ts=message["ts"],
                        channel_id=dm,
                    )
                    assert pressed.status == 200, element["action_id"]


def test_nothing_from_a_formote_reaches_the_unit_or_outsiders(
    stack: LocalStack, clock: ManualClock, inbox: Inbox
) -> None:
    numbers = _a_formote_with_everything(stack, clock)
    # The associations do have it: the test would prove nothing if the words never existed.
    anna_sees = " ".join(text for _, text in _seen_by(stack, inbox, ANNA)).lower()
    for what in ("point", "decision", "action item", "information"):
        assert SECRETS[what].lower() in anna_sees, what
    before = _formote_state(stack)
    for user in (*UNIT.values(), *OUTSIDER.values()):
        _everything_the_unit_can_ask(stack, numbers, user)
    assert _formote_state(stack) == before, "the unit changed nothing of the förmöte's"
    clock.set(clock.now() + timedelta(days=1))
    for user in (*UNIT.values(), *OUTSIDER.values(), ANNA):
        assert stack.driver.app_home_opened(user).ok
    leaks = [
        f"{who}: {leak}"
        for who, user in {**UNIT, **OUTSIDER}.items()
        for leak in _leaks(_seen_by(stack, inbox, user))
    ]
    assert not leaks, "\n".join(leaks)


def _formote_minutes(stack: LocalStack, clock: ManualClock, *lines: str) -> list[str]:
    """A förmöte on 3 December, started by the chair, the lines written in its DM thread;
    returns the bot's answers in that thread."""
    council_with_members(stack)
    clock.set(_at(22, 10, month=11))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16")
    say(stack, OLLE, RAD, "/mote", "förmöte torsdag 3 december kl 10-12")
    clock.set(_at(3, 10, 5))
    say(stack, OLLE, RAD, "/protokoll", "start")
    dm = stack.slack.dm_channel(OLLE)
    root = stack.slack.messages(dm)[-1]
    for line in lines:
        assert stack.driver.message(OLLE, dm, line, thread_ts=root["ts"]).ok
    return [
        e["text"]
        for e in stack.slack.ephemerals(user=OLLE) + stack.slack.messages(dm, thread_ts=root["ts"])
        if e.get("bot_id") or e.get("source")
    ]


def test_the_unit_cannot_own_an_action_item_from_a_formote(
    stack: LocalStack, clock: ManualClock
) -> None:
    answers = _formote_minutes(
        stack, clock, "punkt 1", f"åtgärd: <@{VERA}|vera> {SECRETS['action item']} senast 10/12"
    )
    assert any("kan inte vara ansvarig för en åtgärd från förmötet" in a for a in answers), answers
    say(stack, OLLE, RAD, "/protokoll", "förmöte utkast")
    assert not any(
        SECRETS["action item"] in json.dumps(m, ensure_ascii=False)
        for m in stack.slack.messages(stack.slack.dm_channel(OLLE))
    ), "the refused line is not in the draft"


def test_a_formote_action_item_is_not_brought_up_to_an_owner_now_with_the_unit(
    stack: LocalStack, clock: ManualClock
) -> None:
    _formote_minutes(
        stack, clock, "punkt 1", f"åtgärd: <@{ANNA}|anna> {SECRETS['action item']} senast 10/12"
    )
    clock.set(_at(3, 12, 30))
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{LINA}|lina> justerare Attention")
    say(stack, OLLE, RAD, "/protokoll", "förmöte justera")
    _press_last(stack, LINA, stack.slack.dm_channel(LINA), "minutes_approve")
    say(stack, OLLE, RAD, "/protokoll", "förmöte publicera")
    # Anna leaves her förening and joins the unit before the item is due.
    say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{ANNA}>")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{ANNA}|anna> verksamhet")
    stack.slack.reset()
    for day in (7, 9, 10):
        stack.tick(_at(day, 9, 1))
    dms = stack.slack.messages(stack.slack.dm_channel(ANNA))
    assert not any(SECRETS["action item"] in json.dumps(m, ensure_ascii=False) for m in dms)
    assert SECRETS["action item"] not in say(stack, ANNA, RAD, "/atgard")


def test_a_formote_point_carried_on_waits_for_the_next_formote_not_the_stormote(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    clock.set(_at(22, 10, month=11))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16")
    say(stack, OLLE, RAD, "/mote", "förmöte torsdag 3 december kl 10-12")
    point = _number(say(stack, ANNA, RAD, "/punkt", f"förmöte {SECRETS['point']}"))
    say(stack, OLLE, RAD, "/punkt", f"flytta {point}")  # no later förmöte yet: it waits
    clock.set(_at(4, 9))  # both December meetings are over
    stormote = _number(say(stack, SARA, RAD, "/mote", "stormöte torsdag 4 mars 2027 kl 13-16"))
    assert SECRETS["point"] not in say(stack, SARA, RAD, "/dagordning", str(stormote))
    formote = _number(say(stack, OLLE, RAD, "/mote", "förmöte torsdag 4 mars 2027 kl 10-12"))
    assert SECRETS["point"] in say(stack, ANNA, RAD, "/dagordning", str(formote))


def test_a_formote_kallelse_held_up_by_slack_never_reaches_someone_now_with_the_unit(
    stack: LocalStack, clock: ManualClock
) -> None:
    """The kallelse's DMs wait in the outbox while Slack turns them away; when their turn
    comes, the sender checks that each person may still read the förmöte."""
    council_with_members(stack)
    clock.set(_at(22, 10, month=11))
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    say(stack, OLLE, RAD, "/mote", "förmöte tisdag 8 december kl 10-12")
    say(stack, LINA, RAD, "/punkt", f"förmöte {SECRETS['point']}")
    stack.slack.faults.add("conversations.open", "ratelimited", count=100, retry_after=60)
    _send_kallelse(stack, OLLE, "förmöte")
    document = f"förmöte underlag https://example.org/f.pdf {SECRETS['document']}"
    say(stack, OLLE, RAD, "/kallelse", document)  # told to everyone summoned
    stack.slack.faults.clear()
    # Before Slack takes DMs again, Anna leaves her förening for the unit.
    say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{ANNA}>")
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{ANNA}|anna> verksamhet")
    for minutes in (2, 5, 10):
        stack.tick(_at(22, 10, minutes, month=11))

    def dms(user: str) -> str:
        return json.dumps(stack.slack.messages(stack.slack.dm_channel(user)), ensure_ascii=False)

    for what in ("point", "document"):
        assert SECRETS[what] in dms(LINA), what  # the associations have them
        assert SECRETS[what] not in dms(ANNA), what

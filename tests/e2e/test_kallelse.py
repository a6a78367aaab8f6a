"""The kallelse end to end: preview → send, the minimum notice and "skicka ändå", answers
from the DM's buttons, documents added afterwards, and a send pressed twice sends once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.ids import account
from adapters.storage.models import Attendance, CouncilKallelse, Event, Meeting, Person
from bot.core.vocabulary import Answer, MeetingKind
from tests.conftest import NOW
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

EVERYONE = (SARA, OLLE, ANNA, ERIK, LINA, VERA)
ON_TIME = "stormöte torsdag 3 december kl 13-16 i Stora salen"  # last day 26 November
LATE = "stormöte fredag 27 november kl 13-16"  # last day 20 November: passed


def _meeting(stack: LocalStack, text: str = ON_TIME, by: str = SARA) -> int:
    answer = say(stack, by, RAD, "/mote", text)
    return int(answer.split("(nr ")[1].split(")")[0])


def _preview(stack: LocalStack, user: str = SARA, text: str = "") -> dict[str, Any]:
    delivery = stack.driver.command(user, RAD, "/kallelse", text)
    assert delivery.ok and delivery.reply_ts, delivery
    found = stack.slack.find_message(delivery.reply_ts, RAD)
    assert found is not None and found[2], "the preview is ephemeral"
    return found[1]


def _buttons(message: dict[str, Any]) -> list[str]:
    return [
        e["action_id"]
        for b in message.get("blocks", [])
        if b["type"] == "actions"
        for e in b["elements"]
    ]


def _all_text(message: dict[str, Any]) -> str:
    parts = [message.get("text", "")]
    for block in message.get("blocks", []):
        texts = [block.get("text"), *block.get("elements", [])]
        parts += [
            t["text"] for t in texts if isinstance(t, dict) and isinstance(t.get("text"), str)
        ]
    return "\n".join(parts)


def _press(
    stack: LocalStack, user: str, message: dict[str, Any], action_id: str, channel: str
) -> None:
    delivery = stack.driver.block_action(
        user, action_id=action_id, message_ts=message["ts"], channel_id=channel
    )
    assert delivery.ok, delivery


def _kallelser(stack: LocalStack, user: str) -> list[dict[str, Any]]:
    dms = stack.slack.messages(stack.slack.dm_channel(user))
    return [m for m in dms if m.get("text", "").startswith("Kallelse: ")]


def _events(stack: LocalStack, kind: str) -> list[Event]:
    with stack.services.uow() as uow:
        return list(uow.session.scalars(select(Event).where(Event.kind == kind)))


def _channel_kallelser(stack: LocalStack) -> list[dict[str, Any]]:
    return [m for m in stack.slack.messages(RAD) if m.get("text", "").startswith("Kallelse: ")]


def test_preview_then_send_reaches_the_channel_and_every_member(stack: LocalStack) -> None:
    council_with_members(stack)
    meeting_id = _meeting(stack)
    say(stack, ANNA, RAD, "/punkt", "Väntetider enligt LSS: <!channel> många väntar")
    assert "Klart" in say(
        stack, SARA, RAD, "/kallelse", "förkortning LSS = lagen om stöd och service"
    )
    assert "Klart" in say(stack, SARA, RAD, "/kallelse", "fika Kaffe & bulle")
    assert "Klart" in say(stack, SARA, RAD, "/kallelse", f"leds av <@{OLLE}|olle>")
    preview = _preview(stack)
    shown = _all_text(preview)
    assert "Förhandsvisning" in shown and "bara du ser den" in shown
    assert "torsdag 3 december 2026 kl. 13.00–16.00" in shown and "Stora salen" in shown
    assert "Väntetider enligt LSS – _Anna Andersson, RSMH Väst_" in shown
    assert "*LSS* – lagen om stöd och service" in shown
    assert "Kaffe &amp; bulle" in shown and "<!channel>" not in shown
    assert f"*Leds av:* <@{OLLE}>" in shown and f"*Kontaktperson:* <@{SARA}>" in shown
    assert "Kallelsen saknar syfte och förberedelse" in shown
    assert "Ingen får den med e-post" in shown  # no SMTP_URL in this stack
    assert _buttons(preview) == ["kallelse_send"]
    assert _channel_kallelser(stack) == [] and _kallelser(stack, ANNA) == []

    _press(stack, SARA, preview, "kallelse_send", RAD)

    [posted] = _channel_kallelser(stack)
    assert "Alla ledamöter och ersättare får kallelsen som direktmeddelande" in _all_text(posted)
    for user in EVERYONE:
        [dm] = _kallelser(stack, user)
        expected = (
            ["kallelse_answer_read"]
            if user == ERIK
            else [
                "kallelse_answer_coming",
                "kallelse_answer_not_coming",
                "kallelse_answer_read",
            ]
        )
        assert _buttons(dm) == expected, user
    assert _kallelser(stack, NILS) == []
    receipt = stack.slack.find_message(preview["ts"], RAD)
    assert receipt is not None and "Klart! Kallelsen till stormöte" in receipt[1]["text"]
    assert "köad som direktmeddelande till 6 personer och till kanalen" in receipt[1]["text"]
    assert "levererad till 6." in receipt[1]["text"]
    with stack.services.uow() as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.kallelse_sent_at is not None
        assert meeting.kallelse_ts == posted["ts"]
    assert len(_events(stack, "kallelse.sent")) == 1
    # Asked again, the preview says when it went out and offers no second send.
    again = _preview(stack)
    assert "Kallelsen skickades" in _all_text(again) and _buttons(again) == []


def test_only_officers_and_for_a_formote_only_the_associations(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    _meeting(stack, "förmöte tisdag 1 december kl 10 på https://meet.example/f", by=OLLE)
    assert "Det är bara rådets sekreterare eller ordförande" in say(stack, ANNA, RAD, "/kallelse")
    assert "föreningarnas företrädare" in say(stack, SARA, RAD, "/kallelse", "förmöte")
    preview = _preview(stack, OLLE, "förmöte")
    assert "inte i kanalen" in _all_text(preview) and "4 företrädare" in _all_text(preview)
    _press(stack, OLLE, preview, "kallelse_send", RAD)
    assert _channel_kallelser(stack) == []
    for user in (OLLE, ANNA, ERIK, LINA):
        assert len(_kallelser(stack, user)) == 1, user
    for user in (SARA, VERA):
        assert _kallelser(stack, user) == [], user


def test_texts_belong_to_a_kind_of_meeting_and_a_paus_outside_it_is_flagged(
    stack: LocalStack,
) -> None:
    """The stormöte's paus and fika never reach the förmöte's kallelse; the förmöte's own
    are set with `förmöte` first (by the associations only), one meeting's with its number."""
    council_with_members(stack)
    _meeting(stack)
    formote = _meeting(
        stack, "förmöte tisdag 1 december kl 10-12 på https://meet.example/f", by=OLLE
    )
    set_paus = say(stack, SARA, RAD, "/kallelse", "paus kl. 14.30, 20 minuter")
    assert "i kallelserna till stormötena" in set_paus
    assert "`/kallelse förmöte paus …`" in set_paus
    say(stack, SARA, RAD, "/kallelse", "fika Kaffe och bulle")
    shown = _all_text(_preview(stack, OLLE, "förmöte"))
    assert "14.30" not in shown and "Kaffe" not in shown
    assert "Information från verksamheten" not in shown
    assert "1. Genomgång av stormötets dagordning" in shown and "3. Övriga frågor" in shown

    assert "i kallelserna till förmötena" in say(
        stack, OLLE, RAD, "/kallelse", "förmöte paus kl. 10.45, tio minuter"
    )
    # The unit's secretary may not see the förmöte, so not write its kallelse either.
    assert "föreningarnas företrädare" in say(stack, SARA, RAD, "/kallelse", "förmöte fika Te")
    shown = _all_text(_preview(stack, OLLE, "förmöte"))
    assert "*Pauser:* kl. 10.45, tio minuter" in shown and "Stämmer pausen?" not in shown
    stormote = _all_text(_preview(stack))
    assert "*Pauser:* kl. 14.30, 20 minuter" in stormote and "Stämmer pausen?" not in stormote

    # One förmöte's own paus, outside its 10–12: the preview asks the secretary to check.
    assert f"i kallelsen till möte nr {formote}" in say(
        stack, OLLE, RAD, "/kallelse", f"{formote} paus kl. 14.30"
    )
    shown = _all_text(_preview(stack, OLLE, "förmöte"))
    assert "*Stämmer pausen?* Kl. 14.30 ligger utanför mötets tid." in shown
    assert f"`/kallelse {formote} paus …`" in shown
    with stack.services.uow() as uow:
        rows = uow.session.scalars(select(CouncilKallelse)).all()
        assert {(r.meeting_kind, r.breaks) for r in rows} == {
            (MeetingKind.STORMOTE, "kl. 14.30, 20 minuter"),
            (MeetingKind.FORMOTE, "kl. 10.45, tio minuter"),
        }


def test_a_late_kallelse_is_refused_until_skicka_anda(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    preview = _preview(stack)
    assert _buttons(preview) == ["kallelse_send"]
    # The preview waited too long: its last day (26 November) has passed.
    stack.clock.set(NOW + timedelta(days=5))
    _press(stack, SARA, preview, "kallelse_send", RAD)
    assert _channel_kallelser(stack) == [] and _kallelser(stack, ANNA) == []
    refreshed = stack.slack.find_message(preview["ts"], RAD)
    assert refreshed is not None
    shown = _all_text(refreshed[1])
    assert "Kallelsen är sen." in shown and "torsdag 26 november 2026" in shown
    assert _buttons(refreshed[1]) == ["kallelse_send_anyway"]
    confirm = refreshed[1]["blocks"][-1]["elements"][0]["confirm"]
    assert "Vill du skicka kallelsen ändå?" in confirm["text"]["text"]
    assert _events(stack, "kallelse.sent") == []

    _press(stack, SARA, refreshed[1], "kallelse_send_anyway", RAD)
    assert len(_channel_kallelser(stack)) == 1 and len(_kallelser(stack, ANNA)) == 1
    [late] = _events(stack, "kallelse.sent_late")
    assert late.data == {"last_day": "2026-11-26"}
    receipt = stack.slack.find_message(preview["ts"], RAD)
    assert receipt is not None and "antecknat" in receipt[1]["text"]


def test_a_preview_already_late_offers_only_skicka_anda(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack, LATE)
    preview = _preview(stack)
    assert "Kallelsen är sen." in _all_text(preview) and "fredag 20 november 2026" in _all_text(
        preview
    )
    assert _buttons(preview) == ["kallelse_send_anyway"]
    _press(stack, SARA, preview, "kallelse_send_anyway", RAD)
    assert len(_events(stack, "kallelse.sent_late")) == 1


def test_the_buttons_store_answers_and_show_them_in_the_dm(stack: LocalStack) -> None:
    council_with_members(stack)
    meeting_id = _meeting(stack)
    _press(stack, SARA, _preview(stack), "kallelse_send", RAD)
    dm_channel = stack.slack.dm_channel(ANNA)
    [dm] = _kallelser(stack, ANNA)

    def attendance() -> Attendance | None:
        with stack.services.uow() as uow:
            anna = uow.directory.person(account(stack.slack.team_id, ANNA))
            assert isinstance(anna, Person)
            return uow.attendance.get(meeting_id, anna.id)

    def shown() -> dict[str, Any]:
        found = stack.slack.find_message(dm["ts"], dm_channel)
        assert found is not None
        return found[1]

    _press(stack, ANNA, dm, "kallelse_answer_coming", dm_channel)
    row = attendance()
    assert row is not None and row.answer == Answer.COMING
    assert "*Ditt svar:* du kommer" in _all_text(shown())
    _press(stack, ANNA, dm, "kallelse_answer_read", dm_channel)
    row = attendance()
    assert row is not None and row.read_documents_at is not None
    assert "Du har läst underlaget" in _all_text(shown())
    assert "*Ditt svar:* du kommer" in _all_text(shown())
    # Changing her mind: the ersättare of her förening is asked, through attendance.
    _press(stack, ANNA, dm, "kallelse_answer_not_coming", dm_channel)
    row = attendance()
    assert row is not None and row.answer == Answer.NOT_COMING
    assert "*Ditt svar:* du kan inte komma" in _all_text(shown())
    pressed = [
        e.get("style") for b in shown()["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert pressed == [None, "primary", "primary"]
    asked = stack.slack.messages(stack.slack.dm_channel(ERIK))[-1]
    assert "Anna Andersson (RSMH Väst) kan inte komma" in asked["text"]
    assert len(_kallelser(stack, ANNA)) == 1, "the DM is updated, not posted again"


def test_a_document_added_after_sending_reaches_the_thread_and_every_member(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    _meeting(stack)
    answer = say(stack, SARA, RAD, "/kallelse", "underlag https://example.org/agenda.pdf")
    assert "Det kommer med i kallelsen" in answer
    _press(stack, SARA, _preview(stack), "kallelse_send", RAD)
    [posted] = _channel_kallelser(stack)
    answer = say(
        stack,
        SARA,
        RAD,
        "/kallelse",
        "underlag <https://example.org/budget.pdf|budget.pdf> Budget 2027",
    )
    assert "berättat det för 6 personer och i kallelsens tråd" in answer
    thread = stack.slack.messages(RAD, thread_ts=posted["ts"])
    assert "Nytt underlag" in thread[-1]["text"]
    assert "<https://example.org/budget.pdf|Budget 2027>" in thread[-1]["text"]
    for user in EVERYONE:
        last = stack.slack.messages(stack.slack.dm_channel(user))[-1]["text"]
        assert "Nytt underlag till kallelsen för stormöte" in last, user
    # The redrawn DM lists both documents.
    dm_channel = stack.slack.dm_channel(LINA)
    [dm] = _kallelser(stack, LINA)
    _press(stack, LINA, dm, "kallelse_answer_coming", dm_channel)
    found = stack.slack.find_message(dm["ts"], dm_channel)
    assert found is not None and "Budget 2027" in _all_text(found[1])


def test_send_pressed_twice_sends_once(stack: LocalStack) -> None:
    council_with_members(stack)
    meeting_id = _meeting(stack)
    first, second = _preview(stack), _preview(stack, OLLE)
    with ThreadPoolExecutor(2) as pool:
        list(
            pool.map(
                lambda pressed: _press(stack, *pressed, "kallelse_send", RAD),
                [(SARA, first), (OLLE, second)],
            )
        )
    # Slack retrying the first press later: the preview is a receipt by now.
    retry = stack.driver.block_action(
        SARA,
        action_id="kallelse_send",
        value=str(meeting_id),
        message_ts=first["ts"],
        channel_id=RAD,
    )
    assert retry.ok
    assert len(_channel_kallelser(stack)) == 1
    for user in EVERYONE:
        assert len(_kallelser(stack, user)) == 1, user
    assert len(_events(stack, "kallelse.sent")) == 1
    answers = [stack.slack.find_message(p["ts"], RAD) for p in (first, second)]
    texts = sorted(found[1]["text"] for found in answers if found)
    assert texts[0].startswith("Kallelsen till möte") and "redan skickad" in texts[0]


def test_settings_answer_with_examples_when_wrong(stack: LocalStack) -> None:
    council_with_members(stack)
    _meeting(stack)
    assert "`/kallelse leds av @Olle`" in say(stack, SARA, RAD, "/kallelse", "leds av Olle")
    assert "`/kallelse förkortning LSS =" in say(stack, SARA, RAD, "/kallelse", "förkortning LSS")
    assert "https://" in say(stack, SARA, RAD, "/kallelse", "underlag ftp://x")
    assert "`/kallelse e-post anna@example.org`" in say(
        stack, ANNA, RAD, "/kallelse", "e-post anna"
    )
    assert f"<@{NILS}> är inte med i rådet" in say(
        stack, SARA, RAD, "/kallelse", f"kontakt <@{NILS}>"
    )
    assert "gäller hela rådet" in say(stack, SARA, RAD, "/kallelse", "1 förkortning LSS = x")
    assert "Jag känner inte igen `blaha`" in say(stack, SARA, RAD, "/kallelse", "blaha")
    assert "*/kallelse – kallelsen" in say(stack, ANNA, RAD, "/kallelse", "hjälp")
    answer = say(stack, SARA, RAD, "/kallelse", "1 syfte Vi planerar året.")
    assert "kallelsen till möte nr 1" in answer
    assert "Vi planerar året." in _all_text(_preview(stack))


def test_a_word_echoed_in_a_refusal_is_escaped_once(stack: LocalStack) -> None:
    council_with_members(stack)
    # Shown as typed (`a&b`), not as "a&amp;b": the refusal is made inert once, not twice.
    assert "Jag känner inte igen `a&amp;b`." in say(stack, SARA, RAD, "/kallelse", "a&b")
    assert "`e-post` gäller hela rådet" in say(stack, SARA, RAD, "/kallelse", "1 e-post a@b.se")

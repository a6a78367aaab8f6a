"""/narvaro end to end: apologies and substitutes, the secretary's checklist, check-in,
the register and the statistics."""

from __future__ import annotations

from datetime import datetime, timedelta

from slack_sdk import WebClient

from adapters.console.stack import LocalStack
from adapters.slack.blocks.attendance import checkin_prompt
from bot.core.clock import ManualClock
from bot.core.vocabulary import Presence
from bot.meetings.service import meeting_info
from tests.conftest import NOW, STOCKHOLM
from tests.e2e.attendance_steps import (
    STARTS,
    dms,
    person_id,
    plan,
    press,
    register,
    send_kallelse,
)
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


def test_apologies_ask_the_substitutes_and_the_first_yes_wins(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ersättare RSMH Väst")
    meeting = plan(stack)

    answer = say(stack, ANNA, RAD, "/narvaro", "kommer inte krockar med jobbet")
    assert "Du är anmäld som frånvarande från stormöte torsdag 11 mars 2027" in answer
    assert (
        f"Jag frågar ersättarna för RSMH Väst om någon kan gå i stället: <@{ERIK}> och <@{NILS}>"
        in answer
    )
    erik_question, nils_question = dms(stack, ERIK)[-1], dms(stack, NILS)[-1]
    for question in (erik_question, nils_question):
        assert (
            "Anna Andersson (RSMH Väst) kan inte komma på stormöte torsdag 11 mars 2027"
            in question["text"]
        )
        assert "krockar" not in question["text"]  # the reason is nobody else's business

    press(stack, ERIK, erik_question, "Ja, jag kan gå")
    assert "Tack! Du går i stället för Anna Andersson" in dms(stack, ERIK)[-1]["text"]
    assert not any(b["type"] == "actions" for b in dms(stack, ERIK)[-1].get("blocks", []))
    assert (
        "Det är löst: Erik Ersättare går i stället för Anna Andersson"
        in dms(stack, NILS)[-1]["text"]
    )
    assert "Erik Ersättare går i ditt ställe" in dms(stack, ANNA)[-1]["text"]

    # Nils presses yes on the question he still has: too late, nothing changes.
    press(stack, NILS, nils_question, "Ja, jag kan gå")
    [answered] = [m for m in dms(stack, NILS) if m["ts"] == nils_question["ts"]]
    assert "En annan ersättare hann tacka ja" in answered["text"]
    rows = register(stack, meeting)
    erik, anna, nils = (person_id(stack, u) for u in (ERIK, ANNA, NILS))
    assert rows[erik].replaces_person_id == anna and rows[erik].answer == "kommer"
    assert nils not in rows
    assert rows[anna].answer == "kommer inte" and rows[anna].answer_reason == "krockar med jobbet"

    # The list shows who stands in for whom; only the secretary sees the reason.
    listing = say(stack, LINA, RAD, "/narvaro", f"lista {meeting}")
    assert "• Anna Andersson – har anmält förhinder, ersätts av Erik Ersättare" in listing
    assert "• Erik Ersättare – kommer, ersätter Anna Andersson" in listing
    assert "krockar" not in listing
    assert "(krockar med jobbet)" in say(stack, SARA, RAD, "/narvaro", f"lista {meeting}")


def test_apologies_with_no_substitute_tell_the_secretary(stack: LocalStack) -> None:
    council_with_members(stack)
    plan(stack)
    answer = say(stack, LINA, RAD, "/narvaro", "kommer inte")
    assert "Attention har ingen ersättare att fråga, så jag har sagt till sekreteraren" in answer
    told = dms(stack, SARA)[-1]["text"]
    assert "Lina Lind (Attention) har anmält förhinder till stormöte torsdag 11 mars 2027" in told
    assert "Attention kan saknas på mötet" in told


def test_the_absent_hear_the_outcome_and_the_secretary_only_a_real_gap(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{NILS}|nils> ledamot Attention")
    plan(stack)
    secretary = len(dms(stack, SARA))

    # Anna's only ersättare cannot either: he is not told "I'll ask the others", and she
    # hears nobody could. Olle still comes for RSMH Väst, so the secretary is not bothered.
    say(stack, ANNA, RAD, "/narvaro", "kommer inte")
    question = dms(stack, ERIK)[-1]
    press(stack, ERIK, question, "Nej")
    [answered] = [m for m in dms(stack, ERIK) if m["ts"] == question["ts"]]
    assert (
        "Det finns inga fler ersättare att fråga, så jag säger till Anna Andersson att ingen "
        "kan gå i stället" in answered["text"]
    )
    told_anna = dms(stack, ANNA)[-1]["text"]
    assert "Tyvärr kan ingen av ersättarna i RSMH Väst gå i ditt ställe på" in told_anna
    assert "torsdag 11 mars 2027" in told_anna
    # Attention has no ersättare, but Nils comes: no gap either.
    answer = say(stack, LINA, RAD, "/narvaro", "kommer inte")
    assert "Attention har ingen ersättare att fråga, men föreningen har fler företrädare" in answer
    assert len(dms(stack, SARA)) == secretary

    # Olle cannot come either and Erik says no again: now RSMH Väst has nobody.
    say(stack, OLLE, RAD, "/narvaro", "kommer inte")
    press(stack, ERIK, dms(stack, ERIK)[-1], "Nej")
    assert "Tyvärr kan ingen av ersättarna i RSMH Väst" in dms(stack, OLLE)[-1]["text"]
    [told] = [m["text"] for m in dms(stack, SARA)[secretary:]]
    assert "Olle Ordförande (RSMH Väst) har anmält förhinder" in told
    assert "RSMH Väst kan saknas på mötet" in told

    # The day before, the secretary is reminded of the real gap only.
    stack.tick(datetime(2027, 3, 10, 9, tzinfo=STOCKHOLM))
    [missing] = [m["text"] for m in dms(stack, SARA)[secretary + 1 :]]
    assert "ingen ersättare har tackat ja för RSMH Väst" in missing
    assert "Attention" not in missing


def test_coming_after_all_calls_off_the_search(stack: LocalStack) -> None:
    council_with_members(stack)
    plan(stack)
    say(stack, ANNA, RAD, "/narvaro", "kommer inte")
    question = dms(stack, ERIK)[-1]
    assert "Tack! Du är anmäld till" in say(stack, ANNA, RAD, "/narvaro", "kommer")
    assert "Det behövs ingen ersättare för Anna Andersson" in dms(stack, ERIK)[-1]["text"]
    press(stack, ERIK, question, "Ja, jag kan gå")
    [answered] = [m for m in dms(stack, ERIK) if m["ts"] == question["ts"]]
    assert "Det behövs ingen ersättare" in answered["text"]
    # A substitute without an apology to cover has nothing to answer.
    assert "Som ersättare behöver du inte svara" in say(stack, ERIK, RAD, "/narvaro", "kommer")


def test_secretary_checklist_registers_presence_and_times(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    meeting = plan(stack)
    say(stack, ANNA, RAD, "/narvaro", "kommer inte")
    press(stack, ERIK, dms(stack, ERIK)[-1], "Ja, jag kan gå")
    # Too early: the checklist opens half an hour before the start.
    assert "har inte börjat än" in say(stack, SARA, RAD, "/narvaro", str(meeting))
    assert "Det är bara rådets sekreterare eller ordförande" in say(stack, LINA, RAD, "/narvaro")

    clock.set(STARTS.replace(hour=14))
    delivery = stack.driver.command(SARA, RAD, "/narvaro", "")
    assert delivery.ok and delivery.answer == {}
    view = stack.slack.open_view(SARA)
    assert view is not None and view["callback_id"] == "narvaro_register"
    anna, erik, lina, olle, vera, sara = (
        person_id(stack, u) for u in (ANNA, ERIK, LINA, OLLE, VERA, SARA)
    )
    labels = [b["label"]["text"] for b in view["blocks"] if b["block_id"].startswith("presence_")]
    assert "Erik Ersättare (RSMH Väst), ersätter Anna Andersson" in labels
    assert "Vera Verksamhet (Verksamheten)" in labels
    # What is known is filled in: Anna's apology, Erik's yes.
    initial = {
        b["block_id"]: b["element"].get("initial_option", {}).get("value")
        for b in view["blocks"]
        if b["block_id"].startswith("presence_")
    }
    assert initial[f"presence_{anna}"] == "frånvarande"
    assert initial[f"presence_{erik}"] == "närvarande"

    # Leaving before arriving keeps the modal open with the message under that person.
    refused = stack.driver.view_submission(
        SARA,
        view["id"],
        {
            f"presence_{lina}": {"value": "närvarande"},
            f"arrived_{lina}": {"value": "14:00"},
            f"left_{lina}": {"value": "13:30"},
        },
    )
    assert refused.body["response_action"] == "errors"
    assert "Lina Lind kan inte ha gått innan hen kom" in refused.body["errors"][f"left_{lina}"]

    done = stack.driver.view_submission(
        SARA,
        view["id"],
        {
            f"presence_{erik}": {"value": "närvarande"},
            f"arrived_{erik}": {"value": "13:20"},
            f"presence_{lina}": {"value": "på distans"},
            f"presence_{olle}": {"value": "närvarande"},
            f"left_{olle}": {"value": "15:00"},
            f"presence_{vera}": {"value": "närvarande"},
            f"presence_{sara}": {"value": "närvarande"},
        },
    )
    assert done.ok and stack.slack.open_view(SARA) is None
    saved = stack.slack.ephemerals(channel=RAD, user=SARA)[-1]["text"]
    assert "4 närvarande, 1 på distans, 1 frånvarande" in saved
    rows = register(stack, meeting)
    assert rows[anna].presence == Presence.ABSENT
    assert rows[erik].arrived_at == STARTS.replace(minute=20)
    assert rows[lina].presence == Presence.REMOTE and rows[lina].left_at is None
    assert rows[olle].left_at == STARTS.replace(hour=15)

    listing = say(stack, ANNA, RAD, "/narvaro", "lista")
    assert "*RSMH Väst*" in listing and "*Verksamheten*" in listing
    assert "• Erik Ersättare – närvarande, kom kl. 13.20, ersätter Anna Andersson" in listing
    assert "• Olle Ordförande – närvarande, gick kl. 15.00" in listing
    assert "• Lina Lind – på distans" in listing


def test_members_check_in_during_the_meeting_window(stack: LocalStack, clock: ManualClock) -> None:
    council_with_members(stack)
    meeting = plan(stack)
    assert "Det pågår inget möte att checka in på" in say(
        stack, LINA, RAD, "/narvaro", "incheckning"
    )

    clock.set(STARTS.replace(hour=12, minute=40))
    answer = say(stack, LINA, RAD, "/narvaro", "incheckning")
    assert "Välkommen! Du är incheckad på stormöte torsdag 11 mars 2027" in answer
    clock.set(STARTS.replace(minute=25))
    answer = say(stack, ANNA, RAD, "/narvaro", "incheckning distans")
    assert "(på distans)" in answer and "du kom kl. 13.25" in answer
    assert "redan incheckad" in say(stack, LINA, RAD, "/narvaro", "incheckning")
    rows = register(stack, meeting)
    lina, anna = person_id(stack, LINA), person_id(stack, ANNA)
    assert rows[lina].presence == Presence.PRESENT and rows[lina].arrived_at is None
    assert rows[anna].presence == Presence.REMOTE
    assert rows[anna].arrived_at == STARTS.replace(minute=25)
    clock.set(STARTS.replace(hour=16, minute=1))
    assert "Det pågår inget möte" in say(stack, ERIK, RAD, "/narvaro", "incheckning")


def test_the_check_in_button_of_the_meeting_message(stack: LocalStack, clock: ManualClock) -> None:
    council_with_members(stack)
    meeting = plan(stack)
    with stack.services.uow() as uow:
        found = uow.attendance.meeting(meeting)
        assert found is not None
        info = meeting_info(found[1], found[0])
    text, blocks = checkin_prompt(info, "sv")
    client = WebClient(token=stack.slack.bot_token, base_url=stack.slack.api_url)
    posted = client.chat_postMessage(channel=RAD, text=text, blocks=blocks)
    assert "*Stormöte torsdag 11 mars 2027 kl. 13.00–16.00 börjar snart.*" in text

    clock.set(STARTS.replace(hour=12, minute=45))
    for user, action in ((LINA, "narvaro_checkin_here"), (ANNA, "narvaro_checkin_remote")):
        delivery = stack.driver.block_action(
            user, action_id=action, message_ts=posted["ts"], channel_id=RAD
        )
        assert delivery.ok
    assert (
        "Välkommen! Du är incheckad" in stack.slack.ephemerals(channel=RAD, user=LINA)[-1]["text"]
    )
    assert "(på distans)" in stack.slack.ephemerals(channel=RAD, user=ANNA)[-1]["text"]
    rows = register(stack, meeting)
    assert rows[person_id(stack, LINA)].presence == Presence.PRESENT
    assert rows[person_id(stack, ANNA)].presence == Presence.REMOTE
    # The message stays for the others.
    assert stack.slack.messages(RAD)[-1]["ts"] == posted["ts"]


def test_statistics_suggest_the_chair_gets_in_touch_after_repeated_absences(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    december = datetime(2026, 12, 3, 13, 0, tzinfo=STOCKHOLM)
    plan(stack, "stormöte torsdag 3 december kl 13-16")
    plan(stack)
    plan(stack, "arbetsgrupp tisdag 9 mars kl 10-12")  # not a stormöte: does not count
    assert "Ingen närvaro är registrerad" in say(stack, ANNA, RAD, "/narvaro", "statistik")
    for when, user in ((december, ANNA), (STARTS, OLLE)):
        clock.set(when)
        assert "Välkommen" in say(stack, user, RAD, "/narvaro", "incheckning")
    clock.set(datetime(2027, 6, 1, 9, 0, tzinfo=STOCKHOLM))
    stats = say(stack, VERA, RAD, "/narvaro", "statistik")
    assert "(2 stormöten med registrerad närvaro)" in stats
    assert "• Attention: 0 av 2 (0 %) – har saknats på 2 stormöten" in stats
    assert "• RSMH Väst: 2 av 2 (100 %)\n" in stats
    assert stats.index("Attention") < stats.index("RSMH Väst")
    # No rule takes a seat away: the seats are the associations' own.
    assert "plats" not in stats and ":warning:" not in stats
    assert "Ordföranden kan gärna höra av sig till föreningen" in stats
    assert "Vill du vara med?" in say(stack, NILS, RAD, "/narvaro", "statistik")


FORMOTE = "förmöte tisdag 9 mars kl 10-12"


def test_an_answer_is_for_the_kallelse_received_last_and_names_its_meeting(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    stormote = plan(stack)
    formote = plan(stack, FORMOTE, by=OLLE)
    send_kallelse(stack, OLLE, "förmöte")
    clock.set(NOW + timedelta(hours=2))
    send_kallelse(stack, SARA)  # the stormöte's kallelse comes last, the förmöte is nearer

    answer = say(stack, ANNA, RAD, "/narvaro", "kommer")
    assert "Tack! Du är anmäld till stormöte torsdag 11 mars 2027" in answer
    assert "Menade du förmöte tisdag 9 mars 2027 kl. 10.00–12.00?" in answer
    assert f"Skriv då `/narvaro {formote} kommer`" in answer
    read = say(stack, LINA, RAD, "/narvaro", "läst 2")
    assert "läst underlaget till stormöte torsdag 11 mars 2027" in read
    assert f"`/narvaro {formote} läst`" in read
    anna, lina = person_id(stack, ANNA), person_id(stack, LINA)
    assert register(stack, stormote)[anna].answer == "kommer"
    assert register(stack, stormote)[lina].reading_minutes == 120
    assert anna not in register(stack, formote)

    # The other meeting is picked by `förmöte` or by its number, before or after the word.
    away = say(stack, ANNA, RAD, "/narvaro", "förmöte kommer inte tandläkaren")
    assert "frånvarande från förmöte tisdag 9 mars 2027" in away and "Menade du" not in away
    assert "till förmöte tisdag 9 mars" in say(stack, LINA, RAD, "/narvaro", f"{formote} kommer")
    assert "till förmöte tisdag 9 mars" in say(stack, OLLE, RAD, "/narvaro", f"kommer nr {formote}")
    assert register(stack, formote)[anna].answer == "kommer inte"
    assert register(stack, stormote)[anna].answer == "kommer"
    # The unit cannot see the förmöte, so it cannot answer for it either.
    assert "föreningarnas företrädare" in say(stack, VERA, RAD, "/narvaro", "förmöte kommer")

    # Once the förmöte is over, the stormöte is the only kallelse still standing.
    clock.set(datetime(2027, 3, 9, 12, 1, tzinfo=STOCKHOLM))
    answer = say(stack, OLLE, RAD, "/narvaro", "kommer")
    assert "till stormöte torsdag 11 mars 2027" in answer and "Menade du" not in answer


def test_an_answer_before_any_kallelse_is_for_the_next_meeting(stack: LocalStack) -> None:
    council_with_members(stack)
    plan(stack)
    formote = plan(stack, FORMOTE, by=OLLE)
    assert "till förmöte tisdag 9 mars 2027" in say(stack, ANNA, RAD, "/narvaro", "kommer")
    assert person_id(stack, ANNA) in register(stack, formote)


def test_read_takes_hours_and_a_meeting_in_either_order_and_refuses_the_rest(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    meeting = plan(stack)
    anna = person_id(stack, ANNA)
    for typed, minutes in (
        (f"läst nr {meeting} 2", 120),
        (f"läst 1,5 nr {meeting}", 90),
        ("läst 2 timmar", 120),
        (f"läst nr {meeting}", 120),  # the time given before stays
    ):
        assert "Tack! Jag har noterat" in say(stack, ANNA, RAD, "/narvaro", typed), typed
        assert register(stack, meeting)[anna].reading_minutes == minutes, typed

    lina = person_id(stack, LINA)
    for typed in (
        f"läst -1 nr {meeting}",
        "läst 25",
        "läst 2 3",
        f"läst nr {meeting} 2 extra",
        "läst nr",
        "läst två",
        f"{meeting} läst nr {meeting}",
    ):
        refused = say(stack, LINA, RAD, "/narvaro", typed)
        assert "Det där kunde jag inte läsa" in refused, typed
        assert "till exempel `/narvaro läst 2,5`" in refused, typed
        assert "läst läst" not in refused, typed
        assert lina not in register(stack, meeting), typed


def test_formote_picks_the_formote_for_the_checklist_and_the_list(
    stack: LocalStack, clock: ManualClock
) -> None:
    council_with_members(stack)
    plan(stack)
    formote = plan(stack, FORMOTE, by=OLLE)
    say(stack, LINA, RAD, "/narvaro", "förmöte kommer inte")

    clock.set(datetime(2027, 3, 9, 10, 5, tzinfo=STOCKHOLM))
    delivery = stack.driver.command(OLLE, RAD, "/narvaro", "förmöte")
    assert delivery.ok and delivery.answer == {}
    view = stack.slack.open_view(OLLE)
    assert view is not None and f'"meeting": {formote}' in view["private_metadata"]
    assert "Välkommen! Du är incheckad på förmöte" in say(
        stack, ANNA, RAD, "/narvaro", "förmöte incheckning"
    )
    for typed in ("förmöte lista", "lista förmöte"):
        listing = say(stack, OLLE, RAD, "/narvaro", typed)
        assert "Närvaro: förmöte tisdag 9 mars 2027" in listing, typed
        assert "Lina Lind – har anmält förhinder" in listing and "Vera" not in listing
    assert "förstod jag inte" in say(stack, OLLE, RAD, "/narvaro", "förmöte statistik")

"""/brukarrad logg end to end: the chair sees the council's privileged actions (time, who,
what), never what anyone wrote; everyone else is refused, and another council sees its own."""

from __future__ import annotations

from adapters.console.stack import LocalStack
from tests.e2e.cast import (
    ANNA,
    ANNAT,
    ERIK,
    KARL,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    VERA,
    council_with_members,
    say,
)

LATE = "stormöte fredag 27 november kl 13-16"  # its kallelse's last day has passed


def _privileged_actions(stack: LocalStack) -> int:
    council_with_members(stack)
    say(stack, SARA, RAD, "/brukarrad", "inställningar punkter 10")
    say(stack, SARA, RAD, "/brukarrad", "inställningar gallring 36")
    say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{ERIK}|erik> ersättare")
    say(stack, SARA, RAD, "/brukarrad", "stående lägg till Hemligt ämne om Anna")
    planned = say(stack, SARA, RAD, "/mote", LATE)
    meeting = int(planned.split("(nr ")[1].split(")")[0])
    say(stack, ANNA, RAD, "/punkt", "Diagnosen ingen får veta")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    assert preview.reply_ts is not None
    sent = stack.driver.block_action(
        SARA, action_id="kallelse_send_anyway", message_ts=preview.reply_ts, channel_id=RAD
    )
    assert sent.ok
    say(stack, SARA, RAD, "/arvode", "november 2026")
    say(stack, ANNA, RAD, "/arvode", "mina uppgifter lön 28000")
    say(stack, SARA, RAD, "/arvode", f"intyg <@{ANNA}|anna>")
    question = stack.driver.command(LINA, RAD, "/minadata", "radera")
    assert question.reply_ts is not None
    stack.driver.block_action(
        LINA, action_id="minadata_erase", message_ts=question.reply_ts, channel_id=RAD
    )
    return meeting


def test_the_chair_sees_who_did_what_and_when_but_no_texts(stack: LocalStack) -> None:
    meeting = _privileged_actions(stack)
    log = say(stack, OLLE, RAD, "/brukarrad", "logg")
    lines = log.splitlines()
    assert lines[0] == "*Logg över ändringar i Brukarrådet Psykiatri Väst* (de senaste 13)"
    # Newest first, each with the council's local time.
    assert lines[1] == "• 2026-11-22 10.00 – f.d. ledamot: raderade sina uppgifter"
    assert "– Sara Sekreterare: tog ut arvodesunderlaget för 2026-11" in log
    assert "– Sara Sekreterare: noterade att intyget om inkomst för Anna Andersson är sett" in log
    assert (
        f"– Sara Sekreterare: skickade kallelsen till möte nr {meeting} för sent "
        "(sista dagen var 2026-11-20)"
    ) in log
    assert "– Sara Sekreterare: avslutade rollen ersättare för Erik Ersättare" in log
    assert "– Sara Sekreterare: ändrade gallringen till 36 månader" in log
    assert "– Sara Sekreterare: ändrade rådets regler (punkter 10)" in log
    assert "– Sara Sekreterare: lade till f.d. ledamot som ledamot för Attention" in log
    assert "– Sara Sekreterare: lade till Olle Ordförande som ordförande för RSMH Väst" in log
    assert lines[-1] == "• 2026-11-22 10.00 – Sara Sekreterare: skapade rådet"
    for written in ("Hemligt", "Diagnosen", "Lina", "28000", "28\u00a0000"):
        assert written not in log
    assert len(say(stack, OLLE, RAD, "/brukarrad", "logg 3").splitlines()) == 4
    assert "högst 100" in say(stack, OLLE, RAD, "/brukarrad", "logg alla")


def test_only_the_chair_may_read_the_log(stack: LocalStack) -> None:
    council_with_members(stack)
    for user in (SARA, ANNA, ERIK, VERA, NILS, KARL):
        answer = say(stack, user, RAD, "/brukarrad", "logg")
        assert answer == (
            "Det är bara rådets ordförande som kan se loggen över ändringar i rådet."
        ), user


def test_another_councils_log_holds_only_its_own_actions(stack: LocalStack) -> None:
    council_with_members(stack)
    say(stack, KARL, ANNAT, "/brukarrad", "skapa Annat råd")
    say(stack, KARL, ANNAT, "/brukarrad", f"ledamot <@{NILS}|nils> ordförande Hela Människan")
    log = say(stack, NILS, ANNAT, "/brukarrad", "logg")
    assert "(de senaste 2)" in log
    for other in ("Brukarrådet Psykiatri Väst", "Olle", "Anna Andersson", "Sara"):
        assert other not in log
    # Olle chairs the first council, not this one.
    assert "bara rådets ordförande" in say(stack, OLLE, ANNAT, "/brukarrad", "logg")


def test_the_years_and_the_peoples_changes_are_in_the_log_by_no_words_of_theirs(
    stack: LocalStack,
) -> None:
    """The årshjul, the goals, points sent on and answered, the föreningar's contacts and
    appointees, the newcomers' buddies and links, and guests: who and when, never the
    words anyone wrote (the evaluations' answers are not logged at all)."""
    council_with_members(stack)
    for words in (
        "årshjul lägg till oktober Hemlig budget",
        "årshjul lägg till juni aktivitet Hemlig fest",
        "årshjul ändra 2 november Hemlig budget 2027",
        "årshjul status 1 pågår",
        "årshjul ta bort 2",
        "mål lägg till Hemligt mål",
        "mål ta bort 1",
        f"kontakt <@{NILS}|nils> RSMH Väst",
        f"ledamot <@{KARL}|karl> ledamot RSMH Väst",
        f"fadder <@{KARL}|karl> <@{ANNA}|anna>",
        "introduktion länk https://example.org/msr Hemlig utbildning",
    ):
        assert "Klart" in say(stack, SARA, RAD, "/brukarrad", words), words
    say(stack, NILS, stack.slack.dm_channel(NILS), "/brukarrad", f"bekräfta <@{KARL}>")
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 3 december kl 13-16")
    say(stack, ANNA, RAD, "/punkt", "Hemlig punkt")
    say(stack, SARA, RAD, "/punkt", "vidare 1 till verksamhetschefen senast 2026-12-15")
    say(stack, SARA, RAD, "/punkt", "svar 1 Hemligt svar")
    say(stack, SARA, RAD, "/kallelse", f"gäst <@{VERA}|vera>")  # a member: refused, no entry
    say(stack, OLLE, RAD, "/kallelse", "gäst <@U0GUEST|gunnar>")

    log = say(stack, OLLE, RAD, "/brukarrad", "logg 40")
    for line in (
        "Sara Sekreterare: lade till en punkt i årshjulet (oktober)",
        "Sara Sekreterare: lade till en punkt i årshjulet (juni)",
        "Sara Sekreterare: ändrade en punkt i årshjulet (nu i november)",
        "Sara Sekreterare: ändrade hur en gemensam aktivitet i årshjulet går (pågår)",
        "Sara Sekreterare: tog bort en punkt ur årshjulet (november)",
        "Sara Sekreterare: lade till ett av rådets mål för inflytande",
        "Sara Sekreterare: tog bort ett av rådets mål för inflytande",
        "Sara Sekreterare: gjorde Nils Nilsson till kontaktperson för RSMH Väst",
        "Nils Nilsson: bekräftade Karl Karlsson som representant för RSMH Väst",
        "Sara Sekreterare: gjorde Anna Andersson till fadder för Karl Karlsson",
        "Sara Sekreterare: lade till en länk för nya representanter",
        "Sara Sekreterare: skickade vidare punkt nr 1",
        "Sara Sekreterare: förde in svaret på punkt nr 1, som skickats vidare",
        "Olle Ordförande: bjöd in",
    ):
        assert line in log, line
    assert "Hemlig" not in log and "example.org" not in log
    assert log.count("som gäst till möte nr 1") == 1

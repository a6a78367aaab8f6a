"""Succession end to end through the local Slack (issue 22; seeds/000 L58, seeds/001 L1171):
a representative who leaves leaves a vacant seat; the chair, the secretary and the förening's
contact are told, and reminded every week until someone is appointed; the förening's contact
confirms the appointee; an officer leaving hands over first."""

from __future__ import annotations

from datetime import datetime

from adapters.console.stack import LocalStack
from tests.conftest import STOCKHOLM
from tests.e2e.cast import (
    ANNA,
    KARL,
    LINA,
    NILS,
    OLLE,
    RAD,
    SARA,
    council_with_members,
    dm_texts,
    say,
)


def _dms(stack: LocalStack, user: str) -> list[str]:
    """The DM's messages but the members' own first weeks' (on in a new council)."""
    return dm_texts(stack, user)


def _new(stack: LocalStack, user: str, since: dict[str, int]) -> list[str]:
    """The DMs the user got since `since` was taken (see _marks)."""
    return _dms(stack, user)[since[user] :]


def _marks(stack: LocalStack, *users: str) -> dict[str, int]:
    return {user: len(_dms(stack, user)) for user in users}


def test_a_removed_member_leaves_a_vacant_seat_until_the_forening_appoints_and_confirms(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    assert "• RSMH Väst: _ingen ännu_" in say(stack, SARA, RAD, "/brukarrad", "kontakt")
    assert "`/brukarrad kontakt @Maria RSMH Väst`" in say(
        stack, SARA, RAD, "/brukarrad", f"kontakt <@{NILS}|nils>"
    )
    unknown = say(stack, SARA, RAD, "/brukarrad", f"kontakt <@{NILS}|nils> RSMH Öst")
    assert "ingen förening som heter RSMH Öst" in unknown and "RSMH Väst" in unknown
    # Nils speaks for RSMH Väst but is no member of the council: he is told all the same.
    assert "är kontaktperson för RSMH Väst" in say(
        stack, SARA, RAD, "/brukarrad", f"kontakt <@{NILS}|nils> rsmh  väst"
    )
    assert any("kontaktperson för RSMH Väst" in t for t in _dms(stack, NILS))
    assert "• RSMH Väst: Nils Nilsson" in say(stack, ANNA, RAD, "/brukarrad", "kontakt")

    before = _marks(stack, SARA, OLLE, NILS)
    removed = say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{ANNA}|anna>")
    assert "Platsen är nu ledig" in removed
    [told_chair] = _new(stack, OLLE, before)
    assert "*Anna Andersson* har tagits bort ur rådet, så platsen för RSMH Väst" in told_chair
    assert "`/brukarrad ledamot @person ledamot RSMH Väst`" in told_chair
    [told_contact] = _new(stack, NILS, before)
    assert told_contact.startswith("Hej! Du är kontaktperson för RSMH Väst")
    assert _new(stack, SARA, before) == []  # she did it, and read the answer
    shown = say(stack, SARA, RAD, "/brukarrad", "visa")
    assert "*Lediga platser*" in shown
    assert "platsen för RSMH Väst, ledig sedan söndag 22 november 2026 (efter Anna Andersson)" in (
        shown
    )

    # Reminded a week later from nine (on the sweep's pass over everything, every quarter
    # hour), not before, each of them once.
    before = _marks(stack, SARA, OLLE, NILS)
    stack.tick(datetime(2026, 11, 29, 8, 59, tzinfo=STOCKHOLM))
    assert _marks(stack, SARA, OLLE, NILS) == before
    stack.tick(datetime(2026, 11, 29, 9, 14, tzinfo=STOCKHOLM))
    stack.tick(datetime(2026, 11, 29, 12, 0, tzinfo=STOCKHOLM))
    for user in (SARA, OLLE, NILS):
        [reminder] = _new(stack, user, before)
        assert reminder.startswith("Påminnelse: platsen för RSMH Väst i *Brukarrådet Psykiatri")
        assert "ledig sedan söndag 22 november 2026, efter *Anna Andersson*" in reminder

    # RSMH appoints Karl: the seat is filled, Nils asked to confirm.
    before = _marks(stack, SARA, OLLE, NILS)
    say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{KARL}|karl> ledamot RSMH Väst")
    [asked] = _new(stack, NILS, before)
    assert "har lagt till *Karl Karlsson* som ledamot för RSMH Väst" in asked
    assert "`/brukarrad bekräfta @Karl Karlsson`" in asked
    shown = say(stack, SARA, RAD, "/brukarrad", "visa")
    assert "Lediga platser" not in shown
    assert "Karl Karlsson – ledamot _(väntar på föreningens bekräftelse)_" in shown
    stack.tick(datetime(2026, 12, 6, 9, 0, tzinfo=STOCKHOLM))
    assert [t for t in _new(stack, OLLE, before) if "Påminnelse" in t] == []

    # Only the contact confirms; from their DM with the bot.
    refused = say(stack, OLLE, RAD, "/brukarrad", f"bekräfta <@{KARL}|karl>")
    assert "Bara föreningens kontaktperson kan bekräfta" in refused
    before = _marks(stack, SARA, OLLE)
    confirmed = say(stack, NILS, stack.slack.dm_channel(NILS), "/brukarrad", f"bekräfta <@{KARL}>")
    assert "*Karl Karlsson* är bekräftad som ledamot för RSMH Väst" in confirmed
    for officer in (SARA, OLLE):
        [told] = _new(stack, officer, before)
        assert "Nils Nilsson har bekräftat *Karl Karlsson* för RSMH Väst" in told
    assert "väntar på föreningens bekräftelse" not in say(stack, SARA, RAD, "/brukarrad", "visa")


def test_a_member_leaving_the_channel_triggers_the_vacancy_flow_until_they_come_back(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    left = stack.driver.event(
        {"type": "member_left_channel", "user": LINA, "channel": RAD, "channel_type": "C"}
    )
    assert left.ok, left
    for officer in (SARA, OLLE):
        [told] = [t for t in _dms(stack, officer) if "har lämnat kanalen" in t]
        assert "men platsen för Attention räknas som ledig" in told
        assert "Jag påminner er varje vecka" in told
    assert "platsen för Attention, ledig sedan" in say(stack, SARA, RAD, "/brukarrad", "visa")
    before = _marks(stack, SARA, OLLE)
    stack.tick(datetime(2026, 11, 29, 9, 0, tzinfo=STOCKHOLM))
    for officer in (SARA, OLLE):
        [reminder] = _new(stack, officer, before)
        assert reminder.startswith("Påminnelse: platsen för Attention")
    # Back in the channel: her seat is hers again, and nobody is reminded.
    stack.driver.event(
        {"type": "member_joined_channel", "user": LINA, "channel": RAD, "channel_type": "C"}
    )
    before = _marks(stack, SARA, OLLE)
    stack.tick(datetime(2026, 12, 6, 9, 0, tzinfo=STOCKHOLM))
    assert _marks(stack, SARA, OLLE) == before
    assert "Lediga platser" not in say(stack, SARA, RAD, "/brukarrad", "visa")


def test_an_officer_hands_over_before_leaving_and_a_gap_is_warned_of(stack: LocalStack) -> None:
    council_with_members(stack)
    refused = say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{OLLE}|olle> ordförande")
    assert f"<@{OLLE}> är den enda med rollen ordförande" in refused
    assert "`/brukarrad ledamot @person ordförande`" in refused
    assert "`/brukarrad ta bort @person ordförande ändå`" in refused
    assert "Olle Ordförande – ordförande" in say(stack, SARA, RAD, "/brukarrad", "visa")
    done = say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{OLLE}|olle> ordförande ändå")
    assert "Obs! Rådet har nu ingen ordförande" in done
    # The last officer cannot leave the council with nobody to manage it.
    last = say(stack, SARA, RAD, "/brukarrad", f"ta bort <@{SARA}|sara>")
    assert "varken ordförande eller sekreterare" in last
    assert "Lämna över först med `/brukarrad ledamot @person sekreterare`" in last
    # She leaves the channel all the same: the whole council is warned there.
    stack.driver.event(
        {"type": "member_left_channel", "user": SARA, "channel": RAD, "channel_type": "C"}
    )
    posted = [m.get("text", "") for m in stack.slack.messages(RAD)]
    assert any(
        "*Sara Sekreterare* var den enda med rollen sekreterare" in t
        and "just nu kan ingen ändra rådets ledamöter" in t
        for t in posted
    )


def test_a_chair_leaving_the_channel_warns_the_secretary(stack: LocalStack) -> None:
    council_with_members(stack)
    stack.driver.event(
        {"type": "member_left_channel", "user": OLLE, "channel": RAD, "channel_type": "C"}
    )
    dms = _dms(stack, SARA)
    assert any("*Olle Ordförande* var den enda med rollen ordförande" in t for t in dms)
    assert any("platsen för RSMH Väst räknas som ledig" in t for t in dms)  # his seat too

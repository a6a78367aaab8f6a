"""Justering on both backends: approvals per version, the lock, and why nobody can change
locked minutes alone (the chair and the secretary must both agree, and it is logged)."""

from __future__ import annotations

import pytest

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.vocabulary import NoteKind, Role
from bot.minutes.capture import EntryInput
from bot.minutes.render import markdown
from tests.bot.minutes_council import (
    AFTER,
    ANNA,
    ERIK,
    LINA,
    NAMES,
    OLLE,
    RAD,
    SARA,
    TEAM,
    VERA,
    Council,
    at,
    council,
)
from tests.conftest import NOW


def _locked(services: Services) -> Council:
    """Lina approves alone: Anna, the other justerare, sent apologies and is not asked."""
    c = council(services)
    c.write("punkt 5", "beslut: Rådet vill ha kortare väntetider.")
    version = c.send()
    assert c.approve(LINA, version)
    return c


def _decide(c: Council, user: str, amendment: int, confirm: bool = True) -> bool:
    return c.services.minutes.justering.decide_amendment(
        who=account(TEAM, user),
        meeting_id=c.meeting,
        amendment_id=amendment,
        confirm=confirm,
        now=at(6, 10),
    ).confirmed


def test_locked_minutes_cannot_be_changed_by_one_person_alone(services: Services) -> None:
    c = _locked(services)
    with pytest.raises(UserError) as refused:
        c.write("info: En rad till.", now=AFTER)
    assert refused.value.key == "protokoll.locked"

    decision = c.entry("5", "Rådet vill")
    asked = c.edit("5", [EntryInput(decision, None, "Rådet vill ha kortare köer.")]).amendment
    assert asked is not None and c.users(asked.confirmers) == [OLLE]
    assert "Beslut: Rådet vill ha kortare väntetider." in c.markdown()  # not yet changed

    for user, key in (
        (SARA, "refused.amendment.same_person"),
        (ANNA, "refused.officers"),  # a justerare is no officer
    ):
        with pytest.raises(UserError) as refused:
            _decide(c, user, asked.id)
        assert refused.value.key == key
    assert "kortare köer" not in c.markdown()

    assert _decide(c, OLLE, asked.id)
    text = c.markdown()
    assert "Beslut: Rådet vill ha kortare köer." in text
    assert "Justerat (version 2)" in text
    assert (
        "Ändrat efter justeringen, söndag 6 december 2026 kl. 10.00: "
        "begärt av Sara Sekreterare, bekräftat av Olle Ordförande"
    ) in text
    with pytest.raises(UserError) as refused:
        _decide(c, OLLE, asked.id)
    assert refused.value.key == "protokoll.amendment.gone"


def test_two_secretaries_together_are_not_the_chair_and_the_secretary(
    services: Services,
) -> None:
    c = _locked(services)
    services.councils.add_member(
        who=account(TEAM, SARA), where=conversation(TEAM, RAD),
        member=NamedAccount(VERA, NAMES[VERA]), role=Role.SEKRETERARE, forening=None, now=NOW,
    )  # fmt: skip
    decision = c.entry("5", "Rådet vill")
    asked = c.edit("5", [EntryInput(decision, None, "Ändrat.")]).amendment
    assert asked is not None and VERA not in c.users(asked.confirmers)
    with pytest.raises(UserError) as refused:
        _decide(c, VERA, asked.id)
    assert refused.value.key == "refused.amendment.roles"
    # The chair asks and a secretary confirms: that pair works the other way round too.
    assert not _decide(c, OLLE, asked.id, confirm=False)
    chair_asks = c.edit("5", [EntryInput(decision, None, "Ändrat av ordföranden.")], user=OLLE)
    assert chair_asks.amendment is not None
    assert set(c.users(chair_asks.amendment.confirmers)) == {SARA, VERA}
    assert _decide(c, VERA, chair_asks.amendment.id)
    assert "Beslut: Ändrat av ordföranden." in c.markdown()


def test_approvals_count_for_the_version_read_and_an_edit_reopens(services: Services) -> None:
    c = council(services)
    c.write("punkt 6", "avslag: Ingen budget.", f"justerare: <@{ERIK}> och Lina")
    first = c.send()
    assert not c.approve(ERIK, first)
    assert not c.approve(ERIK, first)  # a second press changes nothing
    with pytest.raises(UserError) as refused:
        c.send()
    assert refused.value.key == "protokoll.justera.already"
    c.edit("6", [EntryInput(None, NoteKind.INFO, "Frågan kan komma tillbaka i höst.")])
    with pytest.raises(UserError) as refused:
        c.approve(LINA, first)
    assert refused.value.key == "protokoll.justera.stale"
    second = c.send()
    assert second == first + 1
    assert not c.approve(ERIK, second)
    assert c.approve(LINA, second)
    status = services.minutes.justering.status(**c.where(SARA, AFTER))
    assert [(name, version) for name, _, version in status.approvals] == [
        ("Erik Ersättare", 1),
        ("Erik Ersättare", 2),
        ("Lina Lind", 2),
    ]
    assert status.status.value == "justerat" and not status.waiting


def test_a_change_proposal_reaches_the_writers(services: Services) -> None:
    c = council(services)
    c.write("punkt 5", "beslut: Ja.")
    version = c.send()
    proposed = services.minutes.justering.propose(
        who=account(TEAM, LINA), meeting_id=c.meeting, version=version,
        text="Skriv vem som ska svara.", now=AFTER,
    )  # fmt: skip
    assert set(c.told(proposed.notices)) == {SARA, OLLE}
    assert proposed.notices[0].params["text"] == "Skriv vem som ska svara."
    # The proposer is told it is sent, queued with the proposal (issue 18).
    assert set(c.told(proposed.thanks)) == {LINA}
    assert proposed.thanks[0].key == "protokoll.propose.sent"
    with pytest.raises(UserError) as refused:
        services.minutes.justering.propose(
            who=account(TEAM, VERA), meeting_id=c.meeting, version=version,
            text="Jag vill också.", now=AFTER,
        )  # fmt: skip
    assert refused.value.key == "refused.justerare"


def test_the_meeting_chooses_its_justerare_and_nobody_absent_is_asked(
    sqlite_services: Services,
) -> None:
    c = council(sqlite_services)
    c.write("punkt 5", "beslut: Ja.")
    # By default the council's justerare who were there: Lina, not Anna (she sent apologies).
    sent = sqlite_services.minutes.justering.send(**c.where(SARA, AFTER))
    assert [v.account for v in sent.justerare] == [LINA]
    with pytest.raises(UserError) as refused:
        c.approve(ANNA, sent.version)
    assert refused.value.key == "refused.justerare"
    for line, key in (
        (f"justerare: <@{ANNA}>", "protokoll.justerare.absent"),
        ("justerare: Vera", "protokoll.justerare.not_eligible"),  # the unit's
        ("justerare: Nils", "protokoll.justerare.not_member"),
        ("justerare:", "protokoll.justerare.usage"),
    ):
        with pytest.raises(UserError) as refused:
            c.write(line, now=AFTER)
        assert refused.value.key == key, line
    # Erik holds no justerare role: the meeting may still choose him, by name.
    [chose] = c.write("justerare: Erik och Lina Lind", now=AFTER)
    assert chose.justerare == ("Erik Ersättare", "Lina Lind")
    status = sqlite_services.minutes.justering.status(**c.where(SARA, AFTER))
    assert status.status.value == "utkast"  # the version Lina holds is no longer the text
    text = c.markdown()
    assert "Att justera protokollet valdes Erik Ersättare och Lina Lind" in text
    assert "Justerare: Erik Ersättare och Lina Lind" in text
    again = sqlite_services.minutes.justering.send(**c.where(SARA, AFTER))
    assert {v.account for v in again.justerare} == {ERIK, LINA}
    assert not c.approve(ERIK, again.version)
    assert c.approve(LINA, again.version)


def test_a_council_without_justering_publishes_the_draft_and_says_so(
    sqlite_services: Services,
) -> None:
    c = council(sqlite_services)
    c.write("punkt 5", "beslut: Ja.")
    publishing = sqlite_services.minutes.publishing
    with pytest.raises(UserError) as refused:
        publishing.publish(**c.where(SARA, AFTER))
    assert refused.value.key == "protokoll.publish.not_locked"
    sqlite_services.councils.set_justering(
        who=account(TEAM, SARA), where=conversation(TEAM, RAD), on=False, now=AFTER
    )
    published = publishing.publish(**c.where(SARA, AFTER))
    assert (published.version, published.first, published.justered) == (1, True, False)
    text = markdown(published.layout)
    assert "Inte justerat: rådet publicerar sina protokoll utan justering (version 1)" in text
    assert "Justerare:" not in text and "Justeringslogg" not in text
    # A change after that is an amendment, as for approved minutes.
    with pytest.raises(UserError) as refused:
        c.write("info: En rad till.", now=AFTER)
    assert refused.value.key == "protokoll.locked"

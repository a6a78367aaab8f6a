"""The authorization rules as a table of roles, and the docs generated from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.slack.ids import account
from bot.core.authz import RULES, Action, Viewer, allowed
from bot.core.authz_table import markdown_table
from bot.core.vocabulary import Role

ROOT = Path(__file__).resolve().parents[2]


def viewer(*roles: Role, forening: bool = False) -> Viewer:
    return Viewer(
        account("T1", "U1"),
        1 if roles else None,
        frozenset(roles),
        forening_id=1 if forening else None,
        name="Anna Andersson",
    )


PEOPLE = {
    "ordförande (RSMH)": viewer(Role.ORDFORANDE, forening=True),
    "sekreterare (verksamheten)": viewer(Role.SEKRETERARE),
    "justerare (RSMH)": viewer(Role.JUSTERARE, Role.LEDAMOT, forening=True),
    "ledamot (RSMH)": viewer(Role.LEDAMOT, forening=True),
    "ersättare (RSMH)": viewer(Role.ERSATTARE, forening=True),
    "verksamhet": viewer(Role.VERKSAMHET),
    "inte med i rådet": viewer(),
}
OFFICERS = {"ordförande (RSMH)", "sekreterare (verksamheten)"}
ASSOCIATIONS = {"ordförande (RSMH)", "justerare (RSMH)", "ledamot (RSMH)", "ersättare (RSMH)"}
MEMBERS = set(PEOPLE) - {"inte med i rådet"}
SECRETARY = {"sekreterare (verksamheten)"}
EXPECTED = {
    Action.MANAGE_MEMBERS: OFFICERS,
    Action.CHANGE_SETTINGS: OFFICERS,
    Action.PLAN_MEETING: OFFICERS,
    Action.PLAN_FORMOTE: ASSOCIATIONS,
    Action.SEE_FORMOTE: ASSOCIATIONS,
    Action.SUBMIT_POINT: MEMBERS,
    Action.MANAGE_AGENDA: OFFICERS,
    Action.REGISTER_ATTENDANCE: OFFICERS,
    Action.ATTEND: MEMBERS,
    Action.SEE_ABSENCE_REASONS: SECRETARY,
    Action.SEE_FEES: SECRETARY,
    Action.SEND_KALLELSE: OFFICERS,
    Action.WRITE_MINUTES: OFFICERS,
    Action.SEE_MINUTES: MEMBERS,
    # Among these, only those a version was sent to (the meeting's justerare) approve it.
    Action.APPROVE_MINUTES: ASSOCIATIONS,
    Action.SEE_ACTIONS: MEMBERS,
    Action.CLOSE_ACTIONS: OFFICERS,
    Action.SEE_AUDIT: {"ordförande (RSMH)"},
    Action.YEAR_REPORT: OFFICERS,
    Action.SEE_WORKING_GROUPS: MEMBERS,
    Action.MANAGE_WORKING_GROUPS: OFFICERS,
}


def test_every_action_has_an_expected_row() -> None:
    assert set(EXPECTED) == set(RULES)


@pytest.mark.parametrize("action", list(EXPECTED))
def test_who_may_do_what(action: Action) -> None:
    allowed_people = {name for name, v in PEOPLE.items() if allowed(action, v)}
    assert allowed_people == EXPECTED[action]


def test_a_unit_person_who_is_also_in_an_association_never_sees_the_formote() -> None:
    both = viewer(Role.VERKSAMHET, Role.LEDAMOT, forening=True)
    assert not allowed(Action.SEE_FORMOTE, both)


def test_the_docs_table_is_generated_from_the_rules() -> None:
    committed = (ROOT / "docs" / "authorization.md").read_text(encoding="utf-8")
    assert committed == markdown_table(), (
        "run: python -m bot.core.authz_table > docs/authorization.md"
    )

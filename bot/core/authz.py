"""Who may do what: the one place authorization is decided.

Services load a `Viewer` (bot.core.viewers) and call `require(action, viewer, ...)`;
no role check is written anywhere else. `RULES` is also the source of the docs table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.core.audience import Audience
from bot.core.errors import UserError
from bot.core.identity import Account
from bot.core.texts import Ref
from bot.core.texts.render import Mention
from bot.core.vocabulary import ASSOCIATION_ROLES, OFFICER_ROLES, Role


@dataclass(frozen=True)
class Viewer:
    """Someone asking, as one council sees them: the account a chat reaches them by (None:
    none), the person (None: not known here), and their active roles there, if any."""

    chat: Account | None
    person_id: int | None
    roles: frozenset[Role]
    # The förening they speak for in this council (the first, if several); None for the unit.
    forening_id: int | None
    name: str  # as the council knows them; their account when it does not

    @property
    def account(self) -> str:
        """Their account's id in the chat ("" for none)."""
        return self.chat.external_id if self.chat else ""

    @property
    def mention(self) -> Mention:
        return Mention(self.name, self.chat)

    @property
    def has_forening(self) -> bool:
        return self.forening_id is not None

    @property
    def is_member(self) -> bool:
        return bool(self.roles)

    @property
    def is_officer(self) -> bool:
        return bool(self.roles & OFFICER_ROLES)

    @property
    def is_association_member(self) -> bool:
        """Speaks for an association, and is not the unit: may see the förmöte."""
        if Role.VERKSAMHET in self.roles:
            return False
        return self.has_forening or bool(self.roles & ASSOCIATION_ROLES)


class Action(StrEnum):
    MANAGE_MEMBERS = "manage_members"
    CHANGE_SETTINGS = "change_settings"
    PLAN_MEETING = "plan_meeting"
    PLAN_FORMOTE = "plan_formote"
    SEE_FORMOTE = "see_formote"
    SUBMIT_POINT = "submit_point"
    MANAGE_AGENDA = "manage_agenda"
    REGISTER_ATTENDANCE = "register_attendance"
    ATTEND = "attend"
    SEE_ABSENCE_REASONS = "see_absence_reasons"
    SEE_FEES = "see_fees"
    SEND_KALLELSE = "send_kallelse"
    WRITE_MINUTES = "write_minutes"
    SEE_MINUTES = "see_minutes"
    APPROVE_MINUTES = "approve_minutes"
    SEE_ACTIONS = "see_actions"
    CLOSE_ACTIONS = "close_actions"
    SEE_AUDIT = "see_audit"
    YEAR_REPORT = "year_report"
    SEE_WORKING_GROUPS = "see_working_groups"
    MANAGE_WORKING_GROUPS = "manage_working_groups"


@dataclass(frozen=True)
class Rule:
    who: str  # the docs' wording of who is allowed
    allows: Callable[[Viewer], bool]
    refusal: str  # catalogue key of the refusal


OFFICERS = Rule("sekreterare, ordförande", lambda v: v.is_officer, "refused.officers")
ASSOCIATIONS = Rule(
    "föreningarnas företrädare (inte verksamheten)",
    lambda v: v.is_association_member,
    "refused.associations",
)

MEMBERS = Rule(
    "alla ledamöter, ersättare och verksamhetens företrädare",
    lambda v: v.is_member,
    "refused.members",
)

# Others' fee bases reveal salaries, and absence reasons may reveal health: the secretary's.
SECRETARY = Rule("sekreterare", lambda v: Role.SEKRETERARE in v.roles, "refused.secretary")
# Who may approve one meeting's minutes is chosen per meeting (bot.minutes.choose) among the
# associations' people; `require_justerare` checks the version's own list.
JUSTERARE = Rule(
    "föreningarnas företrädare som mötet valt att justera",
    lambda v: v.is_association_member,
    "refused.justerare",
)
# The audit log watches the officers' privileged acts, most of them the secretary's (often
# from the unit), and shows who erased their data: the chair's, not the one it watches.
CHAIR = Rule("ordförande", lambda v: Role.ORDFORANDE in v.roles, "refused.chair")

RULES: dict[Action, Rule] = {
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
    Action.APPROVE_MINUTES: JUSTERARE,
    Action.SEE_ACTIONS: MEMBERS,
    Action.CLOSE_ACTIONS: OFFICERS,  # and each item's owner (bot.minutes.action_items)
    Action.SEE_AUDIT: CHAIR,
    Action.YEAR_REPORT: OFFICERS,
    Action.SEE_WORKING_GROUPS: MEMBERS,
    # Set up, roster and closed as the stormöte decides (bot.councils.working_groups).
    Action.MANAGE_WORKING_GROUPS: OFFICERS,
}


def allowed(action: Action, viewer: Viewer) -> bool:
    return RULES[action].allows(viewer)


def require_submitter(viewer: Viewer, submitter_id: int | None) -> None:
    """Only the person who sent a point may take it back."""
    if viewer.person_id is None or viewer.person_id != submitter_id:
        raise UserError("refused.not_submitter")


def require_justerare(viewer: Viewer, justerare: tuple[int, ...]) -> None:
    """Only those a version was sent to approve it."""
    if viewer.person_id is None or viewer.person_id not in justerare:
        raise UserError("refused.justerare")


def is_second_officer(requested_by: int, requester_roles: frozenset[Role], other: Viewer) -> bool:
    """Locked minutes change only when the chair and the secretary agree: two people, one
    holding each role, so nobody can change approved minutes alone."""
    if other.person_id is None or other.person_id == requested_by:
        return False
    pair = (requester_roles, other.roles)
    return any(Role.ORDFORANDE in a and Role.SEKRETERARE in b for a, b in (pair, pair[::-1]))


def require_second_officer(
    requested_by: int, requester_roles: frozenset[Role], confirmer: Viewer
) -> None:
    if confirmer.person_id == requested_by:
        raise UserError("refused.amendment.same_person")
    if not is_second_officer(requested_by, requester_roles, confirmer):
        raise UserError("refused.amendment.roles")


def require(action: Action, viewer: Viewer, *, officers: list[Mention]) -> None:
    """Raise the action's refusal; an officers' refusal names who can."""
    rule = RULES[action]
    if rule.allows(viewer):
        return
    what = Ref(f"what.{action.value}")
    if rule is OFFICERS and not officers:
        raise UserError("refused.officers.nobody", what=what)
    raise UserError(rule.refusal, what=what, who=officers)


def audience_of(viewer: Viewer) -> Audience:
    """The audience a person reads as: the associations' own only for their representatives."""
    return Audience.ASSOCIATIONS if allowed(Action.SEE_FORMOTE, viewer) else Audience.JOINT

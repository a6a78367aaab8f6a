"""Enterprise Grid and Slack Connect: a council is its channel's, so a channel shared with
other workspaces (of the org, or of another organisation) is the same council from each."""

from __future__ import annotations

from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.slack.ids import conversation
from adapters.storage.models import Account, AgendaPoint, Council
from tests.e2e.cast import OLLE, RAD, SARA, council_with_members, reply_text, say

OTHER_WORKSPACE = "T0GRANNE"  # another workspace of the same Enterprise Grid org
ORG = "E0REGION"
EXTERNAL = "T0EXTERN"  # another organisation, by Slack Connect
EVA = "U0EVA"  # from the other organisation: RSMH's own Slack


def test_a_command_from_another_workspace_of_the_org_finds_the_council(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    # Olle writes from his own workspace of the org, in the channel shared with it.
    agenda = stack.driver.command(
        OLLE, RAD, "/punkt", "Tillgänglighet", team_id=OTHER_WORKSPACE, enterprise_id=ORG
    )
    assert agenda.ok
    assert "Tillgänglighet" in reply_text(agenda.answer)
    assert "inget brukarråd" not in reply_text(agenda.answer)
    shown = stack.driver.command(OLLE, RAD, "/dagordning", team_id=OTHER_WORKSPACE)
    assert "*Tillgänglighet*" in reply_text(shown.answer)
    with stack.services.uow() as uow:  # the same council and the same Olle, no second one
        assert len(uow.session.scalars(select(Council)).all()) == 1
        olles = uow.session.scalars(select(Account).where(Account.external_id == OLLE)).all()
        assert [a.workspace for a in olles] == [stack.slack.team_id]


def test_a_point_form_from_an_external_member_lands_in_the_channels_council(
    stack: LocalStack,
) -> None:
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "stormöte torsdag 10 december kl 13-16")
    stack.slack.add_user(EVA, "eva", real_name="Eva Extern")
    stack.slack.add_channel(RAD, "brukarrad", members=[SARA, OLLE, EVA])
    assert "Klart" in say(stack, SARA, RAD, "/brukarrad", f"ledamot <@{EVA}|eva> ledamot RSMH Väst")
    assert stack.driver.command(EVA, RAD, "/punkt", team_id=EXTERNAL).ok
    view = stack.slack.open_view(EVA)
    assert view is not None and view["callback_id"] == "point_submit"
    submitted = stack.driver.view_submission(
        EVA, view["id"], {"title": {"value": "Tolk vid besök"}}, team_id=EXTERNAL
    )
    assert submitted.ok and not submitted.body, submitted.body  # the form closes
    with stack.services.uow() as uow:
        [point] = uow.session.scalars(select(AgendaPoint).where(AgendaPoint.standing.is_(False)))
        council = uow.directory.council(conversation("T", RAD))
        submitter = uow.people.get(point.submitter_id or 0)
        assert council is not None and point.council_id == council.id
        assert submitter is not None and submitter.display_name == "Eva Extern"
    assert "*Tolk vid besök*" in say(stack, SARA, RAD, "/dagordning")

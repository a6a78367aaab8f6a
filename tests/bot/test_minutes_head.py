"""A minutes line is appended after reading the log's head (the outline, the current item,
whether the minutes are locked), not the lines before it: writing stays linear."""

from __future__ import annotations

from bot.core.authz import Action
from bot.minutes import access
from bot.runtime.services import Services
from tests.bot.minutes_council import DURING, RAD, SARA, TEAM, council


def test_a_line_reads_the_head_of_the_log_and_the_head_agrees_with_the_whole(
    services: Services,
) -> None:
    c = council(services)
    c.write("punkt 5", "beslut: Rådet vill ha kortare väntetider.", "info: Lokalen byts.")
    with services.uow() as uow:
        head = access.in_channel(
            uow,
            action=Action.WRITE_MINUTES,
            now=DURING,
            head=True,
            team_id=TEAM,
            channel_id=RAD,
            user_id=SARA,
        )
        whole = access.reload(uow, head)
    assert head.record.entries == [] and len(whole.record.entries) == 2
    for record in (head.record, whole.record):
        assert (record.current, record.locked) == ("5", False)
    assert head.record.outline == whole.record.outline

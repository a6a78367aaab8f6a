"""Sending the kallelse on both backends: once however often it is pressed, and the
council's minimum notice ("skicka ändå")."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from adapters.runtime.services import Services
from adapters.slack.ids import account, conversation
from adapters.storage.models import Event
from bot.core.errors import UserError
from bot.core.vocabulary import MeetingKind
from bot.kallelse.service import NeedsConfirmation
from tests.bot.kallelse_council import (
    ANNA,
    CHANNEL,
    ERIK,
    LINA,
    OLLE,
    SARA,
    TEAM,
    VERA,
    council,
    full_council,
    plan,
)
from tests.conftest import NOW

COMMON = {"where": conversation(TEAM, CHANNEL)}


def _events(services: Services, kind: str) -> list[Event]:
    with services.uow() as uow:
        return list(uow.session.scalars(select(Event).where(Event.kind == kind)))


def test_the_kallelse_is_sent_once_however_often_send_is_pressed(services: Services) -> None:
    meetings = full_council(services)
    sent = services.kallelse.send(
        who=account(TEAM, SARA.external_id),
        meeting_id=meetings.stormote,
        anyway=False,
        now=NOW,
        **COMMON,
    )
    assert not sent.late and sent.conversation == CHANNEL
    assert {r.account for r in sent.recipients} == {
        account(TEAM, u.external_id) for u in (SARA, OLLE, ANNA, ERIK, LINA, VERA)
    }
    assert [r.answers for r in sent.recipients if r.handle == ERIK.external_id] == [False]
    for again in (False, True):
        with pytest.raises(UserError) as refused:
            services.kallelse.send(
                who=account(TEAM, OLLE.external_id),
                meeting_id=meetings.stormote,
                anyway=again,
                now=NOW,
                **COMMON,
            )
        assert refused.value.key == "kallelse.already_sent"
    assert len(_events(services, "kallelse.sent")) == 1
    preview = services.kallelse.preview(who=account(TEAM, SARA.external_id), now=NOW, **COMMON)
    assert preview.sent_at is not None


def test_later_than_the_minimum_notice_needs_send_anyway_and_is_logged(
    services: Services,
) -> None:
    council(services)
    # The council's default notice is 7 days: the last day was 20 November.
    late = plan(services, MeetingKind.STORMOTE, "fredag 27 november kl 13", None, SARA.external_id)
    preview = services.kallelse.preview(who=account(TEAM, SARA.external_id), now=NOW, **COMMON)
    assert preview.late and preview.last_day.isoformat() == "2026-11-20"
    with pytest.raises(NeedsConfirmation):
        services.kallelse.send(
            who=account(TEAM, SARA.external_id), meeting_id=late, anyway=False, now=NOW, **COMMON
        )
    assert _events(services, "kallelse.sent") == []
    sent = services.kallelse.send(
        who=account(TEAM, SARA.external_id), meeting_id=late, anyway=True, now=NOW, **COMMON
    )
    assert sent.late
    [logged] = _events(services, "kallelse.sent_late")
    assert logged.data == {"last_day": "2026-11-20"}

"""The council's årshjul on the fakes (bot.councils.arshjul): its items in the council's own
year, each placed on the agenda of the first stormöte in or after its month (never on a
förmöte, never twice, a cancelled stormöte's on the next), a word when no joint activity is
planned, and only officers change it."""

from __future__ import annotations

import pytest

from adapters.slack.ids import account, conversation
from adapters.storage.models import Event
from bot.agenda import outline
from bot.core.errors import UserError
from bot.core.identity import NamedAccount
from bot.core.texts.render import plain
from bot.core.vocabulary import ActivityState, MeetingKind
from bot.councils.arshjul import YearWheelService, wheel_lines
from bot.councils.year import YearService
from tests.fakes.uow import FakeUnitOfWorkFactory
from tests.unit.world import ANNA, CHANNEL, NOW, SARA, TEAM, agenda, council, meetings, plan

WHERE = conversation(TEAM, CHANNEL)


def _add(
    uow: FakeUnitOfWorkFactory,
    month: int,
    title: str,
    *,
    activity: bool = False,
    by: NamedAccount = SARA,
) -> None:
    YearWheelService(uow).add(
        who=account(TEAM, by.external_id),
        where=WHERE,
        month=month,
        title=title,
        activity=activity,
        now=NOW,
    )


def _yearly(uow: FakeUnitOfWorkFactory, meeting_id: int, by: NamedAccount = SARA) -> list[str]:
    view = agenda(uow).agenda(
        who=account(TEAM, by.external_id), where=WHERE, meeting_id=meeting_id, now=NOW
    )
    return [line.standing or "" for line in outline(view) if line.yearly]


def _wheel(uow: FakeUnitOfWorkFactory) -> list[str]:
    wheel = YearWheelService(uow).show(where=WHERE)
    return [plain(line, wheel.lang) for line in wheel_lines(wheel)]


@pytest.fixture
def wheel(uow: FakeUnitOfWorkFactory) -> FakeUnitOfWorkFactory:
    """Rådet (begun 22 November 2026) with a year of items."""
    council(uow)
    _add(uow, 10, "Budget för nästa år")
    _add(uow, 12, "Julfika med verksamheten", activity=True)
    _add(uow, 1, "Verksamhetsplan")
    _add(uow, 2, "Bokslut")
    _add(uow, 3, "Patientenkäten")
    _add(uow, 5, "Rådets egen utvärdering")
    return uow


def test_an_item_lands_on_the_first_stormote_in_or_after_its_month(
    wheel: FakeUnitOfWorkFactory,
) -> None:
    december = plan(wheel, "torsdag 3 december kl 13-16").meeting.id
    february = plan(wheel, "11 februari kl 13-16").meeting.id
    june = plan(wheel, "3 juni kl 13-16").meeting.id
    formote = plan(wheel, "1 juni kl 10-12", MeetingKind.FORMOTE, by=ANNA).meeting.id
    # The council began in November: its first stormöte gets December's items only.
    assert _yearly(wheel, december) == ["Julfika med verksamheten"]
    assert _yearly(wheel, february) == ["Verksamhetsplan", "Bokslut"]
    assert _yearly(wheel, june) == ["Patientenkäten", "Rådets egen utvärdering"]
    assert _yearly(wheel, formote, ANNA) == []


def test_a_cancelled_stormotes_items_go_to_the_next(wheel: FakeUnitOfWorkFactory) -> None:
    plan(wheel, "torsdag 3 december kl 13-16")
    february = plan(wheel, "11 februari kl 13-16").meeting.id
    april = plan(wheel, "15 april kl 13-16").meeting.id
    meetings(wheel).cancel(
        who=account(TEAM, SARA.external_id), where=WHERE, meeting_id=february, now=NOW
    )
    assert _yearly(wheel, april) == ["Verksamhetsplan", "Bokslut", "Patientenkäten"]


def test_the_items_are_placed_before_ovriga_fragor_and_numbered_with_the_agenda(
    wheel: FakeUnitOfWorkFactory,
) -> None:
    december = plan(wheel, "torsdag 3 december kl 13-16").meeting.id
    view = agenda(wheel).agenda(
        who=account(TEAM, SARA.external_id), where=WHERE, meeting_id=december, now=NOW
    )
    titles = [line.standing for line in outline(view) if line.numbered]
    assert titles.index("Julfika med verksamheten") == titles.index("Övriga frågor") - 1


def test_the_wheel_follows_the_councils_year_and_warns_without_an_activity(
    uow: FakeUnitOfWorkFactory,
) -> None:
    council(uow)
    YearService(uow).change(
        who=account(TEAM, SARA.external_id), where=WHERE, start_month=9, meetings=None, now=NOW
    )
    _add(uow, 2, "Bokslut")
    _add(uow, 10, "Budget")
    lines = _wheel(uow)
    assert lines[0] == "Årshjul för Rådet – året börjar i september"
    assert lines[1:4] == ["September –", "Oktober", "1. Budget"]
    assert "2. Bokslut" in lines
    assert lines[-1].startswith("Årshjulet har ingen gemensam aktivitet")
    _add(uow, 6, "Sommarfest", activity=True)
    lines = _wheel(uow)
    assert "3. Sommarfest (gemensam aktivitet, planerad)" in lines
    assert not any("ingen gemensam aktivitet" in line for line in lines)
    service = YearWheelService(uow)
    sara = account(TEAM, SARA.external_id)
    service.set_state(who=sara, where=WHERE, number=3, state=ActivityState.UNDER_WAY, now=NOW)
    assert "3. Sommarfest (gemensam aktivitet, pågår)" in _wheel(uow)
    # Once every activity is done, none is planned or under way: the word comes back.
    service.set_state(who=sara, where=WHERE, number=3, state=ActivityState.DONE, now=NOW)
    lines = _wheel(uow)
    assert "3. Sommarfest (gemensam aktivitet, genomförd)" in lines
    assert lines[-1].startswith("Årshjulet har ingen gemensam aktivitet")
    with pytest.raises(UserError) as no_activity:
        service.set_state(who=sara, where=WHERE, number=1, state=ActivityState.DONE, now=NOW)
    assert no_activity.value.key == "arshjul.not_activity"


def test_only_officers_change_it_and_each_change_is_logged(uow: FakeUnitOfWorkFactory) -> None:
    council(uow)
    with pytest.raises(UserError) as refused:
        _add(uow, 10, "Budget", by=ANNA)
    assert refused.value.key == "refused.officers"
    _add(uow, 10, "Budget")
    _add(uow, 11, "Inget")
    service = YearWheelService(uow)
    with pytest.raises(UserError) as missing:
        service.remove(who=account(TEAM, SARA.external_id), where=WHERE, number=3, now=NOW)
    assert missing.value.key == "arshjul.no_such"
    gone, left = service.remove(who=account(TEAM, SARA.external_id), where=WHERE, number=2, now=NOW)
    assert gone == "Inget" and [i.title for i in left.items] == ["Budget"]
    with uow() as work:
        kinds = [e.kind for e in work.store.all(Event) if e.kind.startswith("arshjul.")]
    assert kinds == ["arshjul.added", "arshjul.added", "arshjul.removed"]

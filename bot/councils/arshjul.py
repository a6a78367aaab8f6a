"""The council's årshjul: twelve months of its own year (which need not begin in January,
seeds/001 L1132–1135), each with what comes back every year (the budget, the
verksamhetsplan, the patientenkät, the bokslut, the council's own evaluation) and the
activities the council plans or carries out together. The guidance wants at least one
activity always being planned or under way (seeds/001 L2670), so the årshjul says when it
has none.

Each item goes by itself on the agenda of the first stormöte in or after its month: the
stormöte gets every item whose month began after the stormöte before it (and within the
twelve months up to its own day, so no item comes twice); a council's first stormöte gets
those whose month began since the council did. A cancelled stormöte's items go to the
next. The agenda shows them as coming from the årshjul (bot.agenda.view: the kallelse,
/dagordning and the minutes).

Everyone in the council reads it; the officers change it, by command or on the member page
(in the event log).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Unpack
from zoneinfo import ZoneInfo

from adapters.storage.models import Council, Meeting, YearlyItem
from bot.core.authz import Action, allowed
from bot.core.errors import UserError
from bot.core.identity import Conversation
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.texts.render import plain
from bot.core.viewers import ChatOrPage, authorized_either, authorized_person, council_at
from bot.core.vocabulary import ActivityState, MeetingKind
from bot.core.when_format import EN_MONTHS, SV_MONTHS

UowFactory = Callable[[], UnitOfWork]
MONTHS = 12
MAX_TITLE = 300  # the column's length
MAX_ITEMS = 100  # a wheel longer than this is no overview


@dataclass(frozen=True)
class WheelItem:
    number: int  # as `/brukarrad årshjul ta bort <nr>` names it
    month: int
    title: str
    activity: bool
    state: ActivityState | None = None  # an activity's
    id: int = 0  # the stored item's (the member page's forms name it: numbers shift)
    evaluation: bool = False  # the council's own evaluation of its goals (bot.councils.goals)

    @property
    def living(self) -> bool:
        """An activity being planned or under way."""
        return self.activity and self.state != ActivityState.DONE

    def phrase(self) -> Ref:
        """ "3. Sommarfest (gemensam aktivitet, pågår)" """
        params: dict[str, object] = {"number": self.number, "title": self.title}
        if self.evaluation:
            return Ref("arshjul.evaluation", params=params)
        if not self.activity:
            return Ref("arshjul.item", params=params)
        state = self.state or ActivityState.PLANNED
        return Ref(
            "arshjul.activity",
            params={**params, "state": Ref(f"arshjul.state.{state.name.lower()}")},
        )


@dataclass(frozen=True)
class Wheel:
    council_id: int
    council_name: str
    lang: str
    start_month: int
    items: tuple[WheelItem, ...]
    editable: bool = False  # for an officer, on the member page

    @property
    def has_activity(self) -> bool:
        """Whether a joint activity is being planned or under way."""
        return any(item.living for item in self.items)

    def months(self) -> list[tuple[int, list[WheelItem]]]:
        """The twelve months from the one the council's year begins with, each with its
        items (a month with none has an empty list)."""
        order = [(self.start_month - 1 + i) % MONTHS + 1 for i in range(MONTHS)]
        return [(m, [item for item in self.items if item.month == m]) for m in order]


def month_name(month: int, lang: str) -> str:
    """ "september" as a sentence holds it ("September" in English)."""
    return (SV_MONTHS if lang == "sv" else EN_MONTHS)[month - 1]


def wheel_lines(wheel: Wheel) -> list[Ref]:
    """The årshjul as people read it, a line each: its months in the council's order with
    their items numbered, and a word when no activity is planned."""
    lang = wheel.lang
    lines = [
        Ref(
            "arshjul.heading",
            params={"council": wheel.council_name, "month": month_name(wheel.start_month, lang)},
        )
    ]
    for month, items in wheel.months():
        name = month_name(month, lang).capitalize()  # a line begins with it
        key = "arshjul.month" if items else "arshjul.month_empty"
        lines.append(Ref(key, params={"month": name}))
        lines += [item.phrase() for item in items]
    if not wheel.has_activity:
        lines.append(Ref("arshjul.no_activity"))
    return lines


def in_year_order(council: Council, items: list[YearlyItem]) -> list[YearlyItem]:
    """In the council's year: from its first month, then as added."""
    return sorted(items, key=lambda i: ((i.month - council.year_start_month) % MONTHS, i.id))


def _numbered(uow: UnitOfWork, council: Council, number: int) -> YearlyItem:
    """The item numbered `number` as the årshjul is shown."""
    items = in_year_order(council, uow.yearly.for_council(council.id))
    if not 1 <= number <= len(items):
        raise UserError("arshjul.no_such", number=number)
    return items[number - 1]


def _by_id(uow: UnitOfWork, council: Council, item_id: int) -> YearlyItem:
    """The item a member page form names (gone, or another council's: no such item)."""
    for item in uow.yearly.for_council(council.id):
        if item.id == item_id:
            return item
    raise UserError("arshjul.gone")


def _wheel(uow: UnitOfWork, council: Council, *, editable: bool = False) -> Wheel:
    items = in_year_order(council, uow.yearly.for_council(council.id))
    return Wheel(
        council.id,
        council.name,
        council.language,
        council.year_start_month,
        tuple(
            WheelItem(
                n,
                i.month,
                i.title,
                i.activity,
                ActivityState(i.state) if i.state else None,
                i.id,
                i.evaluation,
            )
            for n, i in enumerate(items, start=1)
        ),
        editable,
    )


def clean_title(title: str) -> str:
    """The item's words on one line, or why they will not do."""
    title = " ".join(title.split())
    if not title:
        raise UserError("arshjul.need_title")
    if len(title) > MAX_TITLE:
        raise UserError("error.too_long", length=len(title), limit=MAX_TITLE)
    return title


def on_agenda(uow: UnitOfWork, council: Council, meeting: Meeting) -> list[str]:
    """The årshjul's items for this meeting's agenda, in the order their months came."""
    if meeting.kind != MeetingKind.STORMOTE:
        return []
    items = uow.yearly.for_council(council.id)
    if not items:
        return []
    zone = ZoneInfo(council.timezone)
    day = meeting.starts_at.astimezone(zone).date()
    # An item is due when its month began after `floor`: the stormöte before, else the
    # month before the council began; within the year up to the meeting's day.
    previous = uow.meetings.last_stormote_before(council.id, meeting.starts_at)
    if previous is None:
        floor = council.created_at.astimezone(zone).date().replace(day=1) - timedelta(days=1)
    else:
        floor = previous.starts_at.astimezone(zone).date()
    floor = max(floor, date(day.year - 1, day.month, 1))

    def began(item: YearlyItem) -> date:
        """The first day of the item's month, the last time it came before `day`."""
        return date(day.year if item.month <= day.month else day.year - 1, item.month, 1)

    due = [item for item in items if began(item) > floor]
    return [item.title for item in sorted(due, key=lambda i: (began(i), i.id))]


class YearWheelService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def show(self, *, where: Conversation) -> Wheel:
        """For anyone where the council is: the årshjul is everyone's."""
        with self._uow() as uow:
            return _wheel(uow, council_at(uow, where))

    def for_member(self, *, person_id: int, council_id: int, now: datetime) -> Wheel:
        """On the member page, for a member of the council."""
        with self._uow() as uow:
            council, viewer = authorized_person(
                uow, person_id, council_id, Action.SEE_MINUTES, now=now
            )
            return _wheel(uow, council, editable=allowed(Action.CHANGE_SETTINGS, viewer))

    def add(
        self,
        *,
        month: int,
        title: str,
        activity: bool,
        now: datetime,
        evaluation: bool = False,
        **asked: Unpack[ChatOrPage],
    ) -> Wheel:
        """An officer's new item, by command or on the member page (`asked`); with
        `evaluation`, the council's own evaluation of its goals (one a council; its words
        the catalogue's unless given)."""
        if not evaluation:
            title = clean_title(title)
        with self._uow() as uow:
            council, viewer = authorized_either(uow, asked, Action.CHANGE_SETTINGS, now=now)
            items = in_year_order(council, uow.yearly.for_council(council.id))
            if len(items) >= MAX_ITEMS:
                raise UserError("arshjul.full", limit=MAX_ITEMS)
            if evaluation:
                twice = [n for n, i in enumerate(items, start=1) if i.evaluation]
                if twice:
                    raise UserError("arshjul.evaluation_twice", number=twice[0])
                own = plain("arshjul.evaluation_title", council.language)
                title = clean_title(" ".join(title.split()) or own)
            uow.yearly.add(
                YearlyItem(
                    council_id=council.id,
                    month=month,
                    title=title,
                    activity=activity and not evaluation,
                    state=ActivityState.PLANNED if activity and not evaluation else None,
                    evaluation=evaluation,
                    created_at=now,
                )
            )
            uow.events.append(
                "arshjul.added",
                at=now,
                council_id=council.id,
                actor_id=viewer.person_id,
                data={"month": month, "title": title, "activity": activity},
            )
            wheel = _wheel(uow, council, editable=True)
            uow.commit()
            return wheel

    def set_state(
        self,
        *,
        number: int,
        state: ActivityState,
        now: datetime,
        **asked: Unpack[ChatOrPage],
    ) -> tuple[str, Wheel]:
        """An activity planned, under way or done; its title and the årshjul."""

        def change(uow: UnitOfWork, item: YearlyItem) -> dict[str, object]:
            if not item.activity:
                raise UserError("arshjul.not_activity", number=number)
            item.state = state
            return {"title": item.title, "state": state.value}

        return self._change(asked, (number, None), now, "arshjul.state_changed", change)

    def edit(
        self,
        *,
        month: int,
        title: str,
        now: datetime,
        state: ActivityState | None = None,
        number: int | None = None,
        item_id: int | None = None,
        **asked: Unpack[ChatOrPage],
    ) -> tuple[str, Wheel]:
        """An item moved to another month or worded anew (an activity's `state` too); its
        new title and the årshjul."""
        title = clean_title(title)

        def change(uow: UnitOfWork, item: YearlyItem) -> dict[str, object]:
            before = {"month_before": item.month, "title_before": item.title}
            item.month, item.title = month, title
            if item.activity and state is not None:
                item.state = state
            return {**before, "month": month, "title": title, "state": item.state}

        return self._change(asked, (number, item_id), now, "arshjul.changed", change)

    def remove(
        self,
        *,
        now: datetime,
        number: int | None = None,
        item_id: int | None = None,
        **asked: Unpack[ChatOrPage],
    ) -> tuple[str, Wheel]:
        """The item numbered `number` as the årshjul is shown (by command), or with the id
        `item_id` (the member page); its title and what is left."""

        def change(uow: UnitOfWork, item: YearlyItem) -> dict[str, object]:
            uow.yearly.delete(item)
            return {"month": item.month, "title": item.title}

        return self._change(asked, (number, item_id), now, "arshjul.removed", change)

    def _change(
        self,
        asked: ChatOrPage,
        named: tuple[int | None, int | None],
        now: datetime,
        kind: str,
        change: Callable[[UnitOfWork, YearlyItem], dict[str, object]],
    ) -> tuple[str, Wheel]:
        """An officer's change to the item `named` (by number or by id), in the event log as
        `kind`."""
        number, item_id = named
        with self._uow() as uow:
            council, viewer = authorized_either(uow, asked, Action.CHANGE_SETTINGS, now=now)
            if item_id is not None:
                item = _by_id(uow, council, item_id)
            else:
                item = _numbered(uow, council, number or 0)
            data = change(uow, item)
            uow.events.append(
                kind, at=now, council_id=council.id, actor_id=viewer.person_id, data=data
            )
            wheel = _wheel(uow, council, editable=True)
            uow.commit()
            return item.title, wheel

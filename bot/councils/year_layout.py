"""The year report as the council reads it: catalogue phrases in sections, each figure's
chart with the data it draws and its alt text, and the guidance's questions for the council
to answer together. One layout serves every format (adapters/reports: DOCX and the charts;
adapters/web: the member page).

The questions are the guidance's for the end of an årshjul (seeds/001 L1186–1202: "Hann ni
med allt som planerat?", "Vilka aktiviteter är lämpliga att fortsätta …"), asked of the
council's own work; the report leaves room for the answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.core.audience import Audience
from bot.core.texts import Ref
from bot.core.vocabulary import MeetingKind
from bot.core.when import format_date
from bot.councils import goals
from bot.councils.year_report import GoalEvaluation, Outcome, RaisedPoint, Side, YearReport
from bot.meetings import evaluation

QUESTIONS = (
    "year.question.in_time",
    "year.question.continue",
    "year.question.challenges",
    "year.question.adjustments",
    "year.question.next_year",
    "year.question.activities",
)
SIDES = (Side.ASSOCIATIONS, Side.UNIT, Side.OTHERS)
OUTCOMES = (Outcome.DECIDED, Outcome.REJECTED, Outcome.SENT_ON, Outcome.WITHDRAWN, Outcome.OPEN)


@dataclass(frozen=True)
class Series:
    label: Ref | str  # a förening's name is people's words
    values: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart: a bar (or a stack) per category, one colour per series."""

    name: str  # for the file: ASCII
    title: Ref
    alt: Ref  # the same figures in words, for whoever cannot see the picture
    axis: Ref
    categories: tuple[Ref | str, ...]
    series: tuple[Series, ...]
    stacked: bool


@dataclass(frozen=True)
class Section:
    heading: Ref
    lines: tuple[Ref, ...]
    chart: Chart | None = None


@dataclass(frozen=True)
class YearLayout:
    lang: str
    name: str  # the file's name without its extension
    title: Ref
    meta: tuple[Ref, ...]
    sections: tuple[Section, ...]
    questions: tuple[Ref, ...]

    @property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(s.chart for s in self.sections if s.chart is not None)


def _day(day: date) -> str:
    """A day on a chart's axis, short and the same in both languages: 12/3."""
    return f"{day.day}/{day.month}"


def _days(days: tuple[date, ...], lang: str) -> list[str | Ref]:
    return [format_date(d, lang) for d in days]


def layout(report: YearReport) -> YearLayout:
    lang = report.lang
    version = (
        "year.version.associations"
        if report.audience == Audience.ASSOCIATIONS
        else "year.version.joint"
    )
    meta = [
        Ref(
            "year.period",
            params={
                "first": format_date(report.year.first, lang),
                "last": format_date(report.last_day, lang),
            },
        ),
        Ref(version),
    ]
    if not report.ended:
        meta.insert(1, Ref("year.so_far", params={"today": format_date(report.today, lang)}))
    return YearLayout(
        lang=lang,
        name=f"arsrapport-{report.year.label.replace('/', '-')}",
        title=Ref("year.title", params={"year": report.year.label, "council": report.council}),
        meta=tuple(meta),
        sections=(
            _meetings(report),
            _points(report),
            *_point_lists(report),
            _actions(report),
            _attendance(report),
            _agenda(report),
            _activities(report),
            _groups(report),
            _evaluation(report),
            *_goals(report),
        ),
        questions=tuple(Ref(key) for key in QUESTIONS),
    )


def _activities(report: YearReport) -> Section:
    if not report.activities:
        return Section(Ref("year.activities"), (Ref("year.activities.none"),))
    return Section(
        Ref("year.activities"),
        tuple(
            Ref(
                "year.activities.line",
                params={"title": title, "state": Ref(f"arshjul.state.{state.name.lower()}")},
            )
            for title, state in report.activities
        ),
    )


def _groups(report: YearReport) -> Section:
    """The working groups: what each came to, or when it is to be done."""
    lang = report.lang
    lines = [
        Ref(
            "year.groups.closed",
            params={"name": g.name, "set_up": format_date(g.set_up, lang),
                    "closed": format_date(g.closed, lang), "outcome": g.outcome or ""},
        )
        if g.closed is not None
        else Ref(
            "year.groups.open",
            params={"name": g.name, "set_up": format_date(g.set_up, lang),
                    "ends_on": format_date(g.ends_on, lang)},
        )
        for g in report.groups
    ]  # fmt: skip
    return Section(Ref("year.groups"), tuple(lines) or (Ref("year.groups.none"),))


def _evaluation(report: YearReport) -> Section:
    """Per question, the share who gave its best answer at each meeting: the trend."""
    found = report.evaluations
    if not found:
        return Section(Ref("year.evaluation"), (Ref("year.evaluation.none"),))
    lines = [Ref("year.evaluation.answered", count=sum(e.answered for e in found))]
    for q in range(1, evaluation.QUESTIONS + 1):
        trend = [
            Ref("year.evaluation.point", params={"day": _day(e.day), "best": b, "answers": n})
            for e in found
            for b, n in [e.best(q)]
            if n
        ]
        if trend:
            lines.append(
                Ref(
                    "year.evaluation.line",
                    params={"question": Ref(f"year.evaluation.q{q}"), "trend": trend},
                )
            )
    return Section(Ref("year.evaluation"), tuple(lines))


def _goals(report: YearReport) -> list[Section]:
    """Each goal's answers in the council's own evaluation, and a chart of them."""
    if not report.goals:
        return [Section(Ref("year.goals"), (Ref("year.goals.none"),))]
    return [_goal_round(found, report.lang) for found in report.goals]


def _goal_round(found: GoalEvaluation, lang: str) -> Section:
    day = format_date(found.day, lang)
    lines = [Ref("year.goals.answered", count=found.answered, params={"day": day})]
    categories = []
    figures = []
    for number, (title, counts) in enumerate(found.goals, start=1):
        well, partly, not_at_all = counts
        said = {"well": well, "partly": partly, "not_at_all": not_at_all}
        lines.append(
            Ref(
                "year.goals.line",
                count=sum(counts),
                params={"number": number, "goal": title, **said},
            )
        )
        category = Ref("year.chart.goals.category", params={"number": number})
        categories.append(category)
        figures.append(Ref("year.chart.goals.figure", params={"goal": category, **said}))
    chart = Chart(
        name="mal",
        title=Ref("year.chart.goals"),
        alt=Ref("year.chart.goals.alt", params={"figures": figures}),
        axis=Ref("year.chart.axis.answers"),
        categories=tuple(categories),
        series=tuple(
            Series(Ref(f"goals.c{c}"), tuple(counts[c - 1] for _, counts in found.goals))
            for c in range(1, goals.CHOICES + 1)
        ),
        stacked=True,
    )
    return Section(Ref("year.goals"), tuple(lines), chart)


def _meetings(report: YearReport) -> Section:
    lang = report.lang
    stormoten = report.held.get(MeetingKind.STORMOTE, ())
    lines = [
        Ref(
            "year.meetings.stormoten",
            count=len(stormoten),
            params={"required": report.required, "days": _days(stormoten, lang)},
        )
        if stormoten
        else Ref("year.meetings.no_stormoten", params={"required": report.required})
    ]
    if report.ahead:
        lines.append(
            Ref(
                "year.meetings.ahead",
                count=len(report.ahead),
                params={"days": _days(report.ahead, lang)},
            )
        )
    if report.missing:
        lines.append(
            Ref("year.meetings.missing", count=report.missing, params={"required": report.required})
        )
    elif report.stormoten >= report.required:
        lines.append(Ref("year.meetings.rule_met", params={"required": report.required}))
    # Only that a förmöte took place, and when: the unit's version too (its content is not).
    if formoten := report.held.get(MeetingKind.FORMOTE, ()):
        lines.append(
            Ref(
                "year.meetings.formoten",
                count=len(formoten),
                params={"days": _days(formoten, lang)},
            )
        )
    if groups := report.held.get(MeetingKind.ARBETSGRUPP, ()):
        lines.append(Ref("year.meetings.arbetsgrupper", count=len(groups)))
    return Section(Ref("year.meetings"), tuple(lines))


def _points(report: YearReport) -> Section:
    sides, outcomes = report.by_side(), report.by_outcome()
    lines = [
        Ref(
            "year.points.raised",
            count=len(report.points),
            params={
                "associations": sides[Side.ASSOCIATIONS],
                "unit": sides[Side.UNIT],
                "others": sides[Side.OTHERS],
            },
        ),
        *(
            Ref(f"year.points.{outcome.name.lower()}", count=sum(outcomes[outcome].values()))
            for outcome in OUTCOMES
        ),
    ]
    if report.audience == Audience.ASSOCIATIONS:
        formote = sum(p.kind == MeetingKind.FORMOTE for p in report.points)
        lines.append(Ref("year.points.formote", count=formote))
    categories = tuple(Ref(f"year.outcome.{o.name.lower()}") for o in OUTCOMES)
    series = tuple(
        Series(Ref(f"year.side.{side.value}"), tuple(outcomes[o][side] for o in OUTCOMES))
        for side in SIDES
    )
    chart = Chart(
        name="utfall",
        title=Ref("year.chart.outcomes"),
        alt=Ref(
            "year.chart.outcomes.alt",
            params={
                "figures": [
                    Ref(
                        "year.chart.outcomes.figure",
                        count=sum(outcomes[o].values()),
                        params={"outcome": Ref(f"year.outcome.{o.name.lower()}")},
                    )
                    for o in OUTCOMES
                ]
            },
        ),
        axis=Ref("year.chart.axis.points"),
        categories=categories,
        series=series,
        stacked=True,
    )
    return Section(Ref("year.points"), tuple(lines), chart)


def _point_line(point: RaisedPoint, key: str) -> Ref:
    reason = point.reason or (Ref(f"{key}.awaited") if point.outcome == Outcome.SENT_ON else "")
    params: dict[str, object] = {"title": point.title, "reason": reason, "to": point.sent_to}
    if point.kind == MeetingKind.FORMOTE:
        return Ref(f"{key}.formote", params=params)
    return Ref(key, params=params)


def _point_lists(report: YearReport) -> list[Section]:
    """The rejected points with their reasons, those sent on with their answers, and those
    still open, by title."""
    found = []
    for outcome, key in (
        (Outcome.REJECTED, "year.points.rejected_list"),
        (Outcome.SENT_ON, "year.points.sent_on_list"),
        (Outcome.OPEN, "year.points.open_list"),
    ):
        points = [p for p in report.points if p.outcome == outcome]
        if points:
            found.append(Section(Ref(key), tuple(_point_line(p, f"{key}.line") for p in points)))
    return found


def _actions(report: YearReport) -> Section:
    a = report.actions
    return Section(
        Ref("year.actions"),
        (
            Ref("year.actions.made", count=a.made),
            Ref("year.actions.done", count=a.done, params={"late": a.done_late}),
            Ref("year.actions.open", count=a.open, params={"overdue": a.overdue}),
        ),
    )


def _attendance(report: YearReport) -> Section:
    meetings = len(report.registered)
    if not meetings:
        return Section(Ref("year.attendance"), (Ref("year.attendance.none"),))
    lines = tuple(
        Ref(
            "year.attendance.line",
            count=meetings,
            params={"forening": row.forening, "attended": sum(n > 0 for n in row.present)},
        )
        for row in report.attendance
    )
    chart = Chart(
        name="narvaro",
        title=Ref("year.chart.attendance"),
        alt=Ref(
            "year.chart.attendance.alt",
            count=meetings,
            params={
                "days": [_day(d) for d in report.registered],
                "figures": [
                    Ref(
                        "year.chart.attendance.figure",
                        params={
                            "forening": row.forening,
                            "present": ", ".join(map(str, row.present)),
                        },
                    )
                    for row in report.attendance
                ],
            },
        ),
        axis=Ref("year.chart.axis.people"),
        categories=tuple(_day(d) for d in report.registered),
        series=tuple(Series(row.forening, row.present) for row in report.attendance),
        stacked=False,
    )
    return Section(
        Ref("year.attendance"), (Ref("year.attendance.intro", count=meetings), *lines), chart
    )


def _agenda(report: YearReport) -> Section:
    agenda = report.agenda
    if not agenda:
        return Section(Ref("year.agenda"), (Ref("year.agenda.none"),))
    items = sum(a.items for a in agenda)
    unit = sum(a.unit_items for a in agenda)
    percent = round(report.unit_share * 100)
    line = Ref("year.agenda.share", count=items, params={"unit": unit, "percent": percent})
    chart = Chart(
        name="dagordning",
        title=Ref("year.chart.agenda"),
        alt=Ref(
            "year.chart.agenda.alt",
            count=len(agenda),
            params={
                "percent": percent,
                "figures": [
                    Ref(
                        "year.chart.agenda.figure",
                        count=a.items,
                        params={"day": _day(a.day), "unit": a.unit_items},
                    )
                    for a in agenda
                ],
            },
        ),
        axis=Ref("year.chart.axis.items"),
        categories=tuple(_day(a.day) for a in agenda),
        series=(
            Series(Ref("year.chart.agenda.unit"), tuple(a.unit_items for a in agenda)),
            Series(Ref("year.chart.agenda.rest"), tuple(a.items - a.unit_items for a in agenda)),
        ),
        stacked=True,
    )
    return Section(Ref("year.agenda"), (line,), chart)

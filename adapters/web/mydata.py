"""My data on the member page: what `/minadata` shows (bot.privacy.inventory.inventory), written
with the catalogue's words for a page (HTML) or a downloadable text file (plain text).

Each part is a heading and its lines; nothing is cut off (the page and the file hold it all).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.vocabulary import ActionStatus, Answer, Presence
from bot.core.when import format_date
from bot.fees.labels import history_refs
from bot.meetings.labels import kronor
from bot.privacy.inventory import AttendanceLine, Inventory

Say = Callable[..., str]  # bot.core.texts.render.html or .plain: (key, lang, **params) -> str
Part = tuple[str, list[str]]


def my_data(found: Inventory, lang: str, say: Say) -> list[Part]:
    """The parts of `/minadata` in order: who, roles, points, attendance, pay data,
    reminders, action items and the log."""

    def day(value: date) -> str:
        return format_date(value, lang)

    def listed(lines: list[str]) -> list[str]:
        return lines or [say("minadata.none", lang)]

    person = say(
        "minadata.person",
        lang,
        name=found.name,
        email=found.email or Ref("minadata.no_email"),
        since=day(found.since.date()),
    )
    roles = [
        say(
            "minadata.role_line",
            lang,
            council=r.council,
            role=Ref(f"role.{r.role.value}"),
            forening=Ref("brukarrad.member.forening_suffix", params={"forening": r.forening})
            if r.forening
            else "",
            start=day(r.start),
            end=Ref("minadata.role.ended", params={"end": day(r.end)})
            if r.end
            else Ref("minadata.role.ongoing"),
        )
        for r in found.roles
    ]
    points = [
        say(
            "minadata.point_line",
            lang,
            council=p.council,
            id=p.id,
            title=p.title,
            status=Ref(f"status.{p.status.value}"),
            sent=day(p.sent),
        )
        for p in found.points
    ]
    actions = [
        say(
            "minadata.action_line",
            lang,
            council=a.council,
            id=a.id,
            text=a.text,
            status=Ref(
                "minadata.action.open" if a.status == ActionStatus.OPEN else "minadata.action.done"
            ),
            due=Ref("minadata.action.due", params={"due": day(a.due)}) if a.due else "",
        )
        for a in found.actions
    ]
    fees = found.fees
    no = Ref("arvode.profile.not_given")
    told = history_refs(fees.history, lang) if fees else []
    pay = (
        [
            say(
                "arvode.profile.show",
                lang,
                pay="; ".join(say(r.key, lang, **r.params) for r in told),
                shift=Ref("arvode.yes" if fees.shift_worker else "arvode.no"),
                travel=_kronor(fees.travel, lang) if fees.travel else no,
            )
        ]
        if fees
        else [say("minadata.fees.none", lang)]
    )
    reminders = "minadata.reminders.own" if found.reminders else "minadata.reminders.default"
    guests = [
        say(
            "minadata.guest_line",
            lang,
            council=g.council,
            kind=Ref(f"kind.word.{g.kind.value}"),
            day=day(g.day),
            meeting=g.meeting_id,
            invited=day(g.invited),
        )
        for g in found.guest_of
    ]
    return [
        (say("minadata.title", lang), [person]),
        (say("minadata.roles.title", lang), listed(roles)),
        (say("minadata.points.title", lang), listed(points)),
        (
            say("minadata.attendance.title", lang),
            listed([_attendance(a, lang, say) for a in found.attendance]),
        ),
        (
            say("web.mydata.fees", lang),
            [
                *pay,
                say("minadata.claims", lang, count=len(found.claims)),
                say("minadata.receipts", lang, count=len(found.receipts)),
            ],
        ),
        (say("web.mydata.reminders", lang), [say(reminders, lang)]),
        (say("minadata.actions.title", lang), listed(actions)),
        (
            say("minadata.groups.title", lang),
            listed([say(g.phrase().key, lang, **g.phrase().params) for g in found.groups]),
        ),
        (say("web.mydata.log", lang), [say("minadata.log", lang, count=len(found.log))]),
        *([(say("minadata.guest.title", lang), guests)] if guests else []),
    ]


def _kronor(amount: int, lang: str) -> Ref:
    return Ref("arvode.profile.kronor", params={"amount": kronor(amount, lang)})


def _attendance(line: AttendanceLine, lang: str, say: Say) -> str:
    parts: list[Value] = []
    if line.answer is not None:
        parts.append(Ref(f"minadata.attendance.answer.{Answer(line.answer).name.lower()}"))
    if line.reason:
        parts.append(Ref("minadata.attendance.reason", params={"reason": line.reason}))
    if line.presence is not None:
        presence = say(f"presence.{Presence(line.presence).name.lower()}", lang).lower()
        parts.append(Ref("minadata.attendance.presence", params={"presence": presence}))
    if line.read_documents:
        parts.append(Ref("minadata.attendance.read"))
    if line.replaced_someone:
        parts.append(Ref("minadata.attendance.replaced"))
    return say(
        "minadata.attendance_line",
        lang,
        council=line.council,
        kind=Ref(f"kind.word.{line.kind.value}"),
        day=format_date(line.day, lang),
        parts=parts or Ref("minadata.attendance.nothing"),
    )

"""What `/minadata` shows: a person's own data (the erase question is bot.privacy.shown)."""

from __future__ import annotations

from collections.abc import Sequence

from adapters.slack.blocks.fees import profile_text
from adapters.slack.handlers.replies import Reply, chunks, escape, sections_reply
from adapters.slack.mrkdwn import slack, t
from bot.core.vocabulary import ActionStatus, Answer, Presence
from bot.core.when import format_date
from bot.privacy.inventory import AttendanceLine, Inventory
from bot.privacy.shown import ERASE, ERASE_CANCEL  # noqa: F401 (the buttons' ids, as tests read them)

# Lines per list in the reply; the export has them all.
SHOWN = 15


def _listed(title: str, lines: Sequence[str], lang: str) -> str:
    if not lines:
        return f"{title}: {t('minadata.none', lang)}"
    shown = list(lines[-SHOWN:])  # the latest
    if len(lines) > SHOWN:
        shown.append(t("minadata.more", lang, count=len(lines) - SHOWN))
    return "\n".join([title, *shown])


def _attendance(line: AttendanceLine, lang: str) -> str:
    parts = []
    if line.answer is not None:
        parts.append(t(f"minadata.attendance.answer.{Answer(line.answer).name.lower()}", lang))
    if line.reason:
        parts.append(t("minadata.attendance.reason", lang, reason=escape(line.reason)))
    if line.presence is not None:
        presence = t(f"presence.{Presence(line.presence).name.lower()}", lang)
        parts.append(t("minadata.attendance.presence", lang, presence=presence.lower()))
    if line.read_documents:
        parts.append(t("minadata.attendance.read", lang))
    if line.replaced_someone:
        parts.append(t("minadata.attendance.replaced", lang))
    return t(
        "minadata.attendance_line",
        lang,
        council=escape(line.council),
        kind=t(f"kind.{line.kind.value}", lang).lower(),
        day=format_date(line.day, lang),
        parts=", ".join(parts) or t("minadata.attendance.nothing", lang),
    )


def inventory_reply(found: Inventory, lang: str) -> Reply:
    person = t(
        "minadata.person",
        lang,
        name=escape(found.name),
        email=escape(found.email) if found.email else t("minadata.no_email", lang),
        since=format_date(found.since.date(), lang),
    )
    roles = [
        t(
            "minadata.role_line",
            lang,
            council=escape(r.council),
            role=t(f"role.{r.role.value}", lang),
            forening=t("brukarrad.member.forening_suffix", lang, forening=escape(r.forening))
            if r.forening
            else "",
            start=format_date(r.start, lang),
            end=t("minadata.role.ended", lang, end=format_date(r.end, lang))
            if r.end
            else t("minadata.role.ongoing", lang),
        )
        for r in found.roles
    ]
    points = [
        t(
            "minadata.point_line",
            lang,
            council=escape(p.council),
            id=p.id,
            title=escape(p.title),
            status=t(f"status.{p.status.value}", lang),
            sent=format_date(p.sent, lang),
        )
        for p in found.points
    ]
    actions = [
        t(
            "minadata.action_line",
            lang,
            council=escape(a.council),
            id=a.id,
            text=escape(a.text),
            status=t(
                "minadata.action.open" if a.status == ActionStatus.OPEN else "minadata.action.done",
                lang,
            ),
            due=t("minadata.action.due", lang, due=format_date(a.due, lang)) if a.due else "",
        )
        for a in found.actions
    ]
    parts = [
        t("minadata.title", lang) + "\n" + person,
        _listed(t("minadata.roles.title", lang), roles, lang),
        _listed(t("minadata.points.title", lang), points, lang),
        _listed(
            t("minadata.attendance.title", lang),
            [_attendance(a, lang) for a in found.attendance],
            lang,
        ),
        profile_text(found.fees, lang, now=None, saved=False)
        if found.fees
        else t("minadata.fees.none", lang),
        t("minadata.reminders.own" if found.reminders else "minadata.reminders.default", lang),
        _listed(t("minadata.actions.title", lang), actions, lang),
        _listed(
            t("minadata.groups.title", lang), [slack(g.phrase(), lang) for g in found.groups], lang
        ),
        *(
            [_listed(t("minadata.guest.title", lang), _guests(found, lang), lang)]
            if found.guest_of
            else []
        ),
        t("minadata.claims", lang, count=len(found.claims)),
        t("minadata.log", lang, count=len(found.log)),
        t("minadata.footer", lang),
    ]
    # Each part in as many sections as it needs: nothing of what is stored is cut off.
    return sections_reply([text for part in parts for text in chunks(part.split("\n"))])


def _guests(found: Inventory, lang: str) -> list[str]:
    return [
        t(
            "minadata.guest_line",
            lang,
            council=escape(g.council),
            kind=t(f"kind.word.{g.kind.value}", lang),
            day=format_date(g.day, lang),
            meeting=g.meeting_id,
            invited=format_date(g.invited, lang),
        )
        for g in found.guest_of
    ]

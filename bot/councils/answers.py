"""The answers to the council's own settings, composed once for every chat adapter's
`brukarrad`: each a list of catalogue lines (key, parameters), people's words as plain
strings (each chat encodes them its own way)."""

from __future__ import annotations

from bot.core.texts import Ref
from bot.core.texts.render import Link, Mention, Value
from bot.core.when import format_date
from bot.councils.agreement import Agreement
from bot.councils.service import Overview, Removal

Line = tuple[str, dict[str, Value]]


def rules(overview: Overview) -> Ref:
    """The council's rules in days, as one phrase."""
    return Ref(
        "brukarrad.show.rules",
        params={
            "agenda": Ref("count.days", overview.agenda_deadline_days),
            "notice": Ref("count.days", overview.min_notice_days),
            "minutes": Ref("count.days", overview.minutes_due_days),
        },
    )


def settings_changed(overview: Overview) -> list[Line]:
    return [("settings.changed", {"rules": rules(overview)})]


def justering_shown(council: str, on: bool) -> list[Line]:
    key = "settings.justering.show_on" if on else "settings.justering.show_off"
    return [(key, {"council": council})]


def justering_changed(on: bool) -> list[Line]:
    return [("settings.justering.on" if on else "settings.justering.off", {})]


def retention_shown(council: str, months: int) -> list[Line]:
    return [("gallring.show", {"council": council, "count": months})]


def retention_changed(months: int) -> list[Line]:
    return [("gallring.changed", {"count": months})]


def agreement_none(council: str) -> list[Line]:
    return [("brukarrad.form.none", {"council": council})]


def agreement_line(key: str, agreement: Agreement, lang: str) -> list[Line]:
    """`brukarrad.form.show` or `.recorded`: the agreement's version, link and dates."""
    return [
        (
            key,
            {
                "version": agreement.version,
                "link": Link(agreement.link),
                "adopted": format_date(agreement.adopted_on, lang),
                "review": format_date(agreement.next_review, lang),
            },
        )
    ]


def removed(removal: Removal, shown: Mention) -> list[Line]:
    """The roles ended, the seats left vacant, and a council now without an officer."""
    lines: list[Line] = [
        (
            "brukarrad.removed",
            {
                "user": shown,
                "roles": [Ref(f"role.{r.value}") for r in removal.ended],
                "council": removal.council.name,
            },
        )
    ]
    if removal.notices:
        lines.append(("brukarrad.removed.vacant", {}))
    if removal.without:
        roles: list[Value] = [Ref(f"role.{r.value}") for r in removal.without]
        lines.append(("brukarrad.removed.without", {"roles": roles}))
    return lines

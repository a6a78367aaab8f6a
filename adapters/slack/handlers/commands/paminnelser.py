"""/paminnelser: show and change one's own reminders, and (officers) the council's timing; the
words are read by bot.commands.paminnelser."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.runtime.services import Services
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import Reply, answer, escape, guarded, text_reply
from adapters.slack.ids import account, channel_of, conversation
from adapters.slack.mrkdwn import t
from bot.commands.help import Help
from bot.commands.paminnelser import (
    COMMAND,
    ChangeCouncil,
    PaminnelserRequest,
    ShowCouncil,
    ShowMine,
    parse,
)
from bot.core.texts import join_list
from bot.core.when import EN_WEEKDAYS, SV_WEEKDAYS
from bot.reminders.grammar import KIND_NAMES
from bot.reminders.kinds import ReminderKind
from bot.reminders.preferences import ALL_DAYS, CouncilTiming, Preferences


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def paminnelser(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        answer(
            respond, guarded(lambda: _dispatch(services, command, lang), lang=lang, where=COMMAND)
        )


def _dispatch(services: Services, command: dict[str, Any], lang: str) -> Reply:
    request = parse(command.get("text") or "")
    team, user = command["team_id"], command["user_id"]
    if isinstance(request, Help):
        return text_reply(t("paminnelser.help", lang, kinds=KIND_NAMES))
    if isinstance(request, ShowCouncil | ChangeCouncil):
        return _council(services, command, request, lang)
    if isinstance(request, ShowMine):
        return text_reply(_show(services.reminders.mine(who=account(team, user)), lang))
    prefs = services.reminders.change_mine(
        who=account(team, user),
        user_name=command.get("user_name") or user,
        change=request.change,
        now=services.clock.now(),
    )
    return text_reply(t("paminnelser.changed", lang) + "\n\n" + _show(prefs, lang))


def _council(
    services: Services, command: dict[str, Any], request: PaminnelserRequest, lang: str
) -> Reply:
    team, channel = command["team_id"], command["channel_id"]
    if not isinstance(request, ChangeCouncil):
        return text_reply(
            _show_council(
                services.reminders.council_timing(where=conversation(team, channel)), lang
            )
        )
    timing = services.reminders.change_council_timing(
        who=account(team, command["user_id"]),
        where=conversation(team, channel),
        kind=request.kind,
        days=request.days,
        now=services.clock.now(),
    )
    return text_reply(t("paminnelser.changed", lang) + "\n\n" + _show_council(timing, lang))


def _days(days: frozenset[int], lang: str) -> str:
    """Weekdays as runs: "måndag–fredag", "måndag, onsdag och fredag"."""
    if days == ALL_DAYS:
        return t("paminnelser.days.all", lang)
    names = SV_WEEKDAYS if lang == "sv" else EN_WEEKDAYS
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) > 2:
            parts.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            parts += [names[d] for d in run]
    return join_list(parts, lang)


def _show(prefs: Preferences, lang: str) -> str:
    lines = [t("paminnelser.title", lang)]
    lines += [
        t(
            "paminnelser.kind_line",
            lang,
            kind=kind.value,
            what=t(f"paminnelser.what.{kind.slug}", lang),
            state=t("paminnelser.off" if kind in prefs.off else "paminnelser.on", lang),
        )
        for kind in ReminderKind
    ]
    lines.append(
        t(
            "paminnelser.when",
            lang,
            start=prefs.hour_from,
            end=prefs.hour_to,
            days=_days(prefs.weekdays, lang),
        )
    )
    if prefs.paused:
        lines.append(t("paminnelser.paused", lang))
    lines.append(t("paminnelser.hint", lang))
    return "\n".join(lines)


def _show_council(timing: CouncilTiming, lang: str) -> str:
    lines = [t("paminnelser.council.title", lang, council=escape(timing.council_name))]
    for kind, kind_timing in timing.timing.items():
        shown = (
            t(
                "paminnelser.council.timing",
                lang,
                days=join_list([str(d) for d in kind_timing.days], lang),
                # "1 dag före", but "7 och 1 dagar före": a list takes the plural.
                count=kind_timing.days[0] if len(kind_timing.days) == 1 else len(kind_timing.days),
                hour=kind_timing.hour,
            )
            if kind_timing.days
            else t("paminnelser.council.off", lang)
        )
        lines.append(
            t(
                "paminnelser.council.line",
                lang,
                kind=kind.value,
                anchor=t(f"paminnelser.anchor.{kind.slug}", lang),
                timing=shown,
            )
        )
    lines.append(t("paminnelser.council.hint", lang))
    return "\n".join(lines)

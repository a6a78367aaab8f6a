"""What `paminnelser` shows, in the neutral form (bot.core.message) every chat renders: a
person's own reminders (each kind on or off, the hours and days they come, a pause), and a
council's timing of each kind (days before its date, the hour); a line a paragraph."""

from __future__ import annotations

from bot.core.message import Message, Words
from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.when import EN_WEEKDAYS, SV_WEEKDAYS
from bot.reminders.grammar import KIND_NAMES
from bot.reminders.kinds import ReminderKind
from bot.reminders.preferences import ALL_DAYS, CouncilTiming, Preferences


def usage(lang: str) -> Message:
    return Message.of(Words("paminnelser.help", {"kinds": list(KIND_NAMES)}, lang))


def days(weekdays: frozenset[int], lang: str) -> Value:
    """Weekdays as runs: "måndag–fredag", "måndag, onsdag och fredag"."""
    if weekdays == ALL_DAYS:
        return Ref("paminnelser.days.all")
    names = SV_WEEKDAYS if lang == "sv" else EN_WEEKDAYS
    runs: list[list[int]] = []
    for day in sorted(weekdays):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[Value] = []
    for run in runs:
        if len(run) > 2:
            parts.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            parts += [names[d] for d in run]
    return parts


def mine(prefs: Preferences, lang: str, *, changed: bool = False) -> Message:
    """A person's reminders (after "Klart, nu är det ändrat." when `changed`)."""
    lines = [Words("paminnelser.changed", {}, lang)] if changed else []
    lines.append(Words("paminnelser.title", {}, lang))
    for kind in ReminderKind:
        params: dict[str, Value] = {
            "kind": kind.value,
            "what": Ref(f"paminnelser.what.{kind.slug}"),
            "state": Ref("paminnelser.off" if kind in prefs.off else "paminnelser.on"),
        }
        lines.append(Words("paminnelser.kind_line", params, lang))
    hours = {"start": prefs.hour_from, "end": prefs.hour_to, "days": days(prefs.weekdays, lang)}
    lines.append(Words("paminnelser.when", hours, lang))
    if prefs.paused:
        lines.append(Words("paminnelser.paused", {}, lang))
    lines.append(Words("paminnelser.hint", {}, lang))
    return Message.of(*lines)


def council(timing: CouncilTiming, lang: str, *, changed: bool = False) -> Message:
    """When a council's reminders of each kind go (after the change, when `changed`)."""
    lines = [Words("paminnelser.changed", {}, lang)] if changed else []
    lines.append(Words("paminnelser.council.title", {"council": timing.council_name}, lang))
    for kind, kind_timing in timing.timing.items():
        shown: Value = Ref("paminnelser.council.off")
        if kind_timing.days:
            # "1 dag före", but "7 och 1 dagar före": a list takes the plural.
            count = kind_timing.days[0] if len(kind_timing.days) == 1 else len(kind_timing.days)
            params: dict[str, Value] = {
                "days": [str(d) for d in kind_timing.days],
                "hour": kind_timing.hour,
            }
            shown = Ref("paminnelser.council.timing", count, params)
        line: dict[str, Value] = {
            "kind": kind.value,
            "anchor": Ref(f"paminnelser.anchor.{kind.slug}"),
            "timing": shown,
        }
        lines.append(Words("paminnelser.council.line", line, lang))
    lines.append(Words("paminnelser.council.hint", {}, lang))
    return Message.of(*lines)

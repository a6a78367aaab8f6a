"""/brukarrad: create the council for a channel, manage its members, show it."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.audit import DEFAULT_LIMIT, MAX_LIMIT
from bot.councils import (
    JUSTERING_WORDS,
    MAX_SETTING_DAYS,
    SETTINGS,
    MemberChange,
    Overview,
)
from bot.errors import UserError
from bot.grammar import (
    check_length,
    fold,
    is_number,
    meeting_kind,
    parse_role,
    parse_settings,
    split_word,
    take_mention,
)
from bot.outbox import Message
from bot.phrasing import in_swedish
from bot.privacy.retention import MAX_MONTHS, MIN_MONTHS
from bot.services import Services
from bot.texts import Ref, join_list, t
from bot.vocabulary import MeetingKind, Role
from handlers.ack_first import slash_command
from handlers.audit_blocks import audit_reply
from handlers.outgoing import queue_and_send
from handlers.replies import Reply, answer, escape, guarded, section, text_reply
from handlers.slack_users import lookup

COMMAND = "/brukarrad"


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def brukarrad(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(command["team_id"], command["channel_id"]).lang
        after: list[MemberChange] = []
        reply = guarded(
            lambda: _dispatch(services, command, client, lang, after), lang=lang, where=COMMAND
        )
        answer(respond, reply)
        for change in after:
            _welcome(services, change)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    lang: str,
    after: list[MemberChange],
) -> Reply:
    text = check_length(command.get("text") or "")
    typed, rest = split_word(text)
    typed = in_swedish(COMMAND, typed)
    word = fold(typed)
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    if word in ("", "hjalp", "help"):
        return text_reply(t("brukarrad.help", lang))
    if word == "skapa":
        council = services.councils.create(
            team_id=team, channel_id=channel, name=rest, creator=lookup(client, user), now=now
        )
        return text_reply(
            t("brukarrad.created", council.language, name=escape(council.name), user=user),
            in_channel=True,
        )
    if word == "ledamot":
        change = _add_member(services, client, team, channel, user, rest, now)
        if change.changed:
            after.append(change)
        return text_reply(_member_text(change, lang))
    if word in ("ta", "avsluta"):
        return _remove_member(services, team, channel, user, rest, lang, now)
    if word in ("installningar", "installning"):
        return _settings(services, team, channel, user, rest, lang, now)
    if word == "staende":
        return _standing(services, team, channel, user, rest, lang, now)
    if word == "logg":
        return _audit(services, team, channel, user, rest, now)
    if word == "visa":
        return _overview_reply(
            services.councils.overview(team_id=team, channel_id=channel, now=now), lang
        )
    raise UserError("error.unknown_subcommand", word=typed, command=COMMAND)


def _add_member(
    services: Services, client: WebClient, team: str, channel: str, user: str, rest: str, now: Any
) -> MemberChange:
    if not rest:
        raise UserError("brukarrad.member.usage")
    mention, rest = take_mention(rest, usage_key="brukarrad.member.need_mention")
    role_word, forening = split_word(rest)
    if not role_word:
        raise UserError("brukarrad.member.usage")
    role = parse_role(role_word)
    member = lookup(client, mention.user_id, mention.label)
    words = forening.split(None, 2)
    new_forening = [fold(w) for w in words[:2]] == ["ny", "forening"]  # "ny förening X"
    return services.councils.add_member(
        team_id=team,
        channel_id=channel,
        actor_user_id=user,
        member=member,
        role=role,
        forening=(words[2] if len(words) > 2 else "") if new_forening else forening or None,
        new_forening=new_forening,
        now=now,
    )


def _remove_member(
    services: Services, team: str, channel: str, user: str, rest: str, lang: str, now: Any
) -> Reply:
    if fold(rest.split(None, 1)[0] if rest else "") == "bort":
        rest = rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else ""
    mention, rest = take_mention(rest, usage_key="brukarrad.remove.usage")
    role = parse_role(rest.split()[0]) if rest.strip() else None
    council, ended = services.councils.remove_member(
        team_id=team,
        channel_id=channel,
        actor_user_id=user,
        member_user_id=mention.user_id,
        role=role,
        now=now,
    )
    return text_reply(
        t(
            "brukarrad.removed",
            lang,
            user=mention.user_id,
            roles=[_role(r) for r in ended],
            council=escape(council.name),
        )
    )


def _settings(
    services: Services, team: str, channel: str, user: str, rest: str, lang: str, now: Any
) -> Reply:
    if not rest:
        return text_reply(t("settings.usage", lang))
    first, months = split_word(rest)
    if fold(first) == "gallring":
        return _retention(services, team, channel, user, months, lang, now)
    if fold(first) == "justering":
        return _justering(services, team, channel, user, months, lang, now)
    changes = parse_settings(rest, SETTINGS, MAX_SETTING_DAYS)
    overview = services.councils.change_settings(
        team_id=team, channel_id=channel, actor_user_id=user, changes=changes, now=now
    )
    return text_reply(t("settings.changed", lang, rules=_rules(overview, lang)), in_channel=True)


def _retention(
    services: Services, team: str, channel: str, user: str, months: str, lang: str, now: Any
) -> Reply:
    """`gallring [månader]`: how long data of people who left is kept, or a new period."""
    if not months:
        council, kept = services.privacy.retention(team_id=team, channel_id=channel)
        return text_reply(t("gallring.show", lang, council=escape(council), count=kept))
    if not is_number(months):
        raise UserError("gallring.bad_value", low=MIN_MONTHS, high=MAX_MONTHS)
    services.privacy.set_retention(
        team_id=team, channel_id=channel, user_id=user, months=int(months), now=now
    )
    return text_reply(t("gallring.changed", lang, count=int(months)), in_channel=True)


def _justering(
    services: Services, team: str, channel: str, user: str, word: str, lang: str, now: Any
) -> Reply:
    """`justering [på|av]`: whether minutes are justerade before they are published."""
    if not word:
        council, on = services.councils.justering(team_id=team, channel_id=channel)
        key = "settings.justering.show_on" if on else "settings.justering.show_off"
        return text_reply(t(key, lang, council=escape(council)))
    on = JUSTERING_WORDS.get(fold(word))
    if on is None:
        raise UserError("settings.justering.usage")
    services.councils.set_justering(
        team_id=team, channel_id=channel, actor_user_id=user, on=on, now=now
    )
    key = "settings.justering.on" if on else "settings.justering.off"
    return text_reply(t(key, lang), in_channel=True)


def _audit(services: Services, team: str, channel: str, user: str, rest: str, now: Any) -> Reply:
    """`logg [antal]`: the latest privileged actions, for the chair."""
    if rest and (not is_number(rest) or int(rest) < 1):
        raise UserError("audit.usage", limit=MAX_LIMIT)
    trail = services.audit.trail(
        team_id=team,
        channel_id=channel,
        user_id=user,
        limit=int(rest) if rest else DEFAULT_LIMIT,
        now=now,
    )
    return audit_reply(trail)


def _standing(
    services: Services, team: str, channel: str, user: str, rest: str, lang: str, now: Any
) -> Reply:
    """List the standing points of a kind of meeting (the stormöte's unless `förmöte` or
    `arbetsgrupp` leads), or add/remove one (`lägg till <rubrik>`, `ta bort <nr>`)."""
    kind, rest = meeting_kind(rest)
    kind = kind or MeetingKind.STORMOTE
    common = {"team_id": team, "channel_id": channel, "user_id": user, "kind": kind, "now": now}
    meetings = t(f"kind.plural.{kind.value}", lang)
    words = rest.split()
    verb = " ".join(fold(w) for w in words[:2])
    if verb == "lagg till":
        title = rest.split(None, 2)[2] if len(words) > 2 else ""
        services.agenda.add_standing(title=title, **common)
        title = escape(" ".join(title.split()))
        return text_reply(t("standing.added_reply", lang, title=title, meetings=meetings))
    if verb.startswith("ta bort"):
        number = words[2] if len(words) > 2 else ""
        if not is_number(number):
            raise UserError("standing.usage")
        title = services.agenda.remove_standing(number=int(number), **common)
        return text_reply(t("standing.removed_reply", lang, title=escape(title), meetings=meetings))
    if rest:
        raise UserError("standing.usage")
    items = "\n".join(
        f"{i}. {escape(title)}"
        for i, (_, title, _) in enumerate(services.agenda.standing(**common), 1)
    )
    listing = t("standing.list", lang, items=items, meetings=meetings)
    return text_reply(listing + "\n" + t("standing.usage", lang))


def _rules(overview: Overview, lang: str) -> str:
    return t(
        "brukarrad.show.rules",
        lang,
        agenda=Ref("count.days", overview.agenda_deadline_days),
        notice=Ref("count.days", overview.min_notice_days),
        minutes=Ref("count.days", overview.minutes_due_days),
    )


def _role(role: Role) -> Ref:
    return Ref(f"role.{role.value}")


def _forening_suffix(change: MemberChange, lang: str) -> str:
    if not change.forening:
        return ""
    return t("brukarrad.member.forening_suffix", lang, forening=escape(change.forening))


def _member_text(change: MemberChange, lang: str) -> str:
    key = "brukarrad.member.added" if change.changed else "brukarrad.member.already"
    return t(
        key,
        lang,
        user=change.user_id,
        role=_role(change.role),
        forening=_forening_suffix(change, lang),
        council=escape(change.council.name),
    )


def _welcome(services: Services, change: MemberChange) -> None:
    lang = change.council.language
    text = t(
        "brukarrad.member.welcome",
        lang,
        role=_role(change.role),
        forening=_forening_suffix(change, lang),
        council=escape(change.council.name),
        channel=change.council.channel_id,
        contact=change.contact_user_id,
    )
    queue_and_send(services, [Message(change.user_id, text)])


def _overview_reply(overview: Overview, lang: str) -> Reply:
    head = (
        t("brukarrad.show.title", lang, name=escape(overview.council.name))
        + "\n"
        + _rules(overview, lang)
    )
    parts = [head]
    if not overview.groups:
        parts.append(t("brukarrad.show.empty", lang))
    for group in overview.groups:
        label = t(group.label.key, lang) if isinstance(group.label, Ref) else escape(group.label)
        lines = [f"*{label}*"] + [
            t(
                "brukarrad.show.member",
                lang,
                name=escape(m.name),
                roles=join_list([t(f"role.{r.value}", lang) for r in m.roles], lang),
            )
            + (t(f"brukarrad.show.gone.{m.gone}", lang) if m.gone else "")
            for m in group.members
        ]
        parts.append("\n".join(lines))
    return Reply(text="\n\n".join(parts), blocks=tuple(section(p) for p in parts))

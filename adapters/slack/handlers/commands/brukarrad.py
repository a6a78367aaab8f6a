"""/brukarrad: create the council for a channel, manage its members, show it. The words are
read by bot.commands.brukarrad; a person named in them is a mention (read_mention)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from adapters.reports.year_docx import year_report_file
from adapters.reports.year_pdf import year_report_pdf
from adapters.runtime.outgoing import Outgoing, send_now
from adapters.runtime.services import Services
from adapters.slack.blocks.audit import audit_reply
from adapters.slack.handlers.ack_first import slash_command
from adapters.slack.handlers.replies import (
    Reply,
    answer,
    escape,
    guarded,
    lines_reply,
    section,
    text_reply,
)
from adapters.slack.ids import account, channel_of, conversation, direct
from adapters.slack.markup import plain_addresses, plain_links
from adapters.slack.mrkdwn import slack, t
from adapters.slack.users import deliver, lookup, read_mention
from bot.commands.brukarrad import (
    COMMAND,
    AddByEmail,
    AddMember,
    Audit,
    Bind,
    ChangeSettings,
    Confirm,
    Create,
    InfluenceGoals,
    Justering,
    Onboarding,
    OnboardingLink,
    RecordAgreement,
    RemoveMember,
    ReportRequest,
    Retention,
    SetBuddy,
    SetContact,
    SettingsUsage,
    ShowAgreement,
    ShowContacts,
    Standing,
    YearRequest,
    YearWheel,
    parse,
)
from bot.commands.help import Help
from bot.core.audience import Audience
from bot.core.notices import keys
from bot.core.outbox import Message
from bot.core.texts import Ref, join_list
from bot.core.texts.render import Mention
from bot.core.vocabulary import Role
from bot.core.when import EN_MONTHS, SV_MONTHS, format_date
from bot.councils import answers
from bot.councils.arshjul import Wheel, month_name, wheel_lines
from bot.councils.goals import goal_lines
from bot.councils.service import Given, MemberChange, Overview
from bot.councils.welcome import welcome as compose_welcome
from bot.councils.year_layout import layout
from bot.councils.year_report import YearReport


def register(app: App, services: Services) -> None:
    @slash_command(app, COMMAND)
    def brukarrad(command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        lang = services.councils.locale(channel_of(command)).lang
        # The welcome, and the förening's contact asked to confirm the appointment.
        welcome = Outgoing(compose_welcome, also=lambda change: keys(change.asked))
        reports: list[Outgoing[tuple[YearReport, int]]] = []

        def report(pdf: bool) -> Outgoing[tuple[YearReport, int]]:
            """The report's file in the format asked for, sent once the request commits."""
            reports.append(Outgoing(partial(_report_file, pdf=pdf)))
            return reports[-1]

        reply = guarded(
            lambda: _dispatch(services, command, client, lang, welcome, report),
            lang=lang,
            where=COMMAND,
        )
        answer(respond, reply)
        welcome.send(services)
        for made in reports:
            made.send(services)


def _dispatch(
    services: Services,
    command: dict[str, Any],
    client: WebClient,
    lang: str,
    welcome: Outgoing[MemberChange],
    report: Callable[[bool], Outgoing[tuple[YearReport, int]]],
) -> Reply:
    request = parse(command.get("text") or "", read_mention, plain_addresses, plain_links)
    team, channel, user = command["team_id"], command["channel_id"], command["user_id"]
    now = services.clock.now()
    asked = {"who": account(team, user), "where": conversation(team, channel), "now": now}
    if isinstance(request, Help):
        return text_reply(t("brukarrad.help", lang))
    if isinstance(request, Create):
        creator = lookup(client, user)
        council = services.councils.create(
            name=request.name,
            creator=creator,
            where=asked["where"],
            private=direct(channel),
            now=now,
        )
        secretary = Mention(creator.name, account(team, user))
        return text_reply(
            t("brukarrad.created", council.language, name=escape(council.name), user=secretary),
            in_channel=True,
        )
    if isinstance(request, AddMember):
        change = services.councils.add_member(
            member=lookup(client, request.person.account, request.person.label),
            role=request.role,
            forening=request.forening,
            new_forening=request.new_forening,
            compose=welcome,
            **asked,
        )
        return text_reply(_member_text(change, lang))
    if isinstance(request, AddByEmail):
        return _add_by_email(services, request, lang, asked)
    if isinstance(request, RemoveMember):
        return _remove(services, request, lang, asked)
    if isinstance(request, ShowContacts):
        council, lines = services.succession.contacts(where=asked["where"], now=now)
        listed = "\n".join(
            t(
                "brukarrad.contact.line",
                lang,
                forening=escape(line.forening),
                contact=escape(line.contact) if line.contact else Ref("brukarrad.contact.nobody"),
            )
            for line in lines
        )
        return text_reply(
            t("brukarrad.contact.show", lang, council=escape(council), lines=listed or "–")
        )
    if isinstance(request, SetContact):
        named = lookup(client, request.person.account, request.person.label)
        forening, notices = services.succession.set_contact(
            contact=account(team, named.external_id),
            name=named.name,
            forening=request.forening,
            **asked,
        )
        deliver(services, notices)
        return text_reply(
            t(
                "brukarrad.contact.set",
                lang,
                user=Mention(named.name, account(team, named.external_id)),
                forening=escape(forening),
            ),
            in_channel=True,
        )
    if isinstance(request, Confirm):
        confirmed = services.succession.confirm(
            who=asked["who"], appointee=account(team, request.person.account), now=now
        )
        deliver(services, confirmed.notices)
        return text_reply(
            t(
                "brukarrad.confirm.done",
                lang,
                name=escape(confirmed.name),
                roles=[_role(r) for r in confirmed.roles],
                forening=escape(confirmed.forening),
                council=escape(confirmed.council),
            )
        )
    if isinstance(request, SettingsUsage):
        return text_reply(t("settings.usage", lang))
    if isinstance(request, ChangeSettings):
        overview = services.councils.change_settings(changes=request.changes, **asked)
        return text_reply(_said(answers.settings_changed(overview), lang), in_channel=True)
    if isinstance(request, Retention):
        return _retention(services, team, channel, user, request.months, lang, now)
    if isinstance(request, Justering):
        return _justering(services, team, channel, user, request.on, lang, now)
    if isinstance(request, Standing):
        return _standing(services, team, channel, user, request, lang, now)
    if isinstance(request, ShowAgreement):
        council, agreement = services.agreements.current(where=asked["where"])
        if agreement is None:
            return text_reply(_said(answers.agreement_none(council), lang))
        return text_reply(
            _said(answers.agreement_line("brukarrad.form.show", agreement, lang), lang)
        )
    if isinstance(request, RecordAgreement):
        agreement = services.agreements.record(
            link=request.link, adopted_on=request.adopted_on, **asked
        )
        recorded = answers.agreement_line("brukarrad.form.recorded", agreement, lang)
        return text_reply(_said(recorded, lang), in_channel=True)
    if isinstance(request, Onboarding):
        return _onboarding(services, request.on, asked, lang)
    if isinstance(request, OnboardingLink):
        return _onboarding_link(services, request, asked, lang)
    if isinstance(request, SetBuddy):
        return _buddy(services, request, asked, lang)
    if isinstance(request, YearWheel):
        return _wheel(services, request, asked)
    if isinstance(request, InfluenceGoals):
        return _goals(services, request, asked)
    if isinstance(request, YearRequest):
        return _year(services, request, asked)
    if isinstance(request, ReportRequest):
        made = services.year_reports.for_officer(
            year=request.year, compose=report(request.pdf), **asked
        )
        text = t(
            "brukarrad.report.sent_pdf" if request.pdf else "brukarrad.report.sent",
            lang,
            year=made.year.label,
            first=format_date(made.year.first, lang),
            last=format_date(made.last_day, lang),
        )
        if made.audience == Audience.ASSOCIATIONS:
            text += "\n" + t("brukarrad.report.sent_associations", lang)
        return text_reply(text)
    if isinstance(request, Audit):
        trail = services.audit.trail(limit=request.limit, **asked)
        return audit_reply(trail)
    if isinstance(request, Bind):
        if request.code is None:  # for the officer's eyes only (the answer is ephemeral)
            return text_reply(
                t("brukarrad.bind.code", lang, code=services.councils.binding_code(**asked))
            )
        name = services.councils.bind(code=request.code, private=direct(channel), **asked)
        return text_reply(t("brukarrad.bind.done", lang, name=escape(name)), in_channel=True)
    return _overview_reply(services.councils.overview(where=asked["where"], now=now), lang)


def _add_by_email(
    services: Services, request: AddByEmail, lang: str, where: dict[str, Any]
) -> Reply:
    """A member with no chat account: added, and sent the confirmation of their address
    (or, confirmed already, the welcome) at once."""
    change, welcomed = services.councils.add_by_email(
        address=request.address,
        name=request.name,
        given=Given(request.role, request.forening, request.new_forening),
        welcome=services.member_links.welcome_by_email,
        **where,
    )
    if welcomed is None:
        return text_reply(_member_text(change, lang))
    send_now(services, [welcomed.key])
    key = "brukarrad.email.added" if welcomed.confirming else "brukarrad.email.added_confirmed"
    return text_reply(
        t(
            key,
            lang,
            name=escape(request.name),
            address=escape(request.address),
            role=_role(change.role),
            forening=_forening_suffix(change, lang),
            council=escape(change.council.name),
        )
    )


def _remove(services: Services, request: RemoveMember, lang: str, asked: dict[str, Any]) -> Reply:
    """The roles ended; the seats they leave are vacant (the officers and the förening's
    contact are told at once), and a warning if the council is now without a chair or a
    secretary."""
    removal = services.councils.remove_member(
        member=request.person.account, role=request.role, anyway=request.anyway, **asked
    )
    deliver(services, removal.notices)
    shown = Mention(
        request.person.label or request.person.account,
        account(asked["who"].workspace, request.person.account),
    )
    return text_reply(_said(answers.removed(removal, shown), lang))


def _retention(
    services: Services, team: str, channel: str, user: str, months: int | None, lang: str, now: Any
) -> Reply:
    """`gallring [månader]`: how long data of people who left is kept, or a new period."""
    if months is None:
        council, kept = services.privacy.retention(where=conversation(team, channel))
        return text_reply(_said(answers.retention_shown(council, kept), lang))
    services.privacy.set_retention(
        who=account(team, user), where=conversation(team, channel), months=months, now=now
    )
    return text_reply(_said(answers.retention_changed(months), lang), in_channel=True)


def _justering(
    services: Services, team: str, channel: str, user: str, on: bool | None, lang: str, now: Any
) -> Reply:
    """`justering [på|av]`: whether minutes are justerade before they are published."""
    if on is None:
        council, shown = services.councils.justering(where=conversation(team, channel))
        return text_reply(_said(answers.justering_shown(council, shown), lang))
    services.councils.set_justering(
        who=account(team, user), where=conversation(team, channel), on=on, now=now
    )
    return text_reply(_said(answers.justering_changed(on), lang), in_channel=True)


def _standing(
    services: Services,
    team: str,
    channel: str,
    user: str,
    request: Standing,
    lang: str,
    now: Any,
) -> Reply:
    """List the standing points of a kind of meeting, or add or remove one."""
    common = {
        "who": account(team, user),
        "where": conversation(team, channel),
        "kind": request.kind,
        "now": now,
    }
    meetings = t(f"kind.plural.{request.kind.value}", lang)
    if request.add is not None:
        services.agenda.add_standing(title=request.add, **common)
        title = escape(" ".join(request.add.split()))
        return text_reply(t("standing.added_reply", lang, title=title, meetings=meetings))
    if request.remove is not None:
        title = services.agenda.remove_standing(number=request.remove, **common)
        return text_reply(t("standing.removed_reply", lang, title=escape(title), meetings=meetings))
    items = "\n".join(
        f"{i}. {escape(title)}"
        for i, (_, title, _) in enumerate(services.agenda.standing(**common), 1)
    )
    listing = t("standing.list", lang, items=items, meetings=meetings)
    return text_reply(listing + "\n" + t("standing.usage", lang))


def _onboarding(services: Services, on: bool | None, asked: dict[str, Any], lang: str) -> Reply:
    if on is None:
        council, shown = services.onboarding.shown(where=asked["where"])
        key = "brukarrad.onboarding.show_on" if shown else "brukarrad.onboarding.show_off"
        text = t(key, lang, council=escape(council))
        links = services.onboarding.links(where=asked["where"])
        listed = "\n".join(
            t("brukarrad.onboarding.link_line", lang, number=n, link=link)
            for n, link in enumerate(links, 1)
        )
        more = t("brukarrad.onboarding.links", lang, links=listed) if links else ""
        return text_reply("\n".join([text, more or t("brukarrad.onboarding.no_links", lang)]))
    services.onboarding.change(on=on, **asked)
    key = "brukarrad.onboarding.on" if on else "brukarrad.onboarding.off"
    return text_reply(t(key, lang), in_channel=True)


def _onboarding_link(
    services: Services, request: OnboardingLink, asked: dict[str, Any], lang: str
) -> Reply:
    if request.remove is not None:
        gone = services.onboarding.remove_link(number=request.remove, **asked)
        return text_reply(t("brukarrad.onboarding.link_removed", lang, link=gone), in_channel=True)
    added = services.onboarding.add_link(url=request.add or "", title=request.title, **asked)
    return text_reply(t("brukarrad.onboarding.link_added", lang, link=added), in_channel=True)


def _buddy(services: Services, request: SetBuddy, asked: dict[str, Any], lang: str) -> Reply:
    named, notices = services.onboarding.set_buddy(
        newcomer=request.newcomer.account, buddy=request.buddy.account, **asked
    )
    deliver(services, notices)
    return text_reply(
        t(
            "brukarrad.buddy.set",
            lang,
            buddy=escape(named.buddy),
            newcomer=escape(named.newcomer),
            forening=escape(named.forening),
        )
    )


def _wheel(services: Services, request: YearWheel, asked: dict[str, Any]) -> Reply:
    """The årshjul (as long as it is), or an officer's change to it told in the channel:
    everyone plans by it."""
    if request.add is not None:
        month, activity, title = request.add
        wheel = services.wheel.add(month=month, title=title, activity=activity, **asked)
        name = month_name(month, wheel.lang)
        said = slack("arshjul.added", wheel.lang, title=" ".join(title.split()), month=name)
    elif request.remove is not None:
        title, wheel = services.wheel.remove(number=request.remove, **asked)
        said = slack("arshjul.removed", wheel.lang, title=title)
    elif request.evaluation is not None:
        month, title = request.evaluation
        wheel = services.wheel.add(
            month=month, title=title, activity=False, evaluation=True, **asked
        )
        [added] = [i for i in wheel.items if i.evaluation]
        name = month_name(month, wheel.lang)
        said = slack("arshjul.added", wheel.lang, title=added.title, month=name)
        said += "\n" + t("arshjul.evaluation_added", wheel.lang, month=name)
    elif request.edit is not None:
        number, month, title = request.edit
        title, wheel = services.wheel.edit(number=number, month=month, title=title, **asked)
        name = month_name(month, wheel.lang)
        said = slack("arshjul.changed", wheel.lang, title=title, month=name)
    elif request.state is not None:
        number, state = request.state
        title, wheel = services.wheel.set_state(number=number, state=state, **asked)
        said = slack(
            "arshjul.state.changed",
            wheel.lang,
            title=title,
            state=Ref(f"arshjul.state.{state.name.lower()}"),
        )
    else:
        wheel = services.wheel.show(where=asked["where"])
        return lines_reply([*_wheel_lines(wheel), t("arshjul.usage", wheel.lang)])
    if not wheel.has_activity:
        said += "\n" + t("arshjul.no_activity", wheel.lang)
    return text_reply(said, in_channel=True)


def _goals(services: Services, request: InfluenceGoals, asked: dict[str, Any]) -> Reply:
    """The council's goals for influence, or an officer's change told in the channel."""
    if request.add is not None:
        goals = services.goals.add(title=request.add, **asked)
        said = slack("goals.added", goals.lang, title=goals.titles[-1])
    elif request.remove is not None:
        title, goals = services.goals.remove(number=request.remove, **asked)
        said = slack("goals.removed", goals.lang, title=title)
    else:
        goals = services.goals.show(where=asked["where"])
        lines = [slack(line, goals.lang) for line in goal_lines(goals)]
        return lines_reply([*lines, t("goals.usage", goals.lang)])
    return text_reply(said, in_channel=True)


def _wheel_lines(wheel: Wheel) -> list[str]:
    return [slack(line, wheel.lang) for line in wheel_lines(wheel)]


def _year(services: Services, request: YearRequest, asked: dict[str, Any]) -> Reply:
    if request.start_month is None and request.meetings is None:
        shown = services.year.settings(where=asked["where"], now=asked["now"])
        key = "brukarrad.year.show"
    else:
        shown = services.year.change(
            start_month=request.start_month, meetings=request.meetings, **asked
        )
        key = "brukarrad.year.changed"
    lang = shown.council.language
    return text_reply(
        t(
            key,
            lang,
            council=escape(shown.council.name),
            month=(SV_MONTHS if lang == "sv" else EN_MONTHS)[shown.start_month - 1],
            meetings=shown.meetings,
            year=shown.current.label,
        ),
        in_channel=key == "brukarrad.year.changed",
    )


def _report_file(made: tuple[YearReport, int], *, pdf: bool) -> list[Message]:
    """The report as a Word file or a PDF, to the officer's DM: it may hold the förmöten,
    so never to the channel."""
    report, person_id = made
    write = year_report_pdf if pdf else year_report_file
    file = write(layout(report), report.made_at)
    return [Message(person_id, files=(file,), council_id=report.council_id, kind="arsrapport")]


def _rules(overview: Overview, lang: str) -> str:
    return t(answers.rules(overview), lang)


def _said(lines: list[answers.Line], lang: str) -> str:
    """Neutral answer lines (bot.councils.answers) in mrkdwn, one a line."""
    return "\n".join(slack(key, lang, **params) for key, params in lines)


def _role(role: Role) -> Ref:
    return Ref(f"role.{role.value}")


def _forening_suffix(change: MemberChange, lang: str) -> str:
    if not change.forening:
        return ""
    return t("brukarrad.member.forening_suffix", lang, forening=escape(change.forening))


def _member_text(change: MemberChange, lang: str) -> str:
    key = "brukarrad.member.added" if change.changed else "brukarrad.member.already"
    member = change.member
    return t(
        key,
        lang,
        user=member if isinstance(member, Mention) else escape(member),
        role=_role(change.role),
        forening=_forening_suffix(change, lang),
        council=escape(change.council.name),
    )


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
            + (t("brukarrad.show.email_failing", lang) if m.email_failing else "")
            + (t("brukarrad.show.awaiting", lang) if m.awaiting else "")
            for m in group.members
        ]
        parts.append("\n".join(lines))
    if overview.vacant:
        vacant = [t("brukarrad.show.vacant_title", lang)]
        vacant += [t("brukarrad.composition.item", lang, note=seat) for seat in overview.vacant]
        parts.append("\n".join(vacant))
    if overview.notes:
        notes = [t("brukarrad.composition.title", lang)]
        notes += [t("brukarrad.composition.item", lang, note=note) for note in overview.notes]
        parts.append("\n".join(notes))
    return Reply(text="\n\n".join(parts), blocks=tuple(section(p) for p in parts))

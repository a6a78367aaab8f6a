"""Event listeners: App Home, each person's own overview."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.models.blocks import Block, DividerBlock, HeaderBlock
from slack_sdk.models.views import View

from adapters.runtime.services import Services
from adapters.slack.handlers import message_changes
from adapters.slack.handlers.ack_first import on_event
from adapters.slack.handlers.replies import escape, section
from adapters.slack.handlers.workspaces import register as register_workspaces
from adapters.slack.ids import account, conversation, team_id
from adapters.slack.mrkdwn import t
from adapters.slack.users import deliver
from bot.core.texts import join_list
from bot.core.texts.render import Conversation
from bot.councils.home import CouncilHome
from bot.kallelse.service import Delivered, DeliveryStatus
from bot.meetings.labels import due_text, meeting_label, meeting_title

log = logging.getLogger(__name__)


def home_view(homes: list[CouncilHome], lang: str) -> View:
    blocks: list[Block] = [HeaderBlock(text=t("home.title", lang))]
    if not homes:
        blocks.append(section(t("home.none", lang)))
    for home in homes:
        lang = home.lang
        roles = join_list([t(f"role.{r}", lang) for r in home.roles], lang)
        lines = [
            t(
                "home.council",
                lang,
                name=escape(home.name),
                channel=Conversation(home.name, home.conversation or ""),
                roles=roles,
            )
        ]
        lines.append(t("home.meetings", lang))
        lines += ["• " + t(meeting_title(m, lang), lang) for m in home.meetings] or [
            t("home.no_meetings", lang)
        ]
        lines += [_kallelse_line(status) for status in home.kallelser]
        if home.points:
            lines.append(t("home.points", lang))
            lines += [
                t(
                    "home.point",
                    lang,
                    title=escape(p.title),
                    id=p.id,
                    status=t(f"status.{p.status.value}", lang),
                )
                for p in home.points
            ]
        if home.actions:
            lines.append(t("home.actions", lang))
            lines += [
                t(
                    "home.action",
                    lang,
                    id=i,
                    text=escape(text),
                    due=due_text(due, lang),
                )
                for i, text, due in home.actions
            ]
        blocks += [DividerBlock(), section("\n".join(lines))]
    blocks.append(section(t("home.hint", lang)))
    return View(type="home", blocks=blocks[:100])


def _kallelse_line(status: DeliveryStatus) -> str:
    """For the officers: how far a kallelse has come (the details: /kallelse status)."""
    lang = status.lang
    counts = Counter(line.state for line in status.lines)
    text = t(
        "home.kallelse",
        lang,
        meeting=meeting_label(status.meeting, lang),
        arrived=counts[Delivered.DELIVERED],
        total=len(status.lines),
        id=status.meeting.id,
    )
    if counts[Delivered.WAITING]:
        text += t("home.kallelse.waiting", lang, waiting=counts[Delivered.WAITING])
    if counts[Delivered.FAILED]:
        text += t(
            "home.kallelse.failed", lang, failed=counts[Delivered.FAILED], id=status.meeting.id
        )
    emailed = sum(1 for line in status.lines if line.email == Delivered.DELIVERED)
    if emailed:
        text += t("home.kallelse.emailed", lang, emailed=emailed)
    return text


def register(app: App, services: Services) -> None:
    register_workspaces(app, services)
    # registered after adapters.slack.handlers.messages (adapters.slack.app)
    message_changes.register(app, services)

    @on_event(app, "member_left_channel")
    def member_left_channel(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        notices = services.seats.left_channel(
            who=account(team_id(body), event["user"]),
            where=conversation(team_id(body), event["channel"]),
            now=services.clock.now(),
        )
        deliver(services, notices)

    @on_event(app, "member_joined_channel")
    def member_joined_channel(
        event: dict[str, Any], body: dict[str, Any], client: WebClient
    ) -> None:
        services.seats.joined_channel(
            who=account(team_id(body), event["user"]),
            where=conversation(team_id(body), event["channel"]),
            now=services.clock.now(),
        )

    @on_event(app, "user_change")
    def user_change(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        user = event.get("user") or {}
        notices = services.seats.account_changed(
            who=account(team_id(body), str(user.get("id", ""))),
            deleted=bool(user.get("deleted")),
            now=services.clock.now(),
        )
        deliver(services, notices)

    @on_event(app, "app_home_opened")
    def app_home_opened(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user = event["user"]
        homes = services.home.overview(who=account(team_id(body), user), now=services.clock.now())
        client.views_publish(user_id=user, view=home_view(homes, services.settings.language))
        log.info("home published for %s (%d councils)", user, len(homes))

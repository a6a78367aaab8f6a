"""The work of an activity taken in from Teams (adapters/teams/http.py), run through the
inbox: a failure runs it again, and what it changed marks it done in the same transaction.

- Every activity says where its conversation is served (its service URL): kept as the route
  the messenger posts by (adapters/teams/messenger.py); one in a personal chat, or the app
  installed for a person (`installationUpdate`, `conversationUpdate`), is that person's route.
- A message to the bot (`@Brukarbot punkt Parkeringen` in a channel, `punkt Parkeringen` in a
  personal chat) is a command in the same words as Slack's, read by the same parsers
  (bot.commands); who and where are the activity's sender and conversation. Its answer is the
  reply to the request, in the conversation it came from (as Slack's response_url is).
- "Lägg till som punkt" on a message (the message extension ADD_AS_POINT, Slack's shortcut)
  makes the message a point of the conversation's council, as the shortcut does; Teams is
  answered at once that it is being taken (`acknowledge`), and the receipt goes to the person
  in their personal chat with the bot (in the conversation, if they have none).
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Mapping
from typing import Any

from microsoft_teams.api import MessageActivityInput

from adapters.runtime.services import Services
from adapters.storage.repositories.inbox import Claim
from adapters.teams.connector import Connector, Refused
from adapters.teams.http import LISTENER, activity_key
from adapters.teams.ids import TEAMS, caller_of, personal, where_of
from bot.agenda.points import title_and_description
from bot.attendance.receipts import point_receipt
from bot.commands import arbetsgrupp, brukarrad, punkt
from bot.commands.help import Help
from bot.commands.people import PersonRef
from bot.core.errors import UserError
from bot.core.identity import Account, NamedAccount
from bot.core.outbox import nothing
from bot.core.texts import Ref, join_list
from bot.core.texts.render import Mention, plain
from bot.core.vocabulary import MeetingKind
from bot.core.when import format_when
from bot.core.written import Named, token

log = logging.getLogger(__name__)

ADD_AS_POINT = "add_as_point"  # the message extension's command id (the app's manifest)
FETCH_TASK = "composeExtension/fetchTask"
MENTION = re.compile(r"<at>(?P<name>.*?)</at>", re.S)
TAG = re.compile(r"<[^>]+>")
BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.I)  # Teams' HTML lines: the text's lines
PERSON = re.compile(r"<person:teams:(?P<id>[^|<>\s]+)\|(?P<name>[^<>]*)>")


class TeamsListeners:
    def __init__(self, services: Services, connector: Connector) -> None:
        self._services = services
        self._connector = connector

    def work(self, claim: Claim, payload: str) -> None:
        """The work of a new entry (on the background executor, after the 200)."""
        self._services.inbox.run(claim, lambda: self._act(json.loads(payload)), name=LISTENER)

    def replay(self, claim: Claim, listener: str, payload: str) -> None:
        """The inbox's drain, for an entry of ours (its work failed before)."""
        self._services.inbox.run(claim, lambda: self._act(json.loads(payload)), name=listener)

    def acknowledge(self, activity: dict[str, Any]) -> dict[str, Any] | None:
        """What Teams shows at once for an invoke: the message extension's task is a line
        saying the point is being taken (the work, and its receipt, come after)."""
        if not _adds_a_point(activity):
            return None
        lang = self._services.settings.language
        return {"task": {"type": "message", "value": plain("teams.point.taking", lang)}}

    def _act(self, activity: dict[str, Any]) -> None:
        self._remember_route(activity)
        if activity.get("type") == "message" and activity.get("text"):
            self._command(activity)
        elif _adds_a_point(activity):
            self._message_as_point(activity)

    def _message_as_point(self, activity: dict[str, Any]) -> None:
        message = (activity.get("value") or {}).get("messagePayload") or {}
        content = ((message.get("body") or {}).get("content")) or ""
        who, where = caller_of(activity), where_of(activity)
        lang = self._services.councils.locale(where).lang
        text = written_text({"text": content, "entities": _entities_of(message)})
        title, description = title_and_description(text)
        try:
            submitted = self._services.agenda.submit(
                who=who,
                where=where,
                title=title,
                description=description,
                source_key=f"{LISTENER}:{where.external_id}:{message.get('id')}"[:200],
                source_link=message.get("linkToMessage") or None,
                now=self._services.clock.now(),
            )
            key, params = point_receipt(submitted)
            answer = plain(key, submitted.lang, **params)
        except UserError as err:
            answer = plain(err.key, lang, **err.params)
        with self._services.uow() as uow:
            route = uow.routes.find(TEAMS, who.workspace, who.external_id)
            to = (route.service_url, route.conversation) if route is not None else None
        if to is None:  # no personal chat with the bot yet: in the conversation's thread
            self._reply(activity, answer)
            return
        said = MessageActivityInput(text=answer, text_format="plain")
        try:
            self._connector.send(to[0], to[1], said)
        except Refused as err:
            log.warning("teams: the receipt was refused: %s", err.status)

    def _remember_route(self, activity: Mapping[str, Any]) -> None:
        service_url = str(activity.get("serviceUrl") or "")
        where = where_of(activity)
        if not (service_url and where.external_id):
            return
        now = self._services.clock.now()
        with self._services.uow() as uow:
            route = {"service_url": service_url, "conversation": where.external_id, "now": now}
            uow.routes.remember(TEAMS, where.workspace, where.external_id, **route)
            removed = (activity.get("action") or "") == "remove"
            if personal(activity) and not removed:
                who = caller_of(activity)
                uow.routes.remember(TEAMS, who.workspace, who.external_id, **route)
            uow.commit()

    def _command(self, activity: dict[str, Any]) -> None:
        text = written_text(activity)
        name, _, rest = text.lstrip("/").partition(" ")
        lang = self._services.councils.locale(where_of(activity)).lang
        try:
            answer = self._run(activity, name.lower(), rest.strip(), lang)
        except UserError as err:
            answer = plain(err.key, lang, **err.params)
        self._reply(activity, answer)

    def _run(self, activity: dict[str, Any], name: str, rest: str, lang: str) -> str:
        if name == brukarrad.COMMAND.lstrip("/"):
            return self._brukarrad(activity, rest, lang)
        if name == punkt.COMMAND.lstrip("/"):
            return self._punkt(activity, rest, lang)
        if name == arbetsgrupp.COMMAND.lstrip("/"):
            return self._arbetsgrupp(activity, rest, lang)
        return plain("teams.commands", lang)

    def _arbetsgrupp(self, activity: dict[str, Any], rest: str, lang: str) -> str:
        """The working groups, answered as in every chat (bot.councils.working_groups); a
        group's meeting planned as /mote plans one."""
        who, where = caller_of(activity), where_of(activity)
        zone = self._services.councils.locale(where).zone
        now = self._services.clock.now()
        request = arbetsgrupp.parse(rest, read_mention, now=now, zone=zone)
        if isinstance(request, Help):
            return plain("arbetsgrupp.help", lang)
        if isinstance(request, arbetsgrupp.PlanMeeting):
            meeting = self._services.meetings.plan(
                who=who, where=where, kind=MeetingKind.ARBETSGRUPP, when=request.when,
                place=request.place, now=now, group_id=request.group_id,
            ).meeting  # fmt: skip
            place = plain("mote.place", lang, place=meeting.place) if meeting.place else ""
            return plain(
                "mote.planned", lang, kind=Ref(f"kind.{meeting.kind.value}"),
                when=format_when(meeting.when, lang=lang), place=place, id=meeting.id,
            )  # fmt: skip
        said = self._services.working_groups.answer(
            request,
            who=who,
            where=where,
            account=lambda person: Account(TEAMS, who.workspace, person.account),
            now=now,
        )
        return "\n".join(plain(line, said.lang) for line in said.lines)

    def _brukarrad(self, activity: dict[str, Any], rest: str, lang: str) -> str:
        request = brukarrad.parse(rest, read_mention)
        now = self._services.clock.now()
        who, where = caller_of(activity), where_of(activity)
        if isinstance(request, Help):
            return plain("brukarrad.help", lang)
        if isinstance(request, brukarrad.Create):
            name = str((activity.get("from") or {}).get("name") or who.external_id)
            council = self._services.councils.create(
                name=request.name,
                creator=NamedAccount(who.external_id, name),
                where=where,
                private=personal(activity),
                now=now,
            )
            return plain(
                "brukarrad.created", council.language, name=council.name, user=Mention(name, who)
            )
        if isinstance(request, brukarrad.AddMember):
            person = request.person
            change = self._services.councils.add_member(
                member=NamedAccount(person.account, person.label or person.account),
                role=request.role,
                forening=request.forening,
                new_forening=request.new_forening,
                # The welcome is composed in Slack's words today; Teams' waits for its cards.
                compose=nothing,
                who=who,
                where=where,
                now=now,
            )
            forening = (
                plain("brukarrad.member.forening_suffix", lang, forening=change.forening)
                if change.forening
                else ""
            )
            return plain(
                "brukarrad.member.added" if change.changed else "brukarrad.member.already",
                lang,
                user=change.member,
                role=Ref(f"role.{change.role.value}"),
                forening=forening,
                council=change.council.name,
            )
        if isinstance(request, brukarrad.Bind):
            if request.code is None:  # an answer in a channel is seen by all: Slack's is not
                return plain("teams.bind.code_elsewhere", lang)
            bound = self._services.councils.bind(
                code=request.code, who=who, where=where, private=personal(activity), now=now
            )
            return plain("brukarrad.bind.done", lang, name=bound)
        return plain("teams.commands", lang)

    def _punkt(self, activity: dict[str, Any], rest: str, lang: str) -> str:
        request = punkt.parse(rest)
        if isinstance(request, Help):
            return plain("punkt.help", lang)
        if not isinstance(request, punkt.NewPoint):
            return plain("teams.commands", lang)
        title, description = punkt.split_point(request.text)
        who, now = caller_of(activity), self._services.clock.now()
        council_id = None
        if personal(activity):  # the person's council; in several, its channel says which
            councils = self._services.agenda.councils_of(who, now=now)
            if len(councils) > 1:
                names = join_list([name for _, name in councils], lang)
                return plain("teams.punkt.which_council", lang, councils=names)
            if not councils:
                raise UserError("punkt.dm_no_council")
            council_id = councils[0][0]
        submitted = self._services.agenda.submit(
            title=title,
            description=description,
            formote=request.formote,
            who=who,
            where=None if personal(activity) else where_of(activity),
            council_id=council_id,
            source_key=activity_key(activity),  # delivered twice, it is one point
            now=now,
        )
        key, params = point_receipt(submitted)
        return plain(key, submitted.lang, **params)

    def _reply(self, activity: Mapping[str, Any], text: str) -> None:
        conversation = str((activity.get("conversation") or {}).get("id") or "")
        answer = MessageActivityInput(
            text=text, text_format="plain", reply_to_id=activity.get("id")
        )
        try:
            self._connector.send(str(activity.get("serviceUrl")), conversation, answer)
        except Refused as err:
            log.warning("teams: the answer was refused: %s", err.status)


def written_text(activity: Mapping[str, Any]) -> str:
    """What the person wrote, as the bot keeps people's words (bot/core/written.py): the bot's
    own @mention off, a person mentioned as their account's token, Teams' HTML as text."""
    bot = str((activity.get("recipient") or {}).get("id") or "")
    mentioned = {
        str(e.get("text")): e.get("mentioned") or {}
        for e in activity.get("entities") or ()
        if e.get("type") == "mention"
    }

    def person(found: re.Match[str]) -> str:
        who = mentioned.get(found.group(0)) or {}
        if not who.get("id") or who.get("id") == bot:
            return ""
        name = html.unescape(found.group("name"))
        return token(Named("person", TEAMS, str(who["id"]), name))

    text = MENTION.sub(person, str(activity.get("text") or ""))
    # Keep the tokens while Teams' own tags go; then its entities become characters.
    kept: list[str] = []
    text = PERSON.sub(lambda m: kept.append(m.group(0)) or f"\ue000{len(kept) - 1}\ue001", text)
    text = html.unescape(TAG.sub(" ", BREAK.sub("\n", text)))
    text = re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _adds_a_point(activity: Mapping[str, Any]) -> bool:
    value = activity.get("value") or {}
    return (
        activity.get("type") == "invoke"
        and activity.get("name") == FETCH_TASK
        and isinstance(value, dict)
        and value.get("commandId") == ADD_AS_POINT
    )


def _entities_of(message: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A message payload's mentions as an activity's mention entities."""
    return [
        {
            "type": "mention",
            "text": m.get("mentionText"),
            "mentioned": {
                "id": ((m.get("mentioned") or {}).get("user") or {}).get("id"),
                "name": ((m.get("mentioned") or {}).get("user") or {}).get("displayName"),
            },
        }
        for m in message.get("mentions") or ()
    ]


def read_mention(text: str) -> tuple[PersonRef, str] | None:
    """The person a command's words begin with, when a Teams mention (bot.commands.people)."""
    found = PERSON.match(text.strip())
    if found is None:
        return None
    return PersonRef(found.group("id"), found.group("name") or None), text.strip()[found.end() :]

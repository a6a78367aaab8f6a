"""Justering: the justerare approve the version sent to them, or propose a change.

The secretary sends a version; a change proposal goes to the secretary, who edits and sends
a new version (approvals are per version, so everyone approves the text they read). When
every justerare has approved, the minutes lock; a change after that is an amendment that
applies only when the chair and the secretary have both agreed to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Unpack
from zoneinfo import ZoneInfo

from bot.core.authz import Action, Viewer, allowed, require_justerare, require_second_officer
from bot.core.errors import UserError
from bot.core.notices import Notice, owe
from bot.core.outbox import Message, queue
from bot.core.ports import UnitOfWork
from bot.core.texts import Ref
from bot.core.viewers import viewers_of
from bot.core.vocabulary import MinutesStatus
from bot.meetings.asked import ButtonAsked, ButtonOrMemberAsked, MeetingAsked
from bot.meetings.service import cycle_dates, visible_to
from bot.minutes import access, snapshot
from bot.minutes.access import Located, label
from bot.minutes.capture import facts_for
from bot.minutes.message import justering_request
from bot.minutes.record import (
    AMENDMENT_CONFIRMED,
    AMENDMENT_DECLINED,
    APPROVED,
    LOCKED,
    PROPOSED,
    SENT,
    Record,
)
from bot.minutes.render import Layout, layout

UowFactory = Callable[[], UnitOfWork]
MIN_PROPOSAL = 3
MAX_PROPOSAL = 2000


@dataclass(frozen=True)
class Sent:
    council_id: int
    meeting_id: int
    version: int
    layout: Layout
    justerare: tuple[Viewer, ...]
    lang: str

    @property
    def keys(self) -> tuple[str, ...]:
        """The outbox keys of the requests: once per version and justerare."""
        return tuple(justering_key(self, v.person_id) for v in self.justerare)


def justering_key(sent: Sent, person_id: int | None) -> str:
    return f"dm:justering:m{sent.meeting_id}:v{sent.version}:p{person_id}"


@dataclass(frozen=True)
class Approved:
    lang: str
    locked: bool
    already: bool
    notices: tuple[Notice, ...]


@dataclass(frozen=True)
class Proposed:
    lang: str
    notices: tuple[Notice, ...]
    thanks: tuple[Notice, ...]  # to the proposer: it is sent (owed once acknowledged)


@dataclass(frozen=True)
class AmendmentDecided:
    lang: str
    confirmed: bool
    notices: tuple[Notice, ...]


@dataclass(frozen=True)
class Standing:
    """Where the minutes stand; times are local."""

    meeting: Ref
    lang: str
    started: bool
    status: MinutesStatus
    version: int
    approvals: tuple[tuple[str, datetime, int], ...]  # who, when, which version
    waiting: tuple[str, ...]  # justerare yet to approve the version sent
    proposals: tuple[tuple[str, datetime, str], ...]  # who, when, what
    pending: tuple[tuple[int, str, datetime], ...]  # amendments: id, asked by, when
    due: date


def justerare_asked(record: Record) -> tuple[int, ...]:
    """Who the version sent approves: the meeting's justerare as it was sent."""
    return record.facts.justerare if record.facts is not None else ()


def justerare_of(
    uow: UnitOfWork, at: Located, people: tuple[int, ...], now: datetime
) -> list[Viewer]:
    """These justerare as members who may read these minutes (a förmöte: no unit people)."""
    return [
        v
        for v in viewers_of(uow, at.council, now=now)
        if v.person_id in people and visible_to(v, at.meeting)
    ]


def writers_of(uow: UnitOfWork, at: Located, now: datetime) -> list[Viewer]:
    """Those who write these minutes and are told how justering goes."""
    return [
        v
        for v in viewers_of(uow, at.council, now=now)
        if allowed(Action.WRITE_MINUTES, v) and visible_to(v, at.meeting)
    ]


def notices(
    uow: UnitOfWork, people: Iterable[int], key: str, at: Located, now: datetime, **params: object
) -> tuple[Notice, ...]:
    """The same notice to each of these people, queued in the change's transaction."""
    base = {"meeting": label(at), "council": at.council.name}
    about = (at.council.id, f"m{at.meeting.id}")
    told = tuple(Notice(p, key, base | params, at.lang, *about) for p in people)
    owe(uow, told, now)
    return told


def name_of(uow: UnitOfWork, person_id: int | None) -> str:
    person = uow.people.get(person_id) if person_id is not None else None
    return person.display_name if person else "?"


class JusteringService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def _append(
        self, uow: UnitOfWork, at: Located, kind: str, now: datetime, data: dict[str, object]
    ) -> None:
        uow.events.append(
            kind,
            at=now,
            council_id=at.council.id,
            meeting_id=at.meeting.id,
            actor_id=at.viewer.person_id,
            data=data,
        )

    def send(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Sent:
        """A new version to every justerare, queued in the same commit (the request with
        the minutes and their two actions, by whichever channel reaches them), with the
        facts it states frozen in the log."""
        with self._uow() as uow:
            at = access.in_channel(uow, now=now, action=Action.WRITE_MINUTES, **asked)
            record = at.record
            if not record.started:
                raise UserError("protokoll.nothing_yet")
            if record.locked:
                raise UserError("protokoll.locked")
            if record.status == MinutesStatus.JUSTERING:
                raise UserError("protokoll.justera.already", version=record.version)
            facts = facts_for(uow, at, now)
            justerare = justerare_of(uow, at, facts.justerare, now)
            if not justerare:
                raise UserError("protokoll.justera.nobody")
            version = record.version + 1
            self._append(uow, at, SENT, now, {"version": version, "facts": facts.to_json()})
            row = at.row(uow, now)
            row.status, row.version = MinutesStatus.JUSTERING, version
            record.status, record.version, record.facts = MinutesStatus.JUSTERING, version, facts
            result = Sent(
                council_id=at.council.id,
                meeting_id=at.meeting.id,
                version=version,
                layout=layout(record, facts),
                justerare=tuple(justerare),
                lang=at.lang,
            )
            request = justering_request(result.layout, result.meeting_id, version)
            asks = [
                Message(
                    v.person_id,
                    said=request,
                    key=justering_key(result, v.person_id),
                    kind="justering",
                    council_id=result.council_id,
                    subject=f"m{result.meeting_id}",
                )
                for v in result.justerare
            ]
            queue(uow, asks, now)
            uow.commit()
            return result

    def _claimed(
        self,
        uow: UnitOfWork,
        *,
        action: Action,
        now: datetime,
        **asked: Unpack[ButtonOrMemberAsked],
    ) -> Located:
        """The minutes with their row locked, so two decisions at once are taken in turn."""
        at = access.by_id(uow, action=action, now=now, **asked)
        uow.minutes.claim(asked["meeting_id"])
        return access.reload(uow, at)

    def _for_justering(self, at: Located, version: int) -> None:
        record = at.record
        if record.locked:
            raise UserError("protokoll.justera.locked")
        if record.status != MinutesStatus.JUSTERING or version != record.version:
            raise UserError("protokoll.justera.stale", version=version, current=record.version)

    def approve(
        self, *, version: int, now: datetime, **asked: Unpack[ButtonOrMemberAsked]
    ) -> Approved:
        """The justerare approves the version (by its button, or on the member page)."""
        with self._uow() as uow:
            at = self._claimed(uow, action=Action.APPROVE_MINUTES, now=now, **asked)
            record = at.record
            done = {a.person_id for a in record.approvals_of(version)}
            if at.viewer.person_id in done:  # a second click on the button
                return Approved(at.lang, record.locked, already=True, notices=())
            self._for_justering(at, version)
            require_justerare(at.viewer, justerare_asked(record))
            self._append(uow, at, APPROVED, now, {"version": version})
            done.add(at.viewer.person_id)
            justerare = justerare_of(uow, at, justerare_asked(record), now)
            waiting = [v for v in justerare if v.person_id not in done]
            told = [
                w.person_id
                for w in writers_of(uow, at, now)
                if w.person_id is not None and w.person_id != at.viewer.person_id
            ]
            if waiting:
                sent = notices(
                    uow,
                    told,
                    "protokoll.notice.approved",
                    at,
                    now,
                    name=name_of(uow, at.viewer.person_id),
                    waiting=[name_of(uow, v.person_id) for v in waiting],
                )
            else:
                self._append(uow, at, LOCKED, now, {"version": version})
                at.row(uow, now).status = MinutesStatus.LOCKED
                snapshot.keep(uow, at, now)
                sent = notices(uow, told, "protokoll.notice.locked", at, now)
            uow.commit()
            return Approved(at.lang, not waiting, already=False, notices=sent)

    def propose(
        self, *, version: int, text: str, now: datetime, **asked: Unpack[ButtonOrMemberAsked]
    ) -> Proposed:
        text = text.strip()
        if len(text) < MIN_PROPOSAL:
            raise UserError("protokoll.propose.empty")
        if len(text) > MAX_PROPOSAL:
            raise UserError("error.too_long", length=len(text), limit=MAX_PROPOSAL)
        with self._uow() as uow:
            at = self._claimed(uow, action=Action.APPROVE_MINUTES, now=now, **asked)
            self._for_justering(at, version)
            require_justerare(at.viewer, justerare_asked(at.record))
            self._append(uow, at, PROPOSED, now, {"version": version, "text": text})
            sent = notices(
                uow,
                [w.person_id for w in writers_of(uow, at, now) if w.person_id is not None],
                "protokoll.notice.proposal",
                at,
                now,
                name=name_of(uow, at.viewer.person_id),
                text=text,
            )
            proposer = [at.viewer.person_id] if at.viewer.person_id is not None else []
            thanks = notices(uow, proposer, "protokoll.propose.sent", at, now)
            uow.commit()
            return Proposed(at.lang, sent, thanks)

    def decide_amendment(
        self, *, amendment_id: int, confirm: bool, now: datetime, **asked: Unpack[ButtonAsked]
    ) -> AmendmentDecided:
        with self._uow() as uow:
            at = self._claimed(uow, action=Action.WRITE_MINUTES, now=now, **asked)
            amendment = at.record.amendment(amendment_id)
            if amendment is None or not amendment.pending:
                raise UserError("protokoll.amendment.gone")
            held = uow.memberships.roles_of(at.council.id, amendment.requested_by, now=now)
            require_second_officer(
                amendment.requested_by, frozenset(m.role for m in held), at.viewer
            )
            kind = AMENDMENT_CONFIRMED if confirm else AMENDMENT_DECLINED
            self._append(uow, at, kind, now, {"amendment": amendment_id})
            if confirm:
                at.row(uow, now).version += 1
                snapshot.keep(uow, at, now)
            requester = uow.people.get(amendment.requested_by)
            key = "protokoll.notice.amended" if confirm else "protokoll.notice.amendment_declined"
            sent = notices(
                uow,
                [requester.id] if requester else [],
                key,
                at,
                now,
                name=name_of(uow, at.viewer.person_id),
            )
            uow.commit()
            return AmendmentDecided(at.lang, confirm, sent)

    def status(self, *, now: datetime, **asked: Unpack[MeetingAsked]) -> Standing:
        """Where the minutes stand, with the approval log."""
        with self._uow() as uow:
            at = access.in_channel(uow, now=now, action=Action.SEE_MINUTES, **asked)
            record = at.record
            zone = ZoneInfo(at.council.timezone)
            done = {a.person_id for a in record.approvals_of(record.version)}
            waiting = (
                [
                    v
                    for v in justerare_of(uow, at, justerare_asked(record), now)
                    if v.person_id not in done
                ]
                if record.status == MinutesStatus.JUSTERING
                else []
            )
            return Standing(
                meeting=label(at),
                lang=at.lang,
                started=record.started,
                status=record.status,
                version=record.version,
                approvals=tuple(
                    (name_of(uow, a.person_id), a.at.astimezone(zone), a.version)
                    for a in record.approvals
                ),
                waiting=tuple(name_of(uow, v.person_id) for v in waiting),
                proposals=tuple(
                    (name_of(uow, p.person_id), p.at.astimezone(zone), p.text)
                    for p in record.proposals
                ),
                pending=tuple(
                    (a.id, name_of(uow, a.requested_by), a.requested_at.astimezone(zone))
                    for a in record.amendments
                    if a.pending
                ),
                due=cycle_dates(at.council, at.meeting.starts_at).minutes_due,
            )

"""The kallelse as one neutral message (bot.core.message), composed once for every channel:
the meeting, its time and place, the agenda with who raised each point, the documents, the
council's texts; to a member their answers (ANSWER_*) and the calendar invitation. A chat
shows it with buttons, email as a letter with the .ics attached and the buttons on the
member's own page (adapters.mail.letter).

Also what follows it: the post in the council's conversation, a document added later, a new
time or the cancellation (by email, with the calendar's update)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.message import (
    TEXT,
    Action,
    Actions,
    Block,
    Calendar,
    Divider,
    Heading,
    Line,
    Message,
    Note,
    Paragraph,
    Section,
    Words,
)
from bot.core.texts import Ref
from bot.core.texts.letters import as_plain
from bot.core.texts.render import Link, Mention, Value, plain
from bot.core.vocabulary import Answer
from bot.core.when import format_when
from bot.kallelse.content import (
    DocumentInfo,
    Item,
    Kallelse,
    Named,
    calendar_uid,
    facts,
    heading,
    kind_word,
    meeting_phrase,
    practical,
)
from bot.kallelse.content import Value as Fact

# A member's answers: the action's id is ANSWER + "_" + one of ANSWERS, its value the meeting's
# id (what the chat adapter's listener reads back).
ANSWER = "kallelse_answer"
COMING, NOT_COMING, READ = "coming", "not_coming", "read"
ANSWERS = (COMING, NOT_COMING, READ)
SUBJECT = "kallelse.mail.subject"
# The officer's preview: send it (a late one "anyway"), its value the meeting's id.
SEND = "kallelse_send"
SEND_ANYWAY = "kallelse_send_anyway"


def _words(kallelse: Kallelse, key: str | Ref, **params: Value) -> Words:
    if isinstance(key, Ref):
        return Words(key.key, {**key.params, **params}, kallelse.lang)
    return Words(key, params, kallelse.lang)


def person(named: Named) -> Mention:
    return Mention(named.name, named.account)


def _value(value: Fact) -> Value:
    if isinstance(value, Named):
        return person(value)
    if isinstance(value, DocumentInfo):
        return document_link(value)
    return value


def document_link(document: DocumentInfo) -> Link:
    return Link(document.url, None if document.title == document.url else document.title)


def _item(kallelse: Kallelse, item: Item) -> Line:
    """An agenda line: its title, who raised it, the file shared with it."""
    params: dict[str, Value] = {"title": item.title}
    if item.by is not None:
        params["by"] = item.by
    if item.attachment is not None:
        label = plain(item.attachment.label, kallelse.lang)
        params["file"] = Link(item.attachment.link, label)
    key = "kallelse.item" + "".join(f".{p}" for p in ("by", "file") if p in params)
    under = item.number is None
    return Line(_words(kallelse, key, **params), item.number, bullet=under, under=under)


def _fact(kallelse: Kallelse, label: str, value: Value) -> Line:
    return Line(_words(kallelse, "kallelse.fact", label=Ref(label), value=value))


def content(kallelse: Kallelse) -> list[Block]:
    """The kallelse itself, the same in the chat, the channel and every letter."""
    lines = [_fact(kallelse, k, _value(v)) for k, v in facts(kallelse)]
    agenda = [_item(kallelse, i) for i in kallelse.agenda] or [
        Line(_words(kallelse, "kallelse.agenda_empty"))
    ]
    blocks: list[Block] = [
        Heading(_words(kallelse, heading(kallelse))),
        Section(None, tuple(lines)),
        Section(_words(kallelse, "kallelse.agenda"), tuple(agenda)),
    ]
    if kallelse.documents:
        documents = [
            Line(_words(kallelse, TEXT, text=document_link(d)), bullet=True)
            for d in kallelse.documents
        ]
        blocks.append(Section(_words(kallelse, "kallelse.documents"), tuple(documents)))
    if practical(kallelse):
        lines = [_fact(kallelse, k, v) for k, v in practical(kallelse)]
        blocks.append(Section(_words(kallelse, "kallelse.practical"), tuple(lines)))
    if kallelse.preparation:
        prepare = Line(_words(kallelse, TEXT, text=kallelse.preparation))
        blocks.append(Section(_words(kallelse, "kallelse.preparation"), (prepare,)))
    if kallelse.glossary:
        terms = [
            Line(_words(kallelse, "kallelse.term", abbreviation=g.abbreviation, meaning=g.meaning))
            for g in kallelse.glossary
        ]
        blocks.append(Section(_words(kallelse, "kallelse.glossary"), tuple(terms)))
    return blocks


def _letter(kallelse: Kallelse, blocks: Iterable[Block], subject: str) -> Message:
    """A message of the kallelse's, from the council, greeting the member by name in a
    letter; its subject line "Kallelse: stormöte torsdag 3 december … – Brukarrådet …"."""
    summary = _words(
        kallelse,
        subject,
        kind=kind_word(kallelse),
        when=format_when(kallelse.meeting.when, lang=kallelse.lang),
        council=kallelse.council_name,
    )
    return Message(tuple(blocks), summary, sender=kallelse.council_name, greets=True)


def _contact(kallelse: Kallelse) -> Value:
    contact = kallelse.contact
    return person(contact) if contact else Ref("kallelse.the_secretary")


def calendar(kallelse: Kallelse, *, cancelled: bool = False) -> Calendar:
    """The meeting for the member's calendar, its description the agenda and documents."""
    meeting = kallelse.meeting
    agenda = [b for b in content(kallelse) if isinstance(b, Section) and b.title is not None]
    return Calendar(
        uid=calendar_uid(kallelse),
        sequence=kallelse.sequence,
        start=meeting.when.start,
        end=meeting.when.end,
        summary=plain(heading(kallelse), kallelse.lang),
        description=as_plain(Message(tuple(agenda[:2]))),
        location=meeting.place,
        url=kallelse.link,
        organizer=kallelse.council_name,
        lang=kallelse.lang,
        cancelled=cancelled,
    )


def member_copy(
    kallelse: Kallelse, *, answers: bool, answer: Answer | None = None, read: bool = False
) -> Message:
    """A member's kallelse: their own answer once they gave one, and their buttons (an
    ersättare, who is asked when needed, only "read"); the chosen one marked."""
    lines = []
    if answer is not None:
        said = COMING if answer == Answer.COMING else NOT_COMING
        lines.append(_words(kallelse, f"kallelse.answered.{said}"))
    if read:
        lines.append(_words(kallelse, "kallelse.answered.read"))
    if not lines:
        key = "kallelse.footer.answer" if answers else "kallelse.footer.substitute"
        lines.append(_words(kallelse, key))
    lines.append(_words(kallelse, "kallelse.footer.contact", contact=_contact(kallelse)))
    chosen = {COMING: answer == Answer.COMING, NOT_COMING: answer == Answer.NOT_COMING, READ: read}
    meeting_id = str(kallelse.meeting.id)
    buttons = Actions(
        tuple(
            Action(
                f"{ANSWER}_{what}",
                _words(kallelse, f"kallelse.button.{what}"),
                meeting_id,
                style="primary" if chosen[what] else None,
            )
            for what in (ANSWERS if answers else (READ,))
        ),
        id=f"kallelse_answers_{meeting_id}",
    )
    tail: list[Block] = [Divider(), Section(None, tuple(Line(w) for w in lines)), buttons]
    return _letter(kallelse, (*content(kallelse), *tail, calendar(kallelse)), SUBJECT)


def moved(kallelse: Kallelse, *, answers: bool) -> Message:
    """The same meeting at its new time: the kallelse again, its invitation replacing the last."""
    copy = member_copy(kallelse, answers=answers)
    said = Paragraph(_words(kallelse, "kallelse.mail.moved"))
    return _letter(kallelse, (said, *copy.blocks), "kallelse.mail.moved_subject")


def _of_meeting(kallelse: Kallelse, key: str, **params: Value) -> Words:
    """A sentence naming the meeting and its council."""
    return _words(
        kallelse, key, meeting=meeting_phrase(kallelse), council=kallelse.council_name, **params
    )


def cancelled(kallelse: Kallelse) -> Message:
    """The meeting is off: a short note, and the calendar's cancellation."""
    note = _of_meeting(kallelse, "kallelse.mail.cancel_body", contact=_contact(kallelse))
    blocks = (Paragraph(note), calendar(kallelse, cancelled=True))
    return _letter(kallelse, blocks, "kallelse.mail.cancel_subject")


def channel_post(kallelse: Kallelse) -> Message:
    """In the council's conversation: the kallelse, and where members answer."""
    footer = Note((_words(kallelse, "kallelse.footer.post", contact=_contact(kallelse)),))
    return _letter(kallelse, (*content(kallelse), footer), SUBJECT)


def document_added(kallelse: Kallelse, document: DocumentInfo) -> Message:
    """A document added once the kallelse has gone out, for its thread and every member."""
    notice = _of_meeting(kallelse, "kallelse.document.notice", document=document_link(document))
    return _letter(kallelse, (Paragraph(notice),), "kallelse.mail.document_subject")

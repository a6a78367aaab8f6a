"""The answers to the kallelse's own settings, composed once for every chat adapter's
`kallelse`: a text of the kallelse set or cleared (`syfte`, `leds av`, `kontakt`, `paus`,
`fika`, `förberedelse`), an abbreviation explained or removed (`förkortning`), and where it
is emailed (`e-post`). Each is catalogue lines (key, parameters), people's words as plain
strings (each chat encodes them its own way)."""

from __future__ import annotations

from bot.core.texts import Ref
from bot.core.texts.render import Value
from bot.core.vocabulary import MeetingKind
from bot.kallelse.content import Term
from bot.kallelse.service import TextSet

Line = tuple[str, dict[str, Value]]


def text_set(done: TextSet, word: str, *, cleared: bool) -> list[Line]:
    """What was set, and for a council's default how to set it for one meeting (or kind):
    sentences that follow one another."""
    scope = (
        Ref("kallelse.scope.meeting", params={"id": done.meeting_id})
        if done.meeting_id is not None
        else Ref("kallelse.scope.kind", params={"meetings": Ref(f"kind.plural.{done.kind.value}")})
    )
    field = Ref(f"kallelse.field.{done.field.value}")
    key = "kallelse.text.cleared" if cleared else "kallelse.text.set"
    lines: list[Line] = [(key, {"field": field, "scope": scope})]
    typed = word.lower()
    if done.meeting_id is None:
        lines.append(("kallelse.text.council_hint", {"word": typed}))
    if done.meeting_id is None and done.kind == MeetingKind.STORMOTE:
        lines.append(("kallelse.text.kind_hint", {"word": typed}))
    return lines


def term_set(term: Term, *, removed: bool) -> list[Line]:
    params: dict[str, Value] = {"abbreviation": term.abbreviation, "meaning": term.meaning}
    return [("kallelse.term.removed" if removed else "kallelse.term.set", params)]


def email_set(who: Value, *, own: bool, removed: bool) -> list[Line]:
    """`who`: the person whose address it is, as the chat names them."""
    if removed:
        key = "kallelse.email.removed_own" if own else "kallelse.email.removed_other"
    else:
        key = "kallelse.email.set_own" if own else "kallelse.email.set_other"
    return [(key, {"who": who})]

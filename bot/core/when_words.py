"""Clock times as people say them: "halv två", "kvart i tre", "fem över halv tre",
"kl 2 på eftermiddagen", "quarter past nine".

`spell_out` rewrites each such phrase in folded text (see bot.core.when._fold) as "kl 13.30",
so the digit reader in bot.core.when sees one kind of clock, ranges included ("halv två till
halv fyra" becomes "kl 13.30 till kl 15.30", "kvart över nio till elva" "kl 9.15 till 11.00").

Meetings are held in the daytime, so a clock-face hour said in words means 07.00-18.59:
"halv två" is 13.30 and "kvart över nio" 9.15. A period word decides instead when one is
given ("halv åtta på kvällen" is 19.30). Written digits keep their 24-hour meaning
("kl 2" stays 02.00), except in a spoken phrase ("halv 2" is 13.30).
"""

from __future__ import annotations

import re

_HOUR_WORDS: dict[str, int] = {
    "ett": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MINUTE_WORDS: dict[str, int] = {
    "fem": 5, "tio": 10, "kvart": 15, "tjugo": 20, "tjugofem": 25,
    "five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "twenty-five": 25,
    "half": 30,
}  # fmt: skip
# Before this hour a clock-face hour without a period word is taken as afternoon.
_FIRST_MORNING_HOUR = 7


def _words(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_PM = r"(?:(?:pa|i)\s+(?:eftermiddagen|kvallen)|in\s+the\s+(?:afternoon|evening)|e\.?m\.?)"
_AM = r"(?:pa\s+(?:formiddagen|morgonen)|in\s+the\s+morning|f\.?m\.?)"
SPOKEN_CLOCK = re.compile(
    rf"(?:\b(?P<kl>klockan|kl|at)\.?\s*|(?P<to>\b(?:till|och|to|and|until)\b|-)\s*)?"
    rf"(?:\b(?P<minutes>\d{{1,2}}|{_words(_MINUTE_WORDS)})\s+(?P<way>over|i|past|to)\s+)?"
    rf"(?:\b(?P<half>halv)\s+)?"
    rf"\b(?P<hour>\d{{1,2}}|{_words(_HOUR_WORDS)})\b"
    # the start of a span: "nio till elva", "tio-tolv"
    rf"(?P<span>(?=\s*(?:-|till|och|to|and|until)\s*(?:kl\.?\s*|klockan\s+)?"
    rf"(?:{_words(_HOUR_WORDS)}|halv|kvart|\d)\b))?"
    rf"(?:\s*(?:(?P<pm>{_PM})|(?P<am>{_AM}))(?![\w.]))?"
)


class BadClock(ValueError):
    """A spoken clock that names no time ("tjugo över halv tre", "halv 25")."""


def spell_out(folded: str) -> str:
    """The text with each spoken clock phrase replaced by "kl H.MM"; BadClock for one that
    is no time of day. Text that is no spoken clock ("kl 13", "om tre dagar") is kept."""
    return SPOKEN_CLOCK.sub(_replacement, folded)


def _replacement(match: re.Match[str]) -> str:
    spoken = match["minutes"] or match["half"] or match["pm"] or match["am"]
    said = match["hour"]
    span = match["kl"] or match["to"] or match["span"] is not None
    if not spoken and not (span and said in _HOUR_WORDS):
        return match.group()  # "kl 13", or a number that is not a time at all
    named = _HOUR_WORDS.get(said) or int(said)
    minute = _minutes(match) if match["minutes"] else 0
    if match["half"]:  # "halv tre" is half an hour before three
        minute -= 30
    hour = named + minute // 60  # floor division: -15 minutes is an hour back and 45
    minute %= 60
    if named > 24 or not 0 <= hour <= 23:
        raise BadClock(match.group().strip())
    if match["pm"] and hour < 12:
        hour += 12
    elif not match["am"] and 1 <= named <= 12 and hour < _FIRST_MORNING_HOUR:
        hour = 12 if hour == 0 else hour + 12  # "halv ett" is 12.30
    # A span's end is left bare, so "13 till tre" reads as "13 till 15.00" does.
    return f" {match['to'] or 'kl'} {hour}.{minute:02d} "


def _minutes(match: re.Match[str]) -> int:
    """Minutes from the whole or half hour: "fem över" +5, "kvart i" -15."""
    count = _MINUTE_WORDS.get(match["minutes"]) or int(match["minutes"])
    half_past = count == 30 and match["way"] == "past" and not match["half"]
    if not (1 <= count <= 29 or half_past):
        raise BadClock(match.group().strip())
    return -count if match["way"] in ("i", "to") else count

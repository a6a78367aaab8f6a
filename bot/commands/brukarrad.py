"""`/brukarrad`: create the council (`skapa <namn>`), its members (`ledamot <person> <roll>
[förening | ny förening <namn>]`; one with no chat account by address: `ledamot e-post <adress>
<roll> ["förening" | ny förening "namn"] <namn>`; `ta bort|avsluta <person> [roll] [ändå]`),
each förening's contact (`kontakt [<person> <förening>]`) who confirms its new representatives
(`bekräfta <person>`), its settings (`inställningar …`, `gallring [månader]`, `justering
[på|av]`), standing points (`stående [förmöte|arbetsgrupp] [lägg till <rubrik> | ta bort
<nr>]`), its written agreement (`form [<länk> [antagen <datum>]]`), its year (`år [start
<månad>] [möten <antal>]`), its årshjul (`årshjul [lägg till <månad> [aktivitet] <text> | ta
bort <nr> | status <nr> <planerad|pågår|genomförd>]`) and the year's report (`årsrapport
[år]`), the first weeks' messages to new representatives (`introduktion [på|av]`,
`introduktion länk <url> [titel] | länk ta bort <nr>`) and a buddy for one (`fadder <ny>
<fadder>`), the log (`logg [antal]`), the overview (`visa`) and its channel on another chat platform
(`koppla [kod]`).
A person is read by the adapter (bot.commands.people)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.commands.grammar import (
    EMAIL_WORDS,
    check_length,
    fold,
    is_email,
    is_number,
    meeting_kind,
    parse_day,
    parse_role,
    parse_settings,
    split_word,
    web_link,
)
from bot.commands.help import HELP_WORDS, Help
from bot.commands.people import PersonReader, PersonRef, take_person
from bot.commands.phrasing import in_swedish
from bot.core.errors import UserError
from bot.core.vocabulary import ActivityState, MeetingKind, Role
from bot.core.when import SV_MONTHS
from bot.councils.audit import DEFAULT_LIMIT, MAX_LIMIT
from bot.councils.service import JUSTERING_WORDS, MAX_SETTING_DAYS, NEEDS_FORENING, SETTINGS
from bot.councils.year import MAX_MEETINGS, MONTHS
from bot.privacy.retention import MAX_MONTHS, MIN_MONTHS

COMMAND = "/brukarrad"
# Said after `ta bort <person> [roll]`: even the council's only chair or secretary.
ANYWAY = frozenset({"anda", "anyway"})
# A name in quotes, as people type them: "RSMH Väst", “RSMH Väst”, »RSMH Väst«.
QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]\s*(.*)", re.DOTALL)


@dataclass(frozen=True)
class Create:
    name: str


@dataclass(frozen=True)
class AddMember:
    """`forening`: the förening the member comes from; with `new_forening` one to create."""

    person: PersonRef
    role: Role
    forening: str | None
    new_forening: bool


@dataclass(frozen=True)
class AddByEmail:
    """A member with no chat account, reached at `address` once they have confirmed it;
    `name` as the officer wrote it."""

    address: str
    name: str
    role: Role
    forening: str | None
    new_forening: bool


@dataclass(frozen=True)
class RemoveMember:
    """End `role`, or every role of the person when none is given; `anyway` ("ändå"): even
    the council's only chair or secretary."""

    person: PersonRef
    role: Role | None
    anyway: bool = False


@dataclass(frozen=True)
class ShowContacts:
    """`kontakt` alone: each förening's contact (bot.councils.succession)."""


@dataclass(frozen=True)
class SetContact:
    """`kontakt <person> <förening>`: the förening's contact from now on."""

    person: PersonRef
    forening: str


@dataclass(frozen=True)
class Confirm:
    """`bekräfta <person>`: the förening's contact confirms its new representative."""

    person: PersonRef


@dataclass(frozen=True)
class SettingsUsage:
    """`inställningar` alone: how the settings are changed."""


@dataclass(frozen=True)
class ChangeSettings:
    changes: dict[str, int]


@dataclass(frozen=True)
class Retention:
    """How long the data of people who left is kept; with `months`, a new period."""

    months: int | None


@dataclass(frozen=True)
class Justering:
    """Whether minutes are justerade before they are published; with `on`, set it."""

    on: bool | None


@dataclass(frozen=True)
class Standing:
    """The standing points of `kind`; with `add` one more, with `remove` (its number) one less."""

    kind: MeetingKind
    add: str | None = None
    remove: int | None = None


@dataclass(frozen=True)
class YearWheel:
    """`årshjul`: the council's årshjul; with `add` (month, activity, text) one item more,
    with `remove` (its number) one less, with `state` where an activity stands, with `edit`
    an item moved or worded anew."""

    add: tuple[int, bool, str] | None = None
    remove: int | None = None
    state: tuple[int, ActivityState] | None = None  # an activity's number, where it stands
    edit: tuple[int, int, str] | None = None  # an item's number, its month and words anew
    evaluation: tuple[int, str] | None = None  # the council's own evaluation: month, words


@dataclass(frozen=True)
class InfluenceGoals:
    """`mål`: the council's own goals for influence; with `add` (its words) one more, with
    `remove` (its number) one less."""

    add: str | None = None
    remove: int | None = None


@dataclass(frozen=True)
class ShowAgreement:
    """`form` alone: the council's current agreement, or how to record one."""


@dataclass(frozen=True)
class RecordAgreement:
    """`form <länk> [antagen <datum>]`: a new version; `adopted_on` None: today."""

    link: str
    adopted_on: date | None


@dataclass(frozen=True)
class Onboarding:
    """`introduktion [på|av]`: the first weeks' messages to new representatives (None: show)."""

    on: bool | None


@dataclass(frozen=True)
class OnboardingLink:
    """`introduktion länk <url> [titel]` (`add`) or `introduktion länk ta bort <nr>`."""

    add: str | None = None
    title: str = ""
    remove: int | None = None


@dataclass(frozen=True)
class SetBuddy:
    """`fadder <ny> <fadder>`: someone of the newcomer's förening helps them in."""

    newcomer: PersonRef
    buddy: PersonRef


@dataclass(frozen=True)
class YearRequest:
    """`år [start <månad>] [möten <antal>]`: the council's year (bot.councils.year); both
    None: show it."""

    start_month: int | None = None
    meetings: int | None = None


@dataclass(frozen=True)
class ReportRequest:
    """`årsrapport [år] [pdf]`: the report of the year beginning in `year` (None: under
    way), as a Word file or (`pdf`) a PDF."""

    year: int | None
    pdf: bool = False


@dataclass(frozen=True)
class Audit:
    limit: int


@dataclass(frozen=True)
class Bind:
    """`koppla`: a code that binds another conversation to the council; `koppla <kod>`:
    bind this conversation with it (bot.councils.conversations)."""

    code: str | None


@dataclass(frozen=True)
class ShowCouncil:
    """The council, its rules and its members."""


BrukarradRequest = (
    Help
    | Create
    | AddMember
    | AddByEmail
    | RemoveMember
    | ShowContacts
    | SetContact
    | Confirm
    | SettingsUsage
    | ChangeSettings
    | Retention
    | Justering
    | Standing
    | ShowAgreement
    | RecordAgreement
    | YearRequest
    | YearWheel
    | InfluenceGoals
    | ReportRequest
    | Onboarding
    | OnboardingLink
    | SetBuddy
    | Audit
    | Bind
    | ShowCouncil
)


def parse(
    text: str,
    read_person: PersonReader,
    read_addresses: Callable[[str], str] = str,
    read_links: Callable[[str], str] = str,
) -> BrukarradRequest:
    """What `/brukarrad <text>` asks for; UserError saying what would work otherwise.
    `read_addresses` and `read_links` write the email addresses and the web links in the
    words plainly (as the adapter's channel marks them up)."""
    typed, rest = split_word(check_length(text))
    typed = in_swedish(COMMAND, typed)
    word = fold(typed)
    if word == "" or word in HELP_WORDS:
        return Help()
    if word == "skapa":
        return Create(rest)
    if word == "ledamot":
        how, after = split_word(rest)
        if fold(how) in EMAIL_WORDS:
            return _add_by_email(read_addresses(after))
        return _add_member(rest, read_person)
    if word in ("ta", "avsluta"):
        return _remove_member(rest, read_person)
    if word in ("kontakt", "kontaktperson"):
        if not rest:
            return ShowContacts()
        person, forening = take_person(rest, read_person, usage_key="brukarrad.contact.usage")
        if not forening.strip():
            raise UserError("brukarrad.contact.usage")
        return SetContact(person, forening.strip())
    if word == "fadder":
        newcomer, more = take_person(rest, read_person, usage_key="brukarrad.buddy.usage")
        buddy, more = take_person(more, read_person, usage_key="brukarrad.buddy.usage")
        if more.strip():
            raise UserError("brukarrad.buddy.usage")
        return SetBuddy(newcomer, buddy)
    if word in ("bekrafta", "bekraftar"):
        person, more = take_person(rest, read_person, usage_key="brukarrad.confirm.usage")
        if more.strip():
            raise UserError("brukarrad.confirm.usage")
        return Confirm(person)
    if word in ("installningar", "installning"):
        return _settings(rest)
    if word == "staende":
        return _standing(rest)
    if word == "form":
        return _agreement(read_links(rest)) if rest else ShowAgreement()
    if word == "ar":
        return _year_settings(rest)
    if word == "arsrapport":
        return _year_report(rest)
    if word == "arshjul":
        return _year_wheel(rest)
    if word in ("mal", "malen"):
        return _goals(rest)
    if word == "introduktion":
        if not rest:
            return Onboarding(None)
        first, after = split_word(rest)
        if fold(first) in ("lank", "lankar", "link"):
            return _onboarding_link(read_links(after))
        if fold(rest) not in JUSTERING_WORDS:
            raise UserError("brukarrad.onboarding.usage")
        return Onboarding(JUSTERING_WORDS[fold(rest)])
    if word == "logg":
        if rest and (not is_number(rest) or int(rest) < 1):
            raise UserError("audit.usage", limit=MAX_LIMIT)
        return Audit(int(rest) if rest else DEFAULT_LIMIT)
    if word == "visa":
        return ShowCouncil()
    if word == "koppla":
        if len(rest.split()) > 1:
            raise UserError("brukarrad.bind.usage")
        return Bind(rest.strip() or None)
    raise UserError("error.unknown_subcommand", word=typed, command=COMMAND)


def _onboarding_link(rest: str) -> OnboardingLink:
    """`länk <url> [titel]` adds one; `länk ta bort <nr>` removes one."""
    words = rest.split()
    if [fold(w) for w in words[:2]] == ["ta", "bort"]:
        if len(words) != 3 or not is_number(words[2]):
            raise UserError("brukarrad.onboarding.link_usage")
        return OnboardingLink(remove=int(words[2]))
    typed, title = split_word(rest)
    link = web_link(typed)
    if not link.startswith(("https://", "http://")) or len(link) > MAX_LINK:
        raise UserError("brukarrad.onboarding.link_usage")
    return OnboardingLink(add=link, title=" ".join(title.split()))


def _add_member(rest: str, read_person: PersonReader) -> AddMember:
    if not rest:
        raise UserError("brukarrad.member.usage")
    person, rest = take_person(rest, read_person, usage_key="brukarrad.member.need_mention")
    role_word, forening = split_word(rest)
    if not role_word:
        raise UserError("brukarrad.member.usage")
    role = parse_role(role_word)
    words = forening.split(None, 2)
    new_forening = [fold(w) for w in words[:2]] == ["ny", "forening"]  # "ny förening X"
    return AddMember(
        person,
        role,
        forening=(words[2] if len(words) > 2 else "") if new_forening else forening or None,
        new_forening=new_forening,
    )


def _add_by_email(rest: str) -> AddByEmail:
    address, rest = split_word(rest)
    if not address:
        raise UserError("brukarrad.email.usage")
    if not is_email(address):
        raise UserError("brukarrad.email.bad_address", address=address)
    role_word, rest = split_word(rest)
    try:
        role = parse_role(role_word)
    except UserError:
        raise UserError(
            "brukarrad.email.unknown_role", role=role_word, roles=", ".join(r.value for r in Role)
        ) from None
    words = rest.split(None, 2)
    new_forening = [fold(w) for w in words[:2]] == ["ny", "forening"]
    if new_forening:
        rest = words[2] if len(words) > 2 else ""
    quoted = QUOTED.fullmatch(rest)
    forening = " ".join(quoted.group(1).split()) if quoted else None
    name = " ".join((quoted.group(2) if quoted else rest).split())
    if not name or (new_forening and not forening):
        raise UserError("brukarrad.email.usage")
    if role == Role.VERKSAMHET and forening:
        raise UserError("brukarrad.email.verksamhet_no_forening", address=address, name=name)
    if role in NEEDS_FORENING and not forening:
        raise UserError(
            "brukarrad.email.need_forening", role=role.value, address=address, name=name
        )
    return AddByEmail(address, name, role, forening, new_forening)


def _remove_member(rest: str, read_person: PersonReader) -> RemoveMember:
    if fold(rest.split(None, 1)[0] if rest else "") == "bort":
        rest = rest.split(None, 1)[1] if len(rest.split(None, 1)) > 1 else ""
    person, rest = take_person(rest, read_person, usage_key="brukarrad.remove.usage")
    words = rest.split()
    anyway = bool(words) and fold(words[-1]) in ANYWAY
    if anyway:
        words = words[:-1]
    return RemoveMember(person, parse_role(words[0]) if words else None, anyway)


def _settings(rest: str) -> SettingsUsage | ChangeSettings | Retention | Justering:
    if not rest:
        return SettingsUsage()
    first, value = split_word(rest)
    if fold(first) == "gallring":
        if value and not is_number(value):
            raise UserError("gallring.bad_value", low=MIN_MONTHS, high=MAX_MONTHS)
        return Retention(int(value) if value else None)
    if fold(first) == "justering":
        if not value:
            return Justering(None)
        on = JUSTERING_WORDS.get(fold(value))
        if on is None:
            raise UserError("settings.justering.usage")
        return Justering(on)
    return ChangeSettings(parse_settings(rest, SETTINGS, MAX_SETTING_DAYS))


MAX_LINK = 1000  # the column's length


def _agreement(rest: str) -> RecordAgreement:
    typed, rest = split_word(rest)
    link = web_link(typed)
    if not link.startswith(("https://", "http://")) or len(link) > MAX_LINK:
        raise UserError("brukarrad.form.bad_link", link=typed)
    if not rest:
        return RecordAgreement(link, None)
    said, day = split_word(rest)
    if fold(said) != "antagen" or not day:
        raise UserError("brukarrad.form.usage")
    return RecordAgreement(link, parse_day(day, "brukarrad.form.bad_date"))


MONTH_PREFIX = 3  # "sep", "sept." and "september" are one month
# "2026", or "2025/26" and "2025/2026" for a year beginning in another month than January.
_YEAR = re.compile(r"(\d{4})(?:[/-](\d{2}|\d{4}))?")


def _year_settings(rest: str) -> YearRequest:
    words = rest.split()
    if len(words) % 2:
        raise UserError("brukarrad.year.usage")
    start_month = meetings = None
    for name, value in zip(words[::2], words[1::2], strict=True):
        if fold(name) in ("start", "borjar", "manad"):
            start_month = _month(value)
        elif fold(name) in ("moten", "mote", "stormoten"):
            if not is_number(value) or not 1 <= int(value) <= MAX_MEETINGS:
                raise UserError("brukarrad.year.bad_meetings", meetings=value, limit=MAX_MEETINGS)
            meetings = int(value)
        else:
            raise UserError("brukarrad.year.usage")
    return YearRequest(start_month, meetings)


def _month(typed: str) -> int:
    if is_number(typed) and 1 <= int(typed) <= MONTHS:
        return int(typed)
    word = fold(typed).rstrip(".")
    if len(word) >= MONTH_PREFIX:
        for number, name in enumerate(SV_MONTHS, start=1):
            if name.startswith(word):
                return number
    raise UserError("brukarrad.year.bad_month", month=typed)


ACTIVITY_WORDS = ("aktivitet", "aktiviteten")
EVALUATION_WORDS = ("utvardering", "utvarderingen")
STATE_WORDS = {
    "planerad": ActivityState.PLANNED,
    "planeras": ActivityState.PLANNED,
    "pagar": ActivityState.UNDER_WAY,
    "igang": ActivityState.UNDER_WAY,
    "genomford": ActivityState.DONE,
    "klar": ActivityState.DONE,
    "klart": ActivityState.DONE,
}


def _year_wheel(rest: str) -> YearWheel:
    words = rest.split()
    verb = " ".join(fold(w) for w in words[:2])
    if not words:
        return YearWheel()
    if verb == "lagg till":
        if len(words) < 4:  # a month and some words
            raise UserError("arshjul.usage")
        try:
            month = _month(words[2])
        except UserError:
            raise UserError("arshjul.bad_month", month=words[2]) from None
        if fold(words[3]) in EVALUATION_WORDS:
            return YearWheel(evaluation=(month, rest.split(None, 4)[4] if len(words) > 4 else ""))
        activity = fold(words[3]) in ACTIVITY_WORDS
        text = rest.split(None, 4 if activity else 3)[-1] if len(words) > 3 + activity else ""
        if not text:
            raise UserError("arshjul.usage")
        return YearWheel(add=(month, activity, text))
    if verb == "ta bort":
        number = words[2] if len(words) == 3 else ""
        if not is_number(number):
            raise UserError("arshjul.usage")
        return YearWheel(remove=int(number))
    if fold(words[0]) == "andra":
        if len(words) < 4 or not is_number(words[1]):  # a number, a month and some words
            raise UserError("arshjul.edit.usage")
        try:
            month = _month(words[2])
        except UserError:
            raise UserError("arshjul.bad_month", month=words[2]) from None
        return YearWheel(edit=(int(words[1]), month, rest.split(None, 3)[-1]))
    if fold(words[0]) == "status":
        state = STATE_WORDS.get(fold(words[2])) if len(words) == 3 else None
        if state is None or not is_number(words[1]):
            raise UserError("arshjul.state.usage")
        return YearWheel(state=(int(words[1]), state))
    raise UserError("arshjul.usage")


def _goals(rest: str) -> InfluenceGoals:
    words = rest.split()
    if not words:
        return InfluenceGoals()
    verb = " ".join(fold(w) for w in words[:2])
    if verb == "lagg till":
        text = rest.split(None, 2)[2] if len(words) > 2 else ""
        if not text:
            raise UserError("goals.need_title")
        return InfluenceGoals(add=text)
    if verb == "ta bort" and len(words) == 3 and is_number(words[2]):
        return InfluenceGoals(remove=int(words[2]))
    raise UserError("goals.usage")


def _year_report(rest: str) -> ReportRequest:
    words = rest.split()
    pdf = bool(words) and fold(words[-1]) == "pdf"
    rest = " ".join(words[:-1] if pdf else words)
    if not rest:
        return ReportRequest(None, pdf)
    found = _YEAR.fullmatch(rest.strip())
    if found is None or not 2000 <= int(found.group(1)) <= 2999:
        raise UserError("brukarrad.report.bad_year", year=rest)
    first, then = int(found.group(1)), found.group(2)
    if then is not None and int(then) % 100 != (first + 1) % 100:
        raise UserError("brukarrad.report.bad_year", year=rest)
    return ReportRequest(first, pdf)


def _standing(rest: str) -> Standing:
    """The stormöte's standing points unless `förmöte` or `arbetsgrupp` leads."""
    kind, rest = meeting_kind(rest)
    kind = kind or MeetingKind.STORMOTE
    words = rest.split()
    verb = " ".join(fold(w) for w in words[:2])
    if verb == "lagg till":
        return Standing(kind, add=rest.split(None, 2)[2] if len(words) > 2 else "")
    if verb.startswith("ta bort"):
        number = words[2] if len(words) > 2 else ""
        if not is_number(number):
            raise UserError("standing.usage")
        return Standing(kind, remove=int(number))
    if rest:
        raise UserError("standing.usage")
    return Standing(kind)

"""The catalogues: English mirrors Swedish key for key and placeholder for placeholder,
every counted noun agrees with its number in both languages (Babel's CLDR rules), and no
sentence holds a channel's markup."""

from __future__ import annotations

import gettext
import re
from decimal import Decimal
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from adapters.slack.ids import account
from adapters.slack.mrkdwn import t
from bot.core.texts import (
    CATALOGUES,
    DOMAIN,
    LOCALES,
    Message,
    Ref,
    join_list,
    plural_categories,
    po_path,
)
from bot.core.texts.render import Mention, console

SV, EN = CATALOGUES["sv"], CATALOGUES["en"]
CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")  # gettext numbers forms so
PLURAL_KEYS = sorted(key for key, message in SV.items() if isinstance(message, dict))


def _forms(message: Message) -> list[str]:
    return list(message.values()) if isinstance(message, dict) else [message]


def _fields(message: Message) -> set[str]:
    return {name for form in _forms(message) for _, name, _, _ in Formatter().parse(form) if name}


def test_english_has_every_swedish_key_and_no_other() -> None:
    assert set(EN) == set(SV)


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_the_catalogues_work_with_gettext_itself(lang: str, tmp_path: Path) -> None:
    """The .po files are ordinary gettext: compiled to .mo by Babel and read by Python's own
    gettext, every key (msgctxt) gives the same sentence, in every plural form, as the
    catalogue's own words (console(): no channel's marks or escaping)."""
    with po_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    mo = tmp_path / f"{DOMAIN}.mo"
    with mo.open("wb") as out:
        write_mo(out, catalog)
    with mo.open("rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    for entry in catalog:
        if not entry.id:
            continue
        if isinstance(entry.id, tuple):
            for n in (0, 1, 2, 5, 21, 100):
                params = {name: name for name in _fields(CATALOGUES[lang][entry.context])}
                expected = console(entry.context, lang, **{**params, "count": n})
                form = translations.npgettext(entry.context, entry.id[0], entry.id[1], n)
                got = form.format(**{**params, "count": format_decimal(n, locale=LOCALES[lang])})
                assert got == expected, (entry.context, n)
        else:
            assert (
                translations.pgettext(entry.context, entry.id) == CATALOGUES[lang][entry.context]
            ), entry.context


def test_the_plural_forms_header_agrees_with_the_languages_plural_rules() -> None:
    """gettext's Plural-Forms picks the same form as CLDR's rule for every count, so a count
    reads alike wherever the message is rendered (here, in Weblate, in a compiled .mo)."""
    for lang, locale in LOCALES.items():
        with po_path(lang).open("rb") as po:
            catalog = read_po(po, locale=lang, domain=DOMAIN)
        form_of = gettext.c2py(catalog.plural_expr)
        order = sorted(
            plural_categories(lang), key=("zero", "one", "two", "few", "many", "other").index
        )
        for n in range(1000):
            assert order[form_of(n)] == locale.plural_form(n), (lang, n)


def test_placeholders_agree() -> None:
    for key, message in SV.items():
        assert _fields(message) == _fields(EN[key]), key


def test_refs_and_lists_render_in_the_readers_language() -> None:
    assert join_list(["a", "b", "c"], "sv") == "a, b och c"
    assert join_list(["a", "b"], "en") == "a and b"
    officers = [Mention("Anna", account("T", "U1")), Mention("Bo", account("T", "U2"))]
    sv_text = t("refused.officers", "sv", what=Ref("what.manage_members"), who=officers)
    assert "lägga till eller ändra ledamöter" in sv_text
    assert "<@U1> och <@U2>" in sv_text


def test_lists_of_names_follow_babel() -> None:
    assert join_list(["Anna", "Bo", "Cia"], "sv") == "Anna, Bo och Cia"
    assert join_list(["Anna", "Bo", "Cia"], "en") == "Anna, Bo and Cia"
    assert join_list(["Anna"], "en") == "Anna"
    assert join_list([], "sv") == ""


def test_the_catalogue_holds_no_channel_markup() -> None:
    """Neutral sentences: `<`, `>` and `&` as themselves (each channel escapes its own way),
    and a person, a conversation or a link is a parameter (bot.core.texts.render), never a token."""
    markup = re.compile(r"&(lt|gt|amp|quot|#\d+);|<[@#!]|<(https?|mailto|tel):")
    for lang, catalogue in CATALOGUES.items():
        for key, message in catalogue.items():
            found = [m.group() for form in _forms(message) for m in markup.finditer(form)]
            assert found == [], (lang, key)


def test_a_usage_hint_reads_as_typed_in_slack() -> None:
    """In Slack, <rubrik> would be a link: the Slack rendering escapes the catalogue's words."""
    assert "`/punkt <rubrik>`" in console("mote.open_agenda", "sv")
    assert "`/punkt &lt;rubrik&gt;`" in t("mote.open_agenda", "sv")


def test_every_count_placeholder_chooses_a_plural_form_in_both_languages() -> None:
    for lang, catalogue in CATALOGUES.items():
        for key, message in catalogue.items():
            if "count" in _fields(message):
                assert isinstance(message, dict), (lang, key)
            if isinstance(message, dict):
                assert set(message) == plural_categories(lang), (lang, key)


def test_no_parenthesised_plural_hacks_remain() -> None:
    hack = re.compile(r"\w\((er|or|ar|na|en|s|es)\)")
    for lang, catalogue in CATALOGUES.items():
        for key, message in catalogue.items():
            assert not any(hack.search(form) for form in _forms(message)), (lang, key)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("key", PLURAL_KEYS)
def test_each_plural_message_renders_one_for_1_and_other_for_0_and_2(key: str, lang: str) -> None:
    message = CATALOGUES[lang][key]
    assert isinstance(message, dict)
    params = {name: f"<{name}>" for name in _fields(message)}
    for count, form in ((1, "one"), (2, "other"), (0, "other")):
        rendered = console(key, lang, **(params | {"count": count}))
        assert rendered == message[form].format(**(params | {"count": count})), (count, lang)


@pytest.mark.parametrize(
    ("key", "lang", "count", "expected"),
    [
        ("mote.few_stormoten", "sv", 1, "1 stormöte planerat 2027"),
        ("mote.few_stormoten", "sv", 0, "0 stormöten planerade 2027"),
        ("mote.few_stormoten", "en", 1, "1 plenary meeting planned"),
        ("protokoll.edited", "sv", 1, "en ändring sparad"),
        ("protokoll.edited", "sv", 3, "3 ändringar sparade"),
        ("protokoll.edited", "en", 1, "one change saved"),
        ("protokoll.amendment.asked", "sv", 1, "frågat 1 person."),
        ("protokoll.amendment.asked", "sv", 2, "frågat 2 personer."),
        ("protokoll.amendment.asked", "en", 1, "asked 1 person."),
        ("protokoll.amendment.asked", "en", 2, "asked 2 people."),
        ("kallelse.sent", "sv", 1, "till 1 person:"),
        ("kallelse.sent", "en", 1, "to 1 person:"),
        ("dagordning.open", "sv", 1, "1 dag kvar"),
        ("count.days", "sv", 1, "1 dag"),
        ("count.hours", "sv", 1, "1 timme"),
        ("count.months", "en", 1, "1 month"),
        ("narvaro.read.hours", "sv", 1, "1 timme."),
        ("protokoll.published.actions", "sv", 1, "1 åtgärd följs"),
        ("protokoll.published.actions", "en", 1, "1 action item is now"),
        ("gallring.show", "sv", 1, "i 1 månad."),
        ("audit.title", "sv", 1, "(den senaste)"),
    ],
)
def test_counted_nouns_agree_with_their_number(
    key: str, lang: str, count: int, expected: str
) -> None:
    params = {name: "" for name in _fields(CATALOGUES[lang][key])} | {"year": 2027}
    assert expected in t(key, lang, **(params | {"count": count}))


def test_decimal_counts_are_written_the_readers_way_and_take_the_plural() -> None:
    assert t("count.hours", "sv", count=Decimal("1.5")) == "1,5 timmar"
    assert t("count.hours", "en", count=Decimal("1.5")) == "1.5 hours"
    assert t("count.hours", "sv", count=Decimal("1")) == "1 timme"


def test_a_ref_carries_its_count() -> None:
    text = t(
        "brukarrad.show.rules",
        "sv",
        agenda=Ref("count.days", 1),
        notice=Ref("count.days", 7),
        minutes=Ref("count.days", 14),
    )
    assert text.startswith("Punkter senast 1 dag före mötet · kallelse senast 7 dagar före")


def test_the_swedish_says_things_the_way_a_person_would() -> None:
    """Slips found reading the catalogue through; each read oddly or said something untrue."""
    slips = [
        "bottens",  # "Brukarbots hemflik"
        "förlora sin plats",  # no rule says so: the seats are the associations' own
        "riskerar sin plats",
        "Svara till rådets",  # "Hör av dig till rådets sekreterare"
        "är tom än",
        "boten har ingen e-postserver",  # the bot speaks for itself: "jag"
        "till möte {id}",  # "möte nr {id}", as everywhere else
    ]
    for key, message in SV.items():
        for form in _forms(message):
            assert not [slip for slip in slips if slip in form], key
    assert "Brukarbots hemflik" in t("sandbox.help", "sv")
    assert t("kind.arbetsgrupp", "sv") == "Arbetsgruppsmöte"  # "planerat", "flyttat", "inställt"


def test_the_english_names_meetings_and_the_summons_in_english() -> None:
    """Outside `commands`, English says pre-meeting, plenary and summons, as it does elsewhere."""
    # "the förmöte", "the kallelse's thread": a Swedish noun used as an English one.
    swedish = re.compile(r"\b(the|a|an) (förmöte|stormöte|kallelse)", re.IGNORECASE)
    for key, message in EN.items():
        for form in _forms(message):
            prose = re.sub(r"`[^`]*`|\{\w+\}", "", form)
            assert not swedish.search(prose), (key, swedish.search(prose))

"""One neutral catalogue, rendered per channel: Slack's mrkdwn, plain text, HTML and the
console each escape the catalogue's words and people's words their own way, once, and write a
person, a conversation and a link as that channel shows them."""

from __future__ import annotations

import json

from adapters.slack.ids import account
from adapters.slack.mrkdwn import mrkdwn, slack, t
from bot.core.message import Words
from bot.core.texts import Ref
from bot.core.texts.render import (
    Conversation,
    Link,
    Mention,
    console,
    html,
    plain,
)

SECRETARY = Mention("Bo Berg", account("T", "U0BO"))
COUNCIL_ROOM = Conversation("brukarrad", "C0RAD")
WELCOME = {
    "role": "ledamot",
    "forening": "",
    "council": "Råd & stöd",
    "channel": COUNCIL_ROOM,
    "contact": SECRETARY,
}
# People's words as stored: plain, with their own mention, link and a special mention.
PROPOSAL = (
    "a < b & c, fråga <person:slack:U0ANNA|Anna Andersson> om <link:https://x.se/?a=1&b=2|listan>"
    " @here"
)
REPORT = Link("https://x.se/?a=1&b=2", "Rapport & bilaga")


def _proposal(render: object) -> str:
    assert callable(render)
    return str(
        render(
            "protokoll.notice.proposal",
            "sv",
            name="Anna",
            meeting="m3",
            council="Rådet",
            text=PROPOSAL,
        )
    )


def test_slack_escapes_the_catalogues_words_once_and_keeps_its_marks() -> None:
    text = t("mote.open_agenda", "sv")
    assert text == "Dagordningen är öppen: skicka punkter med `/punkt &lt;rubrik&gt;`."
    assert "*Råd &amp; stöd*" in slack("brukarrad.member.welcome", "sv", **WELCOME)


def test_slack_writes_a_person_a_conversation_and_a_link_as_its_own_tokens() -> None:
    text = slack("brukarrad.member.welcome", "sv", **WELCOME)
    assert "(kanalen <#C0RAD>)" in text
    assert text.endswith("ställa till <@U0BO>.")
    greeting = slack("mail.greeting", "sv", name=REPORT)
    assert greeting == "Hej <https://x.se/?a=1&amp;b=2|Rapport &amp; bilaga>!"


def test_slack_encodes_peoples_words_once_keeps_their_mentions_and_pings_nobody() -> None:
    text = _proposal(slack)
    quoted = "> a &lt; b &amp; c, fråga <@U0ANNA> om <https://x.se/?a=1&amp;b=2|listan> @here"
    assert f"\n{quoted}\n" in text  # the quotation stays a quotation
    assert "&amp;amp;" not in text


def test_t_puts_in_words_the_caller_made_mrkdwn_as_they_are() -> None:
    """The Slack handlers' way: a parameter is encoded by the caller, never twice."""
    text = t("brukarrad.member.welcome", "sv", **(WELCOME | {"council": mrkdwn("Råd & stöd")}))
    assert "*Råd &amp; stöd*" in text
    assert "&amp;amp;" not in text


def test_plain_text_leaves_the_marks_out_and_names_people() -> None:
    text = plain("brukarrad.member.welcome", "sv", **WELCOME)
    assert "i brukarrådet Råd & stöd (kanalen #brukarrad)" in text
    assert text.endswith("ställa till Bo Berg.")
    footer = plain("reminder.footer", "sv", council="Rådet")
    assert footer.startswith("Påminnelse från Rådet.")
    assert footer.endswith("Skriv /paminnelser.")  # emphasis around a code span, both out
    assert plain("mote.open_agenda", "sv").endswith("med /punkt <rubrik>.")
    assert plain("mail.greeting", "sv", name=REPORT) == (
        "Hej Rapport & bilaga (https://x.se/?a=1&b=2)!"
    )


def test_plain_text_writes_peoples_mentions_and_links_in_words() -> None:
    text = _proposal(plain)
    assert "\n> a < b & c, fråga Anna Andersson om listan (https://x.se/?a=1&b=2) @here\n" in text


def test_html_escapes_everything_once_and_tags_the_marks() -> None:
    text = html("brukarrad.member.welcome", "sv", **WELCOME)
    assert "i brukarrådet <strong>Råd &amp; stöd</strong> (kanalen #brukarrad)" in text
    assert text.endswith("ställa till Bo Berg.")
    footer = html("reminder.footer", "sv", council="<b>Rådet</b>")
    assert footer.startswith("<em>Påminnelse från &lt;b&gt;Rådet&lt;/b&gt;.")
    assert footer.endswith("Skriv <code>/paminnelser</code>.</em>")
    assert html("mote.open_agenda", "sv").endswith("med <code>/punkt &lt;rubrik&gt;</code>.")
    assert html("mail.greeting", "sv", name=REPORT) == (
        'Hej <a href="https://x.se/?a=1&amp;b=2">Rapport &amp; bilaga</a>!'
    )
    proposal = _proposal(html)
    assert (
        "a &lt; b &amp; c, fråga Anna Andersson om listan (https://x.se/?a=1&amp;b=2)" in proposal
    )
    assert "&amp;amp;" not in proposal


def test_the_console_shows_the_catalogues_words_and_marks_as_they_are() -> None:
    text = console("brukarrad.member.welcome", "sv", **WELCOME)
    assert "*Råd & stöd* (kanalen #brukarrad)" in text
    assert text.endswith("ställa till @Bo Berg.")
    assert console("mote.open_agenda", "sv").endswith("`/punkt <rubrik>`.")


def test_lists_of_people_are_joined_in_the_readers_language_for_each_channel() -> None:
    officers = [SECRETARY, Mention("Cia Ek", account("T", "U0CIA"))]
    assert "<@U0BO> och <@U0CIA>" in slack("kallelse.not_member", "sv", who=officers)
    assert "Bo Berg and Cia Ek" in plain("kallelse.not_member", "en", who=officers)


def test_a_parameter_is_put_in_once_whatever_it_holds() -> None:
    """Parameters stand in the sentence as private-use characters while its marks are
    read; one a person wrote is not taken for another."""
    assert plain("mail.greeting", "sv", name="\ue000 \uf000 *x*") == "Hej \ue000 \uf000 *x*!"


def test_a_queued_message_keeps_its_references_and_reads_the_same_when_sent() -> None:
    """The outbox stores a notice's words as JSON (bot.core.outbox.Words); a person, a
    conversation, a link and another message come back as themselves, so the messenger
    renders them as it would have at once."""
    params = {
        "who": [SECRETARY, Mention("Cia Ek", account("T", "U0CIA"))],
        "what": Ref("what.manage_members"),
        "channel": COUNCIL_ROOM,
        "link": REPORT,
        "text": PROPOSAL,
    }
    stored = json.loads(json.dumps(Words("refused.officers", params, "sv").to_json()))
    words = Words.from_json(stored)
    assert words.params == params
    assert slack(words.key, words.lang, **words.params) == slack("refused.officers", "sv", **params)

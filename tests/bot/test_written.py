"""Stored text (bot/core/written.py): made neutral once from Slack, encoded once for Slack, and
in words for places that show no chat markup."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.mrkdwn import mrkdwn
from adapters.slack.text import from_slack
from bot.core.written import Linked, Named, pieces, readable, written
from devtools.localslack.composer import as_sent

# Typed text that holds Slack's special characters and their entity names, but no token.
TYPED = st.text(alphabet="aå &<>;ltgmp#@:/|\n", max_size=40)


@given(TYPED)
def test_text_as_slack_sends_it_is_stored_as_typed_and_shown_encoded_once(typed: str) -> None:
    sent = as_sent(typed)
    assert from_slack(sent) == typed
    assert mrkdwn(from_slack(sent)) == sent  # what Slack shows is what the person typed


def test_slack_tokens_become_neutral_ones_and_only_the_text_around_them_is_decoded() -> None:
    sent = "a &amp;lt; b <https://x.se/?a=1&amp;b=2|R&amp;D> &lt;3&gt; <@U0ANNA|anna>"
    stored = from_slack(sent)
    assert stored == "a &lt; b <link:https://x.se/?a=1&b=2|R&D> <3> <person:slack:U0ANNA|anna>"
    assert mrkdwn(stored) == (
        "a &amp;lt; b <https://x.se/?a=1&amp;b=2|R&amp;D> &lt;3&gt; <@U0ANNA>"
    )


def test_special_mentions_are_kept_as_words_and_never_ping_from_the_bot() -> None:
    stored = from_slack(
        "<!channel> <!here> <!subteam^S1|@styrelsen> <!date^1700000000^{date}|12 mars>"
    )
    assert stored == "@channel @here @styrelsen 12 mars"
    assert mrkdwn(stored) == stored


def test_words_for_email_and_documents() -> None:
    stored = from_slack(
        "Fråga <@U0ANNA|Anna Andersson> (<@U0NOBODY>) i <#C0RAD|brukarrad> om "
        "<https://x.se/?a=1&amp;b=2|R&amp;D> och <https://x.se> <mailto:a@x.se|a@x.se> "
        "<!here> &amp; &lt;2&gt;"
    )
    assert readable(stored) == (
        "Fråga Anna Andersson (U0NOBODY) i #brukarrad om R&D (https://x.se/?a=1&b=2) och "
        "https://x.se a@x.se @here & <2>"
    )
    assert mrkdwn(stored) == (
        "Fråga <@U0ANNA> (<@U0NOBODY>) i <#C0RAD|brukarrad> om "
        "<https://x.se/?a=1&amp;b=2|R&amp;D> och <https://x.se> <mailto:a@x.se|a@x.se> "
        "@here &amp; &lt;2&gt;"
    )


def test_a_person_is_a_mention_in_slack_only_by_a_slack_account() -> None:
    stored = written(
        [
            Named("person", "slack", "U0ANNA", "Anna"),
            " och ",
            Named("person", "teams", "29:1abc", "Bo <ordf.> 100 %|x"),
            " i ",
            Named("conversation", "teams", "19:xyz", "rådet"),
        ]
    )
    assert stored == (
        "<person:slack:U0ANNA|Anna> och <person:teams:29:1abc|Bo %3Cordf.%3E 100 %25|x> i "
        "<conversation:teams:19:xyz|rådet>"
    )
    assert mrkdwn(stored) == "<@U0ANNA> och Bo &lt;ordf.&gt; 100 %|x i #rådet"
    assert readable(stored) == "Anna och Bo <ordf.> 100 %|x i #rådet"


def test_only_a_web_mail_or_phone_address_is_a_link() -> None:
    typed = "<link:javascript:alert(1)|klicka> <link:tel:+4612345|ring> <person:x|y>"
    assert [p for p in pieces(typed) if not isinstance(p, str)] == [Linked("tel:+4612345", "ring")]
    assert mrkdwn(typed) == (
        "&lt;link:javascript:alert(1)|klicka&gt; <tel:+4612345|ring> &lt;person:x|y&gt;"
    )
    assert readable(typed) == "<link:javascript:alert(1)|klicka> ring (tel:+4612345) <person:x|y>"

"""Stored text (bot/core/written.py): decoded once from Slack, encoded once for Slack, and in
words for places that show no Slack markup."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adapters.slack.mrkdwn import mrkdwn
from adapters.slack.text import from_slack
from bot.core.written import readable
from devtools.localslack.composer import as_sent

# Typed text that holds Slack's special characters and their entity names, but no token.
TYPED = st.text(alphabet="aå &<>;ltgmp#@:/|\n", max_size=40)


@given(TYPED)
def test_text_as_slack_sends_it_is_stored_as_typed_and_shown_encoded_once(typed: str) -> None:
    sent = as_sent(typed)
    assert from_slack(sent) == typed
    assert mrkdwn(from_slack(sent)) == sent  # what Slack shows is what the person typed


def test_tokens_stay_whole_and_only_the_text_around_them_is_decoded() -> None:
    sent = "a &amp;lt; b <https://x.se/?a=1&amp;b=2|R&amp;D> &lt;3&gt; <@U0ANNA|anna>"
    stored = from_slack(sent)
    assert stored == "a &lt; b <https://x.se/?a=1&amp;b=2|R&amp;D> <3> <@U0ANNA|anna>"
    assert mrkdwn(stored) == (
        "a &amp;lt; b <https://x.se/?a=1&amp;b=2|R&amp;D> &lt;3&gt; <@U0ANNA>"
    )


def test_special_mentions_never_ping_from_the_bot() -> None:
    stored = "<!channel> <!here> <!subteam^S1|@styrelsen> <!date^1700000000^{date}|12 mars>"
    assert mrkdwn(stored) == "@channel @here @styrelsen 12 mars"


def test_words_for_email_and_documents() -> None:
    stored = (
        "Fråga <@U0ANNA|Anna Andersson> (<@U0NOBODY>) i <#C0RAD|brukarrad> om "
        "<https://x.se/?a=1&amp;b=2|R&amp;D> och <https://x.se> <mailto:a@x.se|a@x.se> "
        "<!here> & <2>"
    )
    assert readable(stored) == (
        "Fråga Anna Andersson (U0NOBODY) i #brukarrad om R&D (https://x.se/?a=1&b=2) och "
        "https://x.se a@x.se @here & <2>"
    )

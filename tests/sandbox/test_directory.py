"""People and channels found by what a person types; @names become Slack mentions."""

from __future__ import annotations

from adapters.console.directory import Channel, Directory, Person

ANNA = Person("U0ANNA", "anna", "Anna Andersson", "")
ANDERS = Person("U0ANDERS", "anders", "Anders Åberg", "")
BOT = Person("U0BOT", "brukarbot", "brukarbot", "")
RAD = Channel("C0RAD", "brukarrad-demo")
DIRECTORY = Directory((ANNA, ANDERS), (RAD, Channel("C0NY", "nytt-rad")), BOT)


def test_people_by_handle_id_or_start_of_name_exact_first() -> None:
    assert DIRECTORY.find_people("Anna") == [ANNA]
    assert DIRECTORY.find_people("@U0ANDERS") == [ANDERS]
    assert DIRECTORY.find_people("anders å") == [ANDERS]
    assert DIRECTORY.find_people("an") == [ANNA, ANDERS]
    assert DIRECTORY.find_people("brukarbot") == []  # the bot is nobody to play
    assert DIRECTORY.find_channels("#nytt") == [Channel("C0NY", "nytt-rad")]
    assert DIRECTORY.find_channels("brukarrad-demo") == [RAD]


def test_at_names_and_channels_become_mentions_as_slack_sends_them() -> None:
    typed = "ledamot @anna och @Brukarbot i #brukarrad-demo, mejla anna@example.se, @okänd #3"
    assert DIRECTORY.with_mentions(typed) == (
        "ledamot <@U0ANNA|anna> och <@U0BOT|brukarbot> i <#C0RAD|brukarrad-demo>, "
        "mejla anna@example.se, @okänd #3"
    )

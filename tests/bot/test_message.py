"""The neutral message form (bot.core.message) and its renderers: Slack's text and Block Kit
(adapters.slack.message), plain text, HTML and the console (bot.core.texts.letters). Each
escapes once for itself, keeps people's words inert, and keeps within its channel's limits."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from adapters.mail.letter import letter
from adapters.slack.ids import account
from adapters.slack.message import BUTTON_TEXT, HEADER, MAX_BLOCKS, SECTION_LIMIT, rendered
from bot.core.message import (
    Action,
    Actions,
    Bullets,
    Heading,
    Message,
    Paragraph,
    Words,
)
from bot.core.outbox import said_in, saying
from bot.core.ports.messenger import MailTo
from bot.core.texts import Ref
from bot.core.texts.letters import as_console, as_html, as_plain
from bot.core.texts.render import Link, Mention
from devtools.localslack.limits import message_problems

SARA = Mention("Sara Sekreterare", account("T", "U0SARA"))
# People's words as stored: plain, with a mention, a link and a special mention (its words).
TITLE = (
    "Ramp < 3 m & <person:slack:U0ANNA|Anna Andersson> <link:https://x.se/?a=1&b=2|listan> @here"
)


def _words(key: str, **params: object) -> Words:
    return Words(key, params, "sv")


# A message with one of everything: a heading with a name in it, a paragraph naming a person
# and nesting a phrase, a list of people's words, and two actions.
WELCOME = Words(
    "brukarrad.member.welcome",
    {
        "role": "ledamot",
        "forening": "",
        "council": "Råd & stöd",
        "channel": Ref("kind.word.stormöte"),
        "contact": SARA,
    },
    "sv",
)
EVERYTHING = Message(
    (
        Heading(_words("mail.greeting", name="Råd & <stöd>")),
        Paragraph(WELCOME),
        Bullets((_words("mail.greeting", name=TITLE), _words("kallelse.agenda"))),
        Actions(
            (
                Action("kallelse_read", _words("kallelse.button.read"), "m12", "primary"),
                Action(
                    "kallelse_open",
                    _words("kallelse.agenda"),
                    "m12",
                    url="https://brukarbot.example/m/12",
                ),
            )
        ),
    )
)


def test_a_message_is_stored_as_json_and_read_back_as_itself() -> None:
    meeting = Ref("meeting.label", params={"kind": Ref("kind.word.förmöte"), "when": "i dag"})
    message = Message(
        (
            *EVERYTHING.blocks,
            Paragraph(
                _words(
                    "punkt.notice.placed",
                    meeting=meeting,
                    hours=Ref("arvode.hours", Decimal("1.5")),
                    link=Link("https://x.se", "x"),
                    who=[SARA],
                )
            ),
        ),
        sender="Råd & stöd",  # a letter's From name and its greeting, stored with it
        greets=True,
    )
    stored = json.loads(json.dumps(saying(message)))
    assert stored["said"]["v"] == 2
    assert said_in(stored) == message


def test_a_row_queued_before_the_form_reads_as_one_paragraph_and_a_new_version_is_refused() -> None:
    old = {"text": "", "words": WELCOME.to_json()}
    assert said_in(old) == Message((Paragraph(WELCOME),))
    assert said_in({"text": "as composed"}) is None
    version_1 = {"v": 1, "blocks": [{"type": "paragraph", "words": WELCOME.to_json()}]}
    assert said_in({"said": version_1}) == Message((Paragraph(WELCOME),))
    with pytest.raises(ValueError, match="version 3"):
        said_in({"said": {"v": 3, "blocks": []}})


def test_slack_sends_paragraphs_as_a_text_one_a_line() -> None:
    shown = rendered(Message.of(WELCOME, _words("mail.greeting", name=TITLE)))
    assert shown.blocks is None
    first, second = shown.text.split("\n")
    assert "*Råd &amp; stöd*" in first and first.endswith("ställa till <@U0SARA>.")
    # People's words encoded once, their mention and link kept, @here only words.
    assert second == ("Hej Ramp &lt; 3 m &amp; <@U0ANNA> <https://x.se/?a=1&amp;b=2|listan> @here!")


def test_slack_writes_a_heading_a_list_and_actions_as_block_kit() -> None:
    shown = rendered(EVERYTHING)
    assert shown.blocks is not None and message_problems(shown.blocks) == []
    header, welcome, bullets, actions = shown.blocks
    # A header is plain text: no escaping, no mention.
    assert header["text"] == {"type": "plain_text", "text": "Hej Råd & <stöd>!", "emoji": True}
    assert welcome["text"]["text"].endswith("ställa till <@U0SARA>.")
    assert bullets["text"]["text"].startswith("• Hej Ramp &lt; 3 m &amp; <@U0ANNA>")
    read, agenda = actions["elements"]
    assert (read["action_id"], read["value"], read["style"]) == ("kallelse_read", "m12", "primary")
    assert agenda["url"] == "https://brukarbot.example/m/12" and "style" not in agenda
    # The text for notifications: everything but the buttons, in mrkdwn.
    assert shown.text.startswith("*Hej Råd &amp; &lt;stöd&gt;!*\n")
    assert "kallelse_read" not in shown.text and "\n• Hej Ramp &lt; 3 m" in shown.text


def test_slack_keeps_within_block_kits_limits() -> None:
    long = "ord " * 2000
    many = tuple(Action(f"a{n}", _words("mail.greeting", name=long), str(n)) for n in range(30))
    message = Message(
        (
            Heading(_words("mail.greeting", name=long)),
            Paragraph(_words("mail.greeting", name=long)),
            Bullets(tuple(_words("mail.greeting", name=long[:1500]) for _ in range(3))),
            Actions(many),
            *(Paragraph(_words("kallelse.agenda")) for _ in range(60)),
        )
    )
    shown = rendered(message)
    assert shown.blocks is not None and message_problems(shown.blocks) == []
    assert len(shown.blocks) == MAX_BLOCKS
    header, paragraph, bullet, bullet2, bullet3, buttons, more, *_ = shown.blocks
    assert len(header["text"]["text"]) == HEADER and header["text"]["text"].endswith("…")
    assert len(paragraph["text"]["text"]) == SECTION_LIMIT
    assert [len(b["text"]["text"].split("\n")) for b in (bullet, bullet2, bullet3)] == [1, 1, 1]
    assert len(buttons["elements"]) == 25 and len(more["elements"]) == 5
    assert len(buttons["elements"][0]["text"]["text"]) == BUTTON_TEXT


def test_slack_refuses_an_action_it_would_have_to_cut() -> None:
    action = Action("a", _words("kallelse.agenda"), "x" * 2001)
    with pytest.raises(ValueError, match="longer than Slack takes"):
        rendered(Message((Actions((action,)),)))


def test_plain_text_sets_paragraphs_apart_names_people_and_links_actions_with_an_address() -> None:
    text = as_plain(EVERYTHING)
    heading, welcome, bullets, links = text.split("\n\n")
    assert heading == "Hej Råd & <stöd>!"
    assert "i brukarrådet Råd & stöd" in welcome and welcome.endswith(
        "ställa till Sara Sekreterare."
    )
    assert bullets.split("\n")[0] == (
        "• Hej Ramp < 3 m & Anna Andersson listan (https://x.se/?a=1&b=2) @here!"
    )
    # The button a letter cannot press is left out; the one with an address is a link.
    assert links == "Dagordning: https://brukarbot.example/m/12"


def test_html_escapes_once_and_tags_each_block() -> None:
    text = as_html(EVERYTHING)
    heading, welcome, bullets, links = text.split("\n")
    assert heading == "<h2>Hej Råd &amp; &lt;stöd&gt;!</h2>"
    assert welcome.startswith("<p>") and "<strong>Råd &amp; stöd</strong>" in welcome
    assert bullets.startswith("<ul><li>Hej Ramp &lt; 3 m &amp; Anna Andersson listan")
    assert "&amp;amp;" not in text and "<!here>" not in text
    assert links == '<p><a href="https://brukarbot.example/m/12">Dagordning</a></p>'


def test_the_console_shows_marks_as_they_are_and_every_action_as_a_button() -> None:
    text = as_console(EVERYTHING)
    heading, welcome, first, second, buttons = text.split("\n")
    assert heading == "*Hej Råd & <stöd>!*"
    assert "*Råd & stöd*" in welcome and welcome.endswith("ställa till @Sara Sekreterare.")
    # People's words as stored: the sandbox's screen reads their tokens (adapters.console.render).
    assert (first, second) == (f"• Hej {TITLE}!", "• Dagordning")
    assert buttons == "[Jag har läst underlaget]  [Dagordning]"


def test_a_letter_greets_and_names_its_sender_only_when_the_message_does() -> None:
    to, bot = MailTo("anna@example.org", "Anna Andersson"), "Brukarbot <bot@example.org>"
    reminder = letter(Message.of(WELCOME), to, sender=bot, key="k", at=None)
    assert reminder["From"] == bot
    assert str(reminder.get_body(("plain",)).get_content()).startswith("Hej! Du är nu")
    said = Message((Paragraph(WELCOME),), sender="Råd & stöd", greets=True)
    kallelse = letter(said, to, sender=bot, key="k", at=None)
    assert kallelse["From"] == "Råd & stöd <bot@example.org>"  # the council, at the bot's address
    assert str(kallelse.get_body(("plain",)).get_content()).startswith("Hej Anna!\n\nHej! Du")

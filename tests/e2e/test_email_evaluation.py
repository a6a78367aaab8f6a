"""The evaluations reach a member with no chat account by email (issue 22): after a meeting
she was at, and in the month of the council's own evaluation of its goals, she gets the same
questions as a letter whose answers are links of her own. Opening one only shows it (a mail
scanner opens links); its button counts the answer, as anonymously as a tap in a chat, once:
a second tap says it is counted already. Against a real SMTP server and the member page over
HTTP (Flask's client)."""

from __future__ import annotations

import re
from datetime import datetime
from email.message import EmailMessage
from html import unescape
from urllib.parse import parse_qs, urlsplit

from flask.testing import FlaskClient
from sqlalchemy import select

from adapters.console.stack import LocalStack
from adapters.storage.models import (
    EvaluationAnswered,
    EvaluationTally,
    GoalAnswered,
    GoalTally,
    MemberLink,
)
from bot.core.clock import ManualClock
from tests.conftest import STOCKHOLM
from tests.e2e import test_email_members as members
from tests.e2e.attendance_steps import person_id, plan
from tests.e2e.cast import ANNA, RAD, SARA, say
from tests.e2e.smtp_inbox import PUBLIC, Inbox
from tests.e2e.test_email_members import (
    AFTER,
    CSRF,
    DURING,
    EVA,
    MEETING,
    add_eva,
    browser,
    confirm,
    eva,
    page,
    text_of,
)

ANSWER_LINK = re.compile(re.escape(PUBLIC) + r"/m/svara/[\w-]+\?[^\s\"<]+")
GOAL = "Brukarna är med från början när verksamheten planerar förändringar"


# The stack sending email, the member page served at PUBLIC (as the members' tests have it).
stack = members.stack


def answer_links(message: EmailMessage) -> dict[str, str]:
    """Each answer's link in the letter, by the button it stands for and what it answers."""
    links = {}
    for link in ANSWER_LINK.findall(text_of(message)):
        query = parse_qs(urlsplit(link).query)
        links[f"{query['knapp'][0]} {query['svar'][0]}"] = link
    return links


def tap(client: FlaskClient, link: str) -> str:
    """Open the link and press the page's button; what the page then says."""
    opened = client.get(link.removeprefix(PUBLIC))
    assert opened.status_code == 200
    shown = opened.get_data(as_text=True)
    [csrf] = CSRF.findall(shown)
    fields = dict(re.findall(r'name="(knapp|svar)" value="([^"]*)"', shown))
    path = urlsplit(link).path
    pressed = client.post(path, data={"csrf": csrf, **{k: unescape(v) for k, v in fields.items()}})
    assert pressed.status_code == 200
    return pressed.get_data(as_text=True)


def test_an_email_member_answers_the_evaluation_after_a_meeting_by_a_link_once_without_her_name(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    confirm(stack, add_eva(stack, inbox))
    meeting = plan(stack, MEETING)
    clock.set(DURING)
    stack.driver.command(SARA, RAD, "/narvaro", str(meeting))
    view = stack.slack.open_view(SARA)
    assert view is not None
    her, anna = eva(stack).id, person_id(stack, ANNA)
    stack.driver.view_submission(
        SARA,
        view["id"],
        {f"presence_{her}": {"value": "närvarande"}, f"presence_{anna}": {"value": "närvarande"}},
    )
    clock.set(AFTER)
    stack.tick(clock.now())

    [letter] = [m for m in inbox.to(EVA) if m["Subject"].startswith("Hur var stormötet")]
    text = text_of(letter)
    assert "Tre korta frågor om hur det var" in text and "Hur var mötet?" in text
    links = answer_links(letter)
    assert sorted(links) == sorted(
        f"evaluation_answer_{c} {meeting}:{q}" for q in (1, 2, 3) for c in (1, 2, 3)
    )
    for link in links.values():  # in the HTML too, as links in words
        assert f'href="{link.replace("&", "&amp;")}"' in text_of(letter, "text/html")
    good = links[f"evaluation_answer_1 {meeting}:1"]
    bad = links[f"evaluation_answer_3 {meeting}:1"]

    def tallies() -> dict[tuple[int, int], int]:
        with stack.services.uow() as uow:
            return {
                (t.question, t.choice): t.count
                for t in uow.session.scalars(
                    select(EvaluationTally).where(EvaluationTally.meeting_id == meeting)
                )
            }

    client = browser(page(stack))
    opened = client.get(good.removeprefix(PUBLIC)).get_data(as_text=True)
    assert "Hur var mötet?" in opened and "Ditt svar: Bra" in opened
    assert sum(tallies().values()) == 0  # opening the link (a scanner) counts nothing

    assert "Tack! Ditt svar är räknat, utan ditt namn." in tap(client, good)
    assert tallies()[(1, 1)] == 1 and sum(tallies().values()) == 1
    # A second tap, on another answer to the same question, says it is counted already.
    again = client.get(bad.removeprefix(PUBLIC)).get_data(as_text=True)
    assert "redan räknat" in again and "Skicka svaret" not in again
    forced = client.post(
        urlsplit(bad).path,
        data={
            "csrf": CSRF.findall(opened)[0],  # the session's (a form kept open, sent late)
            "knapp": "evaluation_answer_3",
            "svar": f"{meeting}:1",
        },
    )
    assert "redan räknat" in forced.get_data(as_text=True)
    assert tallies()[(1, 3)] == 0 and sum(tallies().values()) == 1
    # Another question of the same letter is answered on its own, or not at all.
    assert "Tack!" in tap(client, links[f"evaluation_answer_2 {meeting}:3"])

    with stack.services.uow() as uow:
        answered = sorted(
            (a.person_id, a.question) for a in uow.session.scalars(select(EvaluationAnswered))
        )
        # Her link is kept as it was issued: nothing on it says when or what she answered.
        [kept] = uow.session.scalars(select(MemberLink).where(MemberLink.purpose == "answer"))
        assert (kept.person_id, kept.used_at, kept.revoked_at) == (her, None, None)
    assert answered == [(her, 1), (her, 3)]  # that she answered, never what
    assert tallies()[(3, 2)] == 1

    # A link that is not one: refused in words, nothing counted.
    wrong = client.get(f"/m/svara/nope?knapp=evaluation_answer_1&svar={meeting}:2")
    assert wrong.status_code == 410 and "känner jag inte till" in wrong.get_data(as_text=True)
    assert sum(tallies().values()) == 2


def test_an_email_member_answers_the_councils_own_evaluation_of_its_goals_by_a_link(
    stack: LocalStack, inbox: Inbox, clock: ManualClock
) -> None:
    confirm(stack, add_eva(stack, inbox))
    assert "Klart" in say(stack, SARA, RAD, "/brukarrad", f"mål lägg till {GOAL}")
    say(stack, SARA, RAD, "/brukarrad", "årshjul lägg till december utvärdering")
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=STOCKHOLM))
    stack.tick(clock.now())

    [letter] = [m for m in inbox.to(EVA) if "egen utvärdering" in text_of(m)]
    assert GOAL in text_of(letter)
    links = answer_links(letter)
    assert len(links) == 3 and all(k.startswith("goal_answer_") for k in links)
    [well] = [link for key, link in links.items() if key.startswith("goal_answer_1 ")]
    client = browser(page(stack))
    opened = client.get(well.removeprefix(PUBLIC)).get_data(as_text=True)
    assert GOAL in opened and "Ditt svar: Väl" in opened
    assert "Tack! Ditt svar är räknat, utan ditt namn." in tap(client, well)
    assert "redan räknat" in tap_again(client, well)

    her = eva(stack).id
    with stack.services.uow() as uow:
        tallies = {(t.choice): t.count for t in uow.session.scalars(select(GoalTally))}
        answered = [(a.person_id) for a in uow.session.scalars(select(GoalAnswered))]
    assert tallies == {1: 1, 2: 0, 3: 0}
    assert answered == [her]


def tap_again(client: FlaskClient, link: str) -> str:
    return client.get(link.removeprefix(PUBLIC)).get_data(as_text=True)

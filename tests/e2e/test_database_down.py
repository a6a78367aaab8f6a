"""The database stops: nobody who wrote to the bot is left in silence. Each is told at once
that nothing was saved and to try again; once the database is back, the same works."""

from __future__ import annotations

from adapters.console.stack import LocalStack
from bot.kallelse.message import ANSWER
from tests.e2e.cast import ANNA, LINA, RAD, SARA, council_with_members, say
from tests.throwaway_postgres import ThrowawayPostgres

NOT_SAVED = "Jag kan inte spara något just nu"


def test_with_the_database_down_every_request_is_answered_and_nothing_half_done(
    pg_stack: LocalStack, postgres: ThrowawayPostgres
) -> None:
    stack = pg_stack
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    preview = stack.driver.command(SARA, RAD, "/kallelse")
    stack.driver.block_action(
        SARA, action_id="kallelse_send", message_ts=preview.reply_ts, channel_id=RAD
    )
    dm = stack.slack.dm_channel(ANNA)
    kallelse = next(m for m in reversed(stack.slack.messages(dm)) if ANSWER in str(m))
    postgres.stop()
    assert NOT_SAVED in say(stack, ANNA, RAD, "/punkt", "Hörslinga i lokalen")
    assert NOT_SAVED in say(stack, ANNA, RAD, "/dagordning")
    written = stack.driver.message(LINA, RAD, "punkt: Tolk vid besök")
    assert written.ok
    told = stack.slack.ephemerals(user=LINA)  # the writer's business, not the channel's
    assert NOT_SAVED in told[-1]["text"], told
    pressed = stack.driver.block_action(
        ANNA, action_id=f"{ANSWER}_coming", message_ts=kallelse["ts"], channel_id=dm
    )
    assert pressed.ok
    assert NOT_SAVED in str(pressed.answer), pressed.answer
    postgres.start()
    assert "Tack!" in say(stack, ANNA, RAD, "/punkt", "Hörslinga i lokalen")


def test_a_form_sent_with_the_database_down_stays_open_and_says_so(
    pg_stack: LocalStack, postgres: ThrowawayPostgres
) -> None:
    """A form is answered in its own request: it tells the person on its first field, and
    keeps what they wrote, so they can send it again once the database is back."""
    stack = pg_stack
    council_with_members(stack)
    say(stack, SARA, RAD, "/mote", "torsdag 3 december kl 13")
    stack.driver.command(ANNA, RAD, "/punkt", "")
    view = stack.slack.open_view(ANNA)
    assert view is not None
    values = {"title": {"value": "Hörslinga i lokalen"}}
    postgres.stop()
    refused = stack.driver.view_submission(ANNA, view["id"], values)
    assert refused.status == 200 and refused.body["response_action"] == "errors"
    assert NOT_SAVED in refused.body["errors"]["title"]
    assert stack.slack.open_view(ANNA) is not None  # still open, with what she wrote
    postgres.start()
    saved = stack.driver.view_submission(ANNA, view["id"], values)
    assert saved.status == 200 and saved.body in ("", {})
    assert "Tack! Din punkt *Hörslinga i lokalen*" in stack.slack.ephemerals(user=ANNA)[-1]["text"]

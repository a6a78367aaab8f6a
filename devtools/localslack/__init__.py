"""The local Slack: Slack's Web API and its deliveries to the bot, on localhost.

``LocalSlack`` answers the Web API as Slack does and records what it was sent; ``Driver``
delivers signed slash commands, events and interactions to the bot's HTTP endpoint. The
sandbox and the end-to-end tests both run the real Bolt app against them::

    slack = LocalSlack()
    slack.start()  # SLACK_API_URL = slack.api_url, SLACK_BOT_TOKEN = slack.bot_token
    slack.add_user("U0ANNA", "anna")
    slack.add_channel("C0RAD", "brukarrad", members=["U0ANNA"])
    # ... run Bolt (process_before_response=True) on http://127.0.0.1:3000/slack/events
    driver = Driver(slack, "http://127.0.0.1:3000/slack/events", signing_secret)
    delivery = driver.command("U0ANNA", "C0RAD", "/dagordning")
    delivery.responses, slack.messages("C0RAD"), slack.calls_to("chat.postMessage")
"""

from devtools.localslack.blockkit import state_values
from devtools.localslack.driver import Delivery, Driver, sign
from devtools.localslack.faults import FaultRule, Faults
from devtools.localslack.router import Call
from devtools.localslack.server import LocalSlack

__all__ = [
    "Call",
    "Delivery",
    "Driver",
    "FaultRule",
    "Faults",
    "LocalSlack",
    "sign",
    "state_values",
]

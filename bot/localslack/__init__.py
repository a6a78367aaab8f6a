"""The local Slack: Slack's Web API and its deliveries to the bot, on localhost.

``LocalSlack`` answers the Web API as Slack does and records what it was sent; ``Driver``
delivers signed slash commands, events and interactions to the bot's HTTP endpoint. The
sandbox and the end-to-end tests both run the real Bolt app against them.
"""

from bot.localslack.blockkit import state_values
from bot.localslack.driver import Delivery, Driver, sign
from bot.localslack.faults import FaultRule, Faults
from bot.localslack.router import Call
from bot.localslack.server import LocalSlack

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

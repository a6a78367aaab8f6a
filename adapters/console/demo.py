"""The sandbox's demo workspace.

People and channels live in the local Slack's memory, so they are added on every start with
fixed ids that match what the database remembers. The demo council is made the way a
secretary makes one, with the real commands, so the database holds exactly what real use
produces; a later start finds it there and leaves it alone.
"""

from __future__ import annotations

from adapters.console.directory import Channel, Directory, Person
from adapters.console.stack import LocalStack
from adapters.slack.ids import conversation

SARA = Person("U0SARA", "sara", "Sara Sekreterare", "sandbox.about.sara")
OLLE = Person("U0OLLE", "olle", "Olle Ordförande", "sandbox.about.olle")
ANNA = Person("U0ANNA", "anna", "Anna Andersson", "sandbox.about.anna")
LINA = Person("U0LINA", "lina", "Lina Lind", "sandbox.about.lina")
ERIK = Person("U0ERIK", "erik", "Erik Ersättare", "sandbox.about.erik")
VERA = Person("U0VERA", "vera", "Vera Verksamhet", "sandbox.about.vera")
NILS = Person("U0NILS", "nils", "Nils Nilsson", "sandbox.about.nils")
PEOPLE = (SARA, OLLE, ANNA, LINA, ERIK, VERA, NILS)

DEMO_CHANNEL = Channel("C0DEMO", "brukarrad-demo")
NEW_CHANNEL = Channel("C0NYTT", "nytt-rad")

COUNCIL = "Brukarrådet Psykiatri Väst"
# What the secretary types after creating the council (names as typed, Slack adds the ids).
MEMBERS = (
    "@olle ordförande RSMH Väst",
    "@anna ledamot RSMH Väst",
    "@anna justerare RSMH Väst",
    "@lina ledamot Attention",
    "@erik ersättare Attention",
    "@vera verksamhet",
)


class DemoError(RuntimeError):
    """The bot did not make the demo council; the sandbox runs on without it."""


def seed_workspace(stack: LocalStack) -> Directory:
    """Everyone is in both channels, Nils too: a channel member who is not in the council."""
    slack = stack.slack
    for person in PEOPLE:
        slack.add_user(person.user_id, person.handle, real_name=person.name)
    everyone = [p.user_id for p in PEOPLE]
    for channel in (DEMO_CHANNEL, NEW_CHANNEL):
        slack.add_channel(channel.channel_id, channel.name, members=everyone)
    info = slack.user(slack.bot_user_id)
    bot = Person(slack.bot_user_id, info["name"], info["real_name"], "sandbox.about.bot")
    return Directory(PEOPLE, (DEMO_CHANNEL, NEW_CHANNEL), bot)


def seed_council(stack: LocalStack, directory: Directory) -> bool:
    """Make the demo council unless the database has it; True when made now."""
    if has_council(stack):
        return False
    for text in [f"skapa {COUNCIL}", *(f"ledamot {member}" for member in MEMBERS)]:
        delivery = stack.driver.command(
            SARA.user_id, DEMO_CHANNEL.channel_id, "/brukarrad", directory.with_mentions(text)
        )
        if not delivery.ok:
            raise DemoError(f"/brukarrad {text}: HTTP {delivery.status}")
    if not has_council(stack):
        raise DemoError(f"/brukarrad skapa {COUNCIL}: no council")
    return True


def has_council(stack: LocalStack) -> bool:
    with stack.services.uow() as uow:
        where = conversation(stack.slack.team_id, DEMO_CHANNEL.channel_id)
        found = uow.directory.council(where)
        return found is not None

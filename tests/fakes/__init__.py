"""Fakes of our own for the ports (bot.core.ports): the domain's unit tests run on these,
with no database and no network."""

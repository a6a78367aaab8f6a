"""What every context shares: the neutral message form (bot.core.message) and the ports
through which the domain touches the world (bot.core.ports)."""

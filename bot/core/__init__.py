"""What every context shares: the neutral message form (bot.core.message)."""

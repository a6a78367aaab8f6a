"""Entrypoints' wiring: settings, the services built from them, the inbox, the scheduler
and the work done after an acknowledgement; the CLI (bot/__main__.py) starts them."""

"""The local Teams: the Bot Framework's side of a Teams bot, on localhost (see server.py)."""

"""Microsoft Teams: activities in on /api/messages (http.py, auth.py, listeners.py), the bot's
messages out through the Bot Connector (messenger.py, connector.py) as Adaptive Cards
(card.py), the Teams app package (package.py, icons.py) and Teams' name as a platform
(ids.py)."""

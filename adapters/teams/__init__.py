"""Microsoft Teams: the bot's messages as Adaptive Cards (card.py), the Teams app package
(package.py, icons.py) and Teams' name as a platform (ids.py)."""

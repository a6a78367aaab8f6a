"""Tools for development and tests, not the product: the local Slack."""

"""Adapters: how people reach the domain (Slack, email, the sandbox's console, the member
page) and where it keeps its data (storage). Only here is a platform named."""

"""The sandbox: the local Slack and the real bot together, for newcomers and for tests."""

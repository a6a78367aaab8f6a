"""The console: a terminal chat with the real bot through the local Slack (the sandbox),
for newcomers and for tests."""

"""The runtime edge: what talks to Slack and runs on a schedule, outside the domain."""

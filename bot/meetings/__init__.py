"""Meetings: planned, moved and cancelled; which meeting a request means,
and how a meeting is named in messages."""

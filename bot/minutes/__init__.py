"""Minutes (protokoll): captured as lines in the event log, always rendered from it.

lines: the grammar of a line and the agenda it is written against; capture: writing and
editing; record: the log replayed into what the minutes say; facts: what they state about
the meeting; outcomes: what they mean for each point; render: the document; archive: its
files; justering: approval and the lock; publish: out to the council, with action items and
återkoppling; access: finding the minutes a request is about; service: all of it as one.
"""

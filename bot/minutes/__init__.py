"""Minutes (protokoll): captured as lines in the event log and rendered from it; the
version that is approved is kept as it read.

lines: the grammar of a line and the agenda it is written against; capture: writing and
editing; choose: the meeting's justerare; record: the log replayed into what the minutes
say; facts: what they state about the meeting; outcomes: what they mean for each point;
render: the document; archive: its files; justering: approval and the lock; snapshot: the
approved version as it read; publish: out to the council, with action items and
återkoppling; access: finding the minutes a request is about; service: all of it as one.
"""

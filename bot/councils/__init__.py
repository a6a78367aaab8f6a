"""Councils and their members: roles, föreningar, seats that may be vacant,
the chair's audit log, and each person's overview of their councils."""

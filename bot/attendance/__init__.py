"""Attendance: answers before a meeting, the register during it, the
ersättare asked in someone's place, and each förening's statistics."""

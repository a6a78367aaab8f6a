"""Personal data: what is stored about a person, their export, erasure and retention.

Membership of these councils can reveal health (shared/domain.md, "Sensitivity"), so a
person can see and erase their own data, and people who left are erased after the
council's retention period. The record (the register, settled points) stays, under the
pseudonym below; approved minutes stay as they were approved, name and all.
"""

from __future__ import annotations

# What an erased person is called wherever the record still shows them.
FORMER = "f.d. ledamot"

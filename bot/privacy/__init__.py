"""Personal data: what is stored about a person, their export, erasure and retention.

Membership of these councils can reveal health (shared/domain.md, "Sensitivity"), so a
person can see and erase their own data, and people who left are erased after the
council's retention period. The record (the register, settled points) stays, under the
pseudonym below; approved minutes stay as they were approved, name and all.
"""

from __future__ import annotations

# What an erased person is called wherever the record still shows them: a member (ledamot,
# ersättare, an officer) as a former member; someone who was only ever a guest at a meeting
# was never one (shared/domain.md: a guest is invited to one meeting), so as a former guest.
FORMER = "f.d. ledamot"
FORMER_GUEST = "f.d. gäst"

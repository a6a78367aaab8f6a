"""The kallelse (summons): what it says and to whom, sent exactly once."""

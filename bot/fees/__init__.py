"""Fees: the basis from the register under the council's rules, people's own
pay data, and the basis as a CSV file."""

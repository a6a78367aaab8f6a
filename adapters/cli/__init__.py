"""The command line (contract, ../shared/architecture.md): `python -m bot …` lands here, and
picks the adapters each command runs on."""

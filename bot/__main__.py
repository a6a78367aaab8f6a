"""`python -m bot` (the CLI contract): the command line is an adapter (adapters/cli/main.py)."""

from __future__ import annotations

import sys

from adapters.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())

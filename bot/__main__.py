"""`python -m bot` (the CLI contract): the command line is an adapter (adapters/cli/main.py)."""

from __future__ import annotations

from adapters.runtime.process import end, starting

if __name__ == "__main__":
    starting()  # before the imports below: the collector is off while the process starts

from adapters.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    end(main())

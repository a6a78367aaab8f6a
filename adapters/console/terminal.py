"""Lines in and out: typed at a terminal, or read from a script and echoed after the prompt so
that a transcript reads as if someone had typed it."""

from __future__ import annotations

from typing import TextIO


class Terminal:
    def __init__(self, stdin: TextIO, stdout: TextIO, *, interactive: bool) -> None:
        self._in = stdin
        self._out = stdout
        self.interactive = interactive
        if interactive:
            import readline  # noqa: F401  (line editing and history for input())

    def ask(self, prompt: str) -> str | None:
        """The next line without its newline; None at the end of input (Ctrl-D)."""
        if self.interactive:
            try:
                return input(prompt)
            except EOFError:
                self._out.write("\n")
                return None
        line = self._in.readline()
        if not line:
            return None
        line = line.rstrip("\r\n")
        self._out.write(f"{prompt}{line}\n")
        return line

    def say(self, text: str = "") -> None:
        self._out.write(text + "\n")
        self._out.flush()

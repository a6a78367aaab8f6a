"""Dataclasses' generated methods compiled once, not at every start of a process.

`@dataclass` writes a class's methods (`__init__`, `__repr__`, `__eq__`, and for a frozen one
`__hash__`, `__setattr__`, `__delattr__`) as source text and compiles each at class creation:
about 340 classes and 2,000 compiles before `serve` answers, 88 classes in a `tick`, and
compiling is most of what a dataclass costs (issue 20). Python keeps no compiled copy of that
text as it does of modules, so `install` keeps one: the code compiled from each text, in a file
beside this module's bytecode, read when the process starts and written at its exit when it
compiled something new. The text is the key, so a changed class is compiled afresh and
nothing stale is used: what runs is the code the standard library compiles from that text
(as `exec` would: this module's own `from __future__` flags are not inherited).

It hooks the one `exec` in `dataclasses` (its module global, which the builtin stands behind):
nothing else of the standard library is touched, and where the file cannot be read or written
every class is compiled as before.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

# Marshalled code objects are only read by the interpreter that wrote them: its tag and magic.
CACHE = Path(__file__).with_name("__pycache__") / (
    f"dataclass-code.{sys.implementation.cache_tag}.{MAGIC_NUMBER.hex()}.marshal"
)
LIMIT = 20_000  # texts kept at most; past it the file starts afresh (classes edited over time)


class Codes:
    """The compiled code of each text seen, and how many this process compiled itself."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[str, CodeType] = _read(path)
        self.new: dict[str, CodeType] = {}

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """`exec` as `dataclasses` calls it, with the text compiled once."""
        if isinstance(source, str):
            code = self.known.get(source) or self.new.get(source)
            if code is None:
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.new[source] = code
            source = code
        if globals is None:  # as in the frame of dataclasses that called it
            globals = vars(dataclasses)
        builtins.exec(source, globals, locals)

    def keep(self) -> None:
        """Write what is known with what was compiled, whole or not at all (another process may
        be reading it); nothing when nothing was compiled."""
        if not self.new:
            return
        kept = {} if len(self.known) + len(self.new) > LIMIT else dict(self.known)
        kept.update(self.new)
        import tempfile  # at the exit of a process that compiled something, not at its start

        try:
            self.path.parent.mkdir(exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "wb", dir=self.path.parent, suffix=".tmp", delete=False
            ) as out:
                marshal.dump(kept, out)
            os.chmod(out.name, 0o644)  # readable by the processes' user (the image makes it)
            os.replace(out.name, self.path)
        except (OSError, ValueError):
            pass  # a read-only install: compiled at every start instead
        self.known, self.new = kept, {}


def _read(path: Path) -> dict[str, CodeType]:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def install(path: Path = CACHE) -> Codes:
    """From now on, dataclasses' methods come from `path` where it has them; what is new is
    written there at exit."""
    codes = Codes(path)
    dataclasses.exec = codes.exec  # type: ignore[attr-defined]
    atexit.register(codes.keep)
    return codes


def uninstall() -> None:
    """`dataclasses` back to the builtin `exec` (for tests)."""
    vars(dataclasses).pop("exec", None)


if __name__ == "__main__":
    # `python -m adapters.runtime.dataclass_code`: the file made for what `serve`, `worker`
    # and `tick` define as they start (the image and the benches run it, as they compile).
    install()
    import adapters.runtime.scheduler
    import adapters.runtime.services
    import adapters.runtime.tick
    import adapters.slack.app
    import adapters.slack.http
    import adapters.slack.run  # noqa: F401

"""`python -m bot` as a process, from its first import to its exit.

A start builds objects that live as long as the process (modules, mapped classes, the app):
hundreds of thousands of them, which the cyclic collector would look through again and again
while they are being made. So the collector is off while a process starts (`starting`, in
bot/__main__.py) and on again, with what the start built frozen out of its passes, once the
command has built what it runs on (`started`). A process whose command has returned and left
nothing running ends without tearing its modules down one by one (`end`): a tick, started
every minute, would otherwise spend about a tenth of its time there. Exit handlers still run
and the standard streams are flushed, as at any exit.

The methods dataclasses write are compiled once, not at every start
(adapters/runtime/dataclass_code.py).

Called in-process (tests call adapters.cli.main.main) none of this happens: `started` does
nothing where the collector was never turned off.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from typing import NoReturn


def starting() -> None:
    gc.disable()
    # Dataclasses' methods from the copy compiled by an earlier start (a sixth of serve's).
    from adapters.runtime.dataclass_code import install

    install()


def started() -> None:
    """The command has built what it runs on: collection on, what was built left out of it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def end(code: int) -> NoReturn:
    """Exit with `code`: at once when only this thread is left, else as Python exits (which
    waits for the others)."""
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()  # logging's flush and close, weakref finalizers, anyone's handlers
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

"""`python -m bot` as a process (adapters/runtime/process.py): it starts with the cyclic
collector off, on again once the command has built what it runs on, and a finished process
ends without tearing its modules down, its exit handlers run and what it wrote flushed."""

from __future__ import annotations

import gc
import importlib
import subprocess
import sys

from adapters.runtime.process import started
from tests.processes import ROOT

ENDING = """
import atexit, sys
from adapters.runtime.process import end

class Kept:
    def __del__(self) -> None:
        sys.stderr.write("torn down\\n")

kept = Kept()  # a module's global: deleted only when the modules are torn down
atexit.register(lambda: sys.stderr.write("exit handler\\n"))
sys.stdout.write("written")  # no newline: still in the buffer
end(3)
"""

STARTING = """
import gc
from adapters.runtime.process import started, starting

starting()
off = not gc.isenabled()
built = [[n] for n in range(1000)]
started()
print(off, gc.isenabled(), gc.get_freeze_count() >= 1000)
"""


def _python(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_a_finished_process_ends_after_its_exit_handlers_without_a_teardown() -> None:
    ended = _python(ENDING)
    assert ended.returncode == 3
    assert ended.stdout == "written"
    assert ended.stderr == "exit handler\n"


def test_the_collector_is_off_while_a_process_starts_and_on_with_what_it_built_frozen() -> None:
    assert _python(STARTING).stdout.split() == ["True", "True", "True"]


def test_imported_rather_than_run_the_entry_point_leaves_the_collector_alone() -> None:
    importlib.reload(importlib.import_module("bot.__main__"))
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    started()
    assert gc.get_freeze_count() == frozen

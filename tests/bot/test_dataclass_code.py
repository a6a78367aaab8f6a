"""Dataclasses' methods compiled once (adapters/runtime/dataclass_code.py, issue 20): a
second process compiles none of what the first did, and its classes behave as the standard
library's; `python -m bot` keeps the copy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Classes of every shape the code uses, and what each does, as JSON.
DEFINE_AND_USE = """
import dataclasses, json, sys
from dataclasses import dataclass, field
from adapters.runtime import dataclass_code

codes = dataclass_code.install(dataclass_code.Path(sys.argv[1])) if sys.argv[1] else None

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()

@dataclass
class Box:
    name: str
    items: list[int] = field(default_factory=list)
    hidden: str = field(default="", repr=False, compare=False)

@dataclass(order=True, kw_only=True)
class Ranked:
    rank: int
    label: str = "x"

try:
    Point(1).x = 2
    frozen = "no"
except dataclasses.FrozenInstanceError:
    frozen = "yes"
box = Box("a")
box.items.append(1)
print(json.dumps({
    "compiled": None if codes is None else len(codes.new),
    "reprs": [repr(Point(1, 2, ("t",))), repr(box), repr(Ranked(rank=2))],
    "equal": [Point(1) == Point(1, 0), Box("a", hidden="h") == Box("a"), Box("a") == Box("b")],
    "hashes_alike": hash(Point(1, 2)) == hash(Point(1, 2)),
    "frozen": frozen,
    "fresh_list": Box("b").items,
    "ordered": sorted([Ranked(rank=3), Ranked(rank=1)])[0].rank,
    "fields": [f.name for f in dataclasses.fields(Box)],
    "init": str(__import__("inspect").signature(Box)),
}))
"""


def _run(cache: str) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", DEFINE_AND_USE, cache],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(run.stdout)


def test_a_second_process_compiles_no_method_the_first_did_and_behaves_the_same(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "codes.marshal"
    first = _run(str(cache))
    assert cache.stat().st_mode & 0o444 == 0o444  # made by the image's root, read by its user
    assert first["compiled"] == 16  # 6 + 3 + 7 methods
    second = _run(str(cache))
    assert second["compiled"] == 0
    as_ever = _run("")  # the standard library alone
    for run in (first, second):
        assert {k: v for k, v in run.items() if k != "compiled"} == {
            k: v for k, v in as_ever.items() if k != "compiled"
        }


def test_an_unreadable_copy_is_compiled_afresh(tmp_path: Path) -> None:
    cache = tmp_path / "codes.marshal"
    cache.write_bytes(b"not marshal")
    assert _run(str(cache))["compiled"] == 16
    assert _run(str(cache))["compiled"] == 0


def test_python_m_bot_keeps_the_copy_for_the_next_start() -> None:
    from adapters.runtime.dataclass_code import CACHE

    CACHE.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "bot", "--help"],
        cwd=ROOT, capture_output=True, check=True,
    )  # fmt: skip
    assert CACHE.exists()  # argparse's help defines none of ours, but the start's modules do

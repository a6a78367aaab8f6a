"""The README's two commands are the contract for a fresh machine; CI runs the second."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_gives_a_run_command_then_a_test_command() -> None:
    run, test = _commands()[:2]
    assert run.endswith("python -m bot")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_exactly() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _commands()[1] in ci_lines


def test_procfile_has_web_and_worker() -> None:
    procfile = (ROOT / "Procfile").read_text(encoding="utf-8")
    assert re.search(r"^web: python -m bot serve$", procfile, re.M)
    assert re.search(r"^worker: python -m bot worker$", procfile, re.M)

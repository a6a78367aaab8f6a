"""Reproducible installs: every dependency is bounded below its next major version, and the
constraints file that the README's commands and CI install with pins each one, so a new
release upstream cannot break a deploy or a test run until the file is updated."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
UNCAPPED = {"tzdata"}  # the time-zone rules must stay current


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return [Requirement(line) for line in listed]


def _pinned() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = [line.split("==") for line in lines if line and not line.startswith("#")]
    return {canonicalize_name(name): version for name, version in pins}


def test_every_dependency_has_an_upper_bound() -> None:
    uncapped = [
        str(r)
        for r in _requirements()
        if r.name not in UNCAPPED
        and not any(s.operator in ("<", "<=", "==", "~=") for s in r.specifier)
    ]
    assert uncapped == []


def test_the_constraints_pin_every_dependency_within_its_bounds() -> None:
    pinned = _pinned()
    for requirement in _requirements():
        version = pinned.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is not in constraints.txt"
        assert requirement.specifier.contains(version), f"{requirement.name}=={version}"


def test_installs_use_the_constraints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    installs = [line for line in readme.splitlines() if line.startswith("python3 -m venv")]
    assert len(installs) == 2 and all("-c constraints.txt" in line for line in installs)
    assert "-c constraints.txt" in (ROOT / "Dockerfile").read_text(encoding="utf-8")

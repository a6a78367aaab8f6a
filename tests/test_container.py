"""The container image (Dockerfile) and compose.yaml. This machine has no container engine
and cannot pull a base image, so the image is not built here: hadolint lints the Dockerfile,
and the tests read what a region's IT relies on: one image for every process of the
Procfile, a non-root user, a health check on /readyz, settings from the environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _instructions() -> list[tuple[str, str]]:
    joined = DOCKERFILE.replace("\\\n", " ")
    lines = [line.strip() for line in joined.splitlines()]
    return [
        (line.split(maxsplit=1)[0].upper(), line.split(maxsplit=1)[1])
        for line in lines
        if line and not line.startswith("#")
    ]


def test_hadolint_finds_nothing() -> None:
    hadolint = Path(sys.executable).with_name("hadolint")
    linted = subprocess.run(
        [str(hadolint), "--no-color", "--failure-threshold", "info", "-"],
        input=DOCKERFILE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_the_image_runs_as_a_numeric_non_root_user_and_checks_readiness() -> None:
    found = dict(_instructions())  # the last of each kind wins, as in a build
    assert found["FROM"].startswith("python:3.11-slim")
    assert found["USER"].isdigit() and found["USER"] != "0"
    assert "/readyz" in found["HEALTHCHECK"]
    assert found["CMD"] == '["python", "-m", "bot", "serve"]'


def test_compose_runs_the_procfile_s_processes_from_the_one_image() -> None:
    procfile = dict(
        line.split(": ", 1)
        for line in (ROOT / "Procfile").read_text(encoding="utf-8").splitlines()
        if line
    )
    services = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))["services"]
    for name, command in procfile.items():
        service = services[name]
        assert service["build"] == "."
        run = " ".join(service.get("command", ["python", "-m", "bot", "serve"]))
        assert run == command, name
    assert services["worker"]["healthcheck"]["test"][-1] == "ready"
    assert services["web"]["environment"]["DATABASE_URL"].startswith("postgres://")

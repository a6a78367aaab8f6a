"""A PostgreSQL server of the test's own, in a temporary directory on a free port.

Tests that stop or restart a database use this, never the machine's shared server (other
test runs may be using it). PostgreSQL refuses to run as root, so as root the server runs as
the `postgres` system user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.processes import free_port

TIMEOUT = 60


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    candidates = [v / name for v in versions if (v / name).exists()]
    return str(candidates[-1]) if candidates else None


class ThrowawayPostgres:
    """Lives in `root`, which must be reachable by the server's user (pytest's tmp_path under
    a root-only directory is not: `throwaway_postgres` makes its own)."""

    def __init__(self, root: Path) -> None:
        initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if initdb is None or pg_ctl is None:
            pytest.skip("PostgreSQL's initdb and pg_ctl are not installed")
        self._pg_ctl = pg_ctl
        self.data = root / "pgdata"
        self.port = free_port()
        self._user: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root without a postgres user to run PostgreSQL as")
            self._user = "postgres"
            shutil.chown(root, user="postgres")
        self._run(initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()

    def _run(self, *argv: str) -> None:
        command = list(argv) if self._user is None else ["runuser", "-u", self._user, "--", *argv]
        subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    running = False

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        # With its own log the server does not hold our output pipes open.
        log = str(self.data.parent / "server.log")
        self._run(self._pg_ctl, "-D", str(self.data), "-l", log, "-o", options, "-w", "start")
        self.running = True

    def restart(self) -> None:
        """An immediate restart: every open connection dies, as when a server is restarted."""
        log = str(self.data.parent / "server.log")
        self._run(self._pg_ctl, "-D", str(self.data), "-l", log, "-m", "immediate", "-w", "restart")

    def stop(self) -> None:
        self._run(self._pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.running = False


@contextmanager
def throwaway_postgres() -> Iterator[ThrowawayPostgres]:
    root = Path(tempfile.mkdtemp(prefix="brukarbot-pg-"))
    try:
        server = ThrowawayPostgres(root)
        try:
            yield server
        finally:
            if server.running:
                server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)

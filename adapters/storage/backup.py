"""`python -m bot db backup FILE` and `db restore FILE`.

SQLite: the online backup API, which copies a consistent database while the bot keeps
writing. PostgreSQL: pg_dump's custom format and pg_restore (the client programs of the
server's version must be installed). A restore goes only into an empty database, so it can
never mix two states of the councils' data.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool


class BackupError(RuntimeError):
    """str() is the one line for the operator (Swedish / English)."""


def backup(url: str, target: Path) -> None:
    if target.exists():
        raise BackupError(
            f"{target} finns redan; välj ett nytt filnamn. / {target} exists; choose a new name."
        )
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        source = sqlite3.connect(_sqlite_file(url))
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        return
    _run(url, _pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", "{url}")


def restore(source: Path, url: str) -> None:
    if not source.is_file():
        raise BackupError(f"{source} finns inte. / {source} does not exist.")
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    finally:
        engine.dispose()
    if tables:
        raise BackupError(
            "Databasen är inte tom; återställ till en ny, tom databas. / "
            "The database is not empty; restore into a new, empty one."
        )
    if make_url(url).get_backend_name() == "sqlite":
        backup_file = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            into = sqlite3.connect(_sqlite_file(url))
            try:
                backup_file.backup(into)
            finally:
                into.close()
        finally:
            backup_file.close()
        return
    _run(
        url, _pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname={url}", str(source)
    )


def _sqlite_file(url: str) -> str:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError(
            "En databas i minnet kan inte säkerhetskopieras. / An in-memory database has no backup."
        )
    return database


def _pg_tool(name: str) -> str:
    found = shutil.which(name) or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)),
        None,
    )
    if found is None:
        raise BackupError(
            f"{name} saknas; installera PostgreSQL:s klientprogram. / "
            f"{name} is missing; install PostgreSQL's client programs."
        )
    return found


def _run(url: str, *argv: str) -> None:
    """Run a PostgreSQL program on the database at `url` ("{url}" in `argv`), its password
    in the environment rather than on a command line others can list."""
    parsed = make_url(url)
    conninfo = parsed.set(drivername="postgresql", password=None).render_as_string()
    env = {**os.environ, **({"PGPASSWORD": str(parsed.password)} if parsed.password else {})}
    argv = tuple(arg.replace("{url}", conninfo) for arg in argv)
    done = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise BackupError(f"{Path(argv[0]).name}: {why}")

"""Alembic, configured in code so that `python -m bot db upgrade` needs no alembic.ini.

Every start runs the upgrade; at head (nearly always) it is a look at alembic_version and
at the revision ids in the migration files, without loading Alembic (and Mako) at all.

Processes that start together (web and worker on a first deploy, or a `release` step beside
them) upgrade one at a time: PostgreSQL's advisory lock, or a lock file beside a SQLite
database; whoever waited finds the schema at head and does nothing. A database whose schema
is newer than this code (a rollback of the code after an upgrade) is refused, not run.
"""

from __future__ import annotations

import fcntl
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_ID = r'^{}\s*=\s*"([^"]+)"'
UPGRADE_LOCK = 0x6272756B  # PostgreSQL advisory lock key: "bruk"


class Schema(StrEnum):
    EMPTY = "empty"  # no migration has run
    BEHIND = "behind"  # an upgrade will bring it to head
    HEAD = "head"
    NEWER = "newer"  # a revision this code does not know: written by a newer version


class SchemaNewerError(RuntimeError):
    """str() is the one line for the operator."""


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # '%' would be read as interpolation by configparser.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _revisions() -> tuple[set[str], set[str]]:
    """(every revision, those some other names as its down_revision), from the files."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(re.findall(_ID.format("revision"), source, re.MULTILINE))
        downs.update(re.findall(_ID.format("down_revision"), source, re.MULTILINE))
    return revisions, downs


def heads() -> set[str]:
    """The revisions no other names as its down_revision, read from the files as written."""
    revisions, downs = _revisions()
    return revisions - downs


def current(url: str) -> set[str]:
    """The revisions the database says it is at (none: never migrated)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return set()
            return set(connection.scalars(text("SELECT version_num FROM alembic_version")))
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Found:
    """Where a database's schema stands: one look at it and at the migration files."""

    state: Schema
    at: str  # its revisions as the operator reads them ("-": none)
    head: str  # this version's


def schema(url: str) -> Found:
    at = current(url)
    known, downs = _revisions()
    head = known - downs
    if not at:
        state = Schema.EMPTY
    elif not at <= known:
        state = Schema.NEWER
    else:
        state = Schema.HEAD if at == head else Schema.BEHIND
    return Found(state, ", ".join(sorted(at)) or "-", ", ".join(sorted(head)))


def at_head(url: str) -> bool:
    return schema(url).state is Schema.HEAD


def upgrade(url: str) -> None:
    """Bring the schema to head (once, whoever else is upgrading it at the same time);
    SchemaNewerError if it is newer than this code."""
    if _checked(url) is Schema.HEAD:
        return
    with _upgrading(url):
        if _checked(url) is Schema.HEAD:  # another process upgraded it while we waited
            return
        from alembic import command

        command.upgrade(alembic_config(url), "head")


def _checked(url: str) -> Schema:
    found = schema(url)
    if found.state is Schema.NEWER:
        raise SchemaNewerError(
            f"Databasens schema ({found.at}) är nyare än den här versionen av boten "
            f"(senast {found.head}): kör den nyare versionen. / The database's schema is "
            "newer than this version of the bot: run the newer version."
        )
    return found.state


@contextmanager
def _upgrading(url: str) -> Iterator[None]:
    """One upgrade at a time for this database, across processes."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            yield  # a database of one connection: no other process can reach it
            return
        with open(f"{parsed.database}.upgrade-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # let go when the file is closed
            yield
        return
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_LOCK})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_LOCK})
                connection.commit()
    finally:
        engine.dispose()

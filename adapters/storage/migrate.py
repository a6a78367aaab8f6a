"""Alembic, configured in code so that `python -m bot db upgrade` needs no alembic.ini.

Every start runs the upgrade; at head (nearly always) it is a look at alembic_version and
at the revision ids in the migration files, without loading Alembic (and Mako) at all.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_ID = r'^{}\s*=\s*"([^"]+)"'


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # '%' would be read as interpolation by configparser.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def heads() -> set[str]:
    """The revisions no other names as its down_revision, read from the files as written."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(re.findall(_ID.format("revision"), source, re.MULTILINE))
        downs.update(re.findall(_ID.format("down_revision"), source, re.MULTILINE))
    return revisions - downs


def at_head(url: str) -> bool:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return False
            current = set(connection.scalars(text("SELECT version_num FROM alembic_version")))
    finally:
        engine.dispose()
    return current == heads()


def upgrade(url: str) -> None:
    if at_head(url):
        return
    from alembic import command

    command.upgrade(alembic_config(url), "head")

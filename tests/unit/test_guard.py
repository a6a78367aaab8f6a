"""The guard of the unit tests: a database connection or a socket fails the test."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import create_engine, text

from tests.unit.conftest import ReachedOutError


def test_an_sqlite_database_cannot_be_opened() -> None:
    engine = create_engine("sqlite://")
    with pytest.raises(ReachedOutError, match="SQLite"), engine.connect() as connection:
        connection.execute(text("select 1"))


def test_postgresql_cannot_be_reached() -> None:
    engine = create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    with pytest.raises(ReachedOutError, match="PostgreSQL"), engine.connect() as connection:
        connection.execute(text("select 1"))


def test_no_socket_connects() -> None:
    with pytest.raises(ReachedOutError, match="socket"):
        socket.create_connection(("127.0.0.1", 5432), timeout=1)

"""Domain unit tests: the services on the fakes of the ports (tests/fakes), and nothing else.

Every test here fails if it opens a database connection or a socket: the guard replaces the
ways one is opened (SQLite, psycopg, any socket's connect) for the test's duration."""

from __future__ import annotations

import socket
import sqlite3
import sqlite3.dbapi2
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from tests.fakes.uow import FakeUnitOfWorkFactory


class ReachedOutError(AssertionError):
    """A unit test tried to reach the world outside its fakes."""


def _refuse(what: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ReachedOutError(f"a domain unit test opened {what}")

    return refuse


@pytest.fixture(autouse=True)
def _no_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sqlite3, "connect", _refuse("an SQLite database"))
    monkeypatch.setattr(sqlite3.dbapi2, "connect", _refuse("an SQLite database"))
    monkeypatch.setattr(psycopg, "connect", _refuse("a PostgreSQL connection"))
    monkeypatch.setattr(psycopg.Connection, "connect", _refuse("a PostgreSQL connection"))
    monkeypatch.setattr(socket.socket, "connect", _refuse("a socket"))
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse("a socket"))
    yield


@pytest.fixture
def uow() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()

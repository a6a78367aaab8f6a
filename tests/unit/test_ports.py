"""The ports are what the domain uses, and both the storage adapters and the fakes fit them.

Every repository method the domain calls on a unit of work is named by its protocol
(bot.core.ports), and every method a protocol names is there, with the same parameters, in
the SQLAlchemy repositories and in their fakes (tests/fakes)."""

from __future__ import annotations

import ast
import inspect
import typing
from pathlib import Path

import pytest

import bot
from adapters.storage.uow import UnitOfWork as StorageUnitOfWork
from bot.core import ports
from tests.fakes.store import Store
from tests.fakes.uow import FakeUnitOfWork

REPOSITORIES = {
    name: getattr(ports, annotation)
    for name, annotation in ports.UnitOfWork.__annotations__.items()
}
# The runtime's own (the inbox) and the wiring are not the domain.
NOT_DOMAIN = ("runtime", "sandbox", "localslack")


def _methods(protocol: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(protocol).items()
        if callable(member) and not name.startswith("_")
    }


def _shape(signature: inspect.Signature) -> list[tuple[str, object, bool]]:
    return [
        (p.name, p.kind, p.default is inspect.Parameter.empty)
        for p in signature.parameters.values()
    ]


def _fits(implementation: type, protocol: type) -> list[str]:
    wrong = []
    for name, signature in _methods(protocol).items():
        method = getattr(implementation, name, None)
        if method is None:
            wrong.append(f"{name}: missing")
        elif _shape(inspect.signature(method)) != _shape(signature):
            wrong.append(f"{name}: {inspect.signature(method)} is not {signature}")
    return wrong


@pytest.mark.parametrize("name", sorted(REPOSITORIES))
def test_the_storage_repositories_fit_their_ports(name: str) -> None:
    implementation = typing.get_type_hints(StorageUnitOfWork)[name]
    assert _fits(implementation, REPOSITORIES[name]) == []


def test_every_fake_repository_fits_its_port() -> None:
    fake = FakeUnitOfWork(Store())
    assert {
        name: _fits(type(getattr(fake, name)), REPOSITORIES[name]) for name in REPOSITORIES
    } == {name: [] for name in REPOSITORIES}


def test_the_units_of_work_fit_the_port() -> None:
    for implementation in (StorageUnitOfWork, FakeUnitOfWork):
        assert _fits(implementation, ports.UnitOfWork) == []


def _domain_calls() -> set[tuple[str, str, str]]:
    """(module, repository, method) of every `uow.<repository>.<method>` in the domain."""
    calls = set()
    for path in Path(bot.__path__[0]).rglob("*.py"):
        if any(part in NOT_DOMAIN for part in path.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id in ("uow", "unit")
                and node.value.attr in REPOSITORIES
            ):
                calls.add((path.name, node.value.attr, node.attr))
    return calls


def test_the_ports_name_every_repository_method_the_domain_calls() -> None:
    calls = _domain_calls()
    assert len(calls) > 100  # the scan sees the domain
    unnamed = {c for c in calls if c[2] not in _methods(REPOSITORIES[c[1]])}
    assert unnamed == set()

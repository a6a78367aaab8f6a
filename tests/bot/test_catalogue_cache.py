"""A catalogue is parsed once: later starts read the copy a parse left, until the .po changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.texts import catalogue


def _unparsable(lang: str, source: bytes) -> dict[str, catalogue.Message]:
    raise AssertionError(f"{lang} was parsed again")


def test_a_catalogue_is_read_from_the_copy_its_first_parse_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = catalogue.load("en", cache=tmp_path)
    assert parsed == catalogue.CATALOGUES["en"]
    assert [path.name.split(".")[:2] for path in tmp_path.iterdir()] == [["brukarbot", "en"]]
    monkeypatch.setattr(catalogue, "parse", _unparsable)
    assert catalogue.load("en", cache=tmp_path) == parsed


def test_the_copy_is_readable_by_every_user(tmp_path: Path) -> None:
    """The image makes it as root; its processes run as another user and read it."""
    catalogue.load("en", cache=tmp_path)
    (copy,) = tmp_path.iterdir()
    assert copy.stat().st_mode & 0o444 == 0o444


def test_an_edited_catalogue_is_parsed_again_and_its_old_copy_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = catalogue.CATALOGUES["sv"]  # read from the real .po before it is replaced below
    po = tmp_path / "brukarbot.po"
    po.write_bytes(catalogue.po_path("sv").read_bytes())
    monkeypatch.setattr(catalogue, "po_path", lambda lang: po)
    cache = tmp_path / "cache"
    key = next(iter(catalogue.load("sv", cache=cache)))
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace(f'msgctxt "{key}"\n', f'msgctxt "{key}.edited"\n'), "utf-8")
    edited = catalogue.load("sv", cache=cache)
    assert key not in edited
    assert edited[f"{key}.edited"] == real[key]
    assert len(list(cache.iterdir())) == 1


def test_a_cache_that_cannot_be_written_leaves_the_catalogue_parsed(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert catalogue.load("sv", cache=blocked) == catalogue.CATALOGUES["sv"]

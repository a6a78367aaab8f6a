"""Errors that reach a person: a catalogue key and its parameters, rendered in their language."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Bad input or a refused action; the handler shows t(key, lang, **params), changes nothing."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

"""The catalogues: English mirrors Swedish key for key and placeholder for placeholder."""

from __future__ import annotations

import re
from string import Formatter

from bot.texts import Ref, en, join_list, sv, t


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_english_has_every_swedish_key_and_no_other() -> None:
    assert set(en.TEXTS) == set(sv.TEXTS)


def test_placeholders_agree() -> None:
    for key, template in sv.TEXTS.items():
        assert _fields(template) == _fields(en.TEXTS[key]), key


def test_refs_and_lists_render_in_the_readers_language() -> None:
    assert join_list(["a", "b", "c"], "sv") == "a, b och c"
    assert join_list(["a", "b"], "en") == "a and b"
    sv_text = t("refused.officers", "sv", what=Ref("what.manage_members"), who=["<@U1>", "<@U2>"])
    assert "lägga till eller ändra ledamöter" in sv_text
    assert "<@U1> och <@U2>" in sv_text


def test_slack_texts_write_placeholders_as_entities() -> None:
    """In Slack, <namn> is a link; usage hints must be written &lt;namn&gt;."""
    raw_angle = re.compile(r"<(?![@#!]|https?:|/)[^<>{}]*>")
    for catalogue in (sv.TEXTS, en.TEXTS):
        for key, template in catalogue.items():
            if not key.startswith("sandbox."):  # the terminal console is not Slack
                assert not raw_angle.search(template), key

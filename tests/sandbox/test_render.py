"""Block Kit as terminal text: readable mrkdwn, every block kind, controls numbered in order."""

from __future__ import annotations

from typing import Any

from adapters.console.render import DIVIDER, Renderer

USERS = {"U0ANNA": "Anna Andersson"}
CHANNELS = {"C0RAD": "brukarrad"}


class _Names:
    def user(self, user_id: str) -> str | None:
        return USERS.get(user_id)

    def channel(self, channel_id: str) -> str | None:
        return CHANNELS.get(channel_id)


def _renderer(lang: str = "sv") -> Renderer:
    return Renderer(_Names(), lang)


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def _button(label: str, action_id: str, **more: Any) -> dict[str, Any]:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": label},
        "action_id": action_id,
        **more,
    }


def test_mrkdwn_names_people_and_channels_and_spells_out_links() -> None:
    text = (
        "*Hej* <@U0ANNA>, <@U0NOBODY|nisse> och <@U0GONE> i <#C0RAD> och <#C0ELSE|annat>: "
        "<!here> läs <https://example.se/a?b=1&amp;c=2|underlaget> eller <https://example.se> "
        "&lt;3 <!date^1700000000^{date}|12 mars>"
    )
    assert _renderer().mrkdwn(text) == (
        "*Hej* @Anna Andersson, @nisse och @U0GONE i #brukarrad och #annat: "
        "@here läs underlaget (https://example.se/a?b=1&c=2) eller https://example.se "
        "<3 12 mars"
    )


def test_sections_fields_headers_dividers_context_and_images() -> None:
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Dagordning"}},
        {"type": "section", "text": _mrkdwn("Rad ett\nrad två med <@U0ANNA>")},
        {"type": "section", "fields": [_mrkdwn("*När:*\ntorsdag"), _mrkdwn("*Var:* Stora salen")]},
        {"type": "divider"},
        {
            "type": "context",
            "elements": [
                _mrkdwn("Av <@U0ANNA>"),
                {"type": "image", "image_url": "https://x/y.png", "alt_text": "logga"},
            ],
        },
        {"type": "image", "image_url": "https://x/karta.png", "alt_text": "karta"},
        {"type": "input", "label": {"type": "plain_text", "text": "Rubrik"}, "element": {}},
        {"type": "video"},
    ]
    assert _renderer().blocks(blocks).lines == [
        "━━ Dagordning ━━",
        "Rad ett",
        "rad två med @Anna Andersson",
        "*När:* torsdag",
        "*Var:* Stora salen",
        DIVIDER,
        "  Av @Anna Andersson · [bild: logga]",
        "[bild: karta]",
        "[video]",  # an unknown kind is named, not dropped; inputs are the form's
    ]
    assert _renderer("en").blocks(blocks[-3:-2]).lines == ["[image: karta]"]


def test_buttons_and_menus_are_numbered_in_order_from_the_first_number() -> None:
    menu = {
        "type": "overflow",
        "action_id": "menu",
        "options": [{"text": {"type": "plain_text", "text": "Flytta upp"}, "value": "up"}],
    }
    select = {
        "type": "static_select",
        "action_id": "kind",
        "placeholder": {"type": "plain_text", "text": "Mötestyp"},
        "options": [],
    }
    blocks = [
        {"type": "section", "block_id": "p1", "text": _mrkdwn("Punkt 1"), "accessory": menu},
        {
            "type": "actions",
            "block_id": "act",
            "elements": [
                _button("Godkänn", "ok", style="primary"),
                _button("Underlag", "doc", url="https://example.se/u.pdf"),
                select,
            ],
        },
    ]
    rendered = _renderer().blocks(blocks, first_number=3)
    assert rendered.lines == [
        "Punkt 1",
        "[3] Välj …",
        "[4] Godkänn  [5] Underlag (https://example.se/u.pdf)  [6] Mötestyp",
    ]
    assert [(c.block_id, c.element["action_id"]) for c in rendered.controls] == [
        ("p1", "menu"),
        ("act", "ok"),
        ("act", "doc"),
        ("act", "kind"),
    ]


def test_a_message_shows_its_blocks_else_its_text_and_attachments_after() -> None:
    renderer = _renderer()
    assert renderer.message({"text": "Hej <@U0ANNA>"}).lines == ["Hej @Anna Andersson"]
    with_blocks = {"text": "reserv", "blocks": [{"type": "section", "text": _mrkdwn("Visas")}]}
    assert renderer.message(with_blocks).lines == ["Visas"]
    attached = {
        "text": "Se nedan",
        "attachments": [
            {"blocks": [{"type": "actions", "elements": [_button("Ja", "yes")]}]},
            {"fallback": "Bara reserv"},
        ],
    }
    rendered = renderer.message(attached, first_number=2)
    assert rendered.lines == ["Se nedan", "│ [2] Ja", "│ Bara reserv"]
    assert [c.element["action_id"] for c in rendered.controls] == ["yes"]


def test_rich_text_lists_quotes_and_mentions() -> None:
    block = {
        "type": "rich_text",
        "elements": [
            {
                "type": "rich_text_section",
                "elements": [
                    {"type": "text", "text": "Till "},
                    {"type": "user", "user_id": "U0ANNA"},
                    {"type": "text", "text": " i "},
                    {"type": "channel", "channel_id": "C0RAD"},
                    {"type": "emoji", "name": "wave"},
                ],
            },
            {
                "type": "rich_text_list",
                "elements": [
                    {"type": "rich_text_section", "elements": [{"type": "text", "text": "ett"}]},
                    {
                        "type": "rich_text_section",
                        "elements": [{"type": "link", "url": "https://e.se", "text": "två"}],
                    },
                ],
            },
            {"type": "rich_text_quote", "elements": [{"type": "text", "text": "citat"}]},
        ],
    }
    assert _renderer().blocks([block]).lines == [
        "Till @Anna Andersson i #brukarrad:wave:",
        "• ett",
        "• två (https://e.se)",
        "> citat",
    ]

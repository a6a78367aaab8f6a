"""The catalogue (bot.core.texts.catalogue) and its messages rendered per channel
(bot.core.texts.render); a chat's own markup is its adapter's."""

from bot.core.texts.catalogue import (
    CATALOGUES,
    COUNT,
    DOMAIN,
    LOCALES,
    SOURCE,
    Message,
    Ref,
    join_list,
    plural_categories,
    po_path,
)

__all__ = [
    "CATALOGUES",
    "COUNT",
    "DOMAIN",
    "LOCALES",
    "SOURCE",
    "Message",
    "Ref",
    "join_list",
    "plural_categories",
    "po_path",
]

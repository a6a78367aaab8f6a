"""The catalogue (bot.texts.catalogue) and its messages rendered per channel
(bot.texts.render); `t()`, the Slack handlers' rendering, writes Slack's mrkdwn
(bot.texts.mrkdwn)."""

from bot.texts.catalogue import (
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
from bot.texts.mrkdwn import t

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
    "t",
]

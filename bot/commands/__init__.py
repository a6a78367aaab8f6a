"""The text grammar of the commands, one module per command, shared by every chat adapter.

Each module has a pure `parse(text) -> request` that turns what a person typed after the
command's name into a small frozen dataclass saying what they asked for, or raises
`bot.core.errors.UserError` whose message says what would work. No database, no clock, no
platform: an adapter turns its request into (who, where, text), calls `parse`, hands the
request to the services and renders the result its own way.

Text an adapter wrote into the words (a link, a person it named) arrives inside `<…>` and is
one opaque piece to the grammar: it is never split, and a colon inside it is not a title's.
Modules are named after the command (`punkt` for `/punkt` and for `punkt: …` in a message).
"""

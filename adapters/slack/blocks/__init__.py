"""Block Kit for each context's messages, forms and buttons."""

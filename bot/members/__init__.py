"""A member's own way in without a chat: personal links to the member page (links), and
what the page shows them (page)."""

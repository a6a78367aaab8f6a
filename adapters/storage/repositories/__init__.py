"""Repositories: the only place queries are written. One module per aggregate."""

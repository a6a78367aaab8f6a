"""Microsoft 365 (Exchange Online) takes no passwords for SMTP and IMAP: the bot logs in by
XOAUTH2 with a token for the app itself, from `msal`'s client credentials flow (the app
registered in Entra ID with the `SMTP.SendAsApp` and `IMAP.AccessAsApp` permissions, and
given access to the mailbox). msal keeps the token until shortly before it runs out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from adapters.runtime.settings import MICROSOFT_AUTHORITY, MailOAuth, Settings

if TYPE_CHECKING:
    from msal import ConfidentialClientApplication

SCOPE = "https://outlook.office365.com/.default"


class TokenError(Exception):
    """The token service refused (its error code, e.g. invalid_client), or was not reached."""


class ClientCredentials:
    """Bearer tokens for the app (one msal application per process, made on first use: it
    reads the token service's configuration when made)."""

    def __init__(self, oauth: MailOAuth, *, timeout: float = 15.0) -> None:
        self._oauth = oauth
        self._timeout = timeout
        self._app: ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            if self._app is None:
                self._app = self._application()
            result = self._app.acquire_token_for_client(scopes=[SCOPE])
        token = result.get("access_token") if isinstance(result, dict) else None
        if not isinstance(token, str):
            raise TokenError(str(result.get("error", "no_token")))
        return token

    def _application(self) -> ConfidentialClientApplication:
        from msal import ConfidentialClientApplication

        try:
            return ConfidentialClientApplication(
                self._oauth.client_id,
                client_credential=self._oauth.client_secret,
                authority=self._oauth.authority,
                # Microsoft's own cloud is known to msal; another authority (a national
                # cloud's, a test's) is taken as configured.
                instance_discovery=None
                if self._oauth.authority.startswith(MICROSOFT_AUTHORITY)
                else False,
                timeout=self._timeout,
            )
        except ValueError as err:  # msal: the authority's configuration could not be read
            raise TokenError(str(err).split(".")[0]) from None


def xoauth2(user: str, token: str) -> str:
    """The XOAUTH2 initial response (before base64): the user and the bearer token."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


@cache
def _credentials(oauth: MailOAuth) -> ClientCredentials:
    return ClientCredentials(oauth)


def tokens_for(settings: Settings) -> Callable[[], str] | None:
    """The process's token source for the mail servers, when MAIL_OAUTH_* is set (one for
    SMTP and IMAP alike, so one token serves both)."""
    return None if settings.mail_oauth is None else _credentials(settings.mail_oauth)

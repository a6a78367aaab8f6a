"""Reading the council's mailbox over IMAP (IMAP_URL), with imapclient.

`imaps://user:password@host[:993][/folder]` (TLS from the start), `imap+starttls://…[:143]` or
`imap://…` (a local server only); the folder defaults to INBOX. The unread messages are
fetched without marking them, each handed to the intake (adapters/mail/receive.py), which
stores it in the inbox, and only then marked read: a crash between the two fetches it again,
and the inbox knows it by its Message-ID. Between passes the reader waits in IDLE where the
server offers it (new mail is read at once), else it looks again every POLL.
"""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import unquote, urlparse

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from adapters.mail.oauth import TokenError

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"imap": 143, "imaps": 993, "imap+starttls": 143}
POLL = timedelta(minutes=1)
# IDLE is ended and begun again this often: servers drop one after 10-30 minutes, and mail
# the server did not announce (one landing just as IDLE began) is found at the latest then.
IDLE_RENEW = timedelta(minutes=5)
RETRY = timedelta(seconds=30)  # after the server could not be reached
SEEN = b"\\Seen"

Take = Callable[[bytes], object]  # stores one message; raises if it could not


@dataclass(frozen=True)
class Mailbox:
    url: str
    timeout: float = 30.0
    # Bearer tokens for XOAUTH2 (Microsoft 365: adapters/mail/oauth.py); None: the password.
    token: Callable[[], str] | None = None

    @property
    def folder(self) -> str:
        return unquote(urlparse(self.url).path.lstrip("/")) or "INBOX"

    def connect(self) -> IMAPClient:
        """Logged in, the folder selected."""
        url = urlparse(self.url)
        host, port = url.hostname or "localhost", url.port or DEFAULT_PORTS[url.scheme]
        context = ssl.create_default_context()
        client = IMAPClient(
            host, port, ssl=url.scheme == "imaps", ssl_context=context, timeout=self.timeout
        )
        try:
            if url.scheme == "imap+starttls":
                client.starttls(context)
            user = unquote(url.username or "")
            if self.token is not None:
                client.oauth2_login(user, self.token())
            else:
                client.login(user, unquote(url.password or ""))
            client.select_folder(self.folder)
        except BaseException:
            client.shutdown()
            raise
        return client


def read_new(client: IMAPClient, take: Take) -> int:
    """Hand each unread message to `take`, marking it read once taken; how many there were.
    A message `take` could not store stays unread (the next pass tries again)."""
    uids = client.search(["UNSEEN"])
    for uid in uids:
        fetched = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
        raw = fetched.get(b"BODY[]")
        if not isinstance(raw, bytes):
            continue
        take(raw)
        client.add_flags([uid], [SEEN])
    return len(uids)


def read_once(mailbox: Mailbox, take: Take) -> int:
    """One pass (`python -m bot tick`, and `check`'s login)."""
    client = mailbox.connect()
    try:
        return read_new(client, take)
    finally:
        client.logout()


def watch(
    mailbox: Mailbox,
    take: Take,
    stop: threading.Event,
    *,
    poll: timedelta = POLL,
    renew: timedelta = IDLE_RENEW,
) -> None:
    """Read new mail until `stop` is set: a pass, then IDLE until the server says something
    came (or `poll` without IDLE), and again; a lost connection is made again after RETRY."""
    while not stop.is_set():
        try:
            client = mailbox.connect()
        except (IMAPClientError, TokenError, OSError) as err:
            log.warning("imap: cannot read the mailbox: %s", type(err).__name__)
            stop.wait(RETRY.total_seconds())
            continue
        try:
            idle = client.has_capability("IDLE")
            while not stop.is_set():
                read_new(client, take)
                if idle:
                    _idle(client, stop, renew)
                else:
                    stop.wait(poll.total_seconds())
        except Exception as err:
            log.warning("imap: reading stopped (%s); starting again", type(err).__name__)
            stop.wait(RETRY.total_seconds())
        finally:
            try:
                client.logout()
            except (IMAPClientError, OSError):
                client.shutdown()


def _idle(client: IMAPClient, stop: threading.Event, renew: timedelta) -> None:
    """Wait in IDLE until the server reports a change, stop is set, or `renew` passed;
    looking at `stop` every few seconds."""
    client.idle()
    try:
        if _said_before_idling(client):
            return
        waited, step = 0.0, min(5.0, renew.total_seconds())
        while not stop.is_set() and waited < renew.total_seconds():
            if client.idle_check(timeout=step):
                return
            waited += step
    finally:
        client.idle_done()


def _said_before_idling(client: IMAPClient) -> bool:
    """Whether the server reported something (mail that came just as IDLE began) before it
    said it idles: imaplib has kept that aside, and idle_check looks only at the socket, so it
    would wait for the next change. Forgotten here either way: a pass looks at the mailbox."""
    kept = client._imap.untagged_responses
    said = bool(kept)
    kept.clear()
    return said


def start_watching(
    mailbox: Mailbox, take: Take, *, poll: timedelta = POLL, renew: timedelta = IDLE_RENEW
) -> Callable[[], None]:
    """The watcher in a thread of its own; returns what stops it."""
    stop = threading.Event()
    thread = threading.Thread(
        target=watch,
        args=(mailbox, take, stop),
        kwargs={"poll": poll, "renew": renew},
        name="imap-watch",
        daemon=True,
    )
    thread.start()

    def stopping() -> None:
        stop.set()
        thread.join(timeout=10)

    return stopping


def mailbox_from(url: str | None, token: Callable[[], str] | None = None) -> Mailbox | None:
    return Mailbox(url, token=token) if url else None

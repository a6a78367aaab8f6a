"""A real IMAP server for the tests that read mail: Debian's Dovecot (`dovecot-imapd`),
started on a free loopback port with a configuration and a mail store of its own in a
temporary directory (no system service, nothing outside that directory), and stopped after.
Mail is put in its mailbox by IMAP APPEND, as a delivery would leave it.
"""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.processes import free_port

DOVECOT = shutil.which("dovecot") or next(
    (p for p in ("/usr/sbin/dovecot",) if os.access(p, os.X_OK)), None
)
USER, PASSWORD = "radet@example.org", "hemligt/losen!"
NOBODY = 65534  # the mail store's owner when the tests run as root (Dovecot refuses uid 0)

CONFIG = """\
base_dir = {dir}/run
state_dir = {dir}/state
instance_name = brukarbot-test-{port}
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{dir}/home/%u/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""
# Tokens as passwords (XOAUTH2), each asked of the token service (OAuth2 introspection).
OAUTH2 = """
passdb {{
  driver = oauth2
  args = {dir}/oauth2.conf
}}
"""
INTROSPECTION = """\
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""


@dataclass
class Dovecot:
    port: int
    log: list[str]

    @property
    def url(self) -> str:
        """IMAP_URL for the bot (a local server: no TLS)."""
        return f"imap://{quote(USER)}:{quote(PASSWORD, safe='')}@127.0.0.1:{self.port}/INBOX"

    def _client(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port)
        client.login(USER, PASSWORD)
        client.select("INBOX")
        return client

    def deliver(self, raw: bytes) -> None:
        """Put a message in the mailbox, unread."""
        client = self._client()
        try:
            client.append("INBOX", None, None, raw)
        finally:
            client.logout()

    def unread(self) -> int:
        client = self._client()
        try:
            _, found = client.search(None, "UNSEEN")
            return len(found[0].split())
        finally:
            client.logout()


def _users() -> dict[str, object]:
    """Who Dovecot's processes run as: root may not be any of them."""
    if os.getuid() != 0:
        me = pwd.getpwuid(os.getuid()).pw_name
        return {
            "internal": me,
            "internal_group": me,
            "login": me,
            "uid": os.getuid(),
            "gid": os.getgid(),
        }
    return {
        "internal": "dovecot",
        "internal_group": "dovecot",
        "login": "dovenull",
        "uid": NOBODY,
        "gid": NOBODY,
    }


def running_dovecot(
    introspection_url: str | None = None, *, idle: bool = True
) -> Iterator[Dovecot]:
    """`introspection_url`: logins by XOAUTH2 too, their tokens asked of that service;
    `idle=False`: a server that does not offer IDLE."""
    if DOVECOT is None:
        pytest.skip("Debian's dovecot-imapd is not installed (apt-get install dovecot-imapd)")
    users = _users()
    directory = Path(tempfile.mkdtemp(prefix="brukarbot-dovecot-"))
    try:
        directory.chmod(0o755)  # the mail user reaches its store through it
        home = directory / "home"
        home.mkdir()
        if os.getuid() == 0:
            os.chown(home, NOBODY, NOBODY)
        (directory / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
        port = free_port()
        config = directory / "dovecot.conf"
        text = CONFIG.format(dir=directory, port=port, **users)
        if introspection_url is not None:
            text = text.replace("plain login\n", "plain login xoauth2\n")
            text += OAUTH2.format(dir=directory)
            (directory / "oauth2.conf").write_text(
                INTROSPECTION.format(url=introspection_url), encoding="utf-8"
            )
        if not idle:
            text += "imap_capability = IMAP4rev1 LITERAL+ SASL-IR\n"
        config.write_text(text, encoding="utf-8")
        process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            yield Dovecot(port, _until_listening(process))
        finally:
            process.terminate()
            process.wait(timeout=10)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _until_listening(process: subprocess.Popen[bytes]) -> list[str]:
    """Dovecot logs "starting up" once its listeners are open; its log keeps being read."""
    log: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            log.append(line.decode(errors="replace"))
            if "starting up" in log[-1]:
                started.set()
        started.set()

    threading.Thread(target=read, daemon=True).start()
    assert started.wait(30) and process.poll() is None, "".join(log)
    return log

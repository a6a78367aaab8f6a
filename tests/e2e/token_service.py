"""A small OAuth2 token service of our own, standing in for Microsoft's (Entra ID): msal reads
its OpenID configuration and asks it for a client-credentials token over https (a certificate
made for the test, trusted through REQUESTS_CA_BUNDLE, as an operator trusts a private CA);
a mail server asks it whether a token is good (OAuth2 introspection, RFC 7662, over plain
http on loopback: Dovecot's oauth2 passdb)."""

from __future__ import annotations

import ipaddress
import json
import secrets
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

TENANT = "brukarbot-test-tenant"
CLIENT_ID, CLIENT_SECRET = "app-id-123", "app-hemlighet"
SCOPE = "https://outlook.office365.com/.default"


@dataclass
class TokenService:
    https_port: int
    http_port: int
    ca_file: Path
    user: str  # whose mailbox the app's tokens open
    issued: list[str] = field(default_factory=list)
    asked: list[dict[str, str]] = field(default_factory=list)  # token requests' forms

    @property
    def authority(self) -> str:
        return f"https://127.0.0.1:{self.https_port}/{TENANT}"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/introspect"

    def answer(self, method: str, path: str, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        base = self.authority
        if method == "GET" and path == f"/{TENANT}/v2.0/.well-known/openid-configuration":
            return 200, {
                "issuer": f"{base}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
            }
        if method == "POST" and path == f"/{TENANT}/oauth2/v2.0/token":
            self.asked.append(form)
            if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
                return 401, {"error": "invalid_client", "error_description": "AADSTS7000215"}
            if form.get("grant_type") != "client_credentials" or form.get("scope") != SCOPE:
                return 400, {"error": "invalid_scope"}
            token = secrets.token_urlsafe(24)
            self.issued.append(token)
            return 200, {"token_type": "Bearer", "expires_in": 3599, "access_token": token}
        if method == "POST" and path == "/introspect":
            if form.get("token") in self.issued:
                return 200, {"active": True, "username": self.user}
            return 200, {"active": False}
        return 404, {"error": "not_found"}


def _certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "token-service.pem", directory / "token-service.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def _server(service_of: list[TokenService]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def _reply(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            form = {k: v[0] for k, v in parse_qs(body).items()}
            status, answer = service_of[0].answer(method, self.path.split("?")[0], form)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._reply("GET")

        def do_POST(self) -> None:
            self._reply("POST")

        def log_message(self, format: str, *args: object) -> None:
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


def running_token_service(directory: Path, user: str) -> Iterator[TokenService]:
    cert_file, key_file = _certificate(directory)
    service_of: list[TokenService] = []
    https, http = _server(service_of), _server(service_of)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    https.socket = context.wrap_socket(https.socket, server_side=True)
    service_of.append(
        TokenService(https.server_address[1], http.server_address[1], cert_file, user)
    )
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (https, http)]
    for thread in threads:
        thread.start()
    try:
        yield service_of[0]
    finally:
        for server in (https, http):
            server.shutdown()
            server.server_close()

"""The local Teams' signing: its own RSA key, published as the Bot Framework publishes its own
(OpenID metadata and a JWKS with the channels each key is endorsed for), and the tokens it
signs the activities it delivers with."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

ISSUER = "https://api.botframework.com"  # the Bot Framework's issuer, as its metadata says
CHANNEL = "msteams"


class Signer:
    """A key of its own (made at start, 2048 bits, as Microsoft's) and the tokens it signs."""

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = uuid.uuid4().hex

    def jwks(self) -> dict[str, Any]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        public.update(kid=self.kid, use="sig", endorsements=[CHANNEL])
        return {"keys": [public]}

    def token(
        self,
        *,
        audience: str,
        service_url: str,
        now: datetime,
        lifetime: timedelta = timedelta(hours=1),
        issuer: str = ISSUER,
        key: rsa.RSAPrivateKey | None = None,
    ) -> str:
        """A token as the Bot Connector sends with an activity; `key` signs a forgery."""
        claims = {
            "iss": issuer,
            "aud": audience,
            "serviceurl": service_url,
            "nbf": int(now.timestamp()),
            "exp": int((now + lifetime).timestamp()),
        }
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": self.kid})

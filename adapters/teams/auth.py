"""Whether an activity comes from Teams: the Bot Framework's JWT on `POST /api/messages`.

Teams (the Bot Connector) signs every activity it delivers with a key it publishes behind its
OpenID metadata (the setting TEAMS_OPENID_URL): the token must be signed with one of those keys
(RS256), be issued by the metadata's issuer, addressed to this bot (audience = its app id), be
valid at `now` (five minutes' leeway for clocks, as Microsoft's own check), come from a channel
the key is endorsed for, and name in `serviceurl` the service the activity says to answer at,
so that a token taken from one activity cannot send the bot's answers elsewhere.
(learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication)

The keys are read once and again only when a token names one not seen (Microsoft rolls its
keys), at most every KEYS_AGAIN, so a stream of forged key ids costs no fetch each.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

LEEWAY = timedelta(minutes=5)
KEYS_AGAIN = timedelta(minutes=5)
FETCH_TIMEOUT = 5.0  # seconds: the keys come from the Bot Framework, or the local Teams

Fetch = Callable[[str], Mapping[str, Any]]


class Unauthorized(Exception):
    """The request carries no valid token from Teams; str() says why (for the log only)."""


class KeysUnavailable(Exception):
    """The signing keys could not be read: no token can be checked now."""


def fetch_json(url: str) -> Mapping[str, Any]:
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as answer:
            found = json.load(answer)
    except (OSError, ValueError) as err:
        raise KeysUnavailable(f"{url}: {type(err).__name__}") from None
    if not isinstance(found, dict):
        raise KeysUnavailable(f"{url}: not a JSON object")
    return found


@dataclass(frozen=True)
class _Key:
    key: Any
    endorsements: frozenset[str] | None  # the channels it signs for (None: not said)


@dataclass
class _Published:
    issuer: str
    keys: dict[str, _Key] = field(default_factory=dict)
    read_at: datetime | None = None


class TokenCheck:
    """Checks the `Authorization` of an activity for the bot `app_id`."""

    def __init__(self, app_id: str, openid_url: str, *, fetch: Fetch = fetch_json) -> None:
        self._app_id = app_id
        self._openid_url = openid_url
        self._fetch = fetch
        self._published: _Published | None = None
        self._lock = threading.Lock()

    def claims(
        self, authorization: str | None, activity: Mapping[str, Any], *, now: datetime
    ) -> dict[str, Any]:
        """The token's claims, if it is a valid one for `activity`; else Unauthorized."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("no bearer token")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as err:
            raise Unauthorized(f"unreadable token: {err}") from None
        if header.get("alg") != "RS256" or not isinstance(header.get("kid"), str):
            raise Unauthorized("not an RS256 token with a key id")
        published, key = self._key(header["kid"], now)
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=["RS256"],
                audience=self._app_id,
                issuer=published.issuer,
                # Times are checked below against `now`, not the wall clock.
                options={
                    "require": ["exp", "iss", "aud"],
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
        except jwt.InvalidTokenError as err:
            raise Unauthorized(f"{type(err).__name__}: {err}") from None
        _check_times(claims, now)
        channel = activity.get("channelId")
        if key.endorsements is not None and channel not in key.endorsements:
            raise Unauthorized(f"key not endorsed for channel {channel!r}")
        service_url = str(activity.get("serviceUrl") or "").rstrip("/")
        if str(claims.get("serviceurl") or "").rstrip("/") != service_url or not service_url:
            raise Unauthorized("serviceurl claim does not match the activity's serviceUrl")
        return claims

    def _key(self, kid: str, now: datetime) -> tuple[_Published, _Key]:
        with self._lock:
            published = self._published
            stale = published is None or (
                kid not in published.keys
                and (published.read_at is None or now - published.read_at >= KEYS_AGAIN)
            )
            if stale:
                published = self._published = self._read(now)
        assert published is not None
        key = published.keys.get(kid)
        if key is None:
            raise Unauthorized(f"unknown signing key {kid!r}")
        return published, key

    def _read(self, now: datetime) -> _Published:
        metadata = self._fetch(self._openid_url)
        issuer, jwks_uri = metadata.get("issuer"), metadata.get("jwks_uri")
        if not (isinstance(issuer, str) and isinstance(jwks_uri, str)):
            raise KeysUnavailable("OpenID metadata without issuer and jwks_uri")
        published = _Published(issuer, read_at=now)
        for data in self._fetch(jwks_uri).get("keys") or ():
            try:
                found = jwt.PyJWK.from_dict(data)
            except jwt.PyJWTError:
                continue  # a key of a kind we do not use
            endorsed = data.get("endorsements")
            published.keys[str(data.get("kid"))] = _Key(
                found.key, frozenset(endorsed) if isinstance(endorsed, list) else None
            )
        return published


def _check_times(claims: Mapping[str, Any], now: datetime) -> None:
    try:
        expires = datetime.fromtimestamp(float(claims["exp"]), UTC)
        starts = claims.get("nbf")
        not_before = None if starts is None else datetime.fromtimestamp(float(starts), UTC)
    except (TypeError, ValueError, OverflowError):
        raise Unauthorized("token times are not numbers") from None
    if now > expires + LEEWAY:
        raise Unauthorized("token expired")
    if not_before is not None and now < not_before - LEEWAY:
        raise Unauthorized("token not valid yet")

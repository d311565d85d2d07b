"""Access and refresh tokens with the standard library only.

An access token is ``base64url(claims).base64url(HMAC-SHA256(claims))``: the server checks it
without a database read, and it lives 15 minutes, so a leaked one is soon useless.  A refresh
token is 32 random bytes; only its SHA-256 is stored, and it is replaced on every use
(rotation), so the database never holds a usable token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from inspector_server.models import ServerSetting

SECRET_KEY = "token_secret"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_secret(session: Session) -> bytes:
    """The signing secret, made once at first start and shared by every worker through the DB."""
    row = session.get(ServerSetting, SECRET_KEY)
    if row is None:
        row = ServerSetting(key=SECRET_KEY, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


@dataclass(frozen=True)
class Claims:
    officer_id: str
    agency_id: str
    role: str
    device_id: str
    expires: int


def make_access_token(secret: bytes, claims: Claims) -> str:
    body = json.dumps(claims.__dict__, sort_keys=True, separators=(",", ":")).encode()
    mac = hmac.new(secret, body, hashlib.sha256).digest()
    return f"{_b64(body)}.{_b64(mac)}"


def read_access_token(secret: bytes, token: str, now: float | None = None) -> Claims | None:
    """The claims of a valid, unexpired token; None for anything else (never a reason why)."""
    try:
        body_b64, mac_b64 = token.split(".")
        body = _unb64(body_b64)
        expected = hmac.new(secret, body, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(mac_b64)):
            return None
        data: dict[str, Any] = json.loads(body)
        claims = Claims(**data)
    except (ValueError, TypeError):
        return None
    if claims.expires < (now if now is not None else time.time()):
        return None
    return claims


def new_refresh_token() -> tuple[str, str]:
    """(token for the device, hash for the database)."""
    token = secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

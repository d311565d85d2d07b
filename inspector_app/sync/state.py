"""The device's sync state as small named values in ``sync_state``."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from inspector_app.store.sync_state import SyncValue

DEVICE_ID = "device_id"
SERVER_URL = "server_url"
REFRESH_TOKEN = "refresh_token"
OFFICER_ID = "officer_id"
LAST_SEQ = "last_seq"
LAST_SYNC_AT = "last_sync_at"
LAST_ERROR = "last_error"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(SyncValue, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(SyncValue, key)
    if row is None:
        session.add(SyncValue(key=key, value=value))
    else:
        row.value = value
    session.flush()


def device_id(session: Session) -> str:
    """This database's device id, made once: a copy of the database is the same device."""
    value = get(session, DEVICE_ID)
    if value is None:
        value = str(uuid.uuid4())
        put(session, DEVICE_ID, value)
    return value


def last_seq(session: Session) -> int:
    return int(get(session, LAST_SEQ, "0") or 0)

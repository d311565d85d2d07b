"""Writing to the change log that devices pull from, and reading it back for one device."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from inspector_app.sync.protocol import ServerChange
from inspector_server.db import serialize_changes
from inspector_server.models import Change


def record_change(
    session: Session,
    agency_id: uuid.UUID,
    kind: str,
    key: str,
    payload: dict[str, Any] | None,
    officer_id: uuid.UUID | None = None,
    device_id: uuid.UUID | None = None,
) -> None:
    serialize_changes(session)
    session.add(
        Change(
            agency_id=agency_id,
            kind=kind,
            key=key,
            payload=payload,
            officer_id=officer_id,
            device_id=device_id,
        )
    )


def changes_since(
    session: Session,
    agency_id: uuid.UUID,
    officer_id: uuid.UUID,
    device_id: uuid.UUID,
    since: int,
    limit: int,
) -> list[ServerChange]:
    """Changes after ``since`` that this officer on this device may see, oldest first."""
    rows = session.scalars(
        select(Change)
        .where(
            Change.agency_id == agency_id,
            Change.seq > since,
            or_(Change.officer_id.is_(None), Change.officer_id == officer_id),
            or_(
                Change.device_id.is_(None),
                and_(Change.device_id == device_id),
            ),
        )
        .order_by(Change.seq)
        .limit(limit)
    )
    return [ServerChange(seq=r.seq, kind=r.kind, key=r.key, payload=r.payload) for r in rows]

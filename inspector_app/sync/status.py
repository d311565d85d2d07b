"""What the Sync page shows: pending changes, conflicts, last sync, last error, what went up.

Plain reads of the device's own tables, cheap enough to refresh after every sync step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.store.sync_state import OutboxEntry
from inspector_app.sync import state


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    pending: int
    conflicts: int
    last_sync_at: datetime | None
    last_error: str  # "zh\nen", empty when the last sync went well
    last_seq: int
    signed_in: bool


def sync_status(session: Session) -> SyncStatus:
    counts = dict(
        session.execute(select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)).all()
    )
    pending = session.scalar(
        select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
    )
    last = state.get(session, state.LAST_SYNC_AT)
    return SyncStatus(
        server_url=state.get(session, state.SERVER_URL),
        pending=pending or 0,
        conflicts=counts.get("conflict", 0),
        last_sync_at=datetime.fromisoformat(last) if last else None,
        last_error=state.get(session, state.LAST_ERROR, "") or "",
        last_seq=state.last_seq(session),
        signed_in=bool(state.get(session, state.REFRESH_TOKEN)),
    )


def outbox_entries(
    session: Session, only: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Newest first; ``only`` = "pending", "conflict" or None for everything."""
    query = select(OutboxEntry).order_by(OutboxEntry.id.desc()).limit(limit)
    if only == "pending":
        query = query.where(OutboxEntry.acked_at.is_(None))
    elif only == "conflict":
        query = query.where(OutboxEntry.status == "conflict")
    return [
        {
            "record_type": e.record_type,
            "record_id": e.record_id,
            "version": e.version,
            "status": e.status or "pending",
            "created_at": e.created_at,
            "acked_at": e.acked_at,
        }
        for e in session.scalars(query)
    ]

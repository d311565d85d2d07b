"""What the Sync page and the status bar show, read in one short session.

The engine writes its state (server, tokens, last sync, last error) as it runs; this module
only reads it, together with the outbox, so the page can refresh at any time, even mid-sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.store.sync_state import OutboxEntry
from inspector_app.sync import state


@dataclass(frozen=True)
class OutboxLine:
    record_type: str
    record_id: str
    version: int
    status: str  # "" waiting, "applied", "duplicate", "conflict"
    created_at: datetime
    acked_at: datetime | None


@dataclass(frozen=True)
class SyncStatus:
    server_url: str
    registered: bool  # a refresh token is held: sync needs no password
    last_sync_at: datetime | None
    last_error: str
    pending: int
    sent: int
    last_seq: int
    conflicts: list[OutboxLine] = field(default_factory=list)
    recent: list[OutboxLine] = field(default_factory=list)


def _line(entry: OutboxEntry) -> OutboxLine:
    return OutboxLine(
        entry.record_type,
        entry.record_id,
        entry.version,
        entry.status,
        entry.created_at,
        entry.acked_at,
    )


def read_status(session: Session, recent: int = 200) -> SyncStatus:
    last = state.get(session, state.LAST_SYNC_AT)

    def count(acked: bool) -> int:
        done = OutboxEntry.acked_at.is_not(None) if acked else OutboxEntry.acked_at.is_(None)
        return session.scalar(select(func.count()).select_from(OutboxEntry).where(done)) or 0

    conflicts = session.scalars(
        select(OutboxEntry).where(OutboxEntry.status == "conflict").order_by(OutboxEntry.id)
    )
    latest = session.scalars(select(OutboxEntry).order_by(OutboxEntry.id.desc()).limit(recent))
    return SyncStatus(
        server_url=state.get(session, state.SERVER_URL) or "",
        registered=bool(state.get(session, state.REFRESH_TOKEN)),
        last_sync_at=datetime.fromisoformat(last) if last else None,
        last_error=state.get(session, state.LAST_ERROR) or "",
        pending=count(acked=False),
        sent=count(acked=True),
        last_seq=state.last_seq(session),
        conflicts=[_line(e) for e in conflicts],
        recent=[_line(e) for e in latest],
    )

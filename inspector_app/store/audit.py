"""The append-only, hash-chained audit log.

Each event stores the hash of the event before it, so deleting, inserting or altering any event
breaks the chain at that point, and ``verify_chain`` names the first broken entry.  This is what
lets a reviewer trust that an answer, a photo or a document was not changed after the fact.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, func, literal, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from inspector_app.store.base import Base, UTCDateTime, UUIDPrimaryKey, utcnow

GENESIS_HASH = "0" * 64


class AuditEvent(UUIDPrimaryKey, Base):
    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def event_body(event: AuditEvent) -> dict[str, Any]:
    """The exact fields an event's hash covers (an exported chain carries these to re-check)."""
    return {
        "id": str(event.id),
        "seq": event.seq,
        "occurred_at": event.occurred_at.isoformat(),
        "officer_id": str(event.officer_id) if event.officer_id else None,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "payload": event.payload,
        "prev_hash": event.prev_hash,
    }


def _digest(event: AuditEvent) -> str:
    canonical = json.dumps(
        event_body(event), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _take_write_lock(session: Session) -> None:
    """Hold SQLite's write lock before reading the last entry, so read and append are one step.

    The sqlite3 module opens a transaction only at the first INSERT/UPDATE, so without this the
    read of the last hash could run outside any transaction and two writers (an answer during a
    sync) would both append after the same entry.  A write that changes nothing takes the lock
    (waiting out ``busy_timeout`` behind another writer) without blocking readers the way
    ``BEGIN IMMEDIATE`` on every session would.
    """
    session.execute(update(AuditEvent).where(literal(False)).values(seq=AuditEvent.seq))


def append_event(
    session: Session,
    action: str,
    entity_type: str,
    entity_id: object,
    payload: dict[str, Any] | None = None,
    officer_id: uuid.UUID | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction, so it commits with the change it records."""
    _take_write_lock(session)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    event = AuditEvent(
        id=uuid.uuid4(),
        seq=seq,
        occurred_at=utcnow().replace(microsecond=0),
        officer_id=officer_id,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        payload=payload or {},
        prev_hash=prev,
    )
    event.hash = _digest(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify_chain(events: Iterable[AuditEvent]) -> ChainBreak | None:
    """Recompute the chain in sequence order; return the first broken entry, or None."""
    prev = GENESIS_HASH
    expected_seq = 1
    for event in events:
        if event.seq != expected_seq:
            return ChainBreak(expected_seq, "missing")
        if event.prev_hash != prev:
            return ChainBreak(event.seq, "prev_hash")
        if _digest(event) != event.hash:
            return ChainBreak(event.seq, "altered")
        prev = event.hash
        expected_seq += 1
    return None


def verify_session_chain(session: Session) -> ChainBreak | None:
    return verify_chain(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

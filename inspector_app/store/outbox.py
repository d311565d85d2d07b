"""Filling the sync outbox from every write of a synced record, whatever code path made it.

A flush hook (like the search index's) turns each new, changed or deleted instance of a
registered model into an outbox entry with the next device-local version.  Use cases need not
remember to call anything, so no path can forget to sync.  An entry not yet sent is updated in
place (many keystrokes become one version); once sending started, a change is a new version.

To sync a new kind of record, add one line at the bottom: ``register_synced(Model, "name")``.
"""

from __future__ import annotations

import base64
import enum
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, event, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from inspector_app.store.audit import AuditEvent
from inspector_app.store.base import utcnow
from inspector_app.store.case import Case, CaseDocument, CaseStep, Signature
from inspector_app.store.document import Document
from inspector_app.store.evidence import EvidenceItem, EvidenceLink
from inspector_app.store.inspection import Answer, Inspection, InspectionChecklist
from inspector_app.store.numbering import IssuedNumber
from inspector_app.store.sample import CustodyStep, Sample
from inspector_app.store.sync_state import OutboxEntry

_SYNCED: dict[type, tuple[str, frozenset[str]]] = {}


def register_synced(model: type, record_type: str, exclude: Iterable[str] = ()) -> None:
    """Send every change of ``model`` to the server as ``record_type`` (columns in ``exclude``
    stay on the device)."""
    _SYNCED[model] = (record_type, frozenset(exclude))


def synced_types() -> dict[str, type]:
    return {name: model for model, (name, _) in _SYNCED.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode()}
    if isinstance(value, Decimal):
        return str(value)
    return value


def record_key(obj: object) -> str:
    """The record id: the primary key, joined with ':' when it has several columns."""
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return ":".join(str(part) for part in identity)


def payload_of(obj: object, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in exclude
    }


def _enqueue(
    session: Session, record_type: str, record_id: str, payload: dict[str, Any] | None
) -> None:
    # Core statements on the flush's connection: the ORM session may not be used inside a flush.
    connection = session.connection()
    table = cast(Table, OutboxEntry.__table__)
    latest = connection.execute(
        select(table.c.id, table.c.version, table.c.attempted_at)
        .where(table.c.record_type == record_type, table.c.record_id == record_id)
        .order_by(table.c.version.desc())
        .limit(1)
    ).first()
    if latest is not None and latest.attempted_at is None:
        connection.execute(
            update(table)
            .where(table.c.id == latest.id)
            .values(payload=payload, created_at=utcnow())
        )
        return
    version = (latest.version if latest is not None else 0) + 1
    connection.execute(
        insert(table).values(
            record_type=record_type,
            record_id=record_id,
            version=version,
            payload=payload,
            created_at=utcnow(),
            status="",
        )
    )


@event.listens_for(Session, "after_flush")
def _fill_outbox(session: Session, _context: Any) -> None:
    if not _SYNCED:
        return
    for obj in (*session.new, *session.dirty):
        spec = _SYNCED.get(type(obj))
        if spec is None or (obj not in session.new and not session.is_modified(obj)):
            continue
        _enqueue(session, spec[0], record_key(obj), payload_of(obj, spec[1]))
    for obj in session.deleted:
        spec = _SYNCED.get(type(obj))
        if spec is not None:
            _enqueue(session, spec[0], record_key(obj), None)


def pending_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        )
        or 0
    )


register_synced(Inspection, "inspection")
register_synced(InspectionChecklist, "inspection_checklist")
register_synced(Answer, "answer")
register_synced(Document, "document")
register_synced(AuditEvent, "audit_event")
register_synced(EvidenceItem, "evidence_item")  # the file itself goes up as a blob
register_synced(EvidenceLink, "evidence_link")
register_synced(Sample, "sample")
register_synced(CustodyStep, "custody_step")
register_synced(IssuedNumber, "issued_number")  # so the server sees every number used
register_synced(Case, "case")
register_synced(CaseStep, "case_step")
register_synced(CaseDocument, "case_document")
register_synced(Signature, "signature")  # the image goes up as a blob

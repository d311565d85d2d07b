"""Document number blocks leased per device: numbers never repeat across offline laptops.

The sequence row is advanced with one ``UPDATE … SET next_value = next_value + size`` before it
is read back, so the row lock (PostgreSQL) or the single writer (SQLite) makes two leases take
turns; two devices can never get overlapping ranges.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inspector_app.sync.protocol import ChangeKind, LeaseRequest
from inspector_app.sync.protocol import NumberBlock as BlockOut
from inspector_server.changes import record_change
from inspector_server.models import NumberBlock, NumberSequence


def _ensure_sequence(session: Session, agency_id: uuid.UUID, doc_type: str, year: int) -> None:
    key = (agency_id, doc_type, year)
    if session.get(NumberSequence, key) is not None:
        return
    try:
        with session.begin_nested():
            session.add(NumberSequence(agency_id=agency_id, doc_type=doc_type, year=year))
    except IntegrityError:
        pass  # another lease created it first


def lease(
    session: Session,
    agency_id: uuid.UUID,
    device_id: uuid.UUID,
    officer_id: uuid.UUID,
    request: LeaseRequest,
) -> BlockOut:
    _ensure_sequence(session, agency_id, request.doc_type, request.year)
    where = (
        NumberSequence.agency_id == agency_id,
        NumberSequence.doc_type == request.doc_type,
        NumberSequence.year == request.year,
    )
    session.execute(
        update(NumberSequence)
        .where(*where)
        .values(next_value=NumberSequence.next_value + request.size)
        .execution_options(synchronize_session=False)
    )
    after = session.scalar(select(NumberSequence.next_value).where(*where))
    assert after is not None
    block = NumberBlock(
        agency_id=agency_id,
        doc_type=request.doc_type,
        year=request.year,
        first=after - request.size,
        last=after - 1,
        device_id=device_id,
        leased_by=officer_id,
    )
    session.add(block)
    session.flush()
    out = BlockOut(
        id=str(block.id),
        doc_type=block.doc_type,
        year=block.year,
        first=block.first,
        last=block.last,
        device_id=str(device_id),
    )
    record_change(
        session, agency_id, ChangeKind.NUMBER_BLOCK, out.id, out.model_dump(), device_id=device_id
    )
    return out

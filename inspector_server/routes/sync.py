"""Push (exactly once per record version, conflicts kept) and pull (changes since a number)."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from inspector_app.sync.protocol import (
    MAX_PULL_PAGE,
    PROTOCOL_VERSION,
    Change,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    PushStatus,
    Role,
)
from inspector_server.changes import changes_since
from inspector_server.deps import Principal, PrincipalDep, SessionDep
from inspector_server.errors import problem
from inspector_server.models import Device, RecordVersion, utcnow

router = APIRouter(prefix="/v1", tags=["sync"])


def payload_sha256(payload: dict[str, Any] | None) -> str:
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _held(
    session: SessionDep, who: Principal, changes: list[Change]
) -> dict[tuple[str, str, int], list[RecordVersion]]:
    """Every stored row for the batch's (record, version) pairs, in one query per record type."""
    held: dict[tuple[str, str, int], list[RecordVersion]] = {}
    by_type: dict[str, set[str]] = {}
    for change in changes:
        by_type.setdefault(change.record_type, set()).add(change.record_id)
    for record_type, ids in by_type.items():
        rows = session.scalars(
            select(RecordVersion).where(
                RecordVersion.agency_id == who.agency_id,
                RecordVersion.record_type == record_type,
                RecordVersion.record_id.in_(ids),
            )
        )
        for row in rows:
            held.setdefault((row.record_type, row.record_id, row.version), []).append(row)
    return held


def _decide(
    who: Principal, change: Change, held: list[RecordVersion]
) -> tuple[PushResult, RecordVersion | None]:
    """What the server answers for one change, and the row to store (None: nothing new)."""
    digest = payload_sha256(change.payload)
    result = PushResult(
        record_type=change.record_type,
        record_id=change.record_id,
        version=change.version,
        status=PushStatus.APPLIED,
    )
    first = next((r for r in held if not r.conflict), None)
    if first is not None and first.payload_sha256 == digest:
        result.status = PushStatus.DUPLICATE
        return result, None
    if first is not None:
        result.status = PushStatus.CONFLICT
        result.server_payload_sha256 = first.payload_sha256
        if any(r.payload_sha256 == digest for r in held):
            return result, None  # this conflict was pushed before: still a conflict, no new row
    row = RecordVersion(
        agency_id=who.agency_id,
        record_type=change.record_type,
        record_id=change.record_id,
        version=change.version,
        payload=change.payload,
        payload_sha256=digest,
        conflict=first is not None,
        device_id=who.device_id,
        account_id=who.officer_id,
    )
    held.append(row)  # a repeat of the same change later in this batch sees it
    return result, row


@router.post("/sync/push", response_model=PushResponse)
def push(body: PushRequest, who: PrincipalDep, session: SessionDep) -> PushResponse:
    """Store each change once; answer a repeat as a duplicate and a divergence as a conflict.

    A push and its resend can race (the device gave up waiting and sent again while the first
    was still running).  The unique key then refuses the second insert; the batch is re-decided
    against what is now stored, which turns the raced rows into duplicates.
    """
    if body.protocol != PROTOCOL_VERSION:
        raise problem(426, "protocol", "同步协议版本不符", "Sync protocol version mismatch")
    device = session.get(Device, who.device_id)
    if device is not None:
        device.last_seen_at = utcnow()
    for _attempt in range(3):
        held = _held(session, who, body.changes)
        decided = [
            _decide(who, c, held.setdefault((c.record_type, c.record_id, c.version), []))
            for c in body.changes
        ]
        try:
            with session.begin_nested():
                session.add_all([row for _, row in decided if row is not None])
        except IntegrityError:
            continue
        return PushResponse(results=[result for result, _ in decided])
    raise problem(503, "busy", "服务器繁忙，请稍后再同步", "The server is busy; sync again later")


@router.get("/sync/pull", response_model=PullResponse)
def pull(
    who: PrincipalDep,
    session: SessionDep,
    since: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = MAX_PULL_PAGE,
) -> PullResponse:
    changes = changes_since(session, who.agency_id, who.officer_id, who.device_id, since, limit + 1)
    more = len(changes) > limit
    changes = changes[:limit]
    last = changes[-1].seq if changes else since
    return PullResponse(changes=changes, last_seq=last, more=more)


def _record_json(row: RecordVersion) -> dict[str, Any]:
    return {
        "record_type": row.record_type,
        "record_id": row.record_id,
        "version": row.version,
        "payload": row.payload,
        "payload_sha256": row.payload_sha256,
        "conflict": row.conflict,
        "resolved": row.resolved,
        "device_id": str(row.device_id),
        "officer_id": str(row.account_id),
        "received_at": row.received_at.isoformat(),
    }


@router.get("/records")
def list_records(
    who: PrincipalDep,
    session: SessionDep,
    record_type: str | None = None,
    record_id: str | None = None,
    conflicts_only: bool = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    """Everything the devices sent, queryable by type, id and conflict state."""
    query = select(RecordVersion).where(RecordVersion.agency_id == who.agency_id)
    if who.role == Role.OFFICER:
        query = query.where(RecordVersion.account_id == who.officer_id)
    if record_type:
        query = query.where(RecordVersion.record_type == record_type)
    if record_id:
        query = query.where(RecordVersion.record_id == record_id)
    if conflicts_only:
        query = query.where(RecordVersion.conflict.is_(True), RecordVersion.resolved.is_(False))
    query = query.order_by(RecordVersion.received_at, RecordVersion.version)
    rows = session.scalars(query.limit(limit).offset(offset))
    return [_record_json(r) for r in rows]


@router.post("/records/{record_type}/{record_id}/{version}/resolve")
def resolve_conflict(
    record_type: str, record_id: str, version: int, who: PrincipalDep, session: SessionDep
) -> dict[str, int]:
    """A reviewer marks a conflict as handled; both versions stay stored and readable."""
    who.require(Role.REVIEWER)
    rows = list(
        session.scalars(
            select(RecordVersion).where(
                RecordVersion.agency_id == who.agency_id,
                RecordVersion.record_type == record_type,
                RecordVersion.record_id == record_id,
                RecordVersion.version == version,
                RecordVersion.conflict.is_(True),
            )
        )
    )
    if not rows:
        raise problem(404, "not_found", "找不到该冲突", "Conflict not found")
    for row in rows:
        row.resolved = True
    return {"resolved": len(rows)}

"""Document number blocks: a device leases a range and numbers documents offline from it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from inspector_app.sync.protocol import LeaseRequest, NumberBlock, Role
from inspector_server import numbers
from inspector_server.deps import PrincipalDep, SessionDep
from inspector_server.models import NumberBlock as BlockRow

router = APIRouter(prefix="/v1/number-blocks", tags=["numbers"])


@router.post("", response_model=NumberBlock)
def lease_block(body: LeaseRequest, who: PrincipalDep, session: SessionDep) -> NumberBlock:
    return numbers.lease(session, who.agency_id, who.device_id, who.officer_id, body)


@router.get("")
def list_blocks(who: PrincipalDep, session: SessionDep) -> list[dict[str, Any]]:
    query = select(BlockRow).where(BlockRow.agency_id == who.agency_id)
    if who.role == Role.OFFICER:
        query = query.where(BlockRow.device_id == who.device_id)
    rows = session.scalars(query.order_by(BlockRow.doc_type, BlockRow.year, BlockRow.first))
    return [
        {
            "id": str(r.id),
            "doc_type": r.doc_type,
            "year": r.year,
            "first": r.first,
            "last": r.last,
            "device_id": str(r.device_id),
            "leased_at": r.leased_at.isoformat(),
        }
        for r in rows
    ]

"""Applying what came down from the server to the device's database.

Reference data is server-owned (DESIGN.md "Ownership"): the pulled row simply replaces the local
one.  Agencies, enterprises, officers and templates go to their own tables, where the app reads
them; leased number blocks to ``sync_number_blocks``; everything else (tasks, law catalogue updates,
kinds a newer server adds) is kept as data in ``sync_items`` rather than dropped.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.store import (
    Agency,
    ChecklistTemplate,
    Enterprise,
    LeasedNumberBlock,
    Officer,
    PulledItem,
    Role,
)
from inspector_app.sync.protocol import ChangeKind, ServerChange

ENTERPRISE_FIELDS = (
    "name",
    "region_code",
    "industry",
    "key_discharge_unit",
    "positive_list",
    "legal_representative",
    "address",
    "permit_no",
    "contact_person",
    "contact_phone",
    "longitude",
    "latitude",
)


def _agency(session: Session, data: dict[str, Any]) -> None:
    row = session.scalars(select(Agency).where(Agency.code == data["code"])).first()
    if row is None:
        row = Agency(id=uuid.UUID(data["id"]), code=data["code"])
        session.add(row)
    row.name = data["name"]
    row.region_code = data.get("region_code") or ""
    row.doc_abbreviations = data.get("doc_abbreviations") or {}


def _enterprise(session: Session, data: dict[str, Any]) -> None:
    # By credit code: a locally imported copy keeps its id, so inspections pointing at it hold.
    row = session.scalars(
        select(Enterprise).where(Enterprise.credit_code == data["credit_code"])
    ).first()
    if row is None:
        row = Enterprise(id=uuid.UUID(data["id"]), credit_code=data["credit_code"])
        session.add(row)
    for key in ENTERPRISE_FIELDS:
        if key not in data:
            continue
        value = data[key]
        if value is None and key not in ("longitude", "latitude"):
            value = ""  # text columns are never NULL on the device
        setattr(row, key, value)
    if "permit_valid_to" in data:
        text = data["permit_valid_to"]
        row.permit_valid_to = date.fromisoformat(text) if text else None


def _officer(session: Session, data: dict[str, Any]) -> None:
    agency = session.scalars(select(Agency).where(Agency.code == data["agency_code"])).first()
    if agency is None:
        agency = Agency(
            id=uuid.UUID(data["agency_id"]), code=data["agency_code"], name="", region_code=""
        )
        session.add(agency)
        session.flush()
    row = session.scalars(
        select(Officer).where(Officer.certificate_no == data["certificate_no"])
    ).first()
    if row is None:
        row = Officer(id=uuid.UUID(data["id"]), certificate_no=data["certificate_no"])
        session.add(row)
    row.agency_id = agency.id
    row.name = data["name"]
    row.role = Role(data["role"])
    row.active = bool(data["active"])
    row.password_hash = data.get("password_hash")


def _template(session: Session, data: dict[str, Any]) -> None:
    exists = session.scalars(
        select(ChecklistTemplate).where(
            ChecklistTemplate.code == data["code"], ChecklistTemplate.version == data["version"]
        )
    ).first()
    if exists is None:  # templates are frozen versions: never rewritten once held
        session.add(
            ChecklistTemplate(
                id=uuid.UUID(data["id"]),
                code=data["code"],
                version=data["version"],
                title=data["title"],
                content=data["content"],
                content_hash=data["content_hash"],
            )
        )


def store_number_block(session: Session, data: dict[str, Any]) -> None:
    if session.get(LeasedNumberBlock, data["id"]) is None:
        session.add(
            LeasedNumberBlock(
                id=data["id"],
                doc_type=data["doc_type"],
                year=data["year"],
                first=data["first"],
                last=data["last"],
                next_value=data["first"],
            )
        )


_APPLY = {
    ChangeKind.AGENCY.value: _agency,
    ChangeKind.ENTERPRISE.value: _enterprise,
    ChangeKind.OFFICER.value: _officer,
    ChangeKind.TEMPLATE.value: _template,
    ChangeKind.NUMBER_BLOCK.value: store_number_block,
}


def apply_change(session: Session, change: ServerChange) -> None:
    handler = _APPLY.get(change.kind)
    if handler is not None and change.payload is not None:
        handler(session, change.payload)
        session.flush()
        return
    row = session.get(PulledItem, (change.kind, change.key))
    if row is None:
        session.add(
            PulledItem(kind=change.kind, key=change.key, payload=change.payload, seq=change.seq)
        )
    else:
        row.payload, row.seq = change.payload, change.seq
    session.flush()


def tasks(session: Session) -> list[dict[str, Any]]:
    """Spot-check tasks sent to this officer, for the app's task list."""
    rows = session.scalars(select(PulledItem).where(PulledItem.kind == ChangeKind.TASK.value))
    return [r.payload for r in rows if r.payload is not None]

"""Plain records the enterprise screens hold, and the reads that fill them.

The table model keeps these frozen dataclasses, never live ORM objects: an ORM object outlives
its session badly (lazy loads, expired attributes), and a plain row costs less memory when an
officer scrolls far into a registry of a million enterprises.  No Qt here, so it is easy to test.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from inspector_app.store import Enterprise, Inspection
from inspector_app.store.search import search

EXPIRING_DAYS = 30


class PermitState(StrEnum):
    UNKNOWN = "unknown"
    VALID = "valid"
    EXPIRING = "expiring"  # within EXPIRING_DAYS
    EXPIRED = "expired"


def permit_state(valid_to: date | None, today: date) -> tuple[PermitState, int | None]:
    """The permit's state and the days left (negative once expired)."""
    if valid_to is None:
        return PermitState.UNKNOWN, None
    days = (valid_to - today).days
    if days < 0:
        return PermitState.EXPIRED, days
    if days <= EXPIRING_DAYS:
        return PermitState.EXPIRING, days
    return PermitState.VALID, days


@dataclass(frozen=True, slots=True)
class EnterpriseRow:
    id: uuid.UUID
    name: str
    credit_code: str
    region_code: str
    industry: str
    permit_valid_to: date | None
    key_discharge_unit: bool
    positive_list: bool
    matched: str = ""  # search mode: "name", "initials" or "code"


@dataclass(frozen=True, slots=True)
class InspectionSummary:
    started_at: datetime
    kind: str
    status: str
    place: str


@dataclass(frozen=True, slots=True)
class EnterpriseDetail:
    id: uuid.UUID
    credit_code: str
    name: str
    legal_representative: str
    address: str
    region_code: str
    industry: str
    longitude: float | None
    latitude: float | None
    permit_no: str
    permit_valid_from: date | None
    permit_valid_to: date | None
    key_discharge_unit: bool
    positive_list: bool
    contact_person: str
    contact_phone: str
    inspections: tuple[InspectionSummary, ...]


_ROW_COLUMNS = (
    Enterprise.id,
    Enterprise.name,
    Enterprise.credit_code,
    Enterprise.region_code,
    Enterprise.industry,
    Enterprise.permit_valid_to,
    Enterprise.key_discharge_unit,
    Enterprise.positive_list,
)


def browse_page(session: Session, after: EnterpriseRow | None, size: int) -> list[EnterpriseRow]:
    """The next ``size`` enterprises by (name, id) after ``after``: keyset, never OFFSET."""
    query = select(*_ROW_COLUMNS).order_by(Enterprise.name, Enterprise.id).limit(size)
    if after is not None:
        query = query.where(tuple_(Enterprise.name, Enterprise.id) > (after.name, after.id))
    return [EnterpriseRow(*row) for row in session.execute(query)]


def search_rows(session: Session, query: str, limit: int) -> list[EnterpriseRow]:
    rows = []
    for hit in search(session, query, limit):
        ent = hit.enterprise
        rows.append(
            EnterpriseRow(
                ent.id,
                ent.name,
                ent.credit_code,
                ent.region_code,
                ent.industry,
                ent.permit_valid_to,
                ent.key_discharge_unit,
                ent.positive_list,
                hit.matched,
            )
        )
    return rows


def load_detail(
    session: Session, enterprise_id: uuid.UUID, inspections: int = 5
) -> EnterpriseDetail | None:
    ent = session.get(Enterprise, enterprise_id)
    if ent is None:
        return None
    recent: Sequence[Inspection] = session.scalars(
        select(Inspection)
        .where(Inspection.enterprise_id == enterprise_id)
        .order_by(Inspection.started_at.desc())
        .limit(inspections)
    ).all()
    return EnterpriseDetail(
        id=ent.id,
        credit_code=ent.credit_code,
        name=ent.name,
        legal_representative=ent.legal_representative,
        address=ent.address,
        region_code=ent.region_code,
        industry=ent.industry,
        longitude=ent.longitude,
        latitude=ent.latitude,
        permit_no=ent.permit_no,
        permit_valid_from=ent.permit_valid_from,
        permit_valid_to=ent.permit_valid_to,
        key_discharge_unit=ent.key_discharge_unit,
        positive_list=ent.positive_list,
        contact_person=ent.contact_person,
        contact_phone=ent.contact_phone,
        inspections=tuple(
            InspectionSummary(i.started_at, str(i.kind), str(i.status), i.place) for i in recent
        ),
    )

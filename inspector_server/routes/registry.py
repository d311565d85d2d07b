"""Central registries over HTTP: enterprises, officer accounts, templates, conflicts of interest.

Reading is open to every signed-in member of the agency; writing needs an administrator.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import select

from inspector_app.i18n import UserError
from inspector_app.sync.protocol import ChangeKind, Role
from inspector_server.changes import record_change
from inspector_server.deps import PrincipalDep, SessionDep
from inspector_server.errors import not_found, problem
from inspector_server.models import Account, Agency, ConflictOfInterest, Enterprise
from inspector_server.registry import (
    AccountIn,
    EnterpriseIn,
    TemplateIn,
    add_template,
    enterprise_payload,
    upsert_account,
    upsert_enterprise,
)

router = APIRouter(prefix="/v1", tags=["registry"])


def user_error(error: UserError) -> Exception:
    return problem(422, "invalid", error.msg.zh, error.msg.en)


@router.get("/enterprises")
def list_enterprises(who: PrincipalDep, session: SessionDep) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Enterprise)
        .where(Enterprise.agency_id == who.agency_id)
        .order_by(Enterprise.credit_code)
    )
    return [enterprise_payload(r) for r in rows]


@router.post("/enterprises")
def import_enterprises(
    body: list[EnterpriseIn], who: PrincipalDep, session: SessionDep
) -> dict[str, int]:
    who.require(Role.ADMINISTRATOR)
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    try:
        for item in body:
            counts[upsert_enterprise(session, who.agency_id, item)] += 1
    except UserError as error:
        raise user_error(error) from error
    return counts


@router.get("/officers")
def list_officers(who: PrincipalDep, session: SessionDep) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Account).where(Account.agency_id == who.agency_id).order_by(Account.certificate_no)
    )
    return [
        {
            "id": str(r.id),
            "certificate_no": r.certificate_no,
            "name": r.name,
            "role": r.role,
            "active": r.active,
            "on_post": r.on_post,
        }
        for r in rows
    ]


@router.post("/officers")
def save_officer(body: AccountIn, who: PrincipalDep, session: SessionDep) -> dict[str, str]:
    who.require(Role.ADMINISTRATOR)
    agency = session.get(Agency, who.agency_id)
    assert agency is not None
    return {"id": str(upsert_account(session, agency, body).id)}


@router.post("/templates")
def save_template(body: TemplateIn, who: PrincipalDep, session: SessionDep) -> dict[str, str]:
    who.require(Role.ADMINISTRATOR)
    try:
        return {"status": add_template(session, who.agency_id, body)}
    except UserError as error:
        raise user_error(error) from error


class ConflictIn(BaseModel):
    officer_id: uuid.UUID
    enterprise_id: uuid.UUID
    reason: str = ""


@router.post("/conflicts-of-interest")
def add_conflict(body: ConflictIn, who: PrincipalDep, session: SessionDep) -> dict[str, str]:
    """Record that an officer must not be drawn for an enterprise (回避)."""
    who.require(Role.ADMINISTRATOR)
    account = session.get(Account, body.officer_id)
    enterprise = session.get(Enterprise, body.enterprise_id)
    if account is None or account.agency_id != who.agency_id:
        raise not_found("执法人员", "Officer")
    if enterprise is None or enterprise.agency_id != who.agency_id:
        raise not_found("企业", "Enterprise")
    existing = session.scalars(
        select(ConflictOfInterest).where(
            ConflictOfInterest.account_id == account.id,
            ConflictOfInterest.enterprise_id == enterprise.id,
        )
    ).first()
    if existing is None:
        existing = ConflictOfInterest(
            agency_id=who.agency_id,
            account_id=account.id,
            enterprise_id=enterprise.id,
            reason=body.reason,
        )
        session.add(existing)
        session.flush()
    return {"id": str(existing.id)}


class ReferenceIn(BaseModel):
    """A piece of reference data the devices keep as data: law catalogue, discretion tables."""

    content: dict[str, Any]


@router.put("/reference/{key}")
def publish_reference(
    key: str, body: ReferenceIn, who: PrincipalDep, session: SessionDep
) -> dict[str, str]:
    """Publish (or replace) one reference document, e.g. ``law-catalogue`` or ``discretion-62``.

    Devices receive it at their next pull and keep it in ``sync_items``; an issued document
    never changes with it, because a case stores the provision text it applied.
    """
    who.require(Role.ADMINISTRATOR)
    if not key or len(key) > 100 or "/" in key:
        raise problem(422, "key", "参考数据名称无效", "Invalid reference key")
    record_change(session, who.agency_id, ChangeKind.REFERENCE, key, body.content)
    return {"key": key}

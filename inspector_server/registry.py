"""The registries kept centrally: enterprises, officer accounts, checklist templates, conflicts.

Each write also goes into the change log, so the devices pick it up at their next pull.  An
unchanged row is not re-announced: importing the same file twice sends nothing new.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError
from inspector_app.registry.passwords import hash_password
from inspector_app.registry.validators import check_credit_code
from inspector_app.sync.protocol import ChangeKind, Role
from inspector_server.changes import record_change
from inspector_server.models import Account, Agency, ChecklistTemplate, Enterprise

DETAIL_FIELDS = (
    "legal_representative",
    "address",
    "permit_no",
    "permit_valid_to",
    "contact_person",
    "contact_phone",
    "longitude",
    "latitude",
)


class EnterpriseIn(BaseModel):
    credit_code: str
    name: str = Field(min_length=1, max_length=200)
    region_code: str = ""
    industry: str = ""
    key_discharge_unit: bool = False
    positive_list: bool = False
    details: dict[str, Any] = Field(default_factory=dict)


class AccountIn(BaseModel):
    certificate_no: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=50)
    role: Role = Role.OFFICER
    password: str | None = Field(default=None, min_length=8)
    active: bool = True
    on_post: bool = True


class TemplateIn(BaseModel):
    code: str = Field(min_length=1, max_length=40)
    version: int = Field(ge=1)
    title: str
    content: dict[str, Any]


def enterprise_payload(row: Enterprise) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "credit_code": row.credit_code,
        "name": row.name,
        "region_code": row.region_code,
        "industry": row.industry,
        "key_discharge_unit": row.key_discharge_unit,
        "positive_list": row.positive_list,
        **{k: row.details.get(k) for k in DETAIL_FIELDS if k in row.details},
    }


def account_payload(row: Account, agency: Agency) -> dict[str, Any]:
    # The scrypt hash goes to the agency's own devices so officers can sign in offline.
    return {
        "id": str(row.id),
        "agency_id": str(agency.id),
        "agency_code": agency.code,
        "certificate_no": row.certificate_no,
        "name": row.name,
        "role": row.role,
        "active": row.active,
        "password_hash": row.password_hash,
    }


def agency_payload(agency: Agency) -> dict[str, Any]:
    return {
        "id": str(agency.id),
        "code": agency.code,
        "name": agency.name,
        "region_code": agency.region_code,
        "doc_abbreviations": agency.doc_abbreviations,
    }


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in details.items()}


def upsert_enterprise(session: Session, agency_id: uuid.UUID, data: EnterpriseIn) -> str:
    """Create or update by credit code; returns "created", "updated" or "unchanged"."""
    checked = check_credit_code(data.credit_code)
    if not checked.ok:
        assert checked.problem is not None
        raise UserError(checked.problem)
    row = session.scalars(
        select(Enterprise).where(
            Enterprise.agency_id == agency_id, Enterprise.credit_code == checked.value
        )
    ).first()
    values = data.model_dump()
    values["credit_code"] = checked.value
    values["details"] = _jsonable({k: v for k, v in data.details.items() if k in DETAIL_FIELDS})
    outcome = "updated"
    if row is None:
        row = Enterprise(agency_id=agency_id, **values)
        session.add(row)
        outcome = "created"
    elif all(getattr(row, k) == v for k, v in values.items()):
        return "unchanged"
    else:
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()
    record_change(session, agency_id, ChangeKind.ENTERPRISE, str(row.id), enterprise_payload(row))
    return outcome


def upsert_account(session: Session, agency: Agency, data: AccountIn) -> Account:
    row = session.scalars(
        select(Account).where(
            Account.agency_id == agency.id, Account.certificate_no == data.certificate_no
        )
    ).first()
    if row is None:
        row = Account(agency_id=agency.id, certificate_no=data.certificate_no, name=data.name)
        session.add(row)
    row.name, row.role, row.active, row.on_post = (
        data.name,
        data.role.value,
        data.active,
        data.on_post,
    )
    if data.password:
        row.password_hash = hash_password(data.password)
    session.flush()
    record_change(session, agency.id, ChangeKind.OFFICER, str(row.id), account_payload(row, agency))
    return row


def add_template(session: Session, agency_id: uuid.UUID, data: TemplateIn) -> str:
    """Templates are frozen versions: the same (code, version) with other content is refused.

    The content is validated with the app's own schema and hashed the way the app hashes it, so
    a template published here and one loaded from YAML on a laptop agree on their hash.
    """
    from pydantic import ValidationError

    from inspector_app.checklists.loader import content_hash
    from inspector_app.checklists.schema import ChecklistTemplate as TemplateSchema

    try:
        schema = TemplateSchema.model_validate(data.content)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UserError(
            Msg(
                f"检查表内容无效：{where}：{first['msg']}",
                f"Invalid checklist: {where}: {first['msg']}",
            )
        ) from None
    if (schema.code, schema.version) != (data.code, data.version):
        raise UserError(
            Msg("检查表编号或版本与内容不符", "Code or version differs from the content")
        )
    digest = content_hash(schema)
    row = session.scalars(
        select(ChecklistTemplate).where(
            ChecklistTemplate.agency_id == agency_id,
            ChecklistTemplate.code == data.code,
            ChecklistTemplate.version == data.version,
        )
    ).first()
    if row is not None:
        if row.content_hash != digest:
            raise UserError(
                Msg(
                    f"检查表 {data.code} 第{data.version}版已存在且内容不同，请提高版本号",
                    f"Checklist {data.code} v{data.version} exists with other content; "
                    "raise the version",
                )
            )
        return "unchanged"
    row = ChecklistTemplate(agency_id=agency_id, content_hash=digest, **data.model_dump())
    session.add(row)
    session.flush()
    payload = {**data.model_dump(), "id": str(row.id), "content_hash": digest}
    record_change(session, agency_id, ChangeKind.TEMPLATE, f"{data.code}@{data.version}", payload)
    return "created"


def import_enterprise_file(session: Session, agency_id: uuid.UUID, path: Path) -> dict[str, Any]:
    """Read the same CSV/XLSX layout the desktop import reads; bad rows are reported by number."""
    from inspector_app.registry import columns as col
    from inspector_app.registry.importer import RowProblem, _enterprise_fields
    from inspector_app.registry.tables import read_table

    header, rows = read_table(path)
    found = col.map_headers(header, col.ENTERPRISE_COLUMNS)
    counts: dict[str, Any] = {"created": 0, "updated": 0, "unchanged": 0, "errors": []}
    for number, cells in rows:
        try:
            fields = _enterprise_fields(list(cells), found)
        except RowProblem as problem:
            counts["errors"].append({"row": number, "zh": problem.msg.zh, "en": problem.msg.en})
            continue
        core = {k: fields.pop(k) for k in list(fields) if k in EnterpriseIn.model_fields}
        counts[upsert_enterprise(session, agency_id, EnterpriseIn(**core, details=fields))] += 1
    return counts

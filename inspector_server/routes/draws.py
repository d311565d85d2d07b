"""Random spot-check draws: run and record, re-run from the record, tasks, public export."""

from __future__ import annotations

import io
import secrets
import tempfile
import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from inspector_app.i18n import UserError
from inspector_app.sync.protocol import ChangeKind, Role
from inspector_server import draw as drawing
from inspector_server.changes import record_change
from inspector_server.deps import Principal, PrincipalDep, SessionDep
from inspector_server.errors import not_found
from inspector_server.models import Account, ConflictOfInterest, Draw, Enterprise, Task, utcnow
from inspector_server.routes.registry import user_error

router = APIRouter(prefix="/v1", tags=["draws"])


class DrawFilters(BaseModel):
    region_prefix: str = ""
    industry: str = ""
    key_discharge_unit: bool | None = None
    positive_list: bool | None = None


class DrawGroup(BaseModel):
    """One class of enterprises with its own share, e.g. 重点监管对象 at 5 %."""

    label: str = Field(default="", max_length=60)
    count: int | None = Field(default=None, ge=1)
    proportion: float | None = Field(default=None, gt=0, le=1)
    filters: DrawFilters = Field(default_factory=DrawFilters)


class DrawIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    seed: str | None = Field(default=None, max_length=100, description="random when omitted")
    # Either one group given by the fields below, or several in ``groups``.
    count: int | None = Field(default=None, ge=1)
    proportion: float | None = Field(default=None, gt=0, le=1)
    filters: DrawFilters = Field(default_factory=DrawFilters)
    groups: list[DrawGroup] = Field(default_factory=list, max_length=20)
    officers_per_task: int = Field(default=2, ge=2, le=4)

    def all_groups(self) -> list[DrawGroup]:
        if self.groups:
            return self.groups
        return [DrawGroup(count=self.count, proportion=self.proportion, filters=self.filters)]


def _enterprises(session: SessionDep, who: Principal, filters: DrawFilters) -> list[Any]:
    query = select(Enterprise).where(Enterprise.agency_id == who.agency_id)
    if filters.region_prefix:
        query = query.where(Enterprise.region_code.startswith(filters.region_prefix))
    if filters.industry:
        query = query.where(Enterprise.industry == filters.industry)
    if filters.key_discharge_unit is not None:
        query = query.where(Enterprise.key_discharge_unit.is_(filters.key_discharge_unit))
    if filters.positive_list is not None:
        query = query.where(Enterprise.positive_list.is_(filters.positive_list))
    # Sorted here, not by the database: collations differ (SQLite vs a zh_CN PostgreSQL), and
    # the pool order is part of what makes a seed reproduce the same draw.
    enterprises = [
        {
            "id": str(e.id),
            "credit_code": e.credit_code,
            "name": e.name,
            "positive_list": e.positive_list,
            "key_discharge_unit": e.key_discharge_unit,
        }
        for e in sorted(session.scalars(query), key=lambda e: e.credit_code)
    ]
    return enterprises


def _pool(session: SessionDep, who: Principal, body: DrawIn) -> dict[str, Any]:
    groups = [
        {"label": g.label, "enterprises": _enterprises(session, who, g.filters)}
        for g in body.all_groups()
    ]
    officers = [
        {"id": str(a.id), "certificate_no": a.certificate_no, "name": a.name}
        for a in sorted(
            session.scalars(
                select(Account)
                .where(Account.agency_id == who.agency_id, Account.active, Account.on_post)
                .where(Account.role != Role.ADMINISTRATOR.value)
            ),
            key=lambda a: a.certificate_no,
        )
    ]
    conflicts = sorted(
        [str(c.account_id), str(c.enterprise_id)]
        for c in session.scalars(
            select(ConflictOfInterest).where(ConflictOfInterest.agency_id == who.agency_id)
        )
    )
    return {"groups": groups, "officers": officers, "conflicts": conflicts}


def _draw_json(row: Draw) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "title": row.title,
        "algorithm": row.algorithm,
        "seed": row.seed,
        "parameters": row.parameters,
        "pool": row.pool,
        "result": row.result,
        "result_sha256": row.result_sha256,
        "run_by": str(row.run_by),
        "run_at": row.run_at.isoformat(),
    }


@router.post("/draws")
def run_draw(body: DrawIn, who: PrincipalDep, session: SessionDep) -> dict[str, Any]:
    """Draw, record everything needed to re-run it, and send each task to its two officers."""
    who.require(Role.ADMINISTRATOR)
    pool = _pool(session, who, body)
    seed = body.seed or secrets.token_hex(16)
    parameters = {
        "officers_per_task": body.officers_per_task,
        "groups": [g.model_dump(mode="json") for g in body.all_groups()],
    }
    try:
        result = drawing.run(pool, parameters, seed)
    except UserError as error:
        raise user_error(error) from error
    row = Draw(
        agency_id=who.agency_id,
        title=body.title,
        algorithm=drawing.ALGORITHM,
        seed=seed,
        parameters=parameters,
        pool=pool,
        result=result,
        result_sha256=drawing.canonical_sha256(result),
        run_by=who.officer_id,
        run_at=utcnow(),
    )
    session.add(row)
    session.flush()
    names = {o["id"]: o for o in pool["officers"]}
    for item in result["tasks"]:
        task = Task(
            agency_id=who.agency_id,
            draw_id=row.id,
            enterprise_id=uuid.UUID(item["enterprise_id"]),
            kind=item["kind"],
            officer_ids=item["officer_ids"],
        )
        session.add(task)
        session.flush()
        payload = {
            "id": str(task.id),
            "draw_id": str(row.id),
            "title": body.title,
            **{k: item[k] for k in ("enterprise_id", "credit_code", "enterprise_name", "kind")},
            "officers": [names[o] for o in item["officer_ids"]],
        }
        for officer_id in item["officer_ids"]:
            record_change(
                session,
                who.agency_id,
                ChangeKind.TASK,
                str(task.id),
                payload,
                officer_id=uuid.UUID(officer_id),
            )
    return _draw_json(row)


def _get_draw(session: SessionDep, who: Principal, draw_id: uuid.UUID) -> Draw:
    row = session.get(Draw, draw_id)
    if row is None or row.agency_id != who.agency_id:
        raise not_found("抽查记录", "Draw")
    return row


@router.get("/draws/{draw_id}")
def get_draw(draw_id: uuid.UUID, who: PrincipalDep, session: SessionDep) -> dict[str, Any]:
    who.require(Role.REVIEWER)
    return _draw_json(_get_draw(session, who, draw_id))


@router.post("/draws/{draw_id}/verify")
def verify_draw(draw_id: uuid.UUID, who: PrincipalDep, session: SessionDep) -> dict[str, Any]:
    """Re-run the recorded draw from its pool snapshot and seed; say whether it matches."""
    who.require(Role.REVIEWER)
    row = _get_draw(session, who, draw_id)
    again = drawing.run(row.pool, row.parameters, row.seed)
    digest = drawing.canonical_sha256(again)
    return {"reproduced": digest == row.result_sha256, "result_sha256": digest}


@router.get("/tasks")
def my_tasks(who: PrincipalDep, session: SessionDep) -> list[dict[str, Any]]:
    rows = session.scalars(select(Task).where(Task.agency_id == who.agency_id))
    mine = str(who.officer_id)
    visible = [t for t in rows if who.role != Role.OFFICER or mine in t.officer_ids]
    return [
        {
            "id": str(t.id),
            "draw_id": str(t.draw_id) if t.draw_id else None,
            "enterprise_id": str(t.enterprise_id),
            "kind": t.kind,
            "officer_ids": t.officer_ids,
            "result": t.result,
        }
        for t in visible
    ]


class ResultIn(BaseModel):
    result: str = Field(max_length=2000)


@router.put("/tasks/{task_id}/result")
def set_result(
    task_id: uuid.UUID, body: ResultIn, who: PrincipalDep, session: SessionDep
) -> dict[str, str]:
    """The published outcome of one check (e.g. 未发现问题 / 责令改正), set by a reviewer."""
    who.require(Role.REVIEWER)
    task = session.get(Task, task_id)
    if task is None or task.agency_id != who.agency_id:
        raise not_found("任务", "Task")
    task.result = body.result
    return {"id": str(task.id)}


EXPORT_HEADER = [
    "序号",
    "抽查事项",
    "单位名称",
    "统一社会信用代码",
    "检查方式",
    "监管类别",
    "执法人员",
    "抽取时间",
    "检查结果",
]


@router.get("/draws/{draw_id}/export")
def export_draw(
    draw_id: uuid.UUID,
    who: PrincipalDep,
    session: SessionDep,
    format: Annotated[str, Query(pattern="^(csv|xlsx)$")] = "csv",
) -> Response:
    """Spot-check results for public disclosure (一公开), as CSV (UTF-8 with BOM) or XLSX."""
    from inspector_app.registry.tables import write_table

    who.require(Role.REVIEWER)
    row = _get_draw(session, who, draw_id)
    names = {o["id"]: o["name"] for o in row.pool["officers"]}
    tasks = {
        str(t.enterprise_id): t for t in session.scalars(select(Task).where(Task.draw_id == row.id))
    }
    lines = []
    for index, item in enumerate(row.result["tasks"], 1):
        task = tasks.get(item["enterprise_id"])
        lines.append(
            [
                index,
                row.title,
                item["enterprise_name"],
                item["credit_code"],
                "非现场检查" if item["kind"] == "offsite" else "现场检查",
                item.get("group", ""),
                "、".join(names.get(o, o) for o in item["officer_ids"]),
                row.run_at.date().isoformat(),
                task.result if task else "",
            ]
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"draw.{format}"
        write_table(path, EXPORT_HEADER, lines)
        data = path.read_bytes()
    media = (
        "text/csv"
        if format == "csv"
        else ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )
    headers = {"Content-Disposition": f'attachment; filename="spot-check-{row.id}.{format}"'}
    return Response(content=io.BytesIO(data).getvalue(), media_type=media, headers=headers)

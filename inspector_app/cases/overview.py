"""Plain rows for the Cases page: each case with its status and next deadline, and a case's
timeline of steps and documents (the integrator's Qt models wrap these)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cases.deadlines import open_deadlines
from inspector_app.cases.machine import STEPS, status_label
from inspector_app.cases.service import case_view, get_case
from inspector_app.cases.settings import CaseSettings
from inspector_app.store import Case, CaseDocument, Document, Enterprise
from inspector_app.store.document import current_ids


@dataclass(frozen=True)
class CaseRow:
    case_id: uuid.UUID
    case_number: str | None
    cause: str
    enterprise: str
    status: str
    status_zh: str
    opened_on: date
    fine_fen: int | None
    next_title_zh: str | None
    next_due_on: date | None
    overdue: bool


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    step: str
    title_zh: str
    title_en: str
    status_after: str
    document_id: uuid.UUID | None
    document_number: str | None


def case_rows(
    session: Session, today: date, settings: CaseSettings | None = None, limit: int = 500
) -> list[CaseRow]:
    """Newest first; the next deadline is the earliest open one (overdue ones first)."""
    query = (
        select(Case, Enterprise.name)
        .join(Enterprise, Enterprise.id == Case.enterprise_id)
        .order_by(Case.opened_on.desc())
        .limit(limit)
    )
    rows = []
    for case, name in session.execute(query):
        pending = open_deadlines(case_view(session, case, settings), today)
        first = pending[0] if pending else None
        rows.append(
            CaseRow(
                case.id,
                case.case_number,
                case.cause,
                name,
                case.status,
                status_label(case.status),
                case.opened_on,
                case.fine_fen,
                first.title_zh if first else None,
                first.due_on if first else None,
                _overdue(first, today),
            )
        )
    return rows


def _overdue(item: Any, today: date) -> bool:
    if item is None:
        return False
    return item.kind == "follow_up" or (item.kind == "deadline" and item.due_on < today)


def timeline(session: Session, case_id: uuid.UUID) -> list[TimelineEntry]:
    case = get_case(session, case_id)
    numbers = dict(
        session.execute(
            select(Document.id, Document.number)
            .join(CaseDocument, CaseDocument.document_id == Document.id)
            .where(CaseDocument.case_id == case.id)
        ).all()
    )
    out = [TimelineEntry(case.opened_on, "open", "立案登记", "case opened", "opened", None, None)]
    steps = case_view(session, case).steps
    # A step's document is shown as its newest version (e.g. the signed one).
    newest = current_ids(session, [s.document_id for s in steps if s.document_id])
    for s in steps:
        step = STEPS[s.step]
        document_id = newest[s.document_id] if s.document_id else None
        out.append(
            TimelineEntry(
                s.on,
                s.step,
                step.title_zh,
                step.title_en,
                s.status_after,
                document_id,
                numbers.get(document_id) if document_id else None,
            )
        )
    return out

"""How often an enterprise committed the same violation before: the "repeats" factor.

Counted from the enterprise's own records in the database, never typed in from memory:
finished inspections whose findings establish the violation and, once the Cases work adds its
table, cases for the violation.  Tables that do not exist yet are skipped, so this works on any
database revision.  A case opened from a counted inspection is not counted again.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from inspector_app.law.catalogue import Catalogue
    from inspector_app.law.discretion import DiscretionResult
    from inspector_app.law.discretion_data import DiscretionData

#: Columns looked for in a ``cases`` table (first match wins); see docs/architecture.md.
CASE_DATE_COLUMNS = ("decided_on", "decision_date", "decided_at", "opened_at", "created_at")
CASE_CODE_COLUMNS = ("violation_codes", "violation_code")
VOID_STATUSES = ("void", "voided", "cancelled", "withdrawn")


def count_prior_violations(
    session: Session,
    enterprise_id: uuid.UUID,
    violation_code: str,
    before: date,
    window_days: int = 730,
    *,
    exclude_inspection_id: uuid.UUID | None = None,
) -> int:
    """Finished inspections and cases of ``enterprise_id`` with ``violation_code`` in the
    ``window_days`` before ``before`` (the day of the act being judged, which is not counted).

    ``exclude_inspection_id`` is the inspection that found the act being judged: neither it nor a
    case opened from it counts, whatever date the caller passes.
    """
    start = datetime.combine(before - timedelta(days=window_days), time.min, tzinfo=UTC)
    end = datetime.combine(before, time.min, tzinfo=UTC)
    counted = _inspections(session, enterprise_id, violation_code, start, end)
    skip = set(counted)
    if exclude_inspection_id is not None:
        counted.discard(exclude_inspection_id)
        skip.add(exclude_inspection_id)
    return len(counted) + _cases(session, enterprise_id, violation_code, start, end, skip)


def _inspections(
    session: Session, enterprise_id: uuid.UUID, code: str, start: datetime, end: datetime
) -> set[uuid.UUID]:
    from inspector_app.checklists.catalog import stored_template
    from inspector_app.checklists.engine import findings
    from inspector_app.store import Answer, ChecklistTemplate, Inspection, InspectionStatus

    rows = session.scalars(
        select(Inspection).where(
            Inspection.enterprise_id == enterprise_id,
            Inspection.status == InspectionStatus.FINISHED,
            Inspection.ended_at >= start,
            Inspection.ended_at < end,
        )
    ).all()
    found: set[uuid.UUID] = set()
    for inspection in rows:
        answers = session.scalars(select(Answer).where(Answer.inspection_id == inspection.id))
        by_template: dict[uuid.UUID, dict[str, object]] = {}
        for answer in answers:
            by_template.setdefault(answer.template_id, {})[answer.item_code] = answer.value
        for template_id, values in by_template.items():
            row = session.get(ChecklistTemplate, template_id)
            if row is None:
                continue
            if any(code in item.violations for item in findings(stored_template(row), values)):
                found.add(inspection.id)
                break
    return found


def _cases(
    session: Session,
    enterprise_id: uuid.UUID,
    code: str,
    start: datetime,
    end: datetime,
    counted: set[uuid.UUID],
) -> int:
    """Cases for the violation, if a ``cases`` table with the expected columns exists."""
    inspector = inspect(session.connection())
    if not inspector.has_table("cases"):
        return 0
    columns = {c["name"] for c in inspector.get_columns("cases")}
    date_col = next((c for c in CASE_DATE_COLUMNS if c in columns), None)
    code_col = next((c for c in CASE_CODE_COLUMNS if c in columns), None)
    if "enterprise_id" not in columns or date_col is None or code_col is None:
        return 0
    extra = ", inspection_id" if "inspection_id" in columns else ", NULL"
    status = ", status" if "status" in columns else ", NULL"
    # Only column names from the lists above reach the SQL text; the value is a parameter.
    query = text(
        f"SELECT {code_col}{extra}{status}, {date_col} FROM cases WHERE enterprise_id = :enterprise"
    )
    enterprise = enterprise_id.hex  # SQLAlchemy's Uuid type stores 32 hex characters on SQLite
    total = 0
    for codes, inspection_id, state, when in session.execute(query, {"enterprise": enterprise}):
        if state in VOID_STATUSES or not _within(when, start, end):
            continue
        if inspection_id is not None and _uuid(inspection_id) in counted:
            continue
        if code in _codes(codes):
            total += 1
    return total


def _within(value: object, start: datetime, end: datetime) -> bool:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return False
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime.combine(value, time.min)
    if not isinstance(value, datetime):
        return False
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return start <= value < end


def _codes(value: object) -> list[str]:
    import json

    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",")]
    return [str(v) for v in value] if isinstance(value, list) else []


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def calculate_with_history(
    session: Session,
    catalogue: Catalogue,
    data: DiscretionData,
    enterprise_id: uuid.UUID,
    violation_code: str,
    factors: Mapping[str, str | float | int],
    *,
    violation_date: date,
    exclude_inspection_id: uuid.UUID | None = None,
    **options: Any,
) -> DiscretionResult:
    """:func:`.discretion.calculate` with ``repeats`` counted from the enterprise's records
    (unless the officer gave it), as a case does when it proposes a penalty."""
    from inspector_app.law.discretion import calculate

    given = dict(factors)
    if "repeats" not in given:
        code = catalogue.violation(violation_code).code
        given["repeats"] = count_prior_violations(
            session,
            enterprise_id,
            code,
            violation_date,
            data.general.window_days,
            exclude_inspection_id=exclude_inspection_id,
        )
    return calculate(
        catalogue, data, violation_code, given, violation_date=violation_date, **options
    )

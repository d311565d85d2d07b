"""Read-only views of inspections for screens: the list, and one inspection's workspace state.

The UI shows these plain objects and never queries the database itself (DESIGN.md rule 2).
A workspace snapshot holds everything the answering screen needs, so the screen can update it
in memory after each saved answer instead of re-reading the database on every key press.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.checklists.engine import Outcome, findings, outcome
from inspector_app.checklists.schema import ChecklistTemplate as TemplateSchema
from inspector_app.checklists.schema import Item
from inspector_app.i18n import Msg, UserError
from inspector_app.store import (
    Answer,
    Enterprise,
    Inspection,
    InspectionKind,
    InspectionStatus,
)


@dataclass(frozen=True)
class InspectionRow:
    """One line of the inspection list."""

    id: uuid.UUID
    enterprise_name: str
    credit_code: str
    kind: InspectionKind
    status: InspectionStatus
    started_at: datetime
    ended_at: datetime | None
    officer_names: tuple[str, ...]
    version: int


def list_inspections(session: Session, limit: int = 500) -> list[InspectionRow]:
    """Newest first; superseded versions are listed too, so a correction's history is visible."""
    query = (
        select(Inspection, Enterprise.name, Enterprise.credit_code)
        .join(Enterprise, Enterprise.id == Inspection.enterprise_id)
        .order_by(Inspection.started_at.desc(), Inspection.version.desc())
        .limit(limit)
    )
    rows = []
    for inspection, name, code in session.execute(query):
        rows.append(
            InspectionRow(
                id=inspection.id,
                enterprise_name=name,
                credit_code=code,
                kind=inspection.kind,
                status=inspection.status,
                started_at=inspection.started_at,
                ended_at=inspection.ended_at,
                officer_names=tuple(
                    o["name"] for o in inspection.officers if o.get("role") == "inspector"
                ),
                version=inspection.version,
            )
        )
    return rows


@dataclass
class SavedAnswer:
    value: object = None
    note: str = ""
    answered_at: datetime | None = None


@dataclass
class ChecklistState:
    """One template of the visit with its answers so far, keyed by item code."""

    code: str
    version: int
    schema: TemplateSchema
    answers: dict[str, SavedAnswer] = field(default_factory=dict)

    def values(self) -> dict[str, object]:
        return {code: a.value for code, a in self.answers.items()}

    def findings(self) -> list[Item]:
        return findings(self.schema, self.values())


@dataclass
class WorkspaceState:
    """What the answering screen shows: header facts plus every checklist and answer."""

    inspection_id: uuid.UUID
    enterprise_name: str
    credit_code: str
    kind: InspectionKind
    status: InspectionStatus
    place: str
    started_at: datetime
    ended_at: datetime | None
    officers: list[dict[str, str]]
    parties: list[dict[str, str]]
    checklists: list[ChecklistState]

    @property
    def editable(self) -> bool:
        return self.status is InspectionStatus.IN_PROGRESS

    def checklist(self, code: str) -> ChecklistState:
        return next(c for c in self.checklists if c.code == code)

    def last_answered(self) -> tuple[str, str] | None:
        """(template, item) answered most recently: where a resumed session picks up."""
        latest: tuple[datetime, str, str] | None = None
        for state in self.checklists:
            for code, saved in state.answers.items():
                if saved.answered_at and (latest is None or saved.answered_at > latest[0]):
                    latest = (saved.answered_at, state.code, code)
        return (latest[1], latest[2]) if latest else None

    def finding_count(self) -> int:
        return sum(len(c.findings()) for c in self.checklists)


def load_workspace(session: Session, inspection_id: uuid.UUID) -> WorkspaceState:
    from inspector_app.inspections.service import answers_by_template

    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    enterprise = session.get(Enterprise, inspection.enterprise_id)
    assert enterprise is not None
    states = []
    for row, schema, answers in answers_by_template(session, inspection):
        states.append(
            ChecklistState(
                code=row.code,
                version=row.version,
                schema=schema,
                answers={code: _saved(a) for code, a in answers.items()},
            )
        )
    return WorkspaceState(
        inspection_id=inspection.id,
        enterprise_name=enterprise.name,
        credit_code=enterprise.credit_code,
        kind=inspection.kind,
        status=inspection.status,
        place=inspection.place,
        started_at=inspection.started_at,
        ended_at=inspection.ended_at,
        officers=list(inspection.officers),
        parties=list(inspection.parties_present),
        checklists=states,
    )


def _saved(answer: Answer) -> SavedAnswer:
    return SavedAnswer(value=answer.value, note=answer.note, answered_at=answer.answered_at)


def verdict(item: Item, value: object) -> Outcome:
    """The outcome of a stored answer, tolerant of a value saved by an older template version."""
    try:
        return outcome(item, value)
    except UserError:
        return Outcome.UNANSWERED

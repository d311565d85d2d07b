"""Reading a case with its steps and documents, and filing a document in it.

Shared by opening a case and by its steps, so neither imports the other.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from inspector_app.cases.settings import CaseSettings
from inspector_app.cases.view import CaseView
from inspector_app.forms.common import china_day
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Case, CaseDocument, CaseStep, Document, Inspection
from inspector_app.store.document import is_current


def case_view(session: Session, case: Case, settings: CaseSettings | None = None) -> CaseView:
    rows = session.execute(
        select(Document.kind, Document.snapshot, Document.number, Document.generated_at)
        .join(CaseDocument, CaseDocument.document_id == Document.id)
        .where(CaseDocument.case_id == case.id, Document.voided.is_(False), is_current())
        .order_by(CaseDocument.position)
    ).all()
    docs: list[tuple[str, date | None, str | None]] = []
    for kind, snapshot, number, generated in rows:
        issued = snapshot.get("issued_on") if isinstance(snapshot, dict) else None
        on = date.fromisoformat(issued) if issued else china_day(generated)
        docs.append((kind, on, number))
    steps = list(
        session.scalars(select(CaseStep).where(CaseStep.case_id == case.id).order_by(CaseStep.seq))
    )
    return CaseView(case, steps, settings or CaseSettings(), docs)


def case_of_inspection(session: Session, inspection_id: uuid.UUID) -> uuid.UUID | None:
    """The case opened from an inspection's findings (a withdrawn one does not count)."""
    return session.scalar(
        select(Case.id).where(Case.inspection_id == inspection_id, Case.status != "withdrawn")
    )


def get_case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise UserError(Msg("找不到该案件", "Case not found"))
    return case


def link_to_case(
    session: Session, case: Case, doc: Document, serves: uuid.UUID | None = None
) -> CaseDocument:
    position = session.scalar(
        select(func.coalesce(func.max(CaseDocument.position), 0)).where(
            CaseDocument.case_id == case.id
        )
    )
    link = CaseDocument(
        case_id=case.id,
        document_id=doc.id,
        position=int(position or 0) + 1,
        serves_document_id=serves,
    )
    session.add(link)
    session.flush()
    return link


def latest_document(session: Session, case_id: uuid.UUID, kinds: Sequence[str]) -> Document | None:
    """The case's last document of one of ``kinds`` (not voided, its newest version): the one
    a proof of service serves, or whose lists (sealed items, people) a later step takes up."""
    return session.scalars(
        select(Document)
        .join(CaseDocument, CaseDocument.document_id == Document.id)
        .where(
            CaseDocument.case_id == case_id,
            Document.kind.in_(kinds),
            Document.voided.is_(False),
            is_current(),  # a signed version shares its position with the one it replaced
        )
        .order_by(CaseDocument.position.desc())
    ).first()


def attachable_documents(session: Session, case_id: uuid.UUID) -> list[Document]:
    """Documents of the party's inspections that no case holds yet, newest first: what an
    officer may put in the case by hand (a record corrected after the case opened, a sampling
    record printed from the gallery).  Voided and superseded versions are left out."""
    case = get_case(session, case_id)
    held = select(CaseDocument.document_id)
    query = (
        select(Document)
        .join(Inspection, Inspection.id == Document.inspection_id)
        .where(
            Inspection.enterprise_id == case.enterprise_id,
            Document.voided.is_(False),
            Document.id.not_in(held),
            is_current(),
        )
        .order_by(Document.generated_at.desc())
        .options(defer(Document.pdf))  # a list to pick from: the PDFs stay on disk until opened
    )
    return list(session.scalars(query))

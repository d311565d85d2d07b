"""Case use cases: take a step, issue or attach a document (opening is in ``opening``).

Each function takes a Session, validates, writes, appends to the audit log in the same
transaction, and returns the stored object.  A refused step raises :class:`UserError` before
anything is written (documents are checked before a number is drawn, see cases/issuing.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from inspector_app.cases import documents as filler
from inspector_app.cases import suspension
from inspector_app.cases.issuing import issue_document
from inspector_app.cases.machine import Step, check
from inspector_app.cases.opening import SOURCES, open_case, repropose, stated_factors
from inspector_app.cases.records import case_view, get_case, latest_document, link_to_case
from inspector_app.cases.settings import CaseSettings
from inspector_app.cases.view import CaseView
from inspector_app.forms.registry import document_type
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Case, CaseDocument, CaseStep, Document
from inspector_app.store.audit import append_event

# Re-exported: the use cases of a case in one place for the UI and the CLI.
__all__ = [
    "SOURCES",
    "attach_document",
    "case_view",
    "get_case",
    "issue_for_case",
    "open_case",
    "perform",
    "repropose",
    "stated_factors",
]

# Documents that go with the main one of a step (the list with the decision, …).
COMPANIONS = {
    "seal": "sealing_list",
    "detention_send": "detention_transfer_materials",
    "criminal_transfer": "criminal_transfer_materials",
}


def attach_document(
    session: Session, case_id: uuid.UUID, document_id: uuid.UUID, by: uuid.UUID
) -> CaseDocument:
    """Put an already issued document (e.g. the order to correct printed on site) in the case."""
    case = get_case(session, case_id)
    doc = session.get(Document, document_id)
    if doc is None:
        raise UserError(Msg("找不到该文书", "Document not found"))
    if session.get(CaseDocument, (case.id, doc.id)) is not None:
        raise UserError(Msg("该文书已在案卷中", "The document is already in the case"))
    link = link_to_case(session, case, doc)
    append_event(session, "case.attach", "case", case.id, {"document": str(doc.id)}, officer_id=by)
    return link


def _document_code(found: Step, case: Case) -> str | None:
    if found.code == "decide":
        return "no_penalty_decision" if case.outcome == "no_penalty" else "penalty_decision"
    return found.document


def _served_document(session: Session, case: Case, kinds: Sequence[str]) -> Document:
    doc = latest_document(session, case.id, kinds)
    if doc is None:
        raise UserError(Msg("没有可送达的文书", "No document to serve"))
    return doc


DECISIONS = ("penalty_decision", "no_penalty_decision", "onsite_penalty")


def perform(
    session: Session,
    case_id: uuid.UUID,
    code: str,
    on: date,
    by: uuid.UUID,
    data: Mapping[str, Any] | None = None,
    document: Mapping[str, Any] | None = None,
    settings: CaseSettings | None = None,
    issue: bool = True,
) -> CaseStep:
    """Take step ``code`` of the case on day ``on``; issue its document unless ``issue`` is off.

    ``data`` holds the facts of the step that deadlines and guards read (amount paid, whether
    the re-check found the violation corrected, the hearing date…); ``document`` holds values
    for the document the case cannot supply itself.
    """
    case = get_case(session, case_id)
    view = case_view(session, case, settings)
    data = dict(data or {})
    found = check(view, code, on, data)
    before = case.status
    issued: list[Document] = []
    doc_code = _document_code(found, case)
    if doc_code and issue:
        # The step's facts (hearing date, sealing period…) also go on its document.
        given = {**data, **dict(document or {})}
        serves = None
        if doc_code == "proof_of_service":
            kinds = ("prior_notice",) if code == "serve_notice" else DECISIONS
            served = _served_document(session, case, kinds)
            serves = served.id
            given = {**filler.proof_of_service(view, served, on, given), **given}
        if code in suspension.ACTIONS:
            given["action"] = suspension.ACTIONS[code]
        if code == "onsite_decide" and "fine_fen" in data:
            given.setdefault("fine_fen", data["fine_fen"])
        fields = filler.fill(session, view, doc_code, on, by, given)
        doc = issue_document(
            session, case.agency_id, doc_code, fields, on, by, inspection_id=case.inspection_id
        )
        link_to_case(session, case, doc, serves)
        issued.append(doc)
        companion = COMPANIONS.get(code)
        if companion:
            extra = {**given, "decision_number": doc.number, "letter_number": doc.number}
            fields = filler.fill(
                session, case_view(session, case, settings), companion, on, by, extra
            )
            more = issue_document(
                session, case.agency_id, companion, fields, on, by, inspection_id=case.inspection_id
            )
            link_to_case(session, case, more)
            issued.append(more)
    _apply(session, case, found, on, data, issued, view)
    seq = len(view.steps) + 1
    record = CaseStep(
        id=uuid.uuid4(),
        case_id=case.id,
        seq=seq,
        step=code,
        on=on,
        status_before=before,
        status_after=case.status,
        data=_jsonable(data),
        document_id=issued[0].id if issued else None,
        recorded_by=by,
    )
    session.add(record)
    session.flush()
    append_event(
        session,
        "case.step",
        "case",
        case.id,
        {
            "step": code,
            "on": on.isoformat(),
            "from": before,
            "to": case.status,
            "documents": [d.number or str(d.id) for d in issued],
            "data": _jsonable(data),
        },
        officer_id=by,
    )
    return record


def _apply(
    session: Session,
    case: Case,
    found: Step,
    on: date,
    data: dict[str, Any],
    issued: list[Document],
    view: CaseView,
) -> None:
    if found.target:
        case.status = found.target
    elif found.code == "resume":
        case.status = suspension.suspended_status(view)
    if found.branch and found.branch not in case.branches:
        case.branches = [*case.branches, found.branch]
    code = found.code
    if code == "prior_notice" and issued:
        # The period printed on the notice is the one the deadlines count.
        data.setdefault("statement_days", issued[0].snapshot.get("statement_days"))
    if code == "file":
        case.filed_on = on
        case.case_number = (issued[0].number if issued else None) or data.get("case_number")
    elif code in ("decide", "onsite_decide"):
        case.decided_on = on
        if code == "onsite_decide":
            case.outcome = "onsite"
            if "fine_fen" in data:
                case.fine_fen = int(data["fine_fen"])
    elif code == "serve" and not case.fine_fen:
        case.status = "executed"  # nothing to pay: the decision is performed by correcting
    elif code == "daily_penalty" and issued:
        # The decision's total is owed like the fine: the case is not executed until it is paid.
        snapshot = document_type("daily_penalty").build(dict(issued[0].snapshot))
        data["daily_total_fen"] = int(getattr(snapshot, "total_fen", 0))
    elif code == "pay":
        paid = view.paid_fen + int(data.get("amount_fen", 0))
        owed = (case.fine_fen or 0) + view.daily_total_fen + view.surcharge_by(on, paid)
        case.status = "executed" if paid >= owed else "executing"
    elif code == "close":
        case.closed_on = on


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def issue_for_case(
    session: Session,
    case_id: uuid.UUID,
    code: str,
    on: date,
    by: uuid.UUID,
    document: Mapping[str, Any] | None = None,
    settings: CaseSettings | None = None,
) -> Document:
    """Issue a document that is not a step of its own (e.g. 送达地址确认书), filled from the
    case and filed in it; a step's own document is issued by :func:`perform`."""
    case = get_case(session, case_id)
    if case.status in ("closed", "withdrawn"):
        raise UserError(Msg("案件已结束，不能再制作文书", "The case is finished"))
    view = case_view(session, case, settings)
    fields = filler.fill(session, view, code, on, by, dict(document or {}))
    doc = issue_document(
        session, case.agency_id, code, fields, on, by, inspection_id=case.inspection_id
    )
    link_to_case(session, case, doc)
    append_event(
        session,
        "case.issue",
        "case",
        case.id,
        {"type": code, "number": doc.number, "document": str(doc.id)},
        officer_id=by,
    )
    return doc

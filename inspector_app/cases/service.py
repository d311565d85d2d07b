"""Case use cases: open a case from findings, take a step, attach a document.

Each function takes a Session, validates, writes, appends to the audit log in the same
transaction, and returns the stored object.  A refused step raises :class:`UserError` before
anything is written (documents are checked before a number is drawn, see cases/issuing.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.cases import documents as filler
from inspector_app.cases.issuing import issue_document
from inspector_app.cases.machine import Step, check
from inspector_app.cases.settings import CaseSettings
from inspector_app.cases.view import CaseView, add_months
from inspector_app.forms.common import cn_date
from inspector_app.i18n import Msg, UserError
from inspector_app.law import (
    Catalogue,
    calculate_with_history,
    default_catalogue,
    default_discretion,
)
from inspector_app.law.discretion_data import DiscretionData
from inspector_app.store import (
    Case,
    CaseDocument,
    CaseStep,
    Document,
    Enterprise,
    Inspection,
    InspectionStatus,
)
from inspector_app.store.audit import append_event

SOURCES = ("inspection", "clue", "complaint", "transfer")
# Documents that go with the main one of a step (the list with the decision, …).
COMPANIONS = {
    "seal": "sealing_list",
    "detention_send": "detention_transfer_materials",
    "criminal_transfer": "criminal_transfer_materials",
}


def case_view(session: Session, case: Case, settings: CaseSettings | None = None) -> CaseView:
    rows = session.execute(
        select(Document.kind, Document.snapshot, Document.number, Document.generated_at)
        .join(CaseDocument, CaseDocument.document_id == Document.id)
        .where(CaseDocument.case_id == case.id, Document.voided.is_(False))
        .order_by(CaseDocument.position)
    ).all()
    docs = []
    for kind, snapshot, number, generated in rows:
        issued = snapshot.get("issued_on") if isinstance(snapshot, dict) else None
        on = date.fromisoformat(issued) if issued else generated.date()
        docs.append((kind, on, number))
    steps = list(
        session.scalars(select(CaseStep).where(CaseStep.case_id == case.id).order_by(CaseStep.seq))
    )
    return CaseView(case, steps, settings or CaseSettings(), docs)


def get_case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise UserError(Msg("找不到该案件", "Case not found"))
    return case


def _inspection_findings(
    session: Session, inspection: Inspection, catalogue: Catalogue
) -> tuple[list[str], list[str]]:
    """Violation codes the findings establish, and one line per finding for the facts."""
    from inspector_app.checklists.catalog import stored_template
    from inspector_app.checklists.engine import findings
    from inspector_app.inspections.service import answers_by_template

    codes: list[str] = []
    lines: list[str] = []
    for row, _template, answers in answers_by_template(session, inspection):
        template = stored_template(row)
        values = {code: a.value for code, a in answers.items()}
        for item in findings(template, values):
            note = answers[item.code].note if item.code in answers else ""
            lines.append(f"{item.text_zh}不符合要求" + (f"（{note}）" if note else ""))
            for violation in catalogue.proposed_violations(template, item.code):
                if violation.code not in codes:
                    codes.append(violation.code)
    return codes, lines


def open_case(
    session: Session,
    *,
    by: uuid.UUID,
    opened_on: date,
    inspection_id: uuid.UUID | None = None,
    enterprise_id: uuid.UUID | None = None,
    source: str = "inspection",
    violation_codes: Sequence[str] | None = None,
    violation_date: date | None = None,
    factors: Mapping[str, Mapping[str, Any]] | None = None,
    cause: str = "",
    facts: str = "",
    evidence: Sequence[str] = (),
    catalogue: Catalogue | None = None,
    discretion: DiscretionData | None = None,
    settings: CaseSettings | None = None,
    officer_ids: Sequence[uuid.UUID] = (),
) -> Case:
    """Open a case from an inspection's findings (or a clue, complaint or transfer).

    Proposes the violations, freezes the rules in force on the violation date and the
    discretion result (repeats counted from the enterprise's history), and links the documents
    already issued in the inspection (on-site record, order to correct).
    """
    catalogue = catalogue or default_catalogue()
    discretion = discretion or default_discretion()
    settings = settings or CaseSettings()
    if source not in SOURCES:
        raise UserError(Msg(f"案件来源不正确：{source}", f"Unknown case source: {source}"))
    inspection = None
    lines: list[str] = []
    if inspection_id is not None:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise UserError(Msg("找不到该检查", "Inspection not found"))
        if inspection.status is not InspectionStatus.FINISHED or inspection.ended_at is None:
            raise UserError(Msg("检查尚未结束，不能据此立案", "Finish the inspection first"))
        taken = session.scalar(
            select(Case.id).where(Case.inspection_id == inspection_id, Case.status != "withdrawn")
        )
        if taken is not None:
            raise UserError(Msg("该检查已经建立了案件", "A case was already opened for it"))
        enterprise_id = inspection.enterprise_id
        violation_date = violation_date or inspection.started_at.date()
        found, lines = _inspection_findings(session, inspection, catalogue)
        violation_codes = list(violation_codes or found)
    if enterprise_id is None or session.get(Enterprise, enterprise_id) is None:
        raise UserError(Msg("请指定当事人企业", "Give the enterprise"))
    if not violation_codes:
        raise UserError(
            Msg("没有发现违法行为，不能建立案件", "No violation was found: nothing to open")
        )
    if violation_date is None:
        raise UserError(Msg("请给出违法行为发生日期", "Give the date of the violation"))
    if opened_on < violation_date:
        raise UserError(Msg("立案日期早于违法行为日期", "Opened before the violation date"))
    if opened_on > add_months(violation_date, 12 * settings.limitation_years):
        raise UserError(
            Msg(
                f"违法行为在{settings.limitation_years}年内未被发现，不再给予行政处罚"
                "（《行政处罚法》第三十六条）",
                f"Not discovered within {settings.limitation_years} years: no penalty (Art. 36)",
            )
        )
    rules, results = [], []
    for code in violation_codes:
        result = calculate_with_history(
            session,
            catalogue,
            discretion,
            enterprise_id,
            code,
            dict((factors or {}).get(code, {})),
            violation_date=violation_date,
            exclude_inspection_id=inspection_id,
            decision_date=opened_on,
        )
        rules.append(result.rule.to_dict())
        data = result.to_dict()
        data.pop("rule")
        data["reason"] = (
            result.explanation_zh.splitlines()[-1] if result.outcome == "no_penalty" else ""
        )
        results.append(data)
    penalised = [r for r in results if r["outcome"] != "no_penalty"]
    amounts = [r["amount"] for r in penalised if r["amount"] is not None]
    explanation = "\n".join(
        (f"（{i + 1}）" if len(results) > 1 else "") + r["explanation_zh"]
        for i, r in enumerate(results)
    )
    titles = "、".join(r["title_zh"] for r in rules)
    if not facts and inspection is not None:
        facts = (
            f"{cn_date(violation_date)}，我局执法人员对你单位进行现场检查，发现："
            + "；".join(lines)
            + "。"
        )
    case = Case(
        id=uuid.uuid4(),
        agency_id=_agency_of(session, by, inspection),
        enterprise_id=enterprise_id,
        inspection_id=inspection_id,
        source=source,
        cause=cause or f"{titles}案",
        facts=facts or titles,
        evidence=list(evidence),
        violation_codes=list(violation_codes),
        violation_date=violation_date,
        rules=rules,
        discretion=results,
        explanation_zh=explanation,
        outcome=penalised[0]["outcome"] if penalised else "no_penalty",
        fine_fen=round(sum(amounts) * 100) if amounts else None,
        status="opened",
        branches=[],
        officers=_case_officers(session, inspection, officer_ids or [by]),
        opened_on=opened_on,
        opened_by=by,
    )
    session.add(case)
    session.flush()
    if inspection is not None:
        for doc in session.scalars(
            select(Document)
            .where(Document.inspection_id == inspection.id)
            .order_by(Document.generated_at)
        ):
            _link(session, case, doc)
    append_event(
        session,
        "case.open",
        "case",
        case.id,
        {
            "source": source,
            "inspection": str(inspection_id) if inspection_id else None,
            "violations": list(violation_codes),
            "violation_date": violation_date.isoformat(),
            "outcome": case.outcome,
            "fine_fen": case.fine_fen,
            "catalogue": rules[0].get("catalogue_digest", "") if rules else "",
        },
        officer_id=by,
    )
    return case


def _case_officers(
    session: Session, inspection: Inspection | None, ids: Sequence[uuid.UUID]
) -> list[dict[str, str]]:
    """Who handles the case: the inspection's officers, else the officers named (≥ 2 needed
    for the investigation documents; a form refuses fewer and names the field)."""
    from inspector_app.store import Officer

    if inspection is not None:
        return list(inspection.officers)
    out = []
    for officer_id in dict.fromkeys(ids):
        officer = session.get(Officer, officer_id)
        if officer is None:
            raise UserError(Msg("找不到执法人员", "Officer not found"))
        out.append(
            {
                "id": str(officer.id),
                "name": officer.name,
                "certificate_no": officer.certificate_no,
                "role": "inspector",
            }
        )
    return out


def _agency_of(session: Session, by: uuid.UUID, inspection: Inspection | None) -> uuid.UUID:
    from inspector_app.store import Officer

    if inspection is not None:
        return inspection.agency_id
    officer = session.get(Officer, by)
    if officer is None:
        raise UserError(Msg("找不到执法人员", "Officer not found"))
    return officer.agency_id


def _link(
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
    link = _link(session, case, doc)
    append_event(session, "case.attach", "case", case.id, {"document": str(doc.id)}, officer_id=by)
    return link


def _document_code(found: Step, case: Case) -> str | None:
    if found.code == "decide":
        return "no_penalty_decision" if case.outcome == "no_penalty" else "penalty_decision"
    return found.document


def _served_document(session: Session, case: Case, kinds: Sequence[str]) -> Document:
    doc = session.scalars(
        select(Document)
        .join(CaseDocument, CaseDocument.document_id == Document.id)
        .where(
            CaseDocument.case_id == case.id, Document.kind.in_(kinds), Document.voided.is_(False)
        )
        .order_by(CaseDocument.position.desc())
    ).first()
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
        if code == "onsite_decide" and "fine_fen" in data:
            given.setdefault("fine_fen", data["fine_fen"])
        fields = filler.fill(session, view, doc_code, on, by, given)
        doc = issue_document(
            session, case.agency_id, doc_code, fields, on, by, inspection_id=case.inspection_id
        )
        _link(session, case, doc, serves)
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
            _link(session, case, more)
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
    elif code == "pay":
        paid = view.paid_fen + int(data.get("amount_fen", 0))
        fine = case.fine_fen or 0
        due = view.payment_due
        from inspector_app.cases.view import surcharge_fen

        owed = fine + (surcharge_fen(fine, due, on) if due else 0)
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
    _link(session, case, doc)
    append_event(
        session,
        "case.issue",
        "case",
        case.id,
        {"type": code, "number": doc.number, "document": str(doc.id)},
        officer_id=by,
    )
    return doc

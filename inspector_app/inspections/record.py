"""Turning a finished inspection into its on-site inspection record, with the back-fill guard.

The snapshot is built from the database once and stored with the document; the PDF is rendered
from the snapshot only.  A record generated long after the visit is not contemporaneous, which a
court may question (reference.md T2), so past a threshold the officer must give a reason, and
the reason goes into the audit log and the document row.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.checklists.engine import Outcome, outcome, visible_items
from inspector_app.forms.base import sha256
from inspector_app.forms.onsite_record import (
    ChecklistBlock,
    FindingLine,
    ItemLine,
    OnsiteRecordRenderer,
    OnsiteRecordSnapshot,
    PartyLine,
    PersonLine,
)
from inspector_app.forms.signed import Resolver
from inspector_app.i18n import Msg, UserError
from inspector_app.store import (
    Agency,
    Document,
    Enterprise,
    Inspection,
    InspectionKind,
    InspectionStatus,
)
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

CHINA_TIME = timezone(timedelta(hours=8), "CST")  # one zone, no daylight saving
RECORD_KIND = "onsite_record"

KIND_LABELS = {
    InspectionKind.RANDOM: "“双随机”抽查",
    InspectionKind.SPECIAL: "专项检查",
    InspectionKind.COMPLAINT: "信访投诉核查",
    InspectionKind.RECHECK: "复查",
    InspectionKind.OFFSITE: "非现场检查（正面清单）",
}
RESULT_LABELS = {
    Outcome.COMPLIANT: "符合",
    Outcome.NON_COMPLIANT: "不符合",
    Outcome.NOT_APPLICABLE: "不适用",
    Outcome.UNANSWERED: "未检查",
}


class BackfillReasonRequiredError(UserError):
    def __init__(self, hours: float, limit: int) -> None:
        super().__init__(
            Msg(
                f"检查已结束 {hours:.0f} 小时（超过 {limit} 小时），"
                "补制笔录须说明理由，理由将记入审计日志",
                f"The inspection ended {hours:.0f} hours ago (more than {limit}); "
                "making the record now needs a reason, which goes into the audit log",
            )
        )
        self.hours = hours


def china_time(moment: datetime) -> str:
    local = moment.astimezone(CHINA_TIME)
    return f"{local.year}年{local.month}月{local.day}日 {local.hour:02d}时{local.minute:02d}分"


def _result(item_kind: str, unit: str | None, value: object, verdict: Outcome) -> str:
    if verdict in RESULT_LABELS and item_kind != "number":
        if item_kind == "choice":
            return str(value)
        return RESULT_LABELS[verdict]
    if item_kind == "number" and isinstance(value, float):
        shown = f"{value:g} {unit or ''}".strip()
        return shown + ("（超标）" if verdict is Outcome.NON_COMPLIANT else "")
    return "" if value is None else str(value)


def build_snapshot(session: Session, inspection: Inspection) -> OnsiteRecordSnapshot:
    from inspector_app.evidence.documents import evidence_summary
    from inspector_app.inspections.service import answers_by_template

    enterprise = session.get(Enterprise, inspection.enterprise_id)
    agency = session.get(Agency, inspection.agency_id)
    assert enterprise is not None and agency is not None and inspection.ended_at is not None
    blocks: list[ChecklistBlock] = []
    findings: list[FindingLine] = []
    for row, template, answers in answers_by_template(session, inspection):
        values = {code: a.value for code, a in answers.items()}
        lines = []
        for item in visible_items(template, values):
            ans = answers.get(item.code)
            value = ans.value if ans else None
            verdict = outcome(item, value)
            result = _result(item.kind, item.unit, value, verdict)
            if item.kind == "choice" and value is not None:
                result = next(c.label_zh for c in item.choices if c.code == value)
            note = ans.note if ans else ""
            is_finding = verdict is Outcome.NON_COMPLIANT
            lines.append(
                ItemLine(
                    code=item.code, text=item.text_zh, result=result, note=note, finding=is_finding
                )
            )
            if is_finding:
                findings.append(
                    FindingLine(code=item.code, text=item.text_zh, note=note, basis=item.basis)
                )
        blocks.append(ChecklistBlock(title=template.title_zh, version=row.version, items=lines))
    inspectors = [
        PersonLine(name=o["name"], certificate_no=o["certificate_no"])
        for o in inspection.officers
        if o["role"] == "inspector"
    ]
    recorder = next(
        PersonLine(name=o["name"], certificate_no=o["certificate_no"])
        for o in inspection.officers
        if o["role"] == "recorder"
    )
    names = "、".join(f"{o.name}（执法证号{o.certificate_no}）" for o in inspectors)
    notice = (
        f"我们是{agency.name}的执法人员{names}，已向你出示执法证件。现依法进行检查，"
        "请予配合，如实反映情况，不得拒绝、阻挠或者提供虚假材料。"
        "你有权申请执法人员回避，是否申请回避？答：不申请回避。"
    )
    supersedes = ""
    if inspection.supersedes_id:
        supersedes = (
            f"本笔录为更正版本（第{inspection.version}版），更正理由："
            f"{inspection.correction_reason}"
        )
    return OnsiteRecordSnapshot(
        agency_name=agency.name,
        inspection_id=str(inspection.id),
        inspection_version=inspection.version,
        supersedes_note=supersedes,
        kind_label=KIND_LABELS[inspection.kind],
        started=china_time(inspection.started_at),
        ended=china_time(inspection.ended_at),
        place=inspection.place,
        enterprise_name=enterprise.name,
        credit_code=enterprise.credit_code,
        legal_representative=enterprise.legal_representative,
        enterprise_address=enterprise.address,
        enterprise_phone=enterprise.contact_phone,
        inspectors=inspectors,
        recorder=recorder,
        parties=[PartyLine(**p) for p in inspection.parties_present],
        notice=notice,
        checklists=blocks,
        findings=findings,
        evidence_summary=evidence_summary(session, inspection.id),
    )


def generate_record(
    session: Session,
    inspection_id: uuid.UUID,
    by: uuid.UUID,
    backfill_hours: int = 12,
    late_reason: str = "",
    now: datetime | None = None,
) -> Document:
    """Render, store and log the record; refuse past the back-fill limit without a reason."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    if inspection.status is not InspectionStatus.FINISHED or inspection.ended_at is None:
        raise UserError(
            Msg("检查结束后才能制作现场检查笔录", "Finish the inspection before making its record")
        )
    now = now or utcnow()
    hours = (now - inspection.ended_at).total_seconds() / 3600
    if hours > backfill_hours and not late_reason.strip():
        raise BackfillReasonRequiredError(hours, backfill_hours)
    snapshot = build_snapshot(session, inspection)
    renderer = OnsiteRecordRenderer()
    pdf = renderer.render(snapshot)
    previous = session.scalars(
        select(Document)
        .where(Document.inspection_id == inspection.id, Document.kind == RECORD_KIND)
        .order_by(Document.version.desc())
        .limit(1)
    ).first()
    if previous is not None and previous.pdf_sha256 == sha256(pdf):
        return previous  # same snapshot, same bytes: nothing new to store
    if previous is not None and _unsigned(previous.snapshot) == snapshot.model_dump(mode="json"):
        return previous  # signed since (cases/signing.py), nothing else changed: keep it
    document = Document(
        kind=RECORD_KIND,
        inspection_id=inspection.id,
        version=previous.version + 1 if previous else 1,
        supersedes_id=previous.id if previous else None,
        snapshot=snapshot.model_dump(mode="json"),
        renderer=renderer.renderer_id,
        pdf=pdf,
        pdf_sha256=sha256(pdf),
        generated_at=now.astimezone(UTC).replace(microsecond=0),
        generated_by=by,
        late_reason=late_reason.strip() if hours > backfill_hours else "",
    )
    session.add(document)
    session.flush()
    payload: dict[str, object] = {"sha256": document.pdf_sha256, "version": document.version}
    if document.late_reason:
        payload |= {"hours_after_end": round(hours, 1), "late_reason": document.late_reason}
    append_event(session, "document.generated", "document", document.id, payload, officer_id=by)
    return document


def mark_printed(session: Session, document_id: uuid.UUID, by: uuid.UUID, copies: int = 1) -> None:
    document = session.get(Document, document_id)
    if document is None:
        raise UserError(Msg("找不到该文书", "Document not found"))
    append_event(
        session,
        "document.printed",
        "document",
        document.id,
        {"sha256": document.pdf_sha256, "copies": copies},
        officer_id=by,
    )


def _unsigned(snapshot: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in snapshot.items() if k != "signatures"}


def rerender(document: Document, resolver: Resolver | None = None) -> bytes:
    """The stored snapshot rendered again: equal to ``document.pdf`` when nothing was altered.

    A signed version needs ``resolver`` to read its signature images (forms/signed.py).
    """
    snapshot = OnsiteRecordSnapshot.model_validate(document.snapshot)
    return OnsiteRecordRenderer(resolver).render(snapshot)

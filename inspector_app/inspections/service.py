"""The inspection use cases: start, answer, note, finish, correct.

Every function takes the caller's Session, validates, writes, appends to the audit log in the
same transaction, and returns plain data; the UI, the CLI and the tests call exactly these.
Each answer is its own small transaction in the callers, so a crash loses at most the answer
being typed (DESIGN.md rule 4).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.checklists.catalog import stored_template
from inspector_app.checklists.engine import Outcome, missing_required, normalize_answer, outcome
from inspector_app.checklists.schema import ChecklistTemplate as TemplateSchema
from inspector_app.i18n import Msg, UserError
from inspector_app.registry.validators import check_id_number
from inspector_app.store import (
    Answer,
    ChecklistTemplate,
    Enterprise,
    Inspection,
    InspectionChecklist,
    InspectionKind,
    InspectionStatus,
    Officer,
)
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

MIN_OFFICERS = 2  # 行政处罚法 Art. 42: at least two certified officers (reference.md T1)


@dataclass
class PartyPresent:
    """A person present for the enterprise (当事人/在场人员)."""

    name: str
    position: str = ""
    id_number: str = ""
    phone: str = ""
    sex: str = ""

    def checked(self) -> PartyPresent:
        if not self.name.strip():
            raise UserError(Msg("在场人员姓名不能为空", "The name of the person present is empty"))
        if self.id_number.strip():
            result = check_id_number(self.id_number)
            if not result.ok:
                assert result.problem is not None
                raise UserError(
                    Msg(f"{self.name}：{result.problem.zh}", f"{self.name}: {result.problem.en}")
                )
            self.id_number = result.value
        self.name = self.name.strip()
        return self


@dataclass
class StartRequest:
    enterprise_id: uuid.UUID
    template_ids: Sequence[uuid.UUID]
    kind: InspectionKind
    officer_ids: Sequence[uuid.UUID]  # inspectors; the first is the one running the app
    recorder_id: uuid.UUID | None = None
    parties: Sequence[PartyPresent] = field(default_factory=list)
    place: str = ""


class IncompleteInspectionError(UserError):
    """Finish refused; ``missing`` lists (template code, item code, reason) for the UI."""

    def __init__(self, msg: Msg, missing: list[tuple[str, str, str]]) -> None:
        super().__init__(msg)
        self.missing = missing


def _officers(session: Session, ids: Sequence[uuid.UUID]) -> list[Officer]:
    unique = list(dict.fromkeys(ids))
    found = {o.id: o for o in session.scalars(select(Officer).where(Officer.id.in_(unique)))}
    officers = [found[i] for i in unique if i in found]
    usable = [o for o in officers if o.active and o.certificate_no]
    if len(usable) < MIN_OFFICERS:
        raise UserError(
            Msg(
                f"现场检查须由至少{MIN_OFFICERS}名持有执法证的执法人员进行（《行政处罚法》第四十二条），"
                f"现为{len(usable)}名",
                f"An inspection needs at least {MIN_OFFICERS} officers holding enforcement "
                f"certificates (Administrative Penalty Law Art. 42); {len(usable)} selected",
            )
        )
    return usable


def start(
    session: Session, request: StartRequest, by: uuid.UUID, now: datetime | None = None
) -> Inspection:
    enterprise = session.get(Enterprise, request.enterprise_id)
    if enterprise is None:
        raise UserError(Msg("找不到该企业", "Enterprise not found"))
    if not request.template_ids:
        raise UserError(Msg("请至少选择一张检查表", "Choose at least one checklist"))
    templates = [session.get(ChecklistTemplate, t) for t in dict.fromkeys(request.template_ids)]
    if any(t is None for t in templates):
        raise UserError(Msg("检查表不存在", "Checklist not found"))
    if request.kind is InspectionKind.OFFSITE and not enterprise.positive_list:
        raise UserError(
            Msg(
                "非现场检查只适用于正面清单企业；该企业不在正面清单内",
                "Off-site checks are for positive-list enterprises; this one is not on the list",
            )
        )
    inspectors = _officers(session, request.officer_ids)
    recorder = session.get(Officer, request.recorder_id) if request.recorder_id else inspectors[1]
    if recorder is None:
        raise UserError(Msg("记录人不存在", "Recorder not found"))
    parties = [p.checked() for p in request.parties]
    officers = [
        {"id": str(o.id), "name": o.name, "certificate_no": o.certificate_no, "role": "inspector"}
        for o in inspectors
    ]
    officers.append(
        {
            "id": str(recorder.id),
            "name": recorder.name,
            "certificate_no": recorder.certificate_no,
            "role": "recorder",
        }
    )
    inspection = Inspection(
        id=uuid.uuid4(),
        agency_id=inspectors[0].agency_id,
        enterprise_id=enterprise.id,
        kind=request.kind,
        place=request.place.strip() or enterprise.address,
        started_at=(now or utcnow()).replace(microsecond=0),
        officers=officers,
        parties_present=[asdict(p) for p in parties],
    )
    inspection.checklists = [
        InspectionChecklist(template_id=t.id, position=i)  # type: ignore[union-attr]
        for i, t in enumerate(templates)
    ]
    session.add(inspection)
    session.flush()
    append_event(
        session,
        "inspection.started",
        "inspection",
        inspection.id,
        {
            "enterprise": enterprise.credit_code,
            "kind": request.kind.value,
            "templates": [f"{t.code}@{t.version}" for t in templates if t],
            "officers": [o["certificate_no"] for o in officers],
            "started_at": inspection.started_at.isoformat(),
        },
        officer_id=by,
    )
    return inspection


def _editable(session: Session, inspection_id: uuid.UUID) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    if inspection.status is not InspectionStatus.IN_PROGRESS:
        raise UserError(
            Msg(
                "该检查已结束，不能再修改；如需更正请创建更正版本",
                "This inspection is finished and cannot change; create a correction instead",
            )
        )
    return inspection


def _template_of(
    session: Session, inspection: Inspection, code: str
) -> tuple[ChecklistTemplate, TemplateSchema]:
    for link in inspection.checklists:
        row = session.get(ChecklistTemplate, link.template_id)
        if row is not None and row.code == code:
            return row, stored_template(row)
    raise UserError(
        Msg(f"本次检查未使用检查表 {code}", f"This inspection does not use checklist {code}")
    )


def answer(
    session: Session,
    inspection_id: uuid.UUID,
    template_code: str,
    item_code: str,
    value: object,
    by: uuid.UUID,
    note: str | None = None,
) -> Answer:
    """Record (or change) one answer; the audit event keeps the old and the new value."""
    inspection = _editable(session, inspection_id)
    row, template = _template_of(session, inspection, template_code)
    try:
        item = template.item(item_code)
    except KeyError:
        raise UserError(
            Msg(
                f"检查表 {template_code} 中没有条目 {item_code}",
                f"Checklist {template_code} has no item {item_code}",
            )
        ) from None
    normalized = normalize_answer(item, value)
    existing = session.scalars(
        select(Answer).where(
            Answer.inspection_id == inspection.id,
            Answer.template_id == row.id,
            Answer.item_code == item_code,
        )
    ).one_or_none()
    old_value = existing.value if existing else None
    old_note = existing.note if existing else ""
    if existing is None:
        existing = Answer(
            inspection_id=inspection.id, template_id=row.id, item_code=item_code, note=""
        )
        session.add(existing)
    existing.value = normalized
    if note is not None:
        existing.note = note.strip()
    existing.answered_by = by
    existing.answered_at = utcnow()
    if old_value == existing.value and old_note == existing.note:
        return existing
    session.flush()
    append_event(
        session,
        "answer.changed",
        "inspection",
        inspection.id,
        {
            "template": template_code,
            "item": item_code,
            "old": old_value,
            "new": existing.value,
            **(
                {"old_note": old_note, "new_note": existing.note}
                if old_note != existing.note
                else {}
            ),
        },
        officer_id=by,
    )
    return existing


def set_note(
    session: Session,
    inspection_id: uuid.UUID,
    template_code: str,
    item_code: str,
    note: str,
    by: uuid.UUID,
) -> Answer:
    inspection = _editable(session, inspection_id)
    row, _ = _template_of(session, inspection, template_code)
    existing = session.scalars(
        select(Answer).where(
            Answer.inspection_id == inspection.id,
            Answer.template_id == row.id,
            Answer.item_code == item_code,
        )
    ).one_or_none()
    value = existing.value if existing else None
    return answer(session, inspection_id, template_code, item_code, value, by, note=note)


def change_start_time(
    session: Session, inspection_id: uuid.UUID, started_at: datetime, reason: str, by: uuid.UUID
) -> Inspection:
    """The start time is recorded automatically; changing it needs a reason, kept in the log."""
    inspection = _editable(session, inspection_id)
    if not reason.strip():
        raise UserError(
            Msg("修改检查开始时间必须说明理由", "Changing the start time needs a reason")
        )
    old = inspection.started_at
    inspection.started_at = started_at.replace(microsecond=0)
    append_event(
        session,
        "inspection.start_time_changed",
        "inspection",
        inspection.id,
        {
            "old": old.isoformat(),
            "new": inspection.started_at.isoformat(),
            "reason": reason.strip(),
        },
        officer_id=by,
    )
    return inspection


def answers_by_template(
    session: Session, inspection: Inspection
) -> list[tuple[ChecklistTemplate, TemplateSchema, dict[str, Answer]]]:
    result = []
    links = sorted(inspection.checklists, key=lambda link: link.position)
    rows = session.scalars(select(Answer).where(Answer.inspection_id == inspection.id)).all()
    for link in links:
        row = session.get(ChecklistTemplate, link.template_id)
        assert row is not None
        mine = {a.item_code: a for a in rows if a.template_id == row.id}
        result.append((row, stored_template(row), mine))
    return result


def problems_before_finish(session: Session, inspection: Inspection) -> list[tuple[str, str, str]]:
    """(template code, item code, reason) for every unanswered required item and every
    non-compliant item without a note: the finding must say what was seen."""
    problems: list[tuple[str, str, str]] = []
    for row, template, answers in answers_by_template(session, inspection):
        values = {code: a.value for code, a in answers.items()}
        for item in missing_required(template, values):
            problems.append((row.code, item.code, "unanswered"))
        for item in template.iter_items():
            ans = answers.get(item.code)
            if (
                ans is not None
                and outcome(item, ans.value) is Outcome.NON_COMPLIANT
                and not ans.note.strip()
            ):
                problems.append((row.code, item.code, "no_note"))
    return problems


def finish(
    session: Session, inspection_id: uuid.UUID, by: uuid.UUID, now: datetime | None = None
) -> Inspection:
    inspection = _editable(session, inspection_id)
    problems = problems_before_finish(session, inspection)
    if problems:
        unanswered = [f"{t}/{i}" for t, i, why in problems if why == "unanswered"]
        no_note = [f"{t}/{i}" for t, i, why in problems if why == "no_note"]
        parts_zh, parts_en = [], []
        if unanswered:
            parts_zh.append("未回答的必答条目：" + "、".join(unanswered))
            parts_en.append("required items unanswered: " + ", ".join(unanswered))
        if no_note:
            parts_zh.append("不合规但未填写情况说明的条目：" + "、".join(no_note))
            parts_en.append("non-compliant items without a note: " + ", ".join(no_note))
        raise IncompleteInspectionError(
            Msg(
                "检查尚不能结束。" + "；".join(parts_zh),
                "The inspection cannot be finished yet: " + "; ".join(parts_en),
            ),
            problems,
        )
    ended = (now or utcnow()).replace(microsecond=0)
    if ended < inspection.started_at:
        raise UserError(Msg("结束时间早于开始时间", "The end time is before the start time"))
    inspection.ended_at = ended
    inspection.status = InspectionStatus.FINISHED
    append_event(
        session,
        "inspection.finished",
        "inspection",
        inspection.id,
        {"ended_at": ended.isoformat()},
        officer_id=by,
    )
    return inspection


def correct(session: Session, inspection_id: uuid.UUID, reason: str, by: uuid.UUID) -> Inspection:
    """A finished inspection is never edited: its correction is a new version that copies it,
    points back to it and carries the reason; the old one is marked superseded."""
    old = session.get(Inspection, inspection_id)
    if old is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    if old.status is not InspectionStatus.FINISHED:
        raise UserError(
            Msg("只有已结束的检查才需要更正", "Only a finished inspection needs a correction")
        )
    if not reason.strip():
        raise UserError(Msg("更正必须说明理由", "A correction needs a reason"))
    new = Inspection(
        id=uuid.uuid4(),
        agency_id=old.agency_id,
        enterprise_id=old.enterprise_id,
        kind=old.kind,
        place=old.place,
        started_at=old.started_at,
        officers=list(old.officers),
        parties_present=list(old.parties_present),
        version=old.version + 1,
        supersedes_id=old.id,
        correction_reason=reason.strip(),
    )
    new.checklists = [
        InspectionChecklist(template_id=link.template_id, position=link.position)
        for link in old.checklists
    ]
    session.add(new)
    session.flush()
    for ans in session.scalars(select(Answer).where(Answer.inspection_id == old.id)):
        session.add(
            Answer(
                inspection_id=new.id,
                template_id=ans.template_id,
                item_code=ans.item_code,
                value=ans.value,
                note=ans.note,
                answered_by=ans.answered_by,
                answered_at=ans.answered_at,
            )
        )
    old.status = InspectionStatus.SUPERSEDED
    append_event(
        session,
        "inspection.corrected",
        "inspection",
        new.id,
        {"supersedes": str(old.id), "reason": reason.strip()},
        officer_id=by,
    )
    return new

"""Opening a case: the violations the findings establish, the rules in force on the violation
date and the proposed outcome, frozen into the case; and re-proposing before the notice.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cases.records import case_of_inspection, get_case, link_to_case
from inspector_app.cases.settings import CaseSettings
from inspector_app.cases.view import add_months
from inspector_app.forms.common import china_day, cn_date
from inspector_app.i18n import Msg, UserError
from inspector_app.law import (
    Catalogue,
    calculate_with_history,
    default_catalogue,
    default_discretion,
)
from inspector_app.law.discretion_data import DiscretionData
from inspector_app.store import (
    Agency,
    Case,
    Document,
    Enterprise,
    Inspection,
    InspectionStatus,
)
from inspector_app.store.audit import append_event

SOURCES = ("inspection", "clue", "complaint", "transfer")
CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


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
            text = CJK_GAP.sub("", item.text_zh)  # a folded YAML line leaves "一致， 未擅自"
            lines.append(f"{text}不符合要求" + (f"（{note}）" if note else ""))
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
        if case_of_inspection(session, inspection_id) is not None:
            raise UserError(Msg("该检查已经建立了案件", "A case was already opened for it"))
        enterprise_id = inspection.enterprise_id
        violation_date = violation_date or china_day(inspection.started_at)
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
    proposal = _propose(
        session,
        catalogue,
        discretion,
        enterprise_id,
        violation_codes,
        factors or {},
        violation_date,
        inspection_id,
        opened_on,
        _region(session, _agency_of(session, by, inspection)),
    )
    rules = proposal.rules
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
        discretion=proposal.results,
        explanation_zh=proposal.explanation,
        outcome=proposal.outcome,
        fine_fen=proposal.fine_fen,
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
            link_to_case(session, case, doc)
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


@dataclass(frozen=True)
class Proposal:
    rules: list[dict[str, Any]]
    results: list[dict[str, Any]]
    explanation: str
    outcome: str
    fine_fen: int | None


def _propose(
    session: Session,
    catalogue: Catalogue,
    discretion: DiscretionData,
    enterprise_id: uuid.UUID,
    codes: Sequence[str],
    factors: Mapping[str, Mapping[str, Any]],
    violation_date: date,
    inspection_id: uuid.UUID | None,
    decision_date: date,
    region: str | None = None,
) -> Proposal:
    """Rules in force and the discretion result per violation, each assessed on its own and
    the fines added (分别裁量，合并处罚)."""
    rules, results = [], []
    for code in codes:
        result = calculate_with_history(
            session,
            catalogue,
            discretion,
            enterprise_id,
            code,
            dict(factors.get(code, {})),
            violation_date=violation_date,
            exclude_inspection_id=inspection_id,
            decision_date=decision_date,
            province=region,
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
    return Proposal(
        rules,
        results,
        explanation,
        penalised[0]["outcome"] if penalised else "no_penalty",
        round(sum(amounts) * 100) if amounts else None,
    )


def law_changed(case: Case, on: date, catalogue: Catalogue | None = None) -> list[str]:
    """Violations whose rules were chosen under an older law than the one in force on ``on``
    and for which the newer law is lighter (行政处罚法 Art. 37: the comparison is made when
    the decision is made).  A case opened before the Code took effect and decided after it
    must be re-proposed under the Code where the Code is lighter."""
    catalogue = catalogue or default_catalogue()
    changed = []
    for rule in case.rules:
        if not rule.get("decision_date") or not rule.get("act_date"):
            continue  # a rule frozen without its dates: nothing to compare
        proposed_for = date.fromisoformat(str(rule["decision_date"])[:10])
        if catalogue.regime_on(proposed_for).code == catalogue.regime_on(on).code:
            continue
        now = catalogue.applicable(
            rule["violation_code"],
            date.fromisoformat(str(rule["act_date"])[:10]),
            decision_date=on,
            variant=rule.get("variant"),
        )
        if now.regime != rule["regime"]:
            changed.append(str(rule["violation_code"]))
    return changed


def stated_factors(
    case: Case, discretion: DiscretionData | None = None
) -> dict[str, dict[str, str]]:
    """The circumstances the officer stated for each violation: not the defaults the
    calculator assumed, nor what it derives from the records (repeats and the table factors
    counted from them), so proposing again recounts those."""
    data = discretion or default_discretion()
    general = {f.name for f in data.general.common_factors}
    general |= {f.name for f in data.general.numeric_factors}
    listed = {c.name for lst in data.no_penalty for c in lst.factors}
    out: dict[str, dict[str, str]] = {}
    for result in case.discretion or []:
        table = next((t for t in data.tables if t.code == result.get("table_code")), None)
        own = {f.name for f in table.factors if not f.from_repeats} if table else set()
        settable = (general | listed | own) - {"repeats"}
        out[str(result["violation_code"])] = {
            f["name"]: str(f["value"])
            for f in result.get("factors", [])
            if not f.get("assumed") and f["name"] in settable
        }
    return out


def repropose(
    session: Session,
    case_id: uuid.UUID,
    factors: Mapping[str, Mapping[str, Any]],
    by: uuid.UUID,
    on: date,
    catalogue: Catalogue | None = None,
    discretion: DiscretionData | None = None,
) -> Case:
    """Recompute the proposal with new circumstances found in the investigation.

    Only before the prior notice: once the party has been told the facts, provisions and
    proposed penalty, those are what the decision rests on (a heavier one needs a new notice).
    """
    case = get_case(session, case_id)
    catalogue = catalogue or default_catalogue()
    if case.status == "notified" and law_changed(case, on, catalogue):
        # The notice rests on a law no longer to be applied: propose again and notify again.
        case.status = "reported"
    if case.status not in ("opened", "filed", "reported"):
        raise UserError(
            Msg(
                "已事先告知当事人，不能再修改拟处罚意见",
                "The prior notice has been given: the proposal can no longer change",
            )
        )
    proposal = _propose(
        session,
        catalogue,
        discretion or default_discretion(),
        case.enterprise_id,
        case.violation_codes,
        factors,
        case.violation_date,
        case.inspection_id,
        on,
        _region(session, case.agency_id),
    )
    before = (case.outcome, case.fine_fen)
    case.rules, case.discretion = proposal.rules, proposal.results
    case.explanation_zh, case.outcome, case.fine_fen = (
        proposal.explanation,
        proposal.outcome,
        proposal.fine_fen,
    )
    append_event(
        session,
        "case.repropose",
        "case",
        case.id,
        {"from": list(before), "to": [case.outcome, case.fine_fen], "factors": dict(factors)},
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


def _region(session: Session, agency_id: uuid.UUID) -> str:
    """The agency's region code: which province's benchmark and no-penalty list apply."""
    agency = session.get(Agency, agency_id)
    return agency.region_code if agency is not None else ""

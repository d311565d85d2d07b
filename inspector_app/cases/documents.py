"""Filling a document's snapshot from its case, so the officer types only what is new.

The party comes from the enterprise, the provisions (citation and text) from the rule snapshot
the case froze when it opened, the fine and the reasons from the stored discretion result, the
numbers and dates of earlier documents from the case's own record.  A value the officer gives
in the step's ``document`` overrides the filled one; what the case cannot know (the hearing
time, the questions of an inquiry) is left to the officer, and the form names it if missing.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from inspector_app.cases import suspension
from inspector_app.cases.view import CaseView
from inspector_app.forms.common import cn_date
from inspector_app.forms.registry import document_type
from inspector_app.law.citation import capital_yuan
from inspector_app.store import Agency, Enterprise, Officer

OUTCOME_LABEL = {
    "no_penalty": "不予行政处罚",
    "lighter": "罚款",
    "normal": "罚款",
    "heavier": "罚款",
    "onsite": "当场处罚",
}
MEASURE_KINDS = {
    "production": ("restrict_production", "suspend_production"),
    "daily_penalty": ("daily_penalty",),
    "sealing": ("sealing_seizure",),
    "detention": ("detention_transfer",),
}


def provisions(rules: list[dict[str, Any]], key: str) -> str:
    """Citations with the text that was applied: 《…》第X条：“…”; one line per provision."""
    seen: dict[str, str] = {}
    for rule in rules:
        for p in rule.get(key, []):
            seen.setdefault(p["citation_zh"], p.get("text_zh") or "")
    return "；".join(f"{c}：“{t}”" if t else c for c, t in seen.items())


def measure_basis(rules: list[dict[str, Any]], branch: str) -> str:
    kinds = MEASURE_KINDS.get(branch, ())
    for rule in rules:
        for m in rule.get("measures", []):
            if m["kind"] in kinds and m.get("provision"):
                return str(m["provision"]["citation_zh"])
    return ""


def daily_fen(case: Any) -> int | None:
    """The daily amount of a 按日连续处罚: the original fine of the act that goes on (MEE Order 28
    Arts. 17–19), i.e. the fines of the violations the measure applies to, never the case total
    with fines for other acts (e.g. a monitoring violation beside an excess emission) added."""
    eligible = {
        r.get("violation_code")
        for r in case.rules
        if any(m.get("kind") == "daily_penalty" for m in r.get("measures", []))
    }
    amounts = [
        d["amount"]
        for d in case.discretion
        if d.get("violation_code") in eligible
        and d.get("outcome") != "no_penalty"
        and d.get("amount") is not None
    ]
    if not amounts or len(eligible) == len(case.rules):
        return case.fine_fen
    return round(sum(amounts) * 100)


def no_penalty_grounds(reason: str) -> tuple[str, str]:
    """The discretion reason ends with its own basis ("，依据《行政处罚法》第三十三条第二款，拟不予
    行政处罚…"); the decision prints the basis once, after "鉴于…", and it must be the paragraph
    the reason rests on: ¶2 for no fault, ¶1 for minor or first violations."""
    paragraph = "第二款" if "第三十三条第二款" in reason else "第一款"
    cut = reason.find("，依据《行政处罚法》")
    text = (reason[:cut] if cut > 0 else reason).rstrip().rstrip("。")
    return text, f"《中华人民共和国行政处罚法》第三十三条{paragraph}"


def _officers(case_officers: list[dict[str, Any]]) -> tuple[list[dict[str, str]], Any]:
    """Inspectors and the recorder (the last inspector when none was named)."""
    people = [o for o in case_officers if o.get("role") != "recorder"]
    recorder = next((o for o in case_officers if o.get("role") == "recorder"), None)
    pick = [{"name": o["name"], "certificate_no": o["certificate_no"]} for o in people]
    if recorder is not None:
        return pick, {"name": recorder["name"], "certificate_no": recorder["certificate_no"]}
    return pick, (pick[-1] if len(pick) > 1 else None)


def _plus(day: Any, days: int) -> date:
    start = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
    return start + timedelta(days=days)


def _number(view: CaseView, *kinds: str) -> str | None:
    found = [n for k, _, n in view.documents if k in kinds and n]
    return found[-1] if found else None


def _issued(view: CaseView, *kinds: str) -> date | None:
    found = [d for k, d, _ in view.documents if k in kinds and d]
    return found[-1] if found else None


def evidence_list(view: CaseView) -> list[str]:
    titles = {
        "onsite_record": "现场检查笔录",
        "inquiry_record": "调查询问笔录",
        "sampling_record": "采样取证登记单",
    }
    out = [f"{cn_date(on)}{titles[k]}1份" for k, on, _ in view.documents if k in titles and on]
    return out + [str(e) for e in view.case.evidence]


def context(session: Session, view: CaseView, on: date, by: uuid.UUID | None) -> dict[str, Any]:
    """Every value the case can supply, under the field names the snapshots use."""
    case, s = view.case, view.settings
    agency = session.get(Agency, case.agency_id)
    enterprise = session.get(Enterprise, case.enterprise_id)
    assert agency is not None and enterprise is not None
    officers, recorder = _officers(case.officers)
    me = session.get(Officer, by) if by else None
    party = {
        "name": enterprise.name,
        "code": enterprise.credit_code,
        "address": enterprise.address,
        "legal_representative": enterprise.legal_representative,
        "position": "法定代表人",
        "phone": enterprise.contact_phone,
    }
    fine = case.fine_fen
    decision = _number(view, "penalty_decision", "no_penalty_decision", "onsite_penalty")
    return {
        "agency_name": agency.name,
        "agency_short": "我局",
        "party": party,
        "appeal": {"review_body": s.review_body, "court": s.court},
        "case_number": case.case_number,
        "cause": case.cause,
        "case_name": case.cause,
        "facts": case.facts,
        "summary": case.facts,
        "presentation": case.facts,
        "investigator_case": case.facts,
        "original_facts": case.facts,
        "evidence": evidence_list(view),
        "violated_provision": provisions(case.rules, "prohibiting"),
        "penalty_provision": provisions(case.rules, "penalizing"),
        "order_basis": provisions(case.rules, "penalizing"),
        "discretion": case.explanation_zh.replace("\n", ""),
        "fine_fen": fine,
        "daily_fen": daily_fen(case),
        "officers": officers,
        "investigators": officers,
        "samplers": officers,
        "recorder": recorder,
        "servers": [o["name"] for o in officers],
        "payment": s.payment,
        "contact_person": s.contact_person or (me.name if me else ""),
        "contact_phone": s.contact_phone,
        "contact": f"{s.contact_person or (me.name if me else '')} {s.contact_phone}".strip(),
        "agency_address": s.agency_address or agency.name,
        "police": s.police,
        "court": s.enforcement_court,
        "place": enterprise.address,
        "addressee": enterprise.name,
        "address": enterprise.address,
        "filed_on": case.filed_on,
        "decision_number": decision,
        "original_decision_number": decision,
        "decision_issued_on": _issued(view, "sealing_decision"),
        "decision_served_on": view.decision_served_on,
        "prior_notice_number": _number(view, "prior_notice"),
        "prior_notice_served_on": view.notice_served_on,
        "order_number": view.order_number,
        "order_served_on": view.order_served_on,
        "reminder_number": _number(view, "payment_reminder"),
        "reminder_served_on": view.on("remind"),
        "due_on": view.payment_due,
        "paid_fen": view.paid_fen or None,
        "paid_on": view.on("pay"),
        "letter_number": _number(view, "detention_transfer_letter", "criminal_transfer_letter"),
        "handler": {"text": "", "signer": me.name if me else "", "on": on},
        "reported_on": on,
        "reviewed_on": on,
        "statement_days": s.statement_days,
    }


def _specific(
    view: CaseView, code: str, on: date, base: dict[str, Any], given: dict[str, Any]
) -> dict[str, Any]:
    """Values one document type words from the case (the rest are common)."""
    case = view.case
    fine = case.fine_fen
    if code == "hearing_notice":
        return {"request_date": view.on("hearing_request")}
    if code == "recheck_record":
        corrected = given.get("corrected")
        result = None if corrected is None else ("已改正" if corrected else "未改正")
        return {"method": "现场复查", "result": result}
    if code == "daily_penalty":
        refused = [r for r in view.rechecks_after_order() if not r.data.get("corrected")]
        last = refused[-1] if refused else None
        return {
            "basis": measure_basis(case.rules, "daily_penalty") or base["penalty_provision"],
            "recheck_on": last.on if last else None,
            "refusal_facts": (last.data.get("findings") if last else None)
            or (f"{cn_date(last.on)}复查发现你单位仍未改正违法行为。" if last else None),
        }
    if code == "sealing_decision":
        start = given.get("start_on") or on
        return {
            "basis": measure_basis(case.rules, "sealing") or base["penalty_provision"],
            "start_on": start,
            "end_on": given.get("end_on") or _plus(start, 29),
        }
    if code == "payment_deferral":
        return {
            "mode": "分期" if given.get("instalments") else "延期",
            "applied_on": given.get("applied_on") or on,
        }
    if code == "onsite_penalty":
        return {"occurred": cn_date(case.violation_date)}
    if code == "filing_approval":
        source = {
            "inspection": "现场检查发现",
            "clue": "线索移交",
            "complaint": "信访投诉",
            "transfer": "其他机关移送",
        }.get(case.source, case.source)
        return {"source": source, "handler": {**base["handler"], "text": "建议立案调查。"}}
    if code == "investigation_report":
        proposal = (
            "建议不予行政处罚，责令改正并对当事人进行教育。"
            if case.outcome == "no_penalty"
            else f"建议对当事人罚款{capital_yuan((fine or 0) / 100)}，并责令改正。"
        )
        process = f"{cn_date(case.opened_on)}案件来源登记，{cn_date(case.filed_on)}立案调查。"
        return {"proposal": proposal, "process": process}
    if code == "prior_notice":
        # The notice states the hearing right exactly when the case lets the party ask for one.
        return {"hearing_right": view.hearing_qualifies()}
    if code == "penalty_decision":
        if view.has("statement"):
            response = (
                f"{base['party']['name']}在规定期限内提出了陈述、申辩意见，经复核，我局已予以考虑。"
            )
        elif view.has("waive"):
            response = "当事人明确表示放弃陈述、申辩的权利。"
        else:
            response = "当事人在规定期限内未提出陈述、申辩意见。"
        if view.has("hearing_record"):
            response += "我局依当事人申请举行了听证。"
        return {"party_response": response}
    if code == "no_penalty_decision":
        reason = next(
            (d.get("reason") for d in case.discretion if d.get("outcome") == "no_penalty"), ""
        )
        reason, basis = no_penalty_grounds(reason or "")
        return {
            "no_penalty_basis": basis,
            "reason": reason or "当事人初次违法、危害后果轻微并及时改正",
            "correction": "立即改正违法行为，并加强日常环境管理。",
        }
    if code == "investigation_suspension":
        # perform() names the action (中止/恢复/终止) of the step being taken.
        step = suspension.STEP_OF_ACTION[str(given["action"])]
        values = suspension.form_values(view, step, on, given)
        values["handler"] = {**base["handler"], "text": values.pop("handler_text")}
        return values
    if code == "closing_approval" and case.status == "terminated":
        return {
            "decision_number": "无（调查终止）",
            "outcome": "终止调查",
            "execution": "无",
            "correction": "—",
            "closing_reason": "经机关负责人批准终止案件调查。",
            "handler": {**base["handler"], "text": "建议结案。"},
        }
    if code == "closing_approval":
        paid = view.paid_fen
        execution = f"当事人已缴纳罚款{paid / 100:.0f}元。" if paid else "本案无罚款执行事项。"
        if view.has("enforce"):
            execution += "已申请人民法院强制执行。"
        correction = "经复查，违法行为已改正。" if view.corrected else "无需复查。"
        onsite = {}
        if view.onsite:  # 简易程序: never filed; the case is known by its decision's number
            onsite = {"case_number": case.case_number or base["decision_number"]}
        return {
            **onsite,
            "outcome": OUTCOME_LABEL.get(case.outcome, case.outcome),
            "execution": execution,
            "correction": correction,
            "closing_reason": "处理决定已执行完毕。",
            "handler": {**base["handler"], "text": "建议结案。"},
        }
    if code in ("sealing_list", "sealing_extension", "sealing_release"):
        return {
            "decision_number": _number(view, "sealing_decision"),
            "original_end_on": view.seal_end,
            "released_on": on,
        }
    if code == "enforcement_application":
        return {
            "non_performance": "在规定期限内未缴纳罚款",
            "attachments": ["行政处罚决定书及送达回证", "催告书及送达回证", "当事人身份材料"],
        }
    if code == "production_order":
        return {"basis": measure_basis(case.rules, "production") or base["penalty_provision"]}
    if code in ("detention_transfer_approval", "detention_transfer_letter"):
        handler = {**base["handler"], "text": "建议移送公安机关依法予以行政拘留。"}
        return {
            "basis": measure_basis(case.rules, "detention") or base["penalty_provision"],
            "handler": handler,
        }
    return {}


def fill(
    session: Session,
    view: CaseView,
    code: str,
    on: date,
    by: uuid.UUID | None,
    given: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The data for a document of type ``code``: filled from the case, then ``given`` on top.

    Only the fields the document type declares are kept; an empty value is left out so that
    the form's own default applies or its refusal names the missing field.
    """
    base = context(session, view, on, by)
    given = dict(given or {})
    merged = {**base, **_specific(view, code, on, base, given), **given}
    fields = document_type(code).snapshot.model_fields
    return {k: v for k, v in merged.items() if k in fields and v not in (None, "", [])}


def proof_of_service(
    view: CaseView, served: Any, on: date, given: dict[str, Any]
) -> dict[str, Any]:
    """Service of ``served`` (a Document): the title and number come from it."""
    kind = document_type(served.kind)
    title = kind.printed_title(dict(served.snapshot))
    return {
        "documents": [{"title": title, "number": served.number or ""}],
        "served_at": given.get("served_at") or cn_date(on),
        "method": given.get("method") or "直接送达",
    }

"""Suspending, resuming and terminating an investigation (reference.md §1.1 T6b).

Order 30 (生态环境行政处罚办法, 2023) lets the agency head suspend an investigation that cannot
go on for now (Art. 35) and terminate one that cannot go on at all (Art. 36).  Because the
suspended time is not counted in the 90-day decision limit, each suspension and each
resumption is approved on its own form and recorded as a step with its date: the deadline
rule (:mod:`.deadlines`) adds the suspended days from those dates, and nothing else.

The grounds are the articles' situations in short, paraphrased like the law catalogue's
provision texts (to be checked against the official text before printing); the officer picks
one and the form cites the article.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from inspector_app.cases.view import CaseView
from inspector_app.i18n import Msg

ORDER_30 = "《生态环境行政处罚办法》"
SUSPEND_ARTICLE = f"{ORDER_30}第三十五条"
TERMINATE_ARTICLE = f"{ORDER_30}第三十六条"

# code → (short name the officer picks, the situation as printed on the form); the step's
# data names its ground by code or by the short name (the step dialog offers the names).
SUSPENSION_GROUNDS: dict[str, tuple[str, str]] = {
    "awaiting_other_case": (
        "须等待相关案件或其他决定",
        "行政处罚决定须以相关案件的裁判结果或者其他行政决定为依据，而相关案件尚未审结"
        "或者其他行政决定尚未作出",
    ),
    "legal_interpretation": (
        "须送请有权机关解释或确认",
        "涉及法律适用等问题，需要送请有权机关作出解释或者确认",
    ),
    "force_majeure": ("不可抗力", "因不可抗力致使案件暂时无法调查"),
    "party_missing": ("当事人下落不明", "因当事人下落不明致使案件暂时无法调查"),
    "other": ("其他中止情形", "其他应当中止调查的情形"),
}
TERMINATION_GROUNDS: dict[str, tuple[str, str]] = {
    "party_died": ("涉嫌违法的公民死亡", "涉嫌违法的公民死亡"),
    "organisation_ended": (
        "法人或其他组织终止且无承受人",
        "涉嫌违法的法人、其他组织终止，无法人或者其他组织承受其权利义务",
    ),
    "other": ("其他终止情形", "其他依法应当终止调查的情形"),
}
ACTIONS = {"suspend": "中止", "resume": "恢复", "terminate": "终止"}
STEP_OF_ACTION = {action: step for step, action in ACTIONS.items()}


def _grounds(step: str) -> dict[str, tuple[str, str]]:
    return TERMINATION_GROUNDS if step == "terminate" else SUSPENSION_GROUNDS


def ground_code(value: object, step: str) -> str | None:
    """The ground's code from its code or its short name; None when it names no ground."""
    text = str(value or "").strip()
    for code, (short, _) in _grounds(step).items():
        if text in (code, short):
            return code
    return None


def ground_text(value: object, step: str) -> str | None:
    code = ground_code(value, step)
    return _grounds(step)[code][1] if code else None


def _ground_guard(step: str) -> Any:
    grounds = _grounds(step)
    article = TERMINATE_ARTICLE if step == "terminate" else SUSPEND_ARTICLE
    verb_zh, verb_en = ("终止", "terminating") if step == "terminate" else ("中止", "suspending")

    def guard(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
        ground = ground_code(data.get("ground_code"), step)
        if ground is None:
            known = "、".join(f"{code}（{short}）" for code, (short, _) in grounds.items())
            return Msg(
                f"请选择{verb_zh}调查的情形（{article}；可选：{known}）",
                f"Choose the ground for {verb_en} the investigation ({article}; one of {known})",
            )
        if ground == "other" and not str(data.get("reason") or "").strip():
            return Msg(
                f"“其他情形”须写明{verb_zh}调查的具体理由",
                f"Describe the other ground for {verb_en} the investigation",
            )
        return None

    return guard


def _resume(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not str(data.get("reason") or "").strip():
        return Msg(
            "请写明中止调查的原因已经消除的情况",
            "Say how the ground for the suspension has ended",
        )
    return None


GUARDS = {
    "suspend": _ground_guard("suspend"),
    "terminate": _ground_guard("terminate"),
    "resume": _resume,
}


def suspended_status(view: CaseView) -> str:
    """The status the case was in when it was last suspended (where resuming returns to)."""
    last = view.last("suspend")
    return last.status_before if last is not None else "filed"


def suspended_days(view: CaseView) -> int:
    """Days the investigation stood suspended and resumed again (not counted in T6)."""
    total = 0
    resumes = view.all("resume")
    for suspended in view.all("suspend"):
        resumed = next((r.on for r in resumes if r.seq > suspended.seq), None)
        if resumed is not None:
            total += (resumed - suspended.on).days
    return total


def form_values(view: CaseView, step: str, on: date, given: dict[str, Any]) -> dict[str, Any]:
    """What the approval form says for this step, from the recorded facts."""
    action = ACTIONS[step]
    reason = str(given.get("reason") or "").strip()
    last = view.last("suspend")
    if step == "resume":
        ground, basis = reason, SUSPEND_ARTICLE
    else:
        text = ground_text(given.get("ground_code"), step) or ""
        ground = f"{text}。{reason}" if reason else text
        basis = TERMINATE_ARTICLE if step == "terminate" else SUSPEND_ARTICLE
    since = last.on if step == "resume" and last is not None else None
    proposal = {
        "suspend": "建议中止案件调查，中止期间不计入办案期限。",
        "resume": "中止调查的原因已经消除，建议恢复案件调查。",
        "terminate": "建议终止案件调查。",
    }[step]
    return {
        "action": action,
        "ground": ground,
        "basis": basis,
        "suspended_on": since,
        "handler_text": proposal,
    }

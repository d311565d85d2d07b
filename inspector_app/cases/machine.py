"""The case life cycle as data: statuses, steps, and which step may follow which.

``STEPS`` is the table of allowed transitions (from-statuses → status after) and the document
each step issues; :mod:`.guards` adds the legal conditions that a status alone cannot express
(a statement period still running, a hearing requested but not held…).  ``check`` refuses an
impossible step with a bilingual reason and changes nothing.  The five types of cases (daily
continuous penalty, restriction/suspension, sealing/seizure, detention transfer, criminal
transfer) are branch steps that leave the main status where it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from inspector_app.i18n import Msg, UserError

STATUSES: dict[str, tuple[str, str]] = {
    "opened": ("待立案", "awaiting filing"),
    "filed": ("调查中", "under investigation"),
    "reported": ("调查终结", "investigation reported"),
    "notified": ("已事先告知", "prior notice given"),
    "hearing": ("听证程序中", "in hearing"),
    "decided": ("已作出决定", "decided"),
    "served": ("决定已送达", "decision served"),
    "executing": ("执行中", "being executed"),
    "executed": ("执行完毕", "executed"),
    "suspended": ("调查中止", "investigation suspended"),
    "terminated": ("调查终止", "investigation terminated"),
    "closed": ("已结案", "closed"),
    "withdrawn": ("已销案", "withdrawn"),
}
# A terminated investigation only waits for its closing approval (and releases what was sealed).
OPEN = frozenset(STATUSES) - {"closed", "withdrawn", "terminated"}
BEFORE_DECISION = frozenset({"opened", "filed", "reported", "notified", "hearing"})
INVESTIGATING = frozenset({"filed", "reported", "notified", "hearing"})
AFTER_DECISION = frozenset({"decided", "served", "executing", "executed"})
PAYING = frozenset({"served", "executing"})

BRANCHES: dict[str, tuple[str, str]] = {
    "daily_penalty": ("按日连续处罚", "daily continuous penalty"),
    "production": ("限制生产、停产整治", "restriction / suspension of production"),
    "sealing": ("查封、扣押", "sealing / seizure"),
    "detention": ("移送行政拘留", "transfer for administrative detention"),
    "criminal": ("移送涉嫌犯罪", "criminal transfer"),
}


@dataclass(frozen=True)
class Step:
    code: str
    title_zh: str
    title_en: str
    sources: frozenset[str]
    target: str | None = None  # None: the status stays
    document: str | None = None  # the document type this step issues, if any
    branch: str | None = None


def _s(
    code: str,
    zh: str,
    en: str,
    sources: frozenset[str] | set[str],
    target: str | None = None,
    document: str | None = None,
    branch: str | None = None,
) -> Step:
    return Step(code, zh, en, frozenset(sources), target, document, branch)


STEPS: dict[str, Step] = {
    s.code: s
    for s in [
        _s("file", "立案审批", "filing approval", {"opened"}, "filed", "filing_approval"),
        _s(
            "withdraw",
            "销案（不予立案）",
            "withdraw the case",
            {"opened", "filed", "reported"},
            "withdrawn",
        ),
        _s(
            "inquiry",
            "调查询问",
            "inquiry record",
            INVESTIGATING - {"hearing"},
            None,
            "inquiry_record",
        ),
        _s("sampling", "采样取证", "sampling", {"opened", "filed"}, None, "sampling_record"),
        _s(
            "preserve",
            "先行登记保存证据",
            "preserve evidence",
            {"opened", "filed"},
            None,
            "evidence_preservation",
        ),
        _s(
            "preserve_decide",
            "对登记保存物品作出处理决定",
            "decide on preserved evidence",
            {"opened", "filed", "reported"},
        ),
        _s("extend", "延长办案期限", "extend the decision limit", INVESTIGATING),
        # T6b (Order 30 Arts. 35–36): the head approves each on a 中止/恢复/终止 approval form;
        # resuming returns the case to the status it was suspended in (service._apply).
        _s(
            "suspend",
            "中止案件调查",
            "suspend the investigation",
            INVESTIGATING,
            "suspended",
            "investigation_suspension",
        ),
        _s(
            "resume",
            "恢复案件调查",
            "resume the investigation",
            {"suspended"},
            None,
            "investigation_suspension",
        ),
        _s(
            "terminate",
            "终止案件调查",
            "terminate the investigation",
            INVESTIGATING | {"suspended"},
            "terminated",
            "investigation_suspension",
        ),
        _s(
            "report",
            "调查终结报告",
            "investigation report",
            {"filed"},
            "reported",
            "investigation_report",
        ),
        _s(
            "prior_notice",
            "行政处罚事先告知",
            "prior notice",
            {"reported"},
            "notified",
            "prior_notice",
        ),
        _s(
            "serve_notice",
            "送达事先告知书",
            "serve the prior notice",
            {"notified"},
            None,
            "proof_of_service",
        ),
        _s(
            "statement", "陈述申辩", "statement and defence", {"notified"}, None, "statement_record"
        ),
        _s("waive", "当事人放弃陈述申辩", "party waives statement", {"notified"}),
        _s("hearing_request", "当事人申请听证", "hearing requested", {"notified"}, "hearing"),
        _s("hearing_notice", "听证通知", "hearing notice", {"hearing"}, None, "hearing_notice"),
        _s("hearing_record", "举行听证", "hearing held", {"hearing"}, "notified", "hearing_record"),
        _s(
            "legal_review",
            "法制审核",
            "legal review",
            {"reported", "notified"},
            None,
            "legal_review",
        ),
        _s(
            "collective_discussion",
            "集体讨论",
            "collective discussion",
            {"reported", "notified"},
            None,
            "collective_discussion",
        ),
        _s("decide", "作出处理决定", "decision", {"reported", "notified"}, "decided"),
        _s(
            "onsite_decide",
            "当场处罚",
            "on-the-spot penalty",
            {"opened"},
            "decided",
            "onsite_penalty",
        ),
        _s("onsite_report", "当场处罚备案", "report the on-the-spot penalty", AFTER_DECISION),
        _s(
            "serve", "送达处理决定", "serve the decision", {"decided"}, "served", "proof_of_service"
        ),
        _s("pay", "缴纳罚款", "payment", PAYING),
        _s(
            "defer",
            "延期（分期）缴纳罚款",
            "postponement or instalments",
            PAYING,
            "executing",
            "payment_deferral",
        ),
        _s("remind", "催告", "payment reminder", PAYING, "executing", "payment_reminder"),
        _s(
            "enforce",
            "申请人民法院强制执行",
            "court enforcement",
            {"executing"},
            None,
            "enforcement_application",
        ),
        _s(
            "order_to_correct",
            "责令改正",
            "order to correct",
            OPEN - {"executed"},
            None,
            "order_to_correct",
        ),
        _s(
            "recheck",
            "整改复查",
            "rectification re-check",
            OPEN - {"opened"},
            None,
            "recheck_record",
        ),
        _s(
            "close",
            "结案",
            "closing",
            {"decided", "served", "executed", "terminated"},
            "closed",
            "closing_approval",
        ),
        # The five types of cases (branches; the main status stays).
        _s(
            "daily_penalty",
            "按日连续处罚",
            "daily continuous penalty",
            {"served", "executing", "executed"},
            "executing",
            "daily_penalty",
            "daily_penalty",
        ),
        _s(
            "production_order",
            "责令限制生产、停产整治",
            "restriction / suspension order",
            INVESTIGATING | AFTER_DECISION,
            None,
            "production_order",
            "production",
        ),
        _s(
            "seal",
            "查封、扣押",
            "sealing / seizure",
            BEFORE_DECISION,
            None,
            "sealing_decision",
            "sealing",
        ),
        _s(
            "seal_extend",
            "查封、扣押延期",
            "extend sealing",
            OPEN - {"opened"} | {"opened"},
            None,
            "sealing_extension",
            "sealing",
        ),
        _s(
            "seal_release",
            "解除查封、扣押",
            "release sealing",
            OPEN | {"terminated"},
            None,
            "sealing_release",
            "sealing",
        ),
        _s(
            "detention_approve",
            "移送行政拘留审批",
            "approve detention transfer",
            INVESTIGATING | AFTER_DECISION,
            None,
            "detention_transfer_approval",
            "detention",
        ),
        _s(
            "detention_send",
            "移送公安机关（行政拘留）",
            "send to police (detention)",
            INVESTIGATING | AFTER_DECISION,
            None,
            "detention_transfer_letter",
            "detention",
        ),
        _s(
            "criminal_transfer",
            "移送涉嫌犯罪案件",
            "criminal transfer",
            INVESTIGATING | AFTER_DECISION,
            None,
            "criminal_transfer_letter",
            "criminal",
        ),
    ]
}


def step(code: str) -> Step:
    try:
        return STEPS[code]
    except KeyError:
        raise UserError(
            Msg(
                f"没有这个办案步骤：{code}（可用：{'、'.join(STEPS)}）",
                f"Unknown case step: {code} (known: {', '.join(STEPS)})",
            )
        ) from None


def status_label(status: str, lang: str = "zh") -> str:
    zh, en = STATUSES.get(status, (status, status))
    return en if lang == "en" else zh


def allowed_steps(status: str) -> list[Step]:
    """Steps the table allows from ``status`` (guards may still refuse one)."""
    return [s for s in STEPS.values() if status in s.sources]


def check(view: Any, code: str, on: date, data: dict[str, Any]) -> Step:
    """The step if it may be taken now; otherwise a :class:`UserError` saying why not."""
    from inspector_app.cases.guards import GUARDS

    found = step(code)
    status = view.case.status
    if status not in found.sources:
        raise UserError(
            Msg(
                f"案件处于“{status_label(status)}”状态，不能进行“{found.title_zh}”",
                f"The case is {status_label(status, 'en')}: '{found.title_en}' is not possible",
            )
        )
    last = view.steps[-1].on if view.steps else view.case.opened_on
    if on < last:
        raise UserError(
            Msg(
                f"“{found.title_zh}”的日期{on}早于上一步骤的日期{last}",
                f"The date of '{found.title_en}' ({on}) is before the previous step ({last})",
            )
        )
    guard = GUARDS.get(code)
    reason = guard(view, on, data) if guard else None
    if reason is not None:
        raise UserError(reason)
    return found

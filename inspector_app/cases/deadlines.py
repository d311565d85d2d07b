"""Statutory time limits (reference.md §1.1) computed from a case's recorded dates.

Each rule looks at a :class:`.view.CaseView` and yields the limits that apply, each with its
due date and whether the step that satisfies it has been recorded.  ``due_items`` lists what
is still open across all cases for the Today page: a *deadline* is overdue once today is past
it; a *period* (statement, hearing request, appeal) is a time the party has, shown while it
runs, because the agency must wait for its end before acting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cases import suspension
from inspector_app.cases.settings import CaseSettings
from inspector_app.cases.view import CaseView, _date, add_months, add_working_days
from inspector_app.store import Case, Enterprise


@dataclass(frozen=True)
class Deadline:
    rule: str  # T-number of reference.md §1.1
    # "deadline": the agency must act by; "period": the party's time runs; "follow_up": shown
    # once its day has come (e.g. a fine not paid in time).
    kind: str
    title_zh: str
    title_en: str
    due_on: date
    done_on: date | None = None


@dataclass(frozen=True)
class DueItem:
    case_id: str
    case_label: str
    enterprise: str
    rule: str
    kind: str
    title_zh: str
    title_en: str
    due_on: date
    days_left: int
    overdue: bool


def _filing(v: CaseView) -> Iterator[Deadline]:
    if v.onsite and v.case.filed_on is None:
        return  # the summary procedure (行政处罚法 Art. 51–52) files no case
    days = v.settings.filing_days
    yield Deadline(
        "T4",
        "deadline",
        "立案审批",
        "filing decision",
        v.case.opened_on + timedelta(days=days),
        v.case.filed_on,
    )


def _preservation(v: CaseView) -> Iterator[Deadline]:
    decided = v.all("preserve_decide")
    for step in v.all("preserve"):
        done = next((d.on for d in decided if d.seq > step.seq), None)
        yield Deadline(
            "T5",
            "deadline",
            "对先行登记保存的证据作出处理决定",
            "decide on preserved evidence",
            add_working_days(step.on, 7, v.settings),  # Art. 56; working days (Art. 85)
            done,
        )


def _decision(v: CaseView) -> Iterator[Deadline]:
    filed = v.case.filed_on
    if filed is None or v.onsite or v.case.status in ("suspended", "terminated"):
        return  # suspended: the clock stands still until the investigation resumes (T6b)
    days = v.settings.decision_days
    extensions = v.all("extend")
    if extensions:
        days += v.settings.first_extension_days
    if len(extensions) > 1:
        days += int(extensions[1].data.get("days", v.settings.second_extension_days))
    # T6a: hearing time is not counted (request to hearing held).
    requested, held = v.on("hearing_request"), v.on("hearing_record")
    if requested is not None:
        days += ((held or requested) - requested).days
    days += suspension.suspended_days(v)  # T6b: suspended time is not counted either
    yield Deadline(
        "T6",
        "deadline",
        "作出行政处罚决定（办案期限）",
        "decision limit",
        filed + timedelta(days=days),
        v.case.decided_on,
    )


def _notice_periods(v: CaseView) -> Iterator[Deadline]:
    ends = v.statement_period_ends
    if ends is None:
        return
    spoke = v.on("statement") or v.on("waive")
    yield Deadline(
        "T8",
        "period",
        "陈述申辩期限",
        "statement and defence period",
        ends,
        spoke or v.case.decided_on,
    )
    if v.hearing_qualifies() and v.hearing_request_ends is not None:
        yield Deadline(
            "T9",
            "period",
            "听证申请期限",
            "hearing request period",
            v.hearing_request_ends,
            v.on("hearing_request") or v.case.decided_on,
        )


def _hearing(v: CaseView) -> Iterator[Deadline]:
    day = _date(v.value("hearing_notice", "hearing_date"))
    if day is not None:
        yield Deadline(
            "T10", "deadline", "举行听证", "hold the hearing", day, v.on("hearing_record")
        )


def _onsite(v: CaseView) -> Iterator[Deadline]:
    decided = v.on("onsite_decide")
    if decided is not None:
        yield Deadline(
            "T13",
            "deadline",
            "当场处罚决定报所属机关备案",
            "report on-the-spot penalty",
            decided + timedelta(days=v.settings.onsite_report_days),
            v.on("onsite_report"),
        )


def _service(v: CaseView) -> Iterator[Deadline]:
    decided = v.case.decided_on
    if decided is not None and not v.onsite:
        yield Deadline(
            "T14",
            "deadline",
            "送达处理决定书",
            "serve the decision",
            add_working_days(decided, 7, v.settings),  # Art. 61; working days (Art. 85)
            v.decision_served_on,
        )


def _payment(v: CaseView) -> Iterator[Deadline]:
    due = v.payment_due
    if due is None:
        return
    paid = v.last("pay") if v.case.status in ("executed", "closed") else None
    yield Deadline(
        "T15", "period", "当事人缴纳罚款期限", "payment period", due, paid.on if paid else None
    )
    # Not paid by the due date: the surcharge runs (T16) and the agency should remind.
    yield Deadline(
        "T16",
        "follow_up",
        "罚款逾期未缴纳：加处罚款，应当催告",
        "fine overdue: surcharge runs, send a reminder",
        due + timedelta(days=1),
        paid.on if paid else v.on("remind"),
    )
    if v.on("remind") is not None and v.appeal_ends is not None and v.owed_fen(due) > 0:
        yield Deadline(
            "T21",
            "deadline",
            "申请人民法院强制执行",
            "apply for court enforcement",
            add_months(v.appeal_ends, 3),
            v.on("enforce"),
        )


def _appeal(v: CaseView) -> Iterator[Deadline]:
    served = v.decision_served_on
    if served is None:
        return
    yield Deadline(
        "T18",
        "period",
        "申请行政复议期限",
        "administrative review period",
        served + timedelta(days=60),
    )
    if not v.onsite:  # T18a: an on-the-spot penalty goes to review first
        yield Deadline(
            "T19", "period", "提起行政诉讼期限", "litigation period", add_months(served, 6)
        )


def _sealing(v: CaseView) -> Iterator[Deadline]:
    end = v.seal_end
    if end is not None:
        done = v.on("seal_release") if not v.sealed else None
        yield Deadline("T22", "deadline", "查封、扣押期限届满", "sealing period ends", end, done)


def _recheck(v: CaseView) -> Iterator[Deadline]:
    served = v.order_served_on
    if served is None:
        return
    rechecks = v.rechecks_after_order()
    yield Deadline(
        "T23",
        "deadline",
        "责令改正后复查",
        "re-check after the order to correct",
        served + timedelta(days=30),
        rechecks[0].on if rechecks else None,
    )


def _production(v: CaseView) -> Iterator[Deadline]:
    step = v.last("production_order")
    if step is None:
        return
    approved = _date(step.data.get("approved_on"))
    if approved is not None:
        yield Deadline(
            "T24",
            "deadline",
            "送达限产、停产整治决定书",
            "serve the production order",
            add_working_days(approved, 7, v.settings),
            _date(step.data.get("served_on")),
        )
    end = _date(step.data.get("end_on"))
    if end is not None:
        yield Deadline(
            "T24",
            "deadline",
            "限制生产、停产整治期满复查",
            "production restriction ends: re-check",
            end,
            next((r.on for r in v.all("recheck") if r.on >= end), None),
        )


def _detention(v: CaseView) -> Iterator[Deadline]:
    approved = v.on("detention_approve")
    if approved is not None:
        yield Deadline(
            "T25",
            "deadline",
            "移送公安机关（行政拘留）",
            "send to the police",
            approved + timedelta(days=3),
            v.on("detention_send"),
        )


RULES: list[Callable[[CaseView], Iterator[Deadline]]] = [
    _filing,
    _preservation,
    _decision,
    _notice_periods,
    _hearing,
    _onsite,
    _service,
    _payment,
    _appeal,
    _sealing,
    _recheck,
    _production,
    _detention,
]


def deadlines(view: CaseView) -> list[Deadline]:
    """Every time limit that applies to the case so far, met or not, by due date."""
    found = [d for rule in RULES for d in rule(view)]
    return sorted(found, key=lambda d: (d.due_on, d.rule))


def open_deadlines(view: CaseView, today: date) -> list[Deadline]:
    """Limits still to act on: deadlines not met, periods not met and still running."""
    if view.case.status in ("closed", "withdrawn"):
        return []
    out = []
    for d in deadlines(view):
        if d.done_on is not None:
            continue
        if d.kind == "period" and d.due_on < today:
            continue  # the party's time is over: nothing to wait for
        if d.kind == "follow_up" and d.due_on > today:
            continue  # only once it has happened
        out.append(d)
    return out


def due_items(session: Session, today: date, settings: CaseSettings | None = None) -> list[DueItem]:
    """What is due and overdue in every open case, soonest first (for the Today page)."""
    from inspector_app.cases.service import case_view

    settings = settings or CaseSettings()
    items: list[DueItem] = []
    query = select(Case, Enterprise.name).join(Enterprise, Enterprise.id == Case.enterprise_id)
    query = query.where(Case.status.not_in(("closed", "withdrawn")))
    for case, name in session.execute(query):
        view = case_view(session, case, settings)
        label = case.case_number or case.cause or str(case.id)[:8]
        for d in open_deadlines(view, today):
            left = (d.due_on - today).days
            items.append(
                DueItem(
                    str(case.id),
                    label,
                    name,
                    d.rule,
                    d.kind,
                    d.title_zh,
                    d.title_en,
                    d.due_on,
                    left,
                    (d.kind == "deadline" and left < 0) or d.kind == "follow_up",
                )
            )
    return sorted(items, key=lambda i: (i.due_on, i.case_label, i.rule))

"""The legal conditions of each step that the status table cannot express.

Each guard returns ``None`` when the step may be taken on that day, or the reason it may not,
in both languages.  They read only recorded facts (:class:`.view.CaseView`) and the step's own
data, so a refusal is the same whenever it is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from inspector_app.cases import measure_guards, suspension
from inspector_app.cases.opening import law_changed
from inspector_app.cases.view import CaseView, _date, add_months, add_working_days
from inspector_app.i18n import Msg

Guard = Callable[[CaseView, date, dict[str, Any]], Msg | None]


def _not_issuable(view: CaseView) -> Msg | None:
    for rule in view.case.rules:
        if not rule.get("issuable", True):
            pending = rule.get("pending_zh") or ""
            return Msg(
                f"{rule.get('violation_code')} 适用的条款尚待补充，不能据此作出处理：{pending}",
                f"{rule.get('violation_code')}: the applicable article is not in the catalogue "
                "yet; no decision can rest on it",
            )
    return None


def _lighter_law_now(view: CaseView, on: date) -> Msg | None:
    """行政处罚法 Art. 37: a newer law in force when the notice or decision is made applies
    where it is lighter; the proposal frozen under the old law must be made again first."""
    codes = law_changed(view.case, on)
    if not codes:
        return None
    listed = "、".join(codes)
    return Msg(
        f"{on}已施行新的法律规定，{listed} 按新规定处罚较轻，依照《行政处罚法》第三十七条应当适用"
        "新规定：请先重新裁量（重新提出拟处罚意见），再事先告知当事人",
        f"A newer law is in force on {on} and is lighter for {listed} (Administrative Penalty "
        "Law Art. 37): propose the penalty again under it, then notify the party",
    )


def _withdraw(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not str(data.get("reason", "")).strip():
        return Msg("销案须写明理由", "Give the reason for withdrawing the case")
    return None


def _preserve_decide(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.has("preserve"):
        return Msg("没有先行登记保存的证据", "No evidence was preserved")
    return None


def _extend(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    done = len(view.all("extend"))
    if done >= 2:
        return Msg("办案期限已延长两次，不能再延长", "The limit was already extended twice")
    if done == 1 and not data.get("collective"):
        return Msg(
            "再次延长办案期限须经机关负责人集体讨论决定（T6a）",
            "A second extension needs the agency heads' collective decision (T6a)",
        )
    if done == 1:
        most = view.settings.second_extension_days
        days = data.get("days", most)
        if not isinstance(days, int) or isinstance(days, bool) or not 0 < days <= most:
            return Msg(
                f"再次延长的期限应为1至{most}日（T6a）",
                f"A second extension is 1 to {most} days (T6a)",
            )
    return None


def _prior_notice(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if view.case.outcome == "no_penalty":
        return Msg(
            "拟不予行政处罚的案件无需事先告知，请直接作出不予行政处罚决定",
            "No penalty is proposed: issue the no-penalty decision instead of a prior notice",
        )
    return _lighter_law_now(view, on) or _not_issuable(view)


def _needs_notice(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if view.notice_served_on is None:
        return Msg("事先告知书尚未送达", "The prior notice has not been served yet")
    return None


def _hearing_request(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if (missing := _needs_notice(view, on, data)) is not None:
        return missing
    if not view.hearing_qualifies():
        return Msg(
            "拟作出的处罚不属于听证范围（较大数额罚款、责令停产停业等）",
            "The proposed penalty does not give a right to a hearing",
        )
    ends = view.hearing_request_ends
    if ends is not None and on > ends:
        return Msg(
            f"听证申请期限已于{ends}届满（告知书送达后五日内，《行政处罚法》第六十四条）",
            f"The hearing request period ended on {ends} (5 days after the notice, Art. 64)",
        )
    return None


def earliest_hearing(view: CaseView, notified_on: date) -> date:
    """Art. 64: the party is told seven days before the hearing; working days (Art. 85)."""
    return add_working_days(notified_on, 7, view.settings)


def earliest_enforcement(view: CaseView, reminded_on: date) -> date:
    """行政强制法 Art. 54: ten days after the reminder; working days (Art. 69)."""
    return add_working_days(reminded_on, 10, view.settings)


def _hearing_notice(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    hearing = _date(data.get("hearing_date"))
    if hearing is None:
        return Msg("请给出听证日期", "Give the hearing date")
    earliest = earliest_hearing(view, on)
    if hearing < earliest:
        return Msg(
            f"听证通知应在举行听证的七日（工作日）前送达，听证日期不得早于{earliest}",
            f"The hearing notice must reach the party 7 working days ahead: not before {earliest}",
        )
    return None


def _hearing_record(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.has("hearing_notice"):
        return Msg("尚未发出听证通知", "No hearing notice was issued")
    hearing = _date(view.value("hearing_notice", "hearing_date"))
    if hearing is not None and on < hearing:
        return Msg(
            f"听证定于{hearing}举行，不能提前记录",
            f"The hearing is set for {hearing}; it cannot be recorded earlier",
        )
    return None


def _decide(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if (changed := _lighter_law_now(view, on)) is not None:
        return changed
    if view.case.outcome == "no_penalty":
        return None
    if view.case.status != "notified":
        return Msg(
            "作出行政处罚决定前，必须事先告知当事人（《行政处罚法》第四十四条、第六十二条）",
            "A penalty needs a prior notice first (Administrative Penalty Law Art. 44, 62)",
        )
    if (missing := _needs_notice(view, on, data)) is not None:
        return missing
    ends = view.statement_period_ends
    heard = view.has("statement") or view.has("waive")
    if ends is not None and on <= ends and not heard:
        return Msg(
            f"陈述申辩期限至{ends}届满，期间不能作出决定（当事人放弃或已陈述的除外）",
            f"The statement period runs until {ends}; no decision before it ends "
            "unless the party has spoken or waived",
        )
    # T9: a statement does not end the 5 days the notice gives to ask for a hearing; only the
    # party's express waiver (the "waive" step) does.
    hearing_ends = view.hearing_request_ends
    if (
        view.hearing_qualifies()
        and not view.hearing_requested
        and not view.has("waive")
        and hearing_ends is not None
        and on <= hearing_ends
    ):
        return Msg(
            f"听证申请期限至{hearing_ends}届满，期间不能作出决定（当事人明确放弃的除外，"
            "《行政处罚法》第六十四条）",
            f"The hearing request period runs until {hearing_ends}; no decision before it ends "
            "unless the party has expressly waived (Art. 64)",
        )
    if view.hearing_requested and not view.has("hearing_record"):
        return Msg("当事人申请了听证，听证尚未举行", "A hearing was requested and not yet held")
    if view.needs_legal_review() and not view.has("legal_review"):
        return Msg(
            "本案须经法制审核后才能作出决定（《行政处罚法》第五十八条）",
            "This case needs the legal review before the decision (Art. 58)",
        )
    if view.needs_collective_discussion() and not view.has("collective_discussion"):
        return Msg(
            "本案须经机关负责人集体讨论决定（《行政处罚法》第五十七条）",
            "This case needs the agency heads' collective discussion (Art. 57)",
        )
    return _not_issuable(view)


def _onsite_decide(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    from inspector_app.forms.penalty import ONSITE_LIMIT_FEN

    fine = int(data.get("fine_fen", view.case.fine_fen or 0) or 0)
    if fine > ONSITE_LIMIT_FEN["organisation"]:
        return Msg(
            "当场处罚的罚款不得超过3000元（单位）或200元（个人），请适用普通程序",
            "An on-the-spot fine may not exceed 3,000 yuan (organisation) / 200 yuan (person)",
        )
    if fine > 0:
        return _outside_legal_range(view, fine)
    return None


def _outside_legal_range(view: CaseView, fine_fen: int) -> Msg | None:
    """The fine an officer types must still be one the penalty article allows: a 2,000-yuan
    on-the-spot fine for an act the law fines 50,000 yuan or more is unlawful, and such a case
    cannot take the summary procedure at all (行政处罚法 Art. 51)."""
    ranges = [r.get("fine") or {} for r in view.case.rules]
    low = sum(int(f.get("min") or 0) for f in ranges if not f.get("on_refusal_only"))
    highs = [f.get("max") for f in ranges]
    high: int | None = None
    if highs and all(h is not None for h in highs):
        high = sum(int(h or 0) for h in highs)
    yuan = fine_fen / 100
    if yuan < low:
        return Msg(
            f"罚款{yuan:g}元低于法定最低数额{low}元，不能当场处罚，请适用普通程序",
            f"A fine of {yuan:g} yuan is below the legal minimum of {low} yuan; use the "
            "ordinary procedure",
        )
    if high is not None and yuan > high:
        return Msg(
            f"罚款{yuan:g}元高于法定最高数额{high}元", f"A fine of {yuan:g} yuan exceeds {high}"
        )
    return None


def _onsite_report(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.onsite:
        return Msg("不是当场处罚案件", "Not an on-the-spot penalty")
    return None


def _pay(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.case.fine_fen:
        return Msg("本案没有罚款", "This case has no fine")
    if int(data.get("amount_fen", 0) or 0) <= 0:
        return Msg("请填写缴款金额", "Give the amount paid")
    return None


def _defer(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.case.fine_fen:
        return Msg("本案没有罚款", "This case has no fine")
    if view.has("defer"):
        return Msg("已批准过延期（分期）缴纳", "A postponement was already approved")
    if not data.get("deferred_to") and not data.get("instalments"):
        return Msg("请给出延期缴纳的期限或分期计划", "Give the new due date or the instalments")
    return None


def _remind(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    due = view.payment_due
    if due is None:
        return Msg("本案没有待缴的罚款", "Nothing is due in this case")
    if on <= due:
        return Msg(
            f"缴款期限至{due}，期满未缴纳方可催告",
            f"Payment is due by {due}; remind only after that",
        )
    if view.owed_fen(on) == 0:
        return Msg("罚款已全部缴清", "The fine is paid in full")
    return None


def _enforce(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    reminded = view.on("remind")
    if reminded is None:
        return Msg("申请强制执行前应先催告（《行政强制法》第五十四条）", "Serve a reminder first")
    allowed = earliest_enforcement(view, reminded)
    if on < allowed:
        return Msg(
            f"催告书送达十日（工作日）后（{allowed}起）方可申请强制执行",
            f"Wait 10 working days after the reminder (from {allowed})",
        )
    appeal = view.appeal_ends
    if appeal is not None and on <= appeal:
        return Msg(
            f"复议、诉讼期限至{appeal}届满，届满后方可申请人民法院强制执行",
            f"The appeal periods run until {appeal}; apply to the court only after them",
        )
    if appeal is not None and on > add_months(appeal, 3):
        return Msg(
            f"申请强制执行的期限已于{add_months(appeal, 3)}届满（《行政强制法》第五十三条）",
            f"The time to apply to the court ended on {add_months(appeal, 3)} (Art. 53)",
        )
    if view.owed_fen(on) == 0:
        return Msg("罚款已全部缴清", "The fine is paid in full")
    return None


def _recheck(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    served = view.order_served_on
    if served is None:
        return Msg("没有责令改正决定，无需复查", "No order to correct to re-check")
    if on < served:
        return Msg("复查日期早于责令改正决定送达日期", "The re-check is before the order")
    if "corrected" not in data:
        return Msg("请写明复查结果：已改正或未改正", "Say whether the violation was corrected")
    return None


def _close(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    status = view.case.status
    if status == "terminated":  # nothing was decided; only what was sealed must be released
        return measure_guards.sealed_open(view)
    if status == "decided" and not view.onsite:
        return Msg("处理决定尚未送达，不能结案", "The decision has not been served")
    if view.case.fine_fen and status != "executed" and not view.has("enforce"):
        return Msg("罚款尚未缴清，不能结案", "The fine is not paid; the case cannot close")
    if view.order_served_on is not None and not view.corrected:
        return Msg(
            "责令改正的事项尚未经复查确认改正，不能结案",
            "The correction has not been confirmed by a re-check",
        )
    if (sealed := measure_guards.sealed_open(view)) is not None:
        return sealed
    if view.has("detention_approve") and not view.has("detention_send"):
        return Msg("行政拘留案件尚未移送公安机关", "The detention transfer was not sent")
    return None


GUARDS: dict[str, Guard] = {
    **suspension.GUARDS,
    **measure_guards.GUARDS,
    "withdraw": _withdraw,
    "preserve_decide": _preserve_decide,
    "extend": _extend,
    "prior_notice": _prior_notice,
    "serve_notice": lambda v, on, d: None,
    "statement": _needs_notice,
    "waive": _needs_notice,
    "hearing_request": _hearing_request,
    "hearing_notice": _hearing_notice,
    "hearing_record": _hearing_record,
    "decide": _decide,
    "onsite_decide": _onsite_decide,
    "onsite_report": _onsite_report,
    "pay": _pay,
    "defer": _defer,
    "remind": _remind,
    "enforce": _enforce,
    "recheck": _recheck,
    "close": _close,
}

"""The guards of the measures and transfers beside the penalty procedure (see :mod:`.guards`).

Daily continuous penalties (MEE Order 28), sealing and its one extension (行政强制法 Art. 25:
calendar days, 30 at most each) and the detention transfer have conditions of their own that
the main procedure's guards never read; kept here so each module holds one procedure.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from inspector_app.cases.view import CaseView, _date
from inspector_app.forms.measures import SEALING_MAX_DAYS
from inspector_app.i18n import Msg


def sealed_open(view: CaseView) -> Msg | None:
    """Closing waits for every sealing to be released (also after a terminated investigation)."""
    if view.sealed:
        return Msg("查封、扣押尚未解除，不能结案", "The sealing has not been released")
    return None


def _daily_penalty(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    measures = [m for r in view.case.rules for m in r.get("measures", [])]
    if not any(m.get("kind") == "daily_penalty" for m in measures):
        return Msg(
            "本案违法行为不适用按日连续处罚（环境保护部令第28号第五条）",
            "Daily continuous penalties do not apply to this violation (MEE Order 28 Art. 5)",
        )
    rechecks = view.rechecks_after_order()
    if not rechecks or rechecks[-1].data.get("corrected"):
        return Msg(
            "按日连续处罚须以复查发现拒不改正为前提（环境保护部令第28号）",
            "A daily penalty needs a re-check that found the violation continuing",
        )
    return None


def _seal_extend(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.sealed:
        return Msg("没有未解除的查封、扣押", "Nothing is sealed")
    if view.has("seal_extend"):
        return Msg("查封、扣押只能延长一次（不超过三十日）", "Sealing can be extended only once")
    end = view.seal_end
    if end is not None and on > end:
        return Msg(f"查封、扣押已于{end}到期，不能再延长", f"The sealing ended on {end}")
    new_end = _date(data.get("new_end_on"))
    if end is not None and new_end is not None:
        latest = end + timedelta(days=SEALING_MAX_DAYS)
        if not end < new_end <= latest:
            return _too_long("延长期限", latest)
    return None


def _too_long(label: str, latest: date) -> Msg:
    return Msg(
        f"{label}不得超过三十日，最迟至{latest}（《中华人民共和国行政强制法》第二十五条）",
        f"At most 30 days: until {latest} at the latest (Administrative Coercion Law Art. 25)",
    )


def _seal(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    """T22: the sealing period is at most 30 days, counting its first day."""
    start = _date(data.get("start_on")) or on
    end = _date(data.get("end_on"))
    latest = start + timedelta(days=SEALING_MAX_DAYS - 1)  # the first day counts (Art. 25)
    if end is not None and not start <= end <= latest:
        return _too_long("查封、扣押期限", latest)
    return None


def _seal_release(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.sealed:
        return Msg("没有未解除的查封、扣押", "Nothing is sealed")
    return None


def _detention_send(view: CaseView, on: date, data: dict[str, Any]) -> Msg | None:
    if not view.has("detention_approve"):
        return Msg("移送行政拘留须先经审批", "The detention transfer needs approval first")
    return None


GUARDS = {
    "daily_penalty": _daily_penalty,
    "seal": _seal,
    "seal_extend": _seal_extend,
    "seal_release": _seal_release,
    "detention_send": _detention_send,
}

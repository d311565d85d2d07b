"""The steps worth offering on a case: the table's next steps less those whose precondition
no date or input can meet (a release when nothing is sealed, a re-check with no order).

The state table (:func:`machine.allowed_steps`) is deliberately broad; the guards refuse what
the facts rule out.  Offering a button that can only end in a refusal misleads the officer, so
the case view asks here instead.  Refusals that depend on the day or on what is typed (a period
still running, a missing field) are left to the guards: those steps stay offered.
"""

from __future__ import annotations

from collections.abc import Callable

from inspector_app.cases.machine import Step, allowed_steps
from inspector_app.cases.view import CaseView


def _applies_daily(view: CaseView) -> bool:
    measures = [m for r in view.case.rules for m in r.get("measures", [])]
    return any(m.get("kind") == "daily_penalty" for m in measures)


def _onsite_possible(view: CaseView) -> bool:
    """The summary procedure needs a lawful fine of at most 3,000 yuan: not when the legal
    minimum of the violations is already above it (行政处罚法 Art. 51)."""
    from inspector_app.forms.penalty import ONSITE_LIMIT_FEN

    ranges = [r.get("fine") or {} for r in view.case.rules]
    low = sum(int(f.get("min") or 0) for f in ranges if not f.get("on_refusal_only"))
    return low * 100 <= ONSITE_LIMIT_FEN["organisation"]


# Step code → what must already be true of the case for the step to be possible at all.
NEEDS: dict[str, Callable[[CaseView], bool]] = {
    "preserve_decide": lambda v: v.has("preserve"),
    "seal_extend": lambda v: bool(v.sealed),
    "seal_release": lambda v: bool(v.sealed),
    "detention_send": lambda v: v.has("detention_approve") and not v.has("detention_send"),
    "recheck": lambda v: v.order_served_on is not None,
    "hearing_record": lambda v: v.has("hearing_notice"),
    "daily_penalty": _applies_daily,
    "remind": lambda v: v.payment_due is not None,
    "enforce": lambda v: v.on("remind") is not None,
    "onsite_decide": _onsite_possible,
    "onsite_report": lambda v: bool(v.onsite),
    "pay": lambda v: bool(v.case.fine_fen),
}


def offered_steps(view: CaseView) -> list[Step]:
    """The allowed steps of the case's status whose precondition holds."""
    return [
        s
        for s in allowed_steps(view.case.status)
        if (need := NEEDS.get(s.code)) is None or need(view)
    ]

"""What earlier steps of a case recorded that a later step's dialog can propose or show.

Releasing a sealing lists the items the sealing decision listed; the police letter names the
people the transfer approval named; a sealing extension may run 30 days past the current end;
a daily penalty counts days the officer should see before issuing it.  These are read once
with the case header (plain values, no session in the dialog), so the officer confirms rather
than retypes, and a value the case does not hold is simply absent.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from inspector_app.cases.guards import earliest_hearing
from inspector_app.cases.records import latest_document
from inspector_app.cases.view import CaseView
from inspector_app.forms.common import cn_date
from inspector_app.forms.measures import SEALING_MAX_DAYS

TRANSFERS = ("detention_transfer_approval", "detention_transfer_letter", "criminal_transfer_letter")


def _latest_snapshot(session: Session, view: CaseView, kinds: tuple[str, ...]) -> dict[str, Any]:
    doc = latest_document(session, view.case.id, kinds)
    return dict(doc.snapshot) if doc is not None else {}


def known_values(session: Session, view: CaseView, today: date | None = None) -> dict[str, Any]:
    """Values by the ``Field.prefill`` keys of the step forms (absent when not known)."""
    out: dict[str, Any] = {}
    if view.case.status == "hearing":
        out["earliest_hearing"] = earliest_hearing(view, today or date.today())
    if view.case.status in ("served", "executing") and view.case.fine_fen:
        # What a payment today settles: the rest of the fine, daily penalties and surcharge.
        out["owed_fen"] = view.owed_fen(today or date.today())
    if view.sealed:  # only a sealing still in force has items to release
        sealed = _latest_snapshot(session, view, ("sealing_decision",)).get("items")
        if sealed:
            out["sealed_items"] = [dict(item) for item in sealed]
    persons = _latest_snapshot(session, view, TRANSFERS).get("persons")
    if persons:
        out["persons"] = [dict(p) for p in persons]
    end = view.seal_end
    if end is not None and view.sealed:
        out["seal_end"] = end
        out["seal_extend_until"] = end + timedelta(days=SEALING_MAX_DAYS)
    served = view.order_served_on
    refused = [r for r in view.rechecks_after_order() if not r.data.get("corrected")]
    if served is not None and refused:
        recheck: date = refused[-1].on
        out["daily_days"] = (recheck - served).days  # from the day after service, inclusive
        out["daily_period"] = (
            f"{cn_date(served + timedelta(days=1))}至{cn_date(recheck)}，共{out['daily_days']}日"
        )
    return out

"""Read-only facts about a case, derived from its recorded steps and documents.

The state machine's guards and the deadline rules ask the same questions (when was the prior
notice served? was the order to correct re-checked? how much is paid?), so they are answered
once here, from the recorded dates only, never from today's clock.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from inspector_app.cases.settings import CaseSettings
from inspector_app.store import Case, CaseStep

PAYMENT_DAYS = 15  # T15: 行政处罚法 Art. 67 [V-law]
SURCHARGE_RATE = 0.03  # T16: 3 % of the fine a day, capped at the fine [V-law]


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clipped to the month's end (31 Aug + 6 months → 28/29 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_working_days(day: date, days: int, settings: CaseSettings | None = None) -> date:
    """``days`` working days after ``day``: Monday–Friday, minus the holidays and plus the
    调休 weekend days the settings list (none listed: weekends only, so a limit may show early
    around a holiday)."""
    return (settings or CaseSettings()).working_days_after(day, days)


def surcharge_fen(fine_fen: int, due_on: date, today: date) -> int:
    """加处罚款 (T16): 3 % of the fine per day after the due date, never more than the fine."""
    late = (today - due_on).days
    if late <= 0 or fine_fen <= 0:
        return 0
    # Integer fen, rounded down as the reminder prints it (forms/execution.py).
    return min(fine_fen, fine_fen * round(SURCHARGE_RATE * 100) * late // 100)


@dataclass
class CaseView:
    case: Case
    steps: list[CaseStep]
    settings: CaseSettings
    # Documents linked to the case, by type: (document kind, issued_on or None, number)
    documents: list[tuple[str, date | None, str | None]]

    # -- steps -------------------------------------------------------------------------------
    def all(self, step: str) -> list[CaseStep]:
        return [s for s in self.steps if s.step == step]

    def last(self, step: str) -> CaseStep | None:
        found = self.all(step)
        return found[-1] if found else None

    def has(self, step: str) -> bool:
        return any(s.step == step for s in self.steps)

    def on(self, step: str) -> date | None:
        found = self.last(step)
        return found.on if found else None

    def value(self, step: str, key: str, default: Any = None) -> Any:
        found = self.last(step)
        return found.data.get(key, default) if found else default

    # -- derived facts -----------------------------------------------------------------------
    @property
    def notice_served_on(self) -> date | None:
        return self.on("serve_notice")

    @property
    def decision_served_on(self) -> date | None:
        return self.on("serve")

    @property
    def onsite(self) -> bool:
        return self.has("onsite_decide")

    @property
    def order_served_on(self) -> date | None:
        """When the order to correct reached the party (a step, or a linked on-site order)."""
        step = self.last("order_to_correct")
        if step is not None:
            return _date(step.data.get("served_on")) or step.on
        issued = [on for kind, on, _ in self.documents if kind == "order_to_correct" and on]
        return max(issued) if issued else None

    @property
    def order_number(self) -> str | None:
        numbers = [n for kind, _, n in self.documents if kind == "order_to_correct" and n]
        return numbers[-1] if numbers else None

    def rechecks_after_order(self) -> list[CaseStep]:
        served = self.order_served_on
        if served is None:
            return []
        return [s for s in self.all("recheck") if s.on >= served]

    @property
    def corrected(self) -> bool:
        rechecks = self.rechecks_after_order()
        return bool(rechecks) and bool(rechecks[-1].data.get("corrected"))

    @property
    def hearing_requested(self) -> bool:
        return self.has("hearing_request")

    def hearing_qualifies(self) -> bool:
        """T11/T11a: a large fine or a measure such as 责令停产整治 gives a right to a hearing."""
        from inspector_app.forms.penalty import HEARING_THRESHOLD_FEN

        fine = self.case.fine_fen or 0
        if "production" in self.case.branches:
            return True
        # Organisation: "较大数额" is more than 20万 (Order 30 Art. 89 commentary, exclusive).
        return fine > HEARING_THRESHOLD_FEN["organisation"]

    def needs_legal_review(self) -> bool:
        """T12: after a hearing, for a major fine, or where a measure or transfer is involved."""
        fine = self.case.fine_fen or 0
        branches = set(self.case.branches) & {"production", "detention", "criminal"}
        return (
            self.has("hearing_record") or fine >= self.settings.legal_review_fen or bool(branches)
        )

    def needs_collective_discussion(self) -> bool:
        fine = self.case.fine_fen or 0
        return self.has("hearing_record") or fine >= self.settings.collective_discussion_fen

    @property
    def statement_period_ends(self) -> date | None:
        served = self.notice_served_on
        if served is None:
            return None
        days = int(self.value("prior_notice", "statement_days", self.settings.statement_days))
        # Working days (行政处罚法 Art. 85): the longer reading, so a decision never comes
        # while the party's time may still run.
        return add_working_days(served, days, self.settings)

    @property
    def hearing_request_ends(self) -> date | None:
        served = self.notice_served_on
        # T9: five days (Art. 64), working days (Art. 85).
        return add_working_days(served, 5, self.settings) if served else None

    @property
    def payment_due(self) -> date | None:
        """T15: 15 days from service, unless a postponement or instalments moved it (T17)."""
        served = self.decision_served_on
        if served is None or not self.case.fine_fen:
            return None
        deferral = self.last("defer")
        if deferral is not None:
            instalments = deferral.data.get("instalments") or []
            dates = [_date(i.get("due_on")) for i in instalments]
            dates.append(_date(deferral.data.get("deferred_to")))
            known = [d for d in dates if d]
            if known:
                return max(known)
        return served + timedelta(days=PAYMENT_DAYS)

    @property
    def paid_fen(self) -> int:
        return sum(int(s.data.get("amount_fen", 0)) for s in self.all("pay"))

    def surcharge_by(self, on: date, paid_fen: int | None = None) -> int:
        """T16 surcharge accrued by ``on``: 3 % a day of the fine still unpaid when it fell due,
        the figure the reminder and the court application print (forms/execution.py); what
        was paid by the due date is not surcharged.  ``paid_fen``: payments so far, with one
        being recorded added."""
        fine = self.case.fine_fen or 0
        due = self.payment_due
        if due is None:
            return 0
        paid = self.paid_fen if paid_fen is None else paid_fen
        in_time = sum(int(s.data.get("amount_fen", 0)) for s in self.all("pay") if s.on <= due)
        if on <= due:  # the payment being recorded is itself in time
            in_time = paid
        return surcharge_fen(max(0, fine - in_time), due, on)

    @property
    def daily_total_fen(self) -> int:
        """What the daily continuous penalty decisions imposed (each day × the daily amount):
        a penalty of its own, owed on top of the original fine."""
        return sum(int(s.data.get("daily_total_fen", 0) or 0) for s in self.all("daily_penalty"))

    def owed_fen(self, on: date) -> int:
        """Fine, daily penalties and surcharge accrued by ``on``, less what was paid."""
        fine = self.case.fine_fen or 0
        return max(0, fine + self.daily_total_fen + self.surcharge_by(on) - self.paid_fen)

    @property
    def appeal_ends(self) -> date | None:
        """T18/T19: review within 60 days, litigation within 6 months of service."""
        served = self.decision_served_on
        return add_months(served, 6) if served else None

    @property
    def seal_end(self) -> date | None:
        seal = self.last("seal")
        if seal is None:
            return None
        # ≤ 30 days counting the first (行政强制法 Art. 25), once extended by ≤ 30 more.
        end = _date(seal.data.get("end_on")) or seal.on + timedelta(days=29)
        extended = self.last("seal_extend")
        if extended is not None:
            return _date(extended.data.get("new_end_on")) or end + timedelta(days=30)
        return end

    @property
    def sealed(self) -> bool:
        seal = self.last("seal")
        release = self.last("seal_release")
        return seal is not None and (release is None or release.seq < seal.seq)


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None

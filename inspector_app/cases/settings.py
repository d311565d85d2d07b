"""Case settings: the time limits reference.md §1.1 marks [U], and the agency's own wording.

Each [U] value is a setting with the stated default rather than a constant in a code path
(domain README, decision 5); the UI's help text should say which ones are unverified.  They are
kept under ``Settings.extra["cases"]`` so the shared settings file needs no new field.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class CaseSettings:
    # T4 filing decision: Order 30 (2023) 15 days [U] (Order 8 (2010): 7 working days).
    filing_days: int = 15
    # T6a extensions of the 90-day decision limit [U]: +30 (agency head), then ≤ 60 more.
    decision_days: int = 90
    first_extension_days: int = 30
    second_extension_days: int = 60
    # T8 statement and defence period stated in the prior notice [U] (practice 3–5 days).
    statement_days: int = 5
    # T12 legal review and collective discussion: from which fine a case counts as major [U].
    legal_review_fen: int = 200_000_00
    collective_discussion_fen: int = 200_000_00
    # T13 report of an on-the-spot penalty to the agency (Order 30 Art. 68) [S].
    onsite_report_days: int = 3
    # T3 limitation on punishing (2 years; 5 where life, health or financial safety is harmed).
    limitation_years: int = 2
    # Text the documents need that belongs to the agency, not to a case.
    review_body: str = "兰州市人民政府"
    court: str = "兰州铁路运输法院"
    enforcement_court: str = "兰州市西固区人民法院"
    payment: str = "兰州市非税收入汇缴结算户，或通过甘肃省非税收入电子缴款系统缴纳"
    contact_person: str = ""
    contact_phone: str = ""
    agency_address: str = ""
    police: str = "兰州市公安局"
    # Statutory holidays and the weekend days worked instead (调休), ISO dates, as the State
    # Council publishes them each year [U: not shipped; the agency enters its year's list].
    # Periods of 2, 3, 5 or 7 days in the Administrative Penalty Law (Art. 85) and of up to 10
    # days in the Administrative Compulsion Law (Art. 69) count working days only.
    holidays: tuple[str, ...] = ()
    extra_workdays: tuple[str, ...] = ()

    @classmethod
    def from_extra(cls, extra: dict[str, Any] | None) -> CaseSettings:
        """Read ``Settings.extra["cases"]``; unknown keys are ignored, missing ones defaulted."""
        raw = (extra or {}).get("cases") or {}
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in dict(raw).items() if k in known}
        for key in ("holidays", "extra_workdays"):
            if key in values:
                values[key] = tuple(str(d)[:10] for d in values[key] or ())
        return cls(**values)

    def working_days_after(self, day: date, days: int) -> date:
        """The day ``days`` working days after ``day``: weekends and the listed holidays are
        skipped, the listed 调休 weekend days count."""
        off, on = set(self.holidays), set(self.extra_workdays)
        current = day
        while days > 0:
            current += timedelta(days=1)
            iso = current.isoformat()
            if iso in on or (current.weekday() < 5 and iso not in off):
                days -= 1
        return current

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

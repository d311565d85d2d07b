"""Cases driven to the stage where each step of ``machine.STEPS`` is allowed, built once.

One database holds one case per stage (the prerequisite steps taken through the real
``perform``); a test copies the file and takes its step on its own copy, so the slow part
(documents rendered on the way) is paid once per session.  ``STAGE_OF[code]`` names the stage
and the day on which step ``code`` is lawful.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# The World helpers live with the case tests; this module is imported from tests/ui too.
_CASES = str(Path(__file__).resolve().parents[1] / "cases")
if _CASES not in sys.path:
    sys.path.insert(0, _CASES)

from casehelpers import SETTINGS, World, copy_database, open_world, seeded  # noqa: E402

from inspector_app.cases.service import open_case, perform  # noqa: E402

D = date(2026, 11, 22)  # the cases are opened on this day


def day(n: int) -> date:
    return D + timedelta(days=n)


OPINION = {"text": "同意立案。", "signer": "赵磊", "on": day(1)}
ORDER = {"corrections": ["立即停止篡改自动监测数据"], "deadline": day(15)}
ITEMS = [{"name": "数据采集传输仪", "spec": "XC-2000", "quantity": "1台", "location": "CEMS小屋"}]
PERSONS = [{"name": "钱某", "id_number": "620102198001010011", "position": "厂长"}]
# (code, day, data, document, issue): the prerequisite steps of each stage, in order.
Chain = list[tuple[str, date, dict[str, Any] | None, dict[str, Any] | None, bool]]
FILED: Chain = [("file", day(1), None, {"head": OPINION}, True)]
REPORTED: Chain = [*FILED, ("report", day(2), None, None, False)]
NOTICED: Chain = [*REPORTED, ("prior_notice", day(3), None, None, True)]
NOTIFIED: Chain = [*NOTICED, ("serve_notice", day(3), None, None, False)]
REVIEWED: Chain = [
    *NOTIFIED,
    ("waive", day(4), None, None, False),
    ("legal_review", day(4), None, None, False),
    ("collective_discussion", day(4), None, None, False),
]
DECIDED: Chain = [
    ("order_to_correct", D, None, ORDER, True),
    *REVIEWED,
    ("decide", day(5), None, None, True),
]
SERVED: Chain = [
    *DECIDED,
    ("serve", day(6), None, None, False),
    ("recheck", day(20), {"corrected": False, "findings": "仍未改正。"}, None, False),
]
STAGES: dict[str, Chain] = {
    "opened": [],
    "filed": FILED,
    "preserved": [*FILED, ("preserve", day(1), None, None, False)],
    "suspended": [*FILED, ("suspend", day(2), {"ground_code": "force_majeure"}, None, False)],
    "sealed": [
        *FILED,
        ("seal", day(1), None, {"items": ITEMS}, True),
    ],
    "detention": [*FILED, ("detention_approve", day(1), None, {"persons": PERSONS}, True)],
    "ordered": [*FILED, ("order_to_correct", day(1), None, ORDER, True)],
    "reported": REPORTED,
    "noticed": NOTICED,
    "notified": NOTIFIED,
    "reviewed": REVIEWED,
    "hearing": [*NOTIFIED, ("hearing_request", day(4), None, None, False)],
    "hearing_set": [
        *NOTIFIED,
        ("hearing_request", day(4), None, None, False),
        ("hearing_notice", day(4), {"hearing_date": day(15)}, None, False),
    ],
    "decided": DECIDED,
    "served": SERVED,
    "reminded": [*SERVED, ("remind", day(22), None, None, True)],
    "paid": [
        *REVIEWED,
        ("decide", day(5), None, None, True),
        ("serve", day(6), None, None, False),
        ("pay", day(7), {"amount_fen": 550_000_00}, None, False),
    ],
    # A registration form not filed (V18, fine up to 50,000 yuan): a 2,000-yuan fine is within
    # the legal range, so the summary procedure applies (V2's minimum is 100,000 yuan).
    "minor": [],
    "onsite": [
        ("onsite_decide", D, {"fine_fen": 2_000_00}, None, False),
        ("serve", day(1), None, None, False),
        ("pay", day(2), {"amount_fen": 2_000_00}, None, False),
    ],
}
# Step code → (stage, the day the dialog is opened on).
STAGE_OF: dict[str, tuple[str, date]] = {
    "file": ("opened", day(1)),
    "withdraw": ("opened", day(1)),
    "sampling": ("opened", day(0)),
    "preserve": ("opened", day(0)),
    "seal": ("opened", day(0)),
    "order_to_correct": ("opened", day(0)),
    "onsite_decide": ("minor", day(0)),
    "inquiry": ("filed", day(2)),
    "extend": ("filed", day(2)),
    "suspend": ("filed", day(2)),
    "terminate": ("filed", day(2)),
    "resume": ("suspended", day(12)),
    "report": ("filed", day(2)),
    "production_order": ("filed", day(2)),
    "detention_approve": ("filed", day(2)),
    "criminal_transfer": ("filed", day(2)),
    "preserve_decide": ("preserved", day(3)),
    "seal_extend": ("sealed", day(20)),
    "seal_release": ("sealed", day(20)),
    "detention_send": ("detention", day(2)),
    "recheck": ("ordered", day(16)),
    "prior_notice": ("reported", day(3)),
    "serve_notice": ("noticed", day(3)),
    "statement": ("notified", day(4)),
    "waive": ("notified", day(4)),
    "hearing_request": ("notified", day(4)),
    "legal_review": ("notified", day(4)),
    "collective_discussion": ("notified", day(4)),
    "decide": ("reviewed", day(9)),
    "hearing_notice": ("hearing", day(4)),
    "hearing_record": ("hearing_set", day(15)),
    "serve": ("decided", day(6)),
    "pay": ("served", day(20)),
    "defer": ("served", day(20)),
    "remind": ("served", day(22)),
    "daily_penalty": ("served", day(21)),
    "enforce": ("reminded", date(2027, 6, 1)),
    "close": ("paid", day(8)),
    "onsite_report": ("onsite", day(3)),
}


MINOR = ("minor", "onsite")


def build(world: World) -> dict[str, uuid.UUID]:
    """One case per stage, its prerequisite steps taken (V2: evasion of supervision, so the
    daily penalty, sealing, restriction and transfers all apply)."""
    cases: dict[str, uuid.UUID] = {}
    for stage, chain in STAGES.items():
        with world.db.session() as s:
            case_id = open_case(
                s,
                by=world.li,
                opened_on=D,
                enterprise_id=world.plant,
                source="clue",
                violation_codes=["V18"] if stage in MINOR else ["V2"],
                violation_date=date(2026, 11, 20),
                officer_ids=[world.li, world.wang],
                facts="你单位通过修改氮氧化物分析仪斜率参数篡改自动监测数据。",
                evidence=["现场照片12张"],
                settings=SETTINGS,
            ).id
        for code, on, data, document, issue in chain:
            with world.db.session() as s:
                perform(s, case_id, code, on, world.li, data, document, SETTINGS, issue)
        cases[stage] = case_id
    return cases


__all__ = ["SETTINGS", "STAGES", "STAGE_OF", "World", "build", "copy_database", "day"]
__all__ += ["open_world", "seeded"]

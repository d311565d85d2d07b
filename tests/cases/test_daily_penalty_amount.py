"""按日连续处罚 counts the original fine of the act that goes on (MEE Order 28 Arts. 17–19), not
the case total: a case with an excess emission (V1, daily penalty available) and a monitoring
violation (V4, not available) fines the days at V1's amount only."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from casehelpers import SETTINGS, World, open_clue_case, steps

from inspector_app.cases.service import get_case, perform
from inspector_app.i18n import UserError
from inspector_app.store import Document

D = date


def test_daily_amount_is_the_fine_of_the_continuing_act(world: World) -> None:
    case_id = open_clue_case(world, ["V1", "V4"], violation_day=D(2026, 6, 1))

    def take(code: str, day: date, document=None, issue: bool = True):
        with world.db.session() as s:
            return perform(s, case_id, code, day, world.li, None, document, SETTINGS, issue=issue)

    take("file", D(2026, 11, 23), issue=False)
    order = {"corrections": ["立即停止超标排放"], "deadline": D(2026, 12, 5)}
    take("order_to_correct", D(2026, 11, 23), order)
    take("report", D(2026, 11, 25), issue=False)
    take("prior_notice", D(2026, 11, 26))
    steps(
        world,
        case_id,
        ("serve_notice", D(2026, 11, 26)),
        ("waive", D(2026, 11, 26)),
        ("legal_review", D(2026, 11, 26)),
        ("collective_discussion", D(2026, 11, 26)),
    )
    take("decide", D(2026, 11, 27))
    steps(
        world,
        case_id,
        ("serve", D(2026, 11, 27)),
        ("recheck", D(2026, 12, 10), {"corrected": False}),
    )
    daily = take("daily_penalty", D(2026, 12, 12), {"evidence": ["2026年12月10日复查记录1份"]})
    with world.db.session() as s:
        case = get_case(s, case_id)
        by_code = {d["violation_code"]: round(d["amount"] * 100) for d in case.discretion}
        assert case.fine_fen == by_code["V1"] + by_code["V4"]  # the decision fines both acts
        pdf = s.get(Document, daily.document_id).pdf
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    text = "".join(text.split())
    v1 = by_code["V1"] // 100
    assert "每日罚款数额为原处罚数额" in text and f"（¥{v1}元）" in text
    # 24 Nov (the day after the order was served) to 10 Dec: 17 days at V1's fine.
    assert "共计17日" in text and f"（¥{v1 * 17}元）" in text
    assert f"¥{(case.fine_fen or 0) // 100}元" not in text


def test_the_daily_penalty_is_owed_until_paid(world: World) -> None:
    """Paying the original fine does not execute a case that also has a daily penalty: the
    case stays 执行中 and cannot close until the daily total is paid too."""
    case_id = open_clue_case(world, ["V1"], violation_day=D(2026, 6, 1))

    def take(code: str, day: date, data=None, document=None, issue: bool = True):
        with world.db.session() as s:
            return perform(s, case_id, code, day, world.li, data, document, SETTINGS, issue=issue)

    take("file", D(2026, 11, 23))
    order = {"corrections": ["立即停止超标排放"], "deadline": D(2026, 12, 5)}
    take("order_to_correct", D(2026, 11, 23), None, order)
    take("report", D(2026, 11, 25), issue=False)
    take("prior_notice", D(2026, 11, 26))
    for code in ("serve_notice", "waive", "legal_review", "collective_discussion"):
        take(code, D(2026, 11, 26), issue=False)
    take("decide", D(2026, 11, 27))
    take("serve", D(2026, 11, 27), issue=False)
    take("recheck", D(2026, 12, 10), {"corrected": False}, issue=False)
    take("daily_penalty", D(2026, 12, 12), None, {"evidence": ["2026年12月10日复查记录1份"]})
    with world.db.session() as s:
        case = get_case(s, case_id)
        fine = case.fine_fen or 0
        daily = fine * 17  # 24 Nov to 10 Dec at the original fine
    take("pay", D(2026, 12, 12), {"amount_fen": fine})
    with world.db.session() as s:
        assert get_case(s, case_id).status == "executing"
    take("recheck", D(2026, 12, 20), {"corrected": True}, issue=False)
    with pytest.raises(UserError, match="不能进行“结案”"):
        take("close", D(2026, 12, 21))
    take("pay", D(2026, 12, 21), {"amount_fen": daily})
    with world.db.session() as s:
        assert get_case(s, case_id).status == "executed"
    take("close", D(2026, 12, 22))

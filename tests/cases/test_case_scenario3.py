"""Scenario 3: a minor first violation gets no penalty; the same finding within a year would not
qualify, and the case says why."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from casehelpers import SETTINGS, World

from inspector_app.cases.service import open_case, perform
from inspector_app.i18n import UserError
from inspector_app.store import Case, Document

MINOR = {"V6": {"consequences": "minor", "correction": "corrected"}}


def test_first_minor_violation_no_penalty_then_a_repeat_does_not_qualify(world: World) -> None:
    first = world.inspect(
        "air",
        {"d7": "砂石料约20立方米未覆盖，已当场覆盖"},
        date(2026, 11, 24),
        enterprise=world.other,
    )
    with world.db.session() as s:
        case = open_case(
            s,
            by=world.li,
            opened_on=date(2026, 11, 24),
            inspection_id=first,
            factors=MINOR,
            evidence=["整改前后照片4张"],
            settings=SETTINGS,
        )
        case_id = case.id
        assert case.violation_codes == ["V6"]
        assert case.outcome == "no_penalty" and case.fine_fen is None
        assert "不予行政处罚" in case.explanation_zh

    def step(code, on, data=None, document=None):
        with world.db.session() as s:
            return perform(s, case_id, code, on, world.li, data, document, settings=SETTINGS)

    step(
        "order_to_correct",
        date(2026, 11, 24),
        document={
            "corrections": ["对砂石料堆场设置严密围挡并有效覆盖"],
            "deadline": date(2026, 12, 1),
        },
    )
    step(
        "file",
        date(2026, 11, 25),
        document={
            "head": {"text": "同意立案。", "signer": "赵磊", "on": date(2026, 11, 25)},
        },
    )
    step("report", date(2026, 11, 25))
    with pytest.raises(UserError, match="无需事先告知"):
        step("prior_notice", date(2026, 11, 26))
    decided = step("decide", date(2026, 11, 26))
    step("serve", date(2026, 11, 26), document={"receiver": "钱某"})
    step(
        "recheck",
        date(2026, 11, 30),
        data={"corrected": True},
        document={
            "started": "2026年11月30日 10时00分",
            "ended": "2026年11月30日 10时20分",
            "findings": "砂石料已全部覆盖。",
            "result": "已改正",
        },
    )
    step("close", date(2026, 12, 1))
    with world.db.session() as s:
        assert s.get(Case, case_id).status == "closed"
        decision = s.get(Document, decided.document_id)
        assert decision.kind == "no_penalty_decision"
        assert decision.number == "兰环不罚〔2026〕1号"
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=decision.pdf, capture_output=True, check=True
        ).stdout.decode()
        flat = "".join(text.split())  # the basis may wrap across lines
        assert "不予行政处罚决定书" in text and "第三十三条第一款" in flat

    # Four months later the same finding: no longer a first violation.
    again = world.inspect(
        "air", {"d7": "砂石料再次未覆盖"}, date(2027, 3, 10), enterprise=world.other
    )
    with world.db.session() as s:
        repeat = open_case(
            s,
            by=world.li,
            opened_on=date(2027, 3, 10),
            inspection_id=again,
            factors=MINOR,
            settings=SETTINGS,
        )
        assert repeat.outcome != "no_penalty" and repeat.fine_fen
        assert "不属于初次违法" in repeat.explanation_zh
        assert "不适用首违不罚" in repeat.explanation_zh

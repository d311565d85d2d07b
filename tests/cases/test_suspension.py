"""T6b: suspending, resuming and terminating an investigation (Order 30 Arts. 35–36).

The suspended days are left out of the 90-day decision limit, nothing but resuming (or
terminating) may happen while an investigation stands suspended, and each of the three steps
prints its own approval form with the ground and the article.
"""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from casehelpers import SETTINGS, World, limits, open_clue_case, steps

from inspector_app.cases.casefile import build_case_file
from inspector_app.cases.deadlines import due_items
from inspector_app.cases.machine import allowed_steps
from inspector_app.cases.service import perform
from inspector_app.i18n import UserError
from inspector_app.store import Case, Document

D = date
SUSPEND = {"ground_code": "legal_interpretation", "reason": "已就危险废物类别认定请示省厅。"}


def status(world: World, case_id) -> str:
    with world.db.session() as s:
        return s.get(Case, case_id).status


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.replace("\n", "")  # a cell's text wraps; read it as one line


def test_suspended_days_are_not_counted_in_the_decision_limit(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)), ("report", D(2026, 11, 30)))
    assert limits(world, case_id)["T6"] == [(D(2027, 2, 21), None)]

    steps(world, case_id, ("suspend", D(2026, 12, 1), SUSPEND))
    assert status(world, case_id) == "suspended"
    # While suspended the clock stands still: no decision limit is due or overdue.
    assert "T6" not in limits(world, case_id)
    with world.db.session() as s:
        assert not [i for i in due_items(s, D(2027, 3, 1), SETTINGS) if i.rule == "T6"]

    steps(world, case_id, ("resume", D(2026, 12, 21), {"reason": "省厅已作出答复。"}))
    assert status(world, case_id) == "reported"  # back where it was suspended
    assert limits(world, case_id)["T6"] == [(D(2027, 3, 13), None)]  # 20 days later

    # A second suspension adds its own days.
    steps(
        world,
        case_id,
        ("suspend", D(2027, 1, 4), {"ground_code": "force_majeure"}),
        ("resume", D(2027, 1, 14), {"reason": "道路恢复通行。"}),
    )
    assert limits(world, case_id)["T6"] == [(D(2027, 3, 23), None)]


def test_a_suspended_investigation_refuses_other_steps_and_needs_a_ground(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)))
    with pytest.raises(UserError, match="中止调查的情形"):
        steps(world, case_id, ("suspend", D(2026, 12, 1), {"ground_code": "bored"}))
    with pytest.raises(UserError, match="具体理由"):
        steps(world, case_id, ("suspend", D(2026, 12, 1), {"ground_code": "other"}))
    assert status(world, case_id) == "filed"  # nothing changed by the refusals

    steps(world, case_id, ("suspend", D(2026, 12, 1), SUSPEND))
    allowed = {s.code for s in allowed_steps("suspended")}
    assert {"resume", "terminate"} <= allowed
    assert not allowed & {"inquiry", "report", "prior_notice", "decide", "extend"}
    with pytest.raises(UserError, match="调查中止"):
        steps(world, case_id, ("report", D(2026, 12, 2)))
    with pytest.raises(UserError, match="原因已经消除"):
        steps(world, case_id, ("resume", D(2026, 12, 5)))
    with pytest.raises(UserError, match="不能进行"):
        steps(world, case_id, ("suspend", D(2026, 12, 5), SUSPEND))


def test_terminating_ends_the_investigation_and_the_case_closes(world: World, tmp_path) -> None:
    case_id = open_clue_case(world, ["V24"])

    def step(code, on, data=None, document=None):
        with world.db.session() as s:
            return perform(s, case_id, code, on, world.li, data, document, settings=SETTINGS)

    step("file", D(2026, 11, 23))
    step("suspend", D(2026, 12, 1), {"ground_code": "party_missing"})
    step("terminate", D(2027, 1, 5), {"ground_code": "organisation_ended"})
    assert status(world, case_id) == "terminated"
    assert {s.code for s in allowed_steps("terminated")} == {"close", "seal_release"}
    assert limits(world, case_id).get("T6") is None
    closing = step("close", D(2027, 1, 6))
    assert status(world, case_id) == "closed"
    with world.db.session() as s:
        text = pdf_text(s.get(Document, closing.document_id).pdf, tmp_path)
    assert "终止调查" in text and "无（调查终止）" in text
    with world.db.session() as s:
        index = pdf_text(build_case_file(s, case_id), tmp_path)
    # The index names each form as printed, not by the type's generic title.
    assert "中止案件调查审批表" in index and "终止案件调查审批表" in index
    assert "中止（恢复、终止）" not in index


def test_each_step_prints_its_approval_form_with_ground_and_article(world: World, tmp_path) -> None:
    case_id = open_clue_case(world, ["V24"])

    def step(code, on, data=None):
        with world.db.session() as s:
            record = perform(s, case_id, code, on, world.li, data, settings=SETTINGS)
            return pdf_text(s.get(Document, record.document_id).pdf, tmp_path)

    step("file", D(2026, 11, 23))
    suspended = step("suspend", D(2026, 12, 1), SUSPEND)
    assert "中止案件调查审批表" in suspended
    assert "需要送请有权机关作出解释或者确认" in suspended
    assert "请示省厅" in suspended
    assert "第三十五条" in suspended
    resumed = step("resume", D(2026, 12, 21), {"reason": "省厅已作出答复，类别已明确。"})
    assert "恢复案件调查审批表" in resumed
    assert "省厅已作出答复" in resumed
    assert "2026年12月1日" in resumed  # the day it was suspended
    ended = step("terminate", D(2027, 1, 5), {"ground_code": "party_died"})
    assert "终止案件调查审批表" in ended and "第三十六条" in ended
    assert "涉嫌违法的公民死亡" in ended

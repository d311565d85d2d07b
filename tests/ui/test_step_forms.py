"""Every step of the state machine can be taken from its dialog, typed as an officer would.

For each code in ``machine.STEPS`` a real case is at a stage where the step is lawful
(``stepcases``: built once, copied per test); the real :class:`StepDialog` is opened with the
case's header, its fields filled (texts set, combos picked, table rows added), OK pressed, and
the step must be recorded and its document must carry what was typed, read back with
``pdftotext``.  A step missing from ``FORMS`` fails here with the field the core asked for.
"""

from __future__ import annotations

import re
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QLineEdit, QSpinBox
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select
from stepcases import (  # noqa: F401 (seeded: the session fixture of casehelpers)
    SETTINGS,
    STAGE_OF,
    World,
    build,
    copy_database,
    day,
    open_world,
    seeded,
)

from inspector_app.cases.machine import STEPS
from inspector_app.cases.service import perform
from inspector_app.store import Case, CaseStep, Document
from inspector_app.ui.case_view import load_header
from inspector_app.ui.step_dialog import StepDialog
from inspector_app.ui.step_fields import ItemTable
from inspector_app.ui.step_forms import FORMS

RECORD = {"started": "2026年11月24日 09时30分", "ended": "2026年11月24日 10时40分"}
PERSON = {"name": "孙某某", "id_number": "62010219800101001X", "position": "运维主管"}
ITEM = {"name": "采集仪", "spec": "XC-9", "quantity": "2", "unit": "台", "location": "CEMS小屋"}
PAGES = [{"pages": "6"}, {"pages": "9"}, {"pages": "12"}, {"name": "监测报告", "pages": "4"}]
SIGNED = {"department.signer": "陈静", "head.signer": "赵磊"}
# What the officer types, by field name ("head.signer": a part of an approval opinion).
TYPED: dict[str, dict[str, Any]] = {
    "file": SIGNED,
    "withdraw": {"reason": "经核实，违法主体认定有误。"},
    "suspend": {
        "ground_code": "须送请有权机关解释或确认",
        "reason": "已就危险废物类别认定请示省生态环境厅。",
        **SIGNED,
    },
    "resume": {"reason": "省生态环境厅已作出答复。", **SIGNED},
    "terminate": {"ground_code": "法人或其他组织终止且无承受人", "reason": "企业已注销。"},
    "inquiry": {
        **RECORD,
        "place": "西固分局询问室",
        "interviewee": "赵强",
        "interviewee_id": "11010519491231002X",
        "interviewee_employer": "环保部经理",
        "qa": [("为何修改斜率参数？", "运维人员擅自操作。")],
    },
    "sampling": {
        "samples": [
            {"sample_id": "W-001", "point": "总排口", "taken_at": "10时15分", "item": "氨氮"}
        ],
        "handed_to": "兰州市生态环境监测站",
    },
    "preserve": {
        "items": [{"name": "运维记录本", "quantity": "3", "unit": "本"}],
        "storage_place": "我局证物室",
        "custodian": "王芳",
    },
    "preserve_decide": {"decision": "依法予以没收"},
    "extend": {},
    "report": {},
    "prior_notice": {"statement_days": 7},
    "serve_notice": {"receiver": "赵强", "method": "留置送达", "witness": "村委会孙某"},
    "statement": {**RECORD, "place": "我局", "speaker": "赵强", "statement": "请求从轻处罚。"},
    "waive": {},
    "hearing_request": {"requested": "口头申请（已记录）"},
    "hearing_notice": {
        "hearing_date": day(15),
        "hearing_place": "三楼听证室",
        "chair": "陈静",
        "recorder": "刘洋",
        "contact": "李明0931-8888888",
    },
    "hearing_record": {
        **RECORD,
        "place": "三楼听证室",
        "attendees": "陈静\n刘洋",
        "investigator_case": "调查人员陈述了篡改数据的事实。",
        "party_statement": "当事人对事实无异议。",
        "final_statements": "请求从轻。",
    },
    "legal_review": {"reviewers": "陈静\n刘洋"},
    "collective_discussion": {
        "held": "2026年11月26日 15时00分",
        "place": "第一会议室",
        "chair": "赵磊",
        "recorder": "刘洋",
        "participants": "赵磊 局长\n陈静 科长\n张伟 队长",
        "presentation": "承办人汇报了案件事实。",
        "discussion": "事实清楚，证据充分",
    },
    "decide": {"other_penalties": "通报批评"},
    "onsite_decide": {"fine": "2000", "place": "厂区东门"},
    "onsite_report": {},
    "serve": {"receiver": "赵强"},
    "pay": {"amount": "550,000.00"},
    "defer": {
        "mode": "分期",
        "reason": "你单位确有经济困难",
        "instalments": [
            {"due_on": day(40), "amount_fen": "300000"},
            {"due_on": day(70), "amount_fen": "250000"},
        ],
    },
    "remind": {},
    "enforce": {"attachments": "行政处罚决定书及送达回证\n催告书及送达回证\n营业执照复印件"},
    "order_to_correct": {"corrections": "立即恢复自动监测设备正常运行", "deadline": day(15)},
    "recheck": {**RECORD, "place": "厂区", "findings": "设备已恢复运行。", "result": "已改正"},
    "close": SIGNED,
    "daily_penalty": {"daily": "550000", "refusal_facts": "复查发现仍未恢复自动监测设备。"},
    "production_order": {"measure": "停产整治", "corrections": "更换受损的监测设备"},
    "seal": {"measure": "扣押", "items": [ITEM], "custodian": "王芳"},
    "seal_extend": {"reason": "需等待检测结果"},
    "seal_release": {"reason": "检测已经完成"},  # the items sealed are proposed
    "detention_approve": {"persons": [PERSON], **SIGNED},
    "detention_send": {"materials": PAGES},  # the people approved are proposed
    "criminal_transfer": {"persons": [PERSON], "materials": PAGES},
}
# Typed values that are facts of the step or words the form does not print as typed.
NOT_PRINTED = {"receiver", "method", "requested", "decision", "fine", "amount", "daily", "unit"}
NOT_PRINTED |= {"participants"}  # printed as 姓名（职务）
NOT_PRINTED |= {"ground_code"}  # the short name picked; the situation is printed in full
# What else the document must say (the wording the dialog proposed, a computed figure).
PRINTED = {
    "prior_notice": ["7日"],
    "collective_discussion": ["赵磊（局长）", "张伟（队长）"],
    "serve_notice": ["留置送达"],
    "defer": ["同意分期缴纳罚款通知书", "第1期", "第2期"],
    "seal": ["扣押决定书", "2台"],
    "seal_release": ["数据采集传输仪", "1台", "CEMS小屋"],
    "criminal_transfer": ["污染环境罪", "监测报告（4页）"],
    "detention_send": ["监测报告（4页）", "钱某", "620102198001010011"],
    "production_order": ["责令停产整治决定书"],
    "daily_penalty": ["伍拾伍万"],
    "suspend": ["中止案件调查审批表", "需要送请有权机关作出解释或者确认", "第三十五条"],
    "resume": ["恢复案件调查审批表", "中止调查日期"],
    "terminate": ["终止案件调查审批表", "承受其权利义务", "第三十六条"],
}


@pytest.fixture(scope="session")
def staged(seeded: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # noqa: F811
    path = tmp_path_factory.mktemp("staged") / "inspector.db"
    copy_database(seeded, path)
    world = open_world(path, path.parent / "backups")
    try:
        return path, build(world)
    finally:
        world.db.close()


@pytest.fixture
def staged_world(staged: tuple[Path, dict], tmp_path: Path) -> Iterator[tuple[World, dict]]:
    source, cases = staged
    path = tmp_path / "inspector.db"
    copy_database(source, path)
    world = open_world(path, tmp_path / "backups")
    yield world, cases
    world.db.close()


def fill(dialog: StepDialog, typed: dict[str, Any]) -> None:
    """Type into the dialog as the officer would: texts, picks, dates, table rows."""
    for name, value in typed.items():
        if name == "qa":
            for n, (question, answer) in enumerate(value):
                pair = dialog.pairs[n] if n < len(dialog.pairs) else dialog.add_pair()
                pair.question.setText(question)
                pair.answer.setPlainText(answer)
            continue
        owner, _, part = name.partition(".")
        widget = getattr(dialog.fields[owner], part) if part else dialog.fields[name]
        if isinstance(widget, ItemTable):
            for row, cells in enumerate(value):
                if row >= widget.model.rowCount():
                    widget.add_button.click()
                for key, cell in cells.items():
                    widget.set_cell(row, key, cell)
        elif isinstance(widget, QComboBox):  # the document's word, whatever the UI shows
            index = widget.findData(value)
            assert index >= 0, (name, value)
            widget.setCurrentIndex(index)
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)


def expected_texts(code: str) -> list[str]:
    out = list(PRINTED.get(code, []))
    for name, value in TYPED[code].items():
        if name.split(".")[0] in NOT_PRINTED:
            continue
        if isinstance(value, str):
            out += [line for line in value.splitlines() if line]
        elif isinstance(value, list) and name != "qa":
            out += [v for row in value for k, v in row.items() if k not in NOT_PRINTED]
            out = [v for v in out if isinstance(v, str) and not v.isdigit()]
        elif name == "qa":
            out += [text for pair in value for text in pair]
    return out


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return re.sub(r"\s+", "", done.stdout.decode("utf-8"))


def open_dialog(qtbot, world: World, case_id: uuid.UUID, code: str, on: date) -> StepDialog:
    with world.db.session() as s:
        header = load_header(s, case_id, on, SETTINGS)

    def attempt(on: date, data: dict[str, Any], document: dict[str, Any]) -> None:
        with world.db.session() as s:
            perform(s, case_id, code, on, world.li, data, document, settings=SETTINGS)

    dialog = StepDialog(STEPS[code], header, attempt, on)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_step_has_a_form_and_typed_values() -> None:
    assert set(FORMS) == set(STEPS) == set(TYPED) == set(STAGE_OF)


@pytest.mark.parametrize("code", list(STEPS))
def test_each_step_is_taken_from_its_dialog(code: str, qtbot, staged_world) -> None:
    world, cases = staged_world
    stage, on = STAGE_OF[code]
    case_id = cases[stage]
    dialog = open_dialog(qtbot, world, case_id, code, on)
    fill(dialog, TYPED[code])
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()

    found = STEPS[code]
    with world.db.session() as s:
        case = s.get(Case, case_id)
        last = s.scalars(
            select(CaseStep).where(CaseStep.case_id == case_id).order_by(CaseStep.seq.desc())
        ).first()
        assert last is not None and last.step == code and last.on == on
        if found.target:
            assert case.status == found.target
        if found.document is None:
            return
        doc = s.get(Document, last.document_id)
        kind = "penalty_decision" if code == "decide" else found.document
        assert doc is not None and doc.kind == kind
        text = pdf_text(doc.pdf)
    missing = [t for t in expected_texts(code) if re.sub(r"\s+", "", t) not in text]
    assert not missing, (missing, text[:400])


def test_an_empty_required_field_is_named_and_the_typing_kept(qtbot, staged_world) -> None:
    world, cases = staged_world
    case_id = cases["opened"]
    dialog = open_dialog(qtbot, world, case_id, "seal", day(0))
    fill(dialog, {"measure": "扣押", "custodian": "王芳"})
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "缺少必填项：查封（扣押）物品" in dialog.error.text()
    assert dialog.fields["custodian"].text() == "王芳"
    assert dialog.fields["measure"].currentData() == "扣押"
    ModelTester(qtbot).check(dialog.fields["items"].model)
    with world.db.session() as s:
        steps = select(func.count()).select_from(CaseStep).where(CaseStep.case_id == case_id)
        assert s.scalar(steps) == 0
    # Adding the row the refusal asked for is enough: nothing typed before is lost.
    fill(dialog, {"items": [ITEM]})
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()


def test_a_bad_amount_is_refused_in_the_dialog(qtbot, staged_world) -> None:
    world, cases = staged_world
    dialog = open_dialog(qtbot, world, cases["served"], "defer", day(20))
    fill(dialog, {"mode": "分期", "instalments": [{"due_on": day(40), "amount_fen": "三十万"}]})
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "分期缴纳计划第1项缴纳金额（元）" in dialog.error.text()
    assert not dialog.fields["deferred_to"].isVisible()


def test_the_dialog_shows_and_proposes_what_earlier_steps_recorded(qtbot, staged_world) -> None:
    world, cases = staged_world
    daily = open_dialog(qtbot, world, cases["served"], "daily_penalty", day(21))
    # Order served on day 0, re-check found it continuing on day 20: 20 days at 550,000 yuan.
    assert "2026年11月23日至2026年12月12日，共20日" in daily.info.text()
    assert "11,000,000.00" in daily.info.text()
    daily.fields["daily"].setText("1000")
    assert "20,000.00" in daily.info.text()
    extend = open_dialog(qtbot, world, cases["sealed"], "seal_extend", day(20))
    assert "2026-12-22" in extend.info.text()  # sealed day 1 + 29 days
    assert extend.fields["new_end_on"].date().toPython() == date(2027, 1, 21)


def test_table_cells_are_edited_with_their_column_widget(qtbot) -> None:
    dialog = StepDialog(STEPS["defer"], None, None, day(20))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["mode"].setCurrentIndex(dialog.fields["mode"].findData("分期"))
    plan: ItemTable = dialog.fields["instalments"]
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    assert plan.model.rowCount() == 2
    # The new row's first cell is open for editing at once, with a date picker.
    picker = plan.table.indexWidget(plan.model.index(1, 0))
    assert isinstance(picker, QDateEdit) and picker.date().toPython() == day(80)  # 2 months
    picker.setDate(QDate(day(90)))
    qtbot.keyClick(picker, Qt.Key.Key_Tab)  # on to the amount, as a user tabs through a row
    amount = plan.table.indexWidget(plan.model.index(1, 1))
    assert isinstance(amount, QLineEdit) and amount.validator() is not None
    qtbot.keyClicks(amount, "12a3.456")  # the validator lets through only an amount of yuan
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan.model.index(1, 1).data() == "123.45")  # committed when queued
    assert plan.rows("分期缴纳计划") == [{"due_on": day(90), "amount_fen": 12345}]


def test_the_suspension_dialogs_offer_exactly_the_grounds_the_core_knows() -> None:
    from inspector_app.cases import suspension
    from inspector_app.ui.step_forms import SUSPENSION_GROUNDS, TERMINATION_GROUNDS

    assert tuple(s for s, _ in suspension.SUSPENSION_GROUNDS.values()) == SUSPENSION_GROUNDS
    assert tuple(s for s, _ in suspension.TERMINATION_GROUNDS.values()) == TERMINATION_GROUNDS


def test_the_pay_dialog_proposes_what_is_still_owed(qtbot, staged_world) -> None:
    """After 100,000 of the 550,000 yuan paid in time, a payment a day after the due date
    settles the rest plus one day's surcharge (3 % of 450,000)."""
    world, cases = staged_world
    case_id = cases["served"]  # served on day 6: due on day 21
    with world.db.session() as s:
        perform(s, case_id, "pay", day(20), world.li, {"amount_fen": 100_000_00}, None, SETTINGS)
    dialog = open_dialog(qtbot, world, case_id, "pay", day(22))
    assert dialog.fields["amount"].text() == "463500.00"

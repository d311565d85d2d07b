"""Scenario 1's case through the UI: a finished inspection with findings a2/a4 → "立案…" in
its workspace → every step from the Cases page → closed, and the case file built in a Job.

The modal dialogs are replaced by what the officer would type (``StepDialog.ask`` still calls
the page's ``attempt``, exactly as the real dialog's OK button does); the refused step is driven
through the real dialog to see the reason shown and nothing written.
"""

from __future__ import annotations

import io
import subprocess
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import func, select
from tests_support import start_scenario_one

from inspector_app.cases.issuing import issue_document
from inspector_app.cases.machine import step as find_step
from inspector_app.cases.numbering import add_block
from inspector_app.checklists.engine import visible_items
from inspector_app.config import DataPaths, load_settings, save_settings
from inspector_app.forms.registry import DOCUMENT_TYPES
from inspector_app.forms.samples import sample
from inspector_app.inspections import service as svc
from inspector_app.inspections.record import CHINA_TIME
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Agency, AuditEvent, Case, Inspection, Signature
from inspector_app.store.engine import Database
from inspector_app.ui import open_case_dialog, signature_pad
from inspector_app.ui.cases_page import CasesPage
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.step_dialog import StepDialog

# The workspace opens the case today, in China: the inspection's day is China's, and between
# 16:00 and 24:00 UTC the machine's date is still the day before.
D0 = datetime.now(CHINA_TIME).date()
FINDINGS = {"a2": "12个废矿物油包装桶无识别标志", "a4": "台账8月起未记录"}
RECORD = {"started": "09时30分", "ended": "10时40分", "place": "询问室"}


def opinion(on: date) -> dict[str, Any]:
    return {"text": "同意。", "signer": "赵磊", "on": on}


@pytest.fixture
def demo(database: Database) -> Database:
    with database.session() as session:
        seed_demo(session)
        agency_id = session.scalars(select(Agency.id)).one()
        for code, kind in DOCUMENT_TYPES.items():
            if kind.number_kind:
                for year in (D0.year, D0.year + 1):
                    add_block(session, agency_id, code, year, 1, 50)
    return database


def finish_with_findings(database: Database) -> tuple[Any, uuid.UUID]:
    """李明 answers every item compliant except a2/a4 of the hazardous-waste checklist."""
    officer, inspection_id = start_scenario_one(database, ("hw",))
    with database.session() as s:
        inspection = s.get(Inspection, inspection_id)
        for row, template, _ in svc.answers_by_template(s, inspection):
            given: dict[str, object] = {}
            changed = True
            while changed:
                changed = False
                for item in visible_items(template, given):
                    if item.code in given:
                        continue
                    value: object = {"number": 1.0, "text": "正常"}.get(item.kind, "Y")
                    if item.kind == "choice":
                        value = next(c.code for c in item.choices if c.compliant)
                    note = FINDINGS.get(item.code)
                    if note:
                        value = "N"
                    svc.answer(s, inspection_id, row.code, item.code, value, officer.id, note=note)
                    given[item.code] = value
                    changed = True
    with database.session() as s:
        svc.finish(s, inspection_id, by=officer.id)
    order = sample("order_to_correct")  # printed on site before leaving (Scenario 1)
    order.pop("number")
    order.update(issued_on=D0, deadline=D0 + timedelta(15))
    with database.session() as s:
        agency = s.scalars(select(Agency.id)).one()
        issue_document(
            s, agency, "order_to_correct", order, D0, officer.id, inspection_id=inspection_id
        )
    return officer, inspection_id


@pytest.fixture
def window(qtbot, demo: Database, data_dir: Path) -> MainWindow:
    paths = DataPaths(data_dir)
    settings = load_settings(paths)
    contact = {"contact_person": "李明", "contact_phone": "0931-8888888"}
    save_settings(paths, replace(settings, extra={**settings.extra, "cases": contact}))
    main = MainWindow(demo, DataPaths(data_dir), today=lambda: D0)
    qtbot.addWidget(main)
    main.show()
    return main


def plan() -> dict[str, tuple[date, dict[str, Any], dict[str, Any]]]:
    """What the officer types in each step's dialog."""
    inquiry = {
        **RECORD,
        "interviewee": "赵强",
        "interviewee_id": "11010519491231002X",
        "interviewee_employer": "兰州某精细化工有限公司 EHS经理",
        "notice": "已出示执法证件，告知回避权利。",
        "questions": [{"question": "台账为何未记录？", "answer": "记录员离职。"}],
    }
    recheck = {**RECORD, "findings": "包装桶均已设置识别标志；台账已补记。", "result": "已改正"}
    day = D0.__add__
    return {
        "file": (D0, {}, {"department": opinion(D0), "head": opinion(D0)}),
        "inquiry": (day(timedelta(1)), {}, inquiry),
        "report": (day(timedelta(2)), {}, {}),
        "prior_notice": (day(timedelta(3)), {}, {}),
        "serve_notice": (day(timedelta(3)), {}, {"receiver": "赵强"}),
        "legal_review": (day(timedelta(9)), {}, {}),  # typed into the real dialog below
        "collective_discussion": (day(timedelta(9)), {}, {}),
        "decide": (day(timedelta(11)), {}, {}),  # after 5 working days, any weekday
        "serve": (day(timedelta(12)), {}, {"receiver": "赵强"}),
        "pay": (day(timedelta(15)), {"amount_fen": 175_000_00}, {}),
        "recheck": (day(timedelta(17)), {"corrected": True}, recheck),
        "close": (
            day(timedelta(20)),
            {},
            {
                "department": opinion(day(timedelta(20))),
                "head": {"text": "同意结案。", "signer": "赵磊", "on": day(timedelta(20))},
            },
        ),
    }


TYPED_IN_DIALOG = {
    "legal_review": {"reviewers": "陈静\n刘洋"},
    "collective_discussion": {
        "held": "15时00分",
        "place": "第一会议室",
        "chair": "赵磊",
        "recorder": "刘洋",
        "participants": "赵磊 局长\n陈静 法规科科长\n张伟 执法支队队长",
        "presentation": "承办人汇报了案件事实、证据和处理意见。",
        "discussion": "事实清楚，证据充分\n裁量适当",
        "conclusion": "同意罚款。",
    },
}


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True)
    return done.stdout.decode("utf-8")


def events(database: Database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_scenario_one_case_through_the_ui(qtbot, window, demo, monkeypatch) -> None:
    officer, inspection_id = finish_with_findings(demo)
    window.set_officer(officer)
    shown: list[tuple[bytes, str]] = []

    def fake_show(parent, data, title, sha256="", on_printed=None) -> None:
        shown.append((data, title))
        if on_printed is not None:
            on_printed(1)

    monkeypatch.setattr(
        PdfPreviewDialog, "show_document", classmethod(lambda cls, *a, **k: fake_show(*a, **k))
    )
    proposals: list[open_case_dialog.CaseProposal] = []
    monkeypatch.setattr(
        open_case_dialog.OpenCaseDialog,
        "ask",
        classmethod(lambda cls, parent, proposal: proposals.append(proposal) or True),
    )

    # The workspace of the finished inspection offers 立案; the proposal names the articles.
    workspace = window.inspections_page.open_inspection(inspection_id)
    assert workspace.case_button.isVisibleTo(workspace)
    before = events(demo)
    qtbot.mouseClick(workspace.case_button, Qt.MouseButton.LeftButton)
    assert "第一千一百七十五条" in proposals[0].violations[0][1]
    assert proposals[0].fine_fen and proposals[0].explanation
    assert window.current_page() == "cases"
    page: CasesPage = window.cases_page
    assert page.case_id is not None
    assert events(demo) > before
    ModelTester(qtbot).check(page.model)
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "（未立案）"
    assert "第一千一百七十五条" in page.panel.details.text()
    assert "file" in page.panel.step_buttons and "decide" not in page.panel.step_buttons
    assert not page.panel.next_label.isHidden()
    # Back in the workspace the button leads to this case instead of proposing a second one.
    first_case = page.case_id
    window.show_page("inspections")
    workspace = window.inspections_page.open_inspection(inspection_id)
    assert workspace.case_button.text() == "查看案件"
    qtbot.mouseClick(workspace.case_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "cases" and page.case_id == first_case
    assert len(proposals) == 1

    typed = plan()

    def fake_ask(parent, step, case, attempt, today):
        if step.code in TYPED_IN_DIALOG:  # the real dialog, filled in as the officer would
            dialog = StepDialog(step, case, attempt, typed[step.code][0])
            qtbot.addWidget(dialog)
            for name, text in TYPED_IN_DIALOG[step.code].items():
                widget = dialog.fields[name]
                (widget.setPlainText if hasattr(widget, "setPlainText") else widget.setText)(text)
            dialog.try_accept()
            assert dialog.values is not None, dialog.error.text()
            return dialog.values
        values = typed[step.code]
        if step.code == "pay":  # the whole fine, as the dialog proposes it
            values = (values[0], {"amount_fen": case.fine_fen}, {})
        attempt(*values)
        return values

    monkeypatch.setattr(StepDialog, "ask", classmethod(lambda cls, *a: fake_ask(*a)))
    for code in ("file", "inquiry", "report", "prior_notice", "serve_notice"):
        qtbot.mouseClick(page.panel.step_buttons[code], Qt.MouseButton.LeftButton)
    assert page.model.index(0, 0).data().startswith("兰环立")
    # Weeks later with no decision, the row of the case turns red.
    page.today = lambda: D0 + timedelta(120)
    page.refresh()
    assert page.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    page.today = lambda: D0
    page.refresh()
    assert page.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is None

    # Deciding inside the statement period: the real dialog shows why and writes nothing.
    before = events(demo)
    dialog = StepDialog(
        find_step("decide"),
        page.panel.header,
        lambda on, data, doc: page.perform_step("decide", on, data, doc),
        D0 + timedelta(4),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "陈述申辩期限" in dialog.error.text()
    assert events(demo) == before
    with demo.session() as s:
        assert s.get(Case, page.case_id).status == "notified"
    dialog.reject()

    for code in (
        "legal_review",
        "collective_discussion",
        "decide",
        "serve",
        "pay",
        "recheck",
        "close",
    ):
        qtbot.mouseClick(page.panel.step_buttons[code], Qt.MouseButton.LeftButton)
    with demo.session() as s:
        assert s.get(Case, page.case_id).status == "closed"
    assert page.panel.step_buttons == {} and page.panel.next_label.isHidden()
    ModelTester(qtbot).check(page.panel.model)
    steps = [e.step for e in page.panel.model.rows]
    assert steps == ["open", *typed]

    # Open the decision from the timeline: previewed, and the print is in the audit log.
    row = steps.index("decide")
    page.panel.table.selectRow(row)
    qtbot.mouseClick(page.panel.open_button, Qt.MouseButton.LeftButton)
    assert shown[-1][1].startswith("兰环罚")
    assert "第一千一百七十五条" in pdf_text(shown[-1][0])
    with demo.session() as s:
        last = s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc())).first()
    assert last == "document.printed"

    # The order to correct printed on site is in the case too, and opens from its list.
    listed = [page.panel.documents.item(i).text() for i in range(page.panel.documents.count())]
    order = next(i for i, text in enumerate(listed) if text.startswith("责令改正违法行为决定书"))
    page.panel.on_document_double_clicked(page.panel.documents.item(order))
    assert shown[-1][1].startswith("兰环责改")
    assert "证据：" in page.panel.evidence.text()

    # The party signs the proof of service of the decision.
    png = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(png, "PNG")
    monkeypatch.setattr(
        signature_pad.SignatureDialog,
        "ask",
        classmethod(lambda cls, *a, **k: signature_pad.SignatureResult("赵强", png.getvalue())),
    )
    page.panel.table.selectRow(steps.index("serve"))
    qtbot.mouseClick(page.panel.sign_button, Qt.MouseButton.LeftButton)
    with demo.session() as s:
        signed = s.scalars(select(Signature)).one()
        assert signed.signer_name == "赵强" and signed.case_id == page.case_id
        assert signed.role == "receiver" and signed.sha256

    # The case file, built off the UI thread, holds the index and every document.
    job = page.build_case_file()
    assert job is not None
    qtbot.waitUntil(lambda: page.last_case_file is not None, timeout=30_000)
    text = pdf_text(page.last_case_file or b"")
    for title in (
        "卷内目录",
        "立案审批表",
        "调查询问笔录",
        "调查报告",
        "行政处罚事先告知书",
        "法制审核意见书",
        "集体讨论笔录",
        "行政处罚决定书",
        "送达回证",
        "复查",
        "结案审批表",
        "备考表",
    ):
        assert title in text, title
    assert shown[-1][1] == "案卷"


def test_a_refused_step_names_the_missing_field_and_keeps_what_was_typed(
    qtbot, window, demo, monkeypatch
) -> None:
    officer, inspection_id = finish_with_findings(demo)
    window.set_officer(officer)
    case_id = open_case_dialog.open_from_inspection(demo.sessions, inspection_id, officer.id, D0)
    page: CasesPage = window.cases_page
    page.refresh()
    page.show_case(case_id)
    typed = plan()
    page.perform_step("file", *typed["file"])
    before = events(demo)
    dialog = StepDialog(
        find_step("inquiry"),
        page.panel.header,
        lambda on, data, doc: page.perform_step("inquiry", on, data, doc),
        D0 + timedelta(1),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["place"].setText("询问室")  # keyClicks cannot type Chinese
    dialog.pairs[0].question.setText("台账为何未记录？")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "缺少必填项" in dialog.error.text()
    assert dialog.fields["place"].text() == "询问室"
    assert dialog.pairs[0].question.text() == "台账为何未记录？"
    assert events(demo) == before
    with demo.session() as s:
        assert s.get(Case, case_id).status == "filed"


def test_the_pay_dialog_proposes_the_fine_and_reads_yuan_as_fen(qtbot) -> None:
    class Header:
        fine_fen = 250_000_00

    dialog = StepDialog(find_step("pay"), Header(), None, D0)
    qtbot.addWidget(dialog)
    assert dialog.fields["amount"].text() == "250000.00"
    dialog.fields["amount"].setText("1,234.56")
    assert dialog.collect() == (D0, {"amount_fen": 123456}, {})
    dialog.fields["amount"].setText("一千")
    dialog.try_accept()
    assert dialog.values is None and "缴纳金额" in dialog.error.text()


def test_the_recheck_box_follows_the_conclusion(qtbot) -> None:
    dialog = StepDialog(find_step("recheck"), None, None, D0)
    qtbot.addWidget(dialog)
    # Nothing is concluded for the officer: without a pick the guard asks for the result.
    assert dialog.fields["result"].currentText() == ""
    assert not dialog.fields["corrected"].isChecked()
    assert "corrected" not in dialog.collect()[1]
    dialog.fields["result"].setCurrentText("未改正")
    _on, data, document = dialog.collect()
    assert data == {"corrected": False} and document["result"] == "未改正"


def test_the_time_examples_carry_the_day_of_the_step(qtbot) -> None:
    """A hearing held on 7 December is not shown "e.g. 24 November" as if proposed."""
    dialog = StepDialog(find_step("hearing_record"), None, None, date(2026, 12, 7))
    qtbot.addWidget(dialog)
    assert dialog.fields["started"].placeholderText() == "例：2026年12月7日 09时30分"


def test_withdrawing_needs_a_reason_typed_in_the_dialog(qtbot, window, demo) -> None:
    officer, inspection_id = finish_with_findings(demo)
    window.set_officer(officer)
    case_id = open_case_dialog.open_from_inspection(demo.sessions, inspection_id, officer.id, D0)
    page: CasesPage = window.cases_page
    page.refresh()
    page.show_case(case_id)

    def attempt(on, data, document):
        page.perform_step("withdraw", on, data, document)

    dialog = StepDialog(find_step("withdraw"), page.panel.header, attempt, D0)
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.values is None and "销案须写明理由" in dialog.error.text()
    dialog.fields["reason"].setPlainText("经核实，违法主体认定有误。")
    dialog.try_accept()
    assert dialog.values == (D0, {"reason": "经核实，违法主体认定有误。"}, {})
    with demo.session() as s:
        assert s.get(Case, case_id).status == "withdrawn"


def test_the_hearing_notice_dialog_proposes_the_earliest_lawful_date(qtbot) -> None:
    """Seven working days ahead (行政处罚法 Arts. 64, 85): from Thursday 26 Nov 2026 the
    earliest hearing is Monday 7 Dec, which the case header proposes."""
    from types import SimpleNamespace

    header = SimpleNamespace(known={"earliest_hearing": date(2026, 12, 7)}, fine_fen=None)
    dialog = StepDialog(find_step("hearing_notice"), header, None, date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.fields["hearing_place"].setText("三楼听证室")
    _on, data, document = dialog.collect()
    assert data == {"hearing_date": date(2026, 12, 7)}
    assert document == {
        "hearing_place": "三楼听证室",
        "hearing_time": "上午9时30分",
        "public": True,
    }


def test_a_document_made_after_opening_is_added_and_the_evidence_opens(
    qtbot, window, demo, monkeypatch
) -> None:
    """The sampling record printed from the gallery after the case opened goes into the case
    from the case view, and the visit's evidence opens from it (read-only)."""
    from inspector_app.cases.service import open_case
    from inspector_app.ui import cases_page as page_module
    from inspector_app.ui.evidence_strip import EvidenceGallery

    officer, inspection_id = finish_with_findings(demo)
    with demo.session() as s:
        case_id = open_case(s, by=officer.id, opened_on=D0, inspection_id=inspection_id).id
    with demo.session() as s:
        agency = s.scalars(select(Agency.id)).one()
        late = issue_document(
            s,
            agency,
            "sampling_record",
            sample("sampling_record"),
            D0,
            officer.id,
            inspection_id=inspection_id,
        ).id
    window.set_officer(officer)
    window.on_case_opened(case_id)
    page: CasesPage = window.cases_page
    held = [page.panel.documents.item(i).text() for i in range(page.panel.documents.count())]
    assert not any("采样" in text for text in held)

    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):
        offered.append(list(items))
        return next(i for i in items if i.startswith("采样")), True

    monkeypatch.setattr(page_module.QInputDialog, "getItem", staticmethod(pick))
    qtbot.mouseClick(page.panel.attach_button, Qt.MouseButton.LeftButton)
    # Only what no case holds is offered: the order to correct is already in this one.
    assert offered and not any("责令改正" in text for text in offered[0])
    held = [page.panel.documents.item(i).text() for i in range(page.panel.documents.count())]
    assert any("采样" in text for text in held)
    with demo.session() as s:
        attached = s.scalars(select(AuditEvent).where(AuditEvent.action == "case.attach")).one()
        assert attached.payload["document"] == str(late)

    opened: list[tuple[uuid.UUID, bool]] = []
    monkeypatch.setattr(
        EvidenceGallery,
        "exec",
        lambda self: opened.append((self.inspection_id, self.editable)) or 0,
    )
    assert page.panel.evidence_button.isEnabled()
    qtbot.mouseClick(page.panel.evidence_button, Qt.MouseButton.LeftButton)
    assert opened == [(inspection_id, False)]


def test_the_case_view_flags_what_the_law_demands_beyond_the_fine(qtbot, window, demo) -> None:
    """Tampering with monitoring data: detention transfer and restriction are mandatory and the
    case says so in red, with the step that acts on it among the buttons."""
    from inspector_app.cases.service import open_case
    from inspector_app.store import Enterprise, Officer

    with demo.session() as s:
        officer = s.scalars(select(Officer)).first()
        plant = s.scalars(select(Enterprise)).first()
        case_id = open_case(
            s,
            by=officer.id,
            opened_on=D0,
            enterprise_id=plant.id,
            source="clue",
            violation_codes=["V2"],
            violation_date=D0,
            facts="修改氮氧化物分析仪斜率参数。",
        ).id
    window.on_case_opened(case_id)
    details = window.cases_page.panel.details.text()
    assert "应当移送公安机关" in details or "行政拘留" in details
    assert "#b00020" in details  # shown as a warning, not as plain text


def test_a_new_case_offers_no_step_that_needs_an_earlier_one(qtbot, window, demo) -> None:
    """Nothing sealed or preserved yet: no "release sealing" or "decide on preserved evidence"
    button that could only end in a refusal; sealing itself is offered."""
    from inspector_app.cases.service import open_case, perform
    from inspector_app.store import Enterprise, Officer

    with demo.session() as s:
        officer = s.scalars(select(Officer)).first()
        plant = s.scalars(select(Enterprise)).first()
        case_id = open_case(
            s,
            by=officer.id,
            opened_on=D0,
            enterprise_id=plant.id,
            source="clue",
            violation_codes=["V2"],
            violation_date=D0,
            facts="修改氮氧化物分析仪斜率参数。",
        ).id
    window.set_officer(svc_choice(demo, officer.id))
    window.on_case_opened(case_id)
    buttons = window.cases_page.panel.step_buttons
    assert {"file", "seal", "preserve"} <= set(buttons)
    assert not {"seal_release", "seal_extend", "preserve_decide", "recheck"} & set(buttons)
    with demo.session() as s:  # an order to correct adds the re-check to the filing deadline
        perform(s, case_id, "order_to_correct", D0, officer.id, None, issue=False)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    try:
        window.cases_page.refresh()
        deadlines = window.cases_page.panel.deadlines.text()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert "; " in deadlines and "；" not in deadlines  # items separated the English way


def test_the_penalty_is_proposed_again_with_what_the_investigation_found(
    qtbot, window, demo, monkeypatch
) -> None:
    """The officer finds the act intentional: the re-proposal is heavier, says why, and the
    circumstances stated before are preset in the dialog."""
    from inspector_app.cases.service import open_case
    from inspector_app.store import Enterprise, Officer
    from inspector_app.ui.repropose_dialog import ReproposeDialog

    with demo.session() as s:
        officer = s.scalars(select(Officer)).first()
        plant = s.scalars(select(Enterprise)).first()
        case_id = open_case(
            s,
            by=officer.id,
            opened_on=D0,
            enterprise_id=plant.id,
            source="clue",
            violation_codes=["V24"],
            violation_date=D0,
            factors={"V24": {"correction": "corrected"}},
        ).id
        before = s.get(Case, case_id).fine_fen
    window.set_officer(svc_choice(demo, officer.id))
    window.on_case_opened(case_id)
    page: CasesPage = window.cases_page
    assert page.panel.repropose_button.isEnabled()
    seen: list[str] = []

    def decide(dialog: ReproposeDialog) -> int:
        seen.append(dialog.combos[("V24", "correction")].currentData())
        fault = dialog.combos[("V24", "fault")]
        fault.setCurrentIndex(fault.findData("intentional"))
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(ReproposeDialog, "exec", decide)
    assert page.repropose()
    assert seen == ["corrected"]  # what was stated when the case opened
    with demo.session() as s:
        case = s.get(Case, case_id)
        assert case.fine_fen > before and "故意" in case.explanation_zh
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "case.repropose")).one()
    assert "故意" in page.panel.details.text()


def svc_choice(database: Database, officer_id: uuid.UUID):
    from inspector_app.inspections.auth import OfficerChoice
    from inspector_app.store import Officer

    with database.session() as s:
        o = s.get(Officer, officer_id)
        return OfficerChoice(o.id, o.name, o.certificate_no, o.agency_id)

"""The officer's whole visit through the UI: sign in, start, answer by keyboard, finish, record.

Scenario 1 of SCENARIOS.md on the demo registry: 李明 and 王芳 check 兰州某精细化工 with the
hazardous-waste and discharge-permit checklists; a2 (no labels) and a4 (no ledger) fail.
"""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from inspector_app.config import DataPaths
from inspector_app.registry.demo import seed_demo
from inspector_app.store import AuditEvent, Inspection, InspectionStatus
from inspector_app.store.engine import Database
from inspector_app.ui import inspection_dialogs
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.sign_in_dialog import SignInDialog
from inspector_app.ui.start_dialog import StartInspectionDialog
from inspector_app.ui.workspace import InspectionWorkspace

ENTERPRISE = "兰州某精细化工有限公司"
FAILS = {
    ("hw", "a2"): "危险废物贮存桶12只均未粘贴危险废物标签",
    ("hw", "a4"): "近三个月危险废物管理台账无记录",
}
PARTY_ID = "11010519491231002X"  # GB 11643 example number, valid check digit


@pytest.fixture
def demo(database: Database) -> Database:
    with database.session() as session:
        seed_demo(session)
    return database


@pytest.fixture
def window(qtbot, demo: Database, data_dir: Path, today) -> MainWindow:
    main = MainWindow(demo, DataPaths(data_dir), today=lambda: today)
    qtbot.addWidget(main)
    main.show()
    return main


def sign_in(qtbot, database: Database, certificate: str, password: str) -> SignInDialog:
    dialog = SignInDialog(database.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_officer(certificate)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def start_inspection(qtbot, window: MainWindow, today) -> uuid.UUID:
    officer = window.officer
    assert officer is not None
    dialog = StartInspectionDialog(window.database.sessions, officer, lambda: today)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.enterprises.search_box, "jxhg")  # pinyin initials of 精细化工
    qtbot.waitUntil(lambda: dialog.enterprises.model.rowCount() > 0)
    names = [
        dialog.enterprises.model.row_at(r).name for r in range(dialog.enterprises.model.rowCount())
    ]
    dialog.enterprises.select_row(names.index(ENTERPRISE))
    dialog.check_template("hw")
    dialog.check_template("permit")
    dialog.add_party_row(("赵强", "EHS经理", PARTY_ID, "13800000000"))

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.started_id is None  # one officer only: refused, with the law's reason
    assert "至少2名" in dialog.error.text()

    dialog.check_officer("62010002")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.started_id is not None, dialog.error.text()
    return dialog.started_id


def answer_everything_by_keyboard(qtbot, workspace: InspectionWorkspace) -> None:
    tree = workspace.tree
    for _ in range(60):
        key = workspace.current_key()
        assert key is not None
        item = workspace.panel.item
        assert item is not None
        if key in FAILS:
            qtbot.keyClick(tree, Qt.Key.Key_N)
            assert workspace.panel.note.hasFocus()
            type_chinese(workspace.panel.note, FAILS[key])
            qtbot.keyClick(workspace.panel.note, Qt.Key.Key_Escape)
        elif item.kind == "choice":
            qtbot.keyClick(tree, Qt.Key.Key_Return)  # into the choice box
            assert workspace.panel.choice.hasFocus()
            qtbot.keyClick(workspace.panel.choice, Qt.Key.Key_Down)  # first choice: valid
        else:
            qtbot.keyClick(tree, Qt.Key.Key_Y)
        if workspace.model.next_key(None, unanswered_only=True) is None:
            return
    pytest.fail(
        f"answering stopped at {workspace.current_key()}; "
        f"open: {workspace.model.next_key(None, unanswered_only=True)}"
    )


def type_chinese(widget, text: str) -> None:
    """What an input method sends when the officer commits Chinese text."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def pdf_text(tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "record.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(text.split())  # table cells wrap lines: compare without white space


def test_wrong_password_is_refused_in_the_dialog(qtbot, demo: Database) -> None:
    dialog = sign_in(qtbot, demo, "62010001", "not-the-password")
    assert dialog.signed_in is None
    assert "密码不正确" in dialog.error.text()
    assert dialog.password.text() == ""


def test_a_mistyped_id_number_is_named_before_anything_starts(qtbot, window, demo, today) -> None:
    window.set_officer(sign_in(qtbot, demo, "62010001", "lm-62010001").signed_in)
    dialog = StartInspectionDialog(demo.sessions, window.officer, lambda: today)
    qtbot.addWidget(dialog)
    dialog.add_party_row(("赵强", "EHS经理", PARTY_ID[:-1] + "5", ""))
    assert "校验" in dialog.error.text()


def test_the_whole_visit_through_the_ui(
    qtbot, window: MainWindow, demo, today, tmp_path, monkeypatch
) -> None:
    dialog = sign_in(qtbot, demo, "62010001", "lm-62010001")
    assert dialog.signed_in is not None
    window.set_officer(dialog.signed_in)
    assert "李明" in window.officer_label.text()

    inspection_id = start_inspection(qtbot, window, today)
    workspace = window.inspections_page.open_inspection(inspection_id)
    assert workspace is not None
    assert ENTERPRISE in workspace.header.text()

    # Finishing too early lists what is missing and jumps to the item picked.
    picked: list[list[tuple[str, str, str]]] = []
    monkeypatch.setattr(
        inspection_dialogs.MissingItemsDialog,
        "ask",
        classmethod(lambda cls, parent, lines: (picked.append(lines), ("hw", "a3"))[1]),
    )
    qtbot.mouseClick(workspace.finish_button, Qt.MouseButton.LeftButton)
    assert picked and ("hw", "a1", "unanswered") in picked[0]
    assert workspace.current_key() == ("hw", "a3")

    workspace.select_key(workspace.model.next_key(None))
    answer_everything_by_keyboard(qtbot, workspace)
    assert "发现问题 2 项" in workspace.summary.text()

    wants_record: list[list[tuple[str, str, str]]] = []
    monkeypatch.setattr(
        inspection_dialogs.FindingsDialog,
        "ask",
        classmethod(lambda cls, parent, findings: (wants_record.append(findings), False)[1]),
    )
    qtbot.mouseClick(workspace.finish_button, Qt.MouseButton.LeftButton)
    assert [f[1] for f in wants_record[0]] == list(FAILS.values())
    assert not workspace.panel.isEnabled()  # finished: read-only
    with demo.session() as session:
        assert session.get(Inspection, inspection_id).status is InspectionStatus.FINISHED

    made = workspace.generate_record()
    assert made is not None
    document_id, pdf, digest = made
    text = pdf_text(tmp_path, pdf)
    for expected in (ENTERPRISE, "李明", "62010001", "王芳", "62010002", "赵强", *FAILS.values()):
        assert expected in text, expected
    assert "《固体废物污染环境防治法》" in text  # the legal basis of the findings

    preview = PdfPreviewDialog(pdf, "现场检查笔录", digest)
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.page_count()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    workspace.record_printed(document_id, 1)
    with demo.session() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    assert actions.count("answer.changed") >= 20
    assert actions[-3:] == ["inspection.finished", "document.generated", "document.printed"]


def test_checklist_and_list_models_pass_the_model_tester(qtbot, window, demo, today) -> None:
    window.set_officer(sign_in(qtbot, demo, "62010001", "lm-62010001").signed_in)
    inspection_id = start_inspection(qtbot, window, today)
    workspace = window.inspections_page.open_inspection(inspection_id)
    tester = ModelTester(None)
    tester.check(workspace.model)
    workspace.save_answer("hw", "a8", "N", note="无转移联单")  # shows a9 (show-if): a reset
    tester.check(workspace.model)
    assert workspace.model.index_of("hw", "a9").isValid()
    workspace.save_answer("hw", "a8", "A")  # no transfers: the manifest item goes away
    assert not workspace.model.index_of("hw", "a9").isValid()
    tester.check(window.inspections_page.model)

"""Signing from the Cases page: the officer picks who signs, the signer draws in the real
dialog, and the case view then lists the signed version, which the preview shows."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QDialog
from sqlalchemy import select
from tests_support import start_scenario_one

from inspector_app.cases.numbering import add_block
from inspector_app.cases.service import open_case, perform
from inspector_app.cases.settings import CaseSettings
from inspector_app.config import DataPaths, load_settings, save_settings
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Agency, Document, Enterprise
from inspector_app.store.engine import Database
from inspector_app.ui import signature_pad
from inspector_app.ui.case_models import ID_ROLE
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.pdf_preview import PdfPreviewDialog

D0 = date.today()
SETTINGS = CaseSettings(contact_person="李明", contact_phone="0931-8888888")


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    with database.session() as session:
        seed_demo(session)
        agency = session.scalars(select(Agency.id)).one()
        add_block(session, agency, "order_to_correct", D0.year, 1, 50)
    paths = DataPaths(data_dir)
    settings = load_settings(paths)
    contact = {"contact_person": "李明", "contact_phone": "0931-8888888"}
    save_settings(paths, replace(settings, extra={**settings.extra, "cases": contact}))
    main = MainWindow(database, paths, today=lambda: D0)
    qtbot.addWidget(main)
    main.show()
    return main


def sign_in_dialog(dialog: signature_pad.SignatureDialog) -> int:
    """What the party does in the dialog: picks 当事人, types the name, draws a stroke."""
    dialog.role.setCurrentIndex(dialog.role.findData("party"))
    dialog.signer.setText("周建国")
    pad = dialog.pad
    pad.resize(400, 160)
    pad.begin_stroke(QPointF(20, 120))
    for x, y in ((90, 40), (160, 130), (240, 50), (380, 110)):
        pad.extend_stroke(QPointF(x, y))
    pad.end_stroke()
    assert dialog.ok.isEnabled()
    return QDialog.DialogCode.Accepted.value


def test_party_signs_and_the_case_shows_the_signed_version(
    qtbot, window: MainWindow, database: Database, monkeypatch
) -> None:
    officer, _ = start_scenario_one(database, ("hw",))
    with database.session() as s:
        plant = s.scalars(select(Enterprise).where(Enterprise.name.like("兰州某精细化工%"))).one()
        case = open_case(
            s,
            by=officer.id,
            opened_on=D0,
            enterprise_id=plant.id,
            source="clue",
            violation_codes=["V24"],
            violation_date=D0 - timedelta(3),
            evidence=["现场照片3张"],
            settings=SETTINGS,
        )
        step = perform(
            s,
            case.id,
            "order_to_correct",
            D0,
            officer.id,
            document={"corrections": ["设置识别标志"], "deadline": D0 + timedelta(15)},
            settings=SETTINGS,
        )
        case_id, first = case.id, step.document_id
    window.set_officer(officer)
    page = window.cases_page
    page.refresh()
    page.show_case(case_id)
    shown: list[bytes] = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_document",
        classmethod(lambda cls, parent, data, *a, **k: shown.append(data)),
    )
    monkeypatch.setattr(signature_pad.SignatureDialog, "exec", sign_in_dialog)
    assert first is not None
    signed = page.sign_document(first)
    assert signed is not None and signed != first
    listed = [page.panel.documents.item(i) for i in range(page.panel.documents.count())]
    ids = [item.data(ID_ROLE) for item in listed]
    assert signed in ids and first not in ids
    assert sum(item.text().startswith("责令改正") for item in listed) == 1
    with database.session() as s:
        doc = s.get(Document, signed)
        assert doc is not None and doc.version == 2 and doc.supersedes_id == first
        assert shown == [doc.pdf]  # the preview shows the signed PDF
        mark = doc.snapshot["signatures"][0]
        assert (mark["role"], mark["name"], mark["label"]) == ("party", "周建国", "当事人签收")
    text = subprocess.run(["pdftotext", "-", "-"], input=shown[0], capture_output=True).stdout
    assert "周建国" in text.decode()

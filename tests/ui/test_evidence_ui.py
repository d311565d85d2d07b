"""Evidence in the workspace: files dropped on an item, thumbnails, the viewer, annotation."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from media_samples import jpeg_bytes
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.modeltest import ModelTester
from sqlalchemy import select
from tests_support import start_scenario_one

from inspector_app.config import DataPaths
from inspector_app.evidence import annotate
from inspector_app.evidence.ingest import Status
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Answer, AuditEvent, EvidenceItem
from inspector_app.store.engine import Database
from inspector_app.ui.evidence_strip import EvidenceGallery
from inspector_app.ui.evidence_viewer import EvidenceViewer
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.workspace import InspectionWorkspace


@pytest.fixture
def workspace(qtbot, database: Database, data_dir: Path, today) -> InspectionWorkspace:
    with database.session() as session:
        seed_demo(session)
    window = MainWindow(database, DataPaths(data_dir), today=lambda: today)
    qtbot.addWidget(window)
    officer, inspection_id = start_scenario_one(database)
    window.set_officer(officer)
    window.show()
    window.show_page("inspections")
    opened = window.inspections_page.open_inspection(inspection_id)
    assert opened is not None
    return opened


def card(folder: Path) -> list[Path]:
    """A camera card: two photos with EXIF and GPS, a truncated JPEG and an empty file."""
    folder.mkdir()
    files = []
    for number, colour in enumerate([(200, 40, 40), (40, 200, 40)], 1):
        path = folder / f"IMG_000{number}.JPG"
        path.write_bytes(jpeg_bytes(color=colour))
        files.append(path)
    (folder / "IMG_0003.JPG").write_bytes(jpeg_bytes()[:600])
    (folder / "IMG_0004.JPG").write_bytes(b"")
    return [*files, folder / "IMG_0003.JPG", folder / "IMG_0004.JPG"]


def drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPoint(10, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(at.toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, dropped)


def test_files_dropped_on_an_item_are_imported_and_shown(qtbot, workspace, tmp_path) -> None:
    workspace.select_key(("hw", "a2"))
    strip = workspace.evidence
    assert strip.item == ("hw", "a2") and strip.model.rowCount() == 0
    files = card(tmp_path / "DCIM")

    with qtbot.waitSignal(strip.changed, timeout=20_000):
        drop(strip.view.viewport(), files)
    report = strip.importer.report
    assert [o.status for o in report.outcomes] == [
        Status.STORED,
        Status.STORED,
        Status.STORED_AS_FILE,  # the truncated JPEG: kept byte for byte, with a warning
        Status.REFUSED,  # the empty file
    ]
    assert "已损坏" in report.outcomes[2].msg.zh and "0 字节" in report.outcomes[3].msg.zh
    assert strip.model.rowCount() == 3
    ModelTester(None).check(strip.model)
    assert strip.model.wait_for_thumbnails()
    assert len(strip.model.icons) == 2  # real thumbnails, not placeholders
    assert "3 件" in strip.title.text()

    workspace.select_key(("hw", "a1"))  # another item: its own (empty) strip
    assert strip.model.rowCount() == 0


def test_viewer_shows_gps_saves_caption_and_annotates_a_copy(
    qtbot, workspace, database: Database, tmp_path
) -> None:
    workspace.select_key(("hw", "a2"))
    with qtbot.waitSignal(workspace.evidence.changed, timeout=20_000):
        workspace.evidence.import_files(card(tmp_path / "DCIM")[:1])
    evidence_id = workspace.evidence.model.rows[0].id
    ctx = workspace.evidence_context()
    with database.sessions() as session:
        original = session.get(EvidenceItem, evidence_id)
        blob = ctx.blobs.path_for(original.sha256)
        original_hash = original.sha256
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == original_hash

    viewer = EvidenceViewer(
        database.sessions, ctx, evidence_id, workspace.officer.id, editable=True
    )
    qtbot.addWidget(viewer)
    labels = " ".join(w.text() for w in viewer.findChildren(QLabel))
    assert "36.058" in labels and "103.836" in labels and "Canon" in labels
    assert not viewer.canvas.image.isNull()

    viewer.caption.setText("2号贮存桶无危险废物标签")
    viewer.on_caption_finished()
    viewer.canvas.add_shape(annotate.Arrow(x1=0.1, y1=0.1, x2=0.5, y2=0.5))
    viewer.canvas.add_shape(annotate.Circle(cx=0.5, cy=0.5, r=0.2))
    derived_id = viewer.save_annotation()
    assert derived_id is not None

    with database.sessions() as session:
        derived = session.get(EvidenceItem, derived_id)
        assert derived.derived_from == original_hash
        assert derived.sha256 != original_hash
        assert session.get(EvidenceItem, evidence_id).caption == "2号贮存桶无危险废物标签"
        actions = set(session.scalars(select(AuditEvent.action)))
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == original_hash  # untouched
    assert {"evidence.viewed", "evidence.caption_changed", "evidence.annotated"} <= actions


def test_gallery_prints_the_photo_sheet_and_exports_a_verifiable_package(
    qtbot, workspace, database: Database, tmp_path
) -> None:
    with qtbot.waitSignal(workspace.evidence.changed, timeout=20_000):
        workspace.evidence.import_files(card(tmp_path / "DCIM")[:2])
    gallery = EvidenceGallery(
        database.sessions,
        workspace.evidence_context,
        workspace.officer.id,
        workspace.state.inspection_id,
        editable=True,
    )
    qtbot.addWidget(gallery)
    assert gallery.strip.model.rowCount() == 2

    gallery.make_document("photos")
    qtbot.waitUntil(lambda: gallery.photo_button.isEnabled(), timeout=20_000)
    _document_id, pdf, _digest = gallery.last_document
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(pdf)
    text = "".join(
        subprocess.run(
            ["pdftotext", str(sheet), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert "兰州某精细化工有限公司" in text and "第1号" in text and "第2号" in text
    for row in gallery.strip.model.rows:
        assert row.sha256 in text  # each photo's hash is printed under it

    package = tmp_path / "package"
    gallery.export_to(package)
    qtbot.waitUntil(lambda: gallery.export_button.isEnabled(), timeout=20_000)
    checked = subprocess.run(
        [sys.executable, str(package / "verify.py")], capture_output=True, text=True, cwd=package
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_note_being_typed_stays_with_its_own_inspection(qtbot, workspace, database) -> None:
    first = workspace.state.inspection_id
    _officer, second = start_scenario_one(database)
    workspace.select_key(("hw", "a2"))
    workspace.panel.note.setPlainText("桶上无标签")  # typed; the 400 ms timer has not fired yet
    workspace.open(second)
    with database.sessions() as session:
        query = select(Answer.inspection_id, Answer.note).where(Answer.item_code == "a2")
        notes = {row.inspection_id: row.note for row in session.execute(query)}
    assert notes == {first: "桶上无标签"}

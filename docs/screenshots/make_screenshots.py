"""Take the README's screenshots of every screen of the inspection flow, on the demo data.

Run under Xvfb so the windows are real X11 windows with real fonts:

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_screenshots.py [--lang en]

Each screen is built through the same classes and use cases the app uses, answered the way
an officer would, then grabbed into ``docs/screenshots/*.png``; the on-site record is written
next to them as a PDF and its pages turned into PNG with pdftoppm.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.config import DataPaths
from inspector_app.evidence import annotate
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.registry.demo import seed_demo
from inspector_app.store.engine import open_database
from inspector_app.ui import msgbox
from inspector_app.ui.evidence_viewer import EvidenceViewer
from inspector_app.ui.inspection_dialogs import FindingsDialog, MissingItemsDialog
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.resources import apply_bundled_font, resource_dir
from inspector_app.ui.sign_in_dialog import SignInDialog
from inspector_app.ui.start_dialog import StartInspectionDialog
from inspector_app.ui.translations import install_translators

HERE = Path(__file__).parent


def sample_photo(colour: tuple[int, int, int]) -> bytes:
    """A camera-like JPEG with EXIF time and GPS, so the viewer has something to show."""
    import io

    from PIL import ExifTags, Image, ImageDraw

    image = Image.new("RGB", (1600, 1200), colour)
    draw = ImageDraw.Draw(image)
    for step in range(0, 1600, 160):
        draw.rectangle((step, 700, step + 90, 1100), fill=(200, 200, 200), outline=(40, 40, 40))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "EOS R6"
    exif.get_ifd(ExifTags.IFD.Exif)[0x9003] = "2026:11:24 10:15:30"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {1: "N", 2: (36.0, 3.0, 30.5), 3: "E", 4: (103.0, 50.0, 12.25), 6: 1520.5}
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=85)
    return buffer.getvalue()


def shoot(widget: QWidget, name: str, suffix: str) -> None:
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    QTest.qWait(250)
    path = HERE / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh")
    args = parser.parse_args()
    suffix = "" if args.lang == "zh" else f"-{args.lang}"
    app = QApplication(sys.argv[:1])
    apply_bundled_font(app, resource_dir() / "fonts")
    keep = install_translators(app, args.lang, resource_dir() / "translations")
    msgbox.set_suppressed(True)
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="shots-"))).ensure()
    database = open_database(paths.database, paths.backups)
    with database.session() as session:
        seed_demo(session)

    window = MainWindow(database, paths)
    window.resize(1280, 800)
    shoot(window, "enterprises", suffix)

    dialog = SignInDialog(database.sessions)
    dialog.select_officer("62010001")
    dialog.password.setText("lm-62010001")
    shoot(dialog, "sign-in", suffix)
    dialog.on_accepted()
    me = dialog.signed_in
    assert isinstance(me, OfficerChoice)
    window.set_officer(me)

    start = StartInspectionDialog(database.sessions, me)
    start.enterprises.search_box.setText("jxhg")
    start.enterprises.on_search_timeout()
    names = [
        start.enterprises.model.row_at(r).name for r in range(start.enterprises.model.rowCount())
    ]
    start.enterprises.select_row(names.index("兰州某精细化工有限公司"))
    start.check_template("hw")
    start.check_template("permit")
    start.check_officer("62010002")
    start.add_party_row(("赵强", "EHS经理", "11010519491231002X", "13800000000"))
    shoot(start, "start-inspection", suffix)
    start.on_accepted()
    assert start.started_id is not None

    page = window.inspections_page
    workspace = page.open_inspection(start.started_id)
    assert workspace is not None
    window.show_page("inspections")
    for key in workspace.model.item_keys():
        template, item = key
        if key == ("hw", "a2"):
            workspace.save_answer(
                template, item, "N", note="危险废物贮存桶12只均未粘贴危险废物标签"
            )
        elif key == ("hw", "a4"):
            workspace.save_answer(template, item, "N", note="近三个月危险废物管理台账无记录")
        elif key == ("permit", "b1"):
            workspace.save_answer(template, item, "valid")
        elif key < ("hw", "a6") or template == "permit":
            workspace.save_answer(template, item, "Y")
    workspace.select_key(("hw", "a4"))
    shoot(window, "workspace", suffix)

    card = Path(tempfile.mkdtemp(prefix="card-"))
    for number, colour in enumerate([(150, 60, 40), (60, 120, 160), (90, 150, 70)], 1):
        photo = card / f"IMG_{number:04d}.JPG"
        photo.write_bytes(sample_photo(colour))
    workspace.select_key(("hw", "a2"))
    importer = workspace.evidence.import_files(sorted(card.iterdir()))
    assert importer is not None
    while importer.report is None:
        QTest.qWait(50)
    workspace.evidence.model.wait_for_thumbnails()
    shoot(window, "evidence-strip", suffix)
    viewer = EvidenceViewer(
        database.sessions,
        window.evidence_context(),
        workspace.evidence.model.rows[0].id,
        me.id,
    )
    viewer.canvas.add_shape(annotate.Arrow(x1=0.2, y1=0.2, x2=0.5, y2=0.5))
    viewer.canvas.add_shape(annotate.Circle(cx=0.55, cy=0.55, r=0.15))
    shoot(viewer, "evidence-viewer", suffix)

    with database.sessions() as session:
        from inspector_app.inspections.service import problems_before_finish
        from inspector_app.store import Inspection

        missing = problems_before_finish(session, session.get(Inspection, start.started_id))
    shoot(MissingItemsDialog(missing), "finish-refused", suffix)

    while (key := workspace.model.next_key(None, unanswered_only=True)) is not None:
        workspace.save_answer(*key, "Y")  # show-if items appear as earlier ones are answered
    FindingsDialog.ask = classmethod(lambda cls, parent, findings: False)  # type: ignore[method-assign]
    workspace.on_finish_clicked()
    findings = [
        (f"{i.code} {i.text_zh}", s.answers[i.code].note, i.basis)
        for s in workspace.state.checklists
        for i in s.findings()
    ]
    shoot(FindingsDialog(findings), "findings", suffix)
    page.show_list()
    shoot(window, "inspections", suffix)
    window.show_page("today")
    shoot(window, "today", suffix)

    made = workspace.generate_record()
    assert made is not None
    _id, pdf, digest = made
    preview = PdfPreviewDialog(pdf, "现场检查笔录", digest)
    preview.resize(820, 900)
    shoot(preview, "record-preview", suffix)
    from datetime import UTC, datetime

    from inspector_app.forms.common import china_day
    from inspector_app.ui.open_case_dialog import open_from_inspection

    today = china_day(datetime.now(UTC))  # the inspection's day is China's, whatever the clock
    case_id = open_from_inspection(database.sessions, start.started_id, me.id, today)
    window.on_case_opened(case_id)
    shoot(window, "cases", suffix)
    window.show_page("documents")
    shoot(window, "documents", suffix)
    window.show_page("sync")
    shoot(window, "sync", suffix)
    if not suffix:
        record = HERE / "onsite-record.pdf"
        record.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", str(record), str(HERE / "onsite-record")], check=True
        )
    QTimer.singleShot(0, app.quit)
    app.exec()
    database.close()
    del keep
    return 0


if __name__ == "__main__":
    sys.exit(main())

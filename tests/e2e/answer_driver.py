"""The app as a separate process, answering items by keyboard until it is killed.

Run by ``test_kill_mid_inspection.py``: it opens the real main window on the given data folder,
signs in, resumes the inspection in progress and presses Y on item after item.  After each
answer the workspace has committed, it prints ``ACK template item`` and flushes, so the test
knows exactly which answers the app had acknowledged when the SIGKILL arrived.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.config import DataPaths
from inspector_app.inspections.auth import OfficerChoice, sign_in
from inspector_app.store.engine import open_database
from inspector_app.ui import msgbox
from inspector_app.ui.main_window import MainWindow


def main(data_dir: str, certificate: str, password: str) -> int:
    app = QApplication([])
    msgbox.set_suppressed(True)
    paths = DataPaths(Path(data_dir))
    database = open_database(paths.database, paths.backups)
    window = MainWindow(database, paths)
    window.show()
    with database.sessions.begin() as session:
        officer = sign_in(session, certificate, password)
        me = OfficerChoice(officer.id, officer.name, officer.certificate_no, officer.agency_id)
    window.set_officer(me)
    page = window.inspections_page
    if not page.resume_latest():
        print("NOTHING-TO-RESUME", flush=True)
        return 1
    workspace = page.workspace
    assert workspace is not None
    print(f"RESUMED {' '.join(workspace.current_key() or ('-', '-'))}", flush=True)
    workspace.answer_saved.connect(lambda t, i: print(f"ACK {t} {i}", flush=True))

    def press() -> None:
        QTest.keyClick(workspace.tree, Qt.Key.Key_Y)

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(30)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

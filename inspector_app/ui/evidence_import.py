"""Importing evidence files on a worker, with a progress dialog that can cancel.

The import commits file by file (``ingest_files``), so a cancel or a crash keeps what was
already stored; the report lists every file's outcome in the officer's language.

Signals of :class:`EvidenceImport`:
    done(report): the import ended (completely or cancelled); screens should refresh.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.ingest import FileOutcome, IngestReport, Status, ingest_files
from inspector_app.ui import msgbox, workers
from inspector_app.ui.language import ui_language


class EvidenceImport(QObject):
    done = Signal(object)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: EvidenceContext,
        paths: Sequence[Path],
        inspection_id: uuid.UUID,
        officer_id: uuid.UUID,
        item: tuple[str, str] | None = None,
        parent: QWidget | None = None,
        show_report: bool = True,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.show_report = show_report
        self.report: IngestReport | None = None

        def work(progress: workers.Progress, cancelled: Callable[[], bool]) -> IngestReport:
            with sessions() as session:
                return ingest_files(
                    session,
                    context,
                    list(paths),
                    inspection_id,
                    officer_id,
                    item=item,
                    progress=lambda done, total, outcome: progress(done, total, outcome),
                    cancelled=cancelled,
                )

        self.job = workers.Job(work)
        self.progress = QProgressDialog(
            self.tr("正在导入证据…"), self.tr("取消"), 0, max(1, len(paths)), parent
        )
        self.progress.setWindowTitle(self.tr("导入证据"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.job.cancel)
        self.job.signals.progress.connect(self.on_progress)
        self.job.signals.finished.connect(self.on_finished)
        self.job.signals.failed.connect(self.on_failed)

    def start(self) -> EvidenceImport:
        workers.start(self.job)
        return self

    @Slot(int, int, object)
    def on_progress(self, done: int, total: int, outcome: object) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if isinstance(outcome, FileOutcome):
            self.progress.setLabelText(
                self.tr("{done}/{total}：{name}").format(
                    done=done, total=total, name=outcome.path.name
                )
            )

    @Slot(object)
    def on_finished(self, report: object) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        self.deleteLater()
        assert isinstance(report, IngestReport)
        self.report = report
        self.done.emit(report)
        if self.show_report:
            ImportReportDialog.show_report(self.parent_widget, report)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        self.deleteLater()
        msgbox.critical(self.parent_widget, self.tr("导入失败"), str(error))
        self.done.emit(None)


class ImportReportDialog(QDialog):
    """One line per file: stored, duplicate, stored as a plain file, refused (with why)."""

    def __init__(self, report: IngestReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果"))
        lang = ui_language()
        summary = QLabel(report.summary().render(lang))
        summary.setWordWrap(True)
        self.lines = QListWidget()
        for outcome in report.outcomes:
            self.lines.addItem(outcome.line().render(lang))
            if outcome.status in (Status.REFUSED, Status.STORED_AS_FILE):
                self.lines.item(self.lines.count() - 1).setForeground(Qt.GlobalColor.darkRed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @classmethod
    def show_report(cls, parent: QWidget | None, report: IngestReport) -> None:
        if msgbox.is_suppressed():
            msgbox.information(parent, "", report.summary().render(ui_language()))
            return
        cls(report, parent).exec()

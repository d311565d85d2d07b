"""Evidence on screen: a thumbnail strip under the current checklist item, and a gallery of
the whole inspection.  Files dropped on either are imported (to the item, or to the visit),
off the UI thread; double-clicking a thumbnail opens the viewer.

Signals of :class:`EvidenceStrip`:
    changed(): evidence was added, captioned or annotated.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.evidence import documents, export
from inspector_app.evidence.context import EvidenceContext
from inspector_app.i18n import UserError
from inspector_app.inspections import record
from inspector_app.ui import msgbox, workers
from inspector_app.ui.evidence_import import EvidenceImport
from inspector_app.ui.evidence_model import ID_ROLE, THUMB, EvidenceListModel
from inspector_app.ui.evidence_viewer import EvidenceViewer
from inspector_app.ui.language import error_text
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.samples_dialog import SamplesDialog

PATTERNS = "*.jpg *.jpeg *.png *.heic *.mp4 *.mov *.avi *.wav *.mp3 *.pdf"


class EvidenceView(QListView):
    """Thumbnails in a row (or a grid) that accept files dropped from the file manager.

    Signals: files_dropped(paths).
    """

    files_dropped = Signal(list)

    def __init__(self, grid: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 16, THUMB.height() + 40))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # 500 photos lay out without measuring each
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        if not grid:
            self.setFlow(QListView.Flow.LeftToRight)
            self.setWrapping(False)
            self.setFixedHeight(THUMB.height() + 60)

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event) and self.acceptDrops():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event) and self.acceptDrops():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class EvidenceStrip(QWidget):
    changed = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: Callable[[], EvidenceContext],
        officer_id: uuid.UUID,
        grid: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.context, self.officer_id = sessions, context, officer_id
        self.editable = False
        self.importer: EvidenceImport | None = None
        self.model = EvidenceListModel(sessions, context, self)
        self.view = EvidenceView(grid)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.on_double_clicked)
        self.view.files_dropped.connect(self.import_files)
        self.title = QLabel()
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.folder_button = QPushButton(self.tr("导入文件夹…"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1 if grid else 0)
        self.model.modelReset.connect(self._show_title)

    def set_target(
        self, inspection_id: uuid.UUID | None, item: tuple[str, str] | None, editable: bool
    ) -> None:
        self.inspection_id, self.item, self.editable = inspection_id, item, editable
        for widget in (self.add_button, self.folder_button):
            widget.setEnabled(editable and inspection_id is not None)
        droppable = editable and inspection_id is not None
        self.view.setAcceptDrops(droppable)
        self.view.viewport().setAcceptDrops(droppable)
        self.model.load(inspection_id, item)

    def _show_title(self) -> None:
        count = self.model.rowCount()
        if self.item is None:
            self.title.setText(self.tr("本次检查的证据：%n 件", "", count))
        else:
            text = self.tr("本条目的证据：%n 件（可把照片、视频拖到这里）", "", count)
            self.title.setText(text)

    @Slot(list)
    def import_files(self, files: list[Path]) -> EvidenceImport | None:
        if not self.editable or self.inspection_id is None or not files:
            return None
        self.importer = EvidenceImport(
            self.sessions,
            self.context(),
            files,
            self.inspection_id,
            self.officer_id,
            item=self.item,
            parent=self,
        )
        self.importer.done.connect(self.on_import_done)
        return self.importer.start()

    @Slot(object)
    def on_import_done(self, _report: object) -> None:
        self.model.refresh()
        self.changed.emit()

    @Slot()
    def on_add_clicked(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择证据文件"),
            "",
            self.tr("照片、视频、录音和文档 ({patterns});;所有文件 (*)").format(patterns=PATTERNS),
        )
        self.import_files([Path(f) for f in files])

    @Slot()
    def on_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择相机或执法记录仪的存储卡文件夹")
        )
        if folder:
            self.import_files([Path(folder)])

    @Slot(QModelIndex)
    def on_double_clicked(self, index: QModelIndex) -> None:
        evidence_id = index.data(ID_ROLE)
        if evidence_id is None:
            return
        viewer = EvidenceViewer(
            self.sessions, self.context(), evidence_id, self.officer_id, self.editable, self
        )
        viewer.changed.connect(self.on_import_done)
        viewer.exec()


class EvidenceGallery(QDialog):
    """Every piece of evidence of one inspection, as a grid, with its documents and export.

    The photo sheet shrinks every photo and export copies every file, so both run as jobs.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: Callable[[], EvidenceContext],
        officer_id: uuid.UUID,
        inspection_id: uuid.UUID,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("证据"))
        self.sessions, self.context = sessions, context
        self.officer_id, self.inspection_id = officer_id, inspection_id
        self.job: workers.Job | None = None
        self.strip = EvidenceStrip(sessions, context, officer_id, grid=True)
        self.strip.set_target(inspection_id, None, editable)
        self.photo_button = QPushButton(self.tr("现场照片证据…"))
        self.data_button = QPushButton(self.tr("电子数据证据清单…"))
        self.export_button = QPushButton(self.tr("导出证据包…"))
        self.samples_button = QPushButton(self.tr("采样…"))
        self.samples_button.clicked.connect(self.on_samples_clicked)
        self.editable = editable
        self.photo_button.clicked.connect(lambda: self.make_document("photos"))
        self.data_button.clicked.connect(lambda: self.make_document("edata"))
        self.export_button.clicked.connect(self.on_export_clicked)
        row = QHBoxLayout()
        row.addWidget(self.samples_button)
        row.addStretch(1)
        for button in (self.photo_button, self.data_button, self.export_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip, 1)
        layout.addLayout(row)
        self.resize(980, 700)

    @Slot()
    def on_samples_clicked(self) -> None:
        SamplesDialog(
            self.sessions,
            self.context,
            self.inspection_id,
            self.officer_id,
            self.editable,
            self,
        ).exec()

    def _run(self, work: workers.Work, on_done: Callable[[object], None]) -> workers.Job:
        for button in (self.photo_button, self.data_button, self.export_button):
            button.setEnabled(False)
        self.job = workers.Job(work)

        def finish(result: object) -> None:
            for button in (self.photo_button, self.data_button, self.export_button):
                button.setEnabled(True)
            on_done(result)

        def fail(error: object) -> None:
            finish(None)
            text = error_text(error) if isinstance(error, UserError) else str(error)
            msgbox.warning(self, self.tr("未能完成"), text)

        self.job.signals.finished.connect(finish)
        self.job.signals.failed.connect(fail)
        return workers.start(self.job)

    def make_document(self, kind: str) -> workers.Job:
        """Generate the photo sheet ("photos") or the electronic-data list ("edata")."""
        ctx, inspection_id, by = self.context(), self.inspection_id, self.officer_id

        def work(_progress: workers.Progress, _cancelled: Callable[[], bool]) -> object:
            with self.sessions.begin() as session:
                document = documents.generate(session, ctx, kind, inspection_id, by)
                return document.id, document.pdf, document.pdf_sha256

        def show(result: object) -> None:
            if not isinstance(result, tuple):
                return
            document_id, pdf, digest = result
            self.last_document = result
            if msgbox.is_suppressed():
                return
            title = self.tr("现场照片证据") if kind == "photos" else self.tr("电子数据证据清单")
            PdfPreviewDialog.show_document(
                self, pdf, title, digest, on_printed=lambda n: self.printed(document_id, n)
            )

        return self._run(work, show)

    def printed(self, document_id: uuid.UUID, copies: int) -> None:
        with self.sessions.begin() as session:
            record.mark_printed(session, document_id, self.officer_id, copies)

    @Slot()
    def on_export_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择一个空文件夹保存证据包"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> workers.Job:
        ctx, inspection_id, by = self.context(), self.inspection_id, self.officer_id

        def work(_progress: workers.Progress, _cancelled: Callable[[], bool]) -> object:
            with self.sessions.begin() as session:
                return export.export_package(session, ctx, inspection_id, folder, by)

        def done(result: object) -> None:
            if result is not None:
                msgbox.information(
                    self,
                    self.tr("证据包已导出"),
                    self.tr("已导出到 {folder}。审查人员可运行其中的 verify.py 核验。").format(
                        folder=folder
                    ),
                )

        return self._run(work, done)

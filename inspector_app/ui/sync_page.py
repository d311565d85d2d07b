"""The Sync page: connect this laptop to the agency's server, sync in the background, and see
what is waiting, what went up and came down, and any conflict that needs a person.

Sync runs as a job (the engine commits as it goes, so cancel or a dropped line loses nothing).
A timer checks every 30 s whether the server answers; when it does and records are waiting, a
sync starts by itself.  The result is reported through ``online_changed`` for the status bar.

Signals:
    online_changed(online): the server became reachable or unreachable.
    synced(): a sync finished; pages showing pulled data (tasks, registry) should refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import httpx
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.i18n import Msg
from inspector_app.store.engine import Database
from inspector_app.sync.blobs import FolderBlobSource
from inspector_app.sync.engine import Progress, SyncEngine, SyncReport
from inspector_app.sync.errors import SyncCancelled, SyncError
from inspector_app.sync.status import OutboxLine, SyncStatus, read_status
from inspector_app.ui import workers
from inspector_app.ui.inspection_labels import local_time
from inspector_app.ui.language import ui_language
from inspector_app.ui.rows_model import RowsTableModel, rows_view

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PROBE_INTERVAL_MS = 30_000


class OutboxModel(RowsTableModel[OutboxLine]):
    def headers(self) -> Sequence[str]:
        return (self.tr("记录"), self.tr("编号"), self.tr("版本"), self.tr("状态"), self.tr("时间"))

    def type_label(self, record_type: str) -> str:
        return {
            "inspection": self.tr("检查"),
            "inspection_checklist": self.tr("检查所用检查表"),
            "answer": self.tr("检查答案"),
            "document": self.tr("文书"),
            "audit_event": self.tr("审计记录"),
            "evidence_item": self.tr("证据"),
            "evidence_link": self.tr("证据与条目的关联"),
            "sample": self.tr("样品"),
            "custody_step": self.tr("样品交接"),
            "issued_number": self.tr("文号"),
            "case": self.tr("案件"),
            "case_step": self.tr("案件步骤"),
            "case_document": self.tr("案卷文书"),
            "signature": self.tr("签名"),
        }.get(record_type, record_type)

    def status_label(self, status: str) -> str:
        return {
            "": self.tr("等待上传"),
            "applied": self.tr("已上传"),
            "duplicate": self.tr("已上传（重复，未重复保存）"),
            "conflict": self.tr("冲突：需人工处理"),
        }.get(status, status)

    def cell(self, row: OutboxLine, column: int) -> str:
        return (
            self.type_label(row.record_type),
            row.record_id[:36],
            str(row.version),
            self.status_label(row.status if row.acked_at else ""),
            local_time(row.acked_at or row.created_at),
        )[column]


class ConnectDialog(QDialog):
    """Server address, agency code, certificate number and password, once per laptop."""

    def __init__(self, server_url: str, certificate: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接执法平台服务器"))
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://inspector.example.gov.cn")
        self.agency = QLineEdit()
        self.certificate = QLineEdit(certificate)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("服务器地址"), self.server)
        form.addRow(self.tr("机关代码"), self.agency)
        form.addRow(self.tr("执法证号"), self.certificate)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, server_url: str, certificate: str
    ) -> tuple[str, str, str, str] | None:
        dialog = cls(server_url, certificate, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            dialog.server.text().strip(),
            dialog.agency.text().strip(),
            dialog.certificate.text().strip(),
            dialog.password.text(),
        )


class SyncPage(QWidget):
    online_changed = Signal(bool)
    synced = Signal()

    def __init__(
        self,
        database: Database,
        blobs: Path,
        certificate: Callable[[], str] = lambda: "",
        auto: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.blobs, self.certificate = database, blobs, certificate
        self.job: workers.Job | None = None
        self.cancel_event = threading.Event()
        self.status: SyncStatus | None = None
        self.last_report: SyncReport | None = None
        self.online: bool | None = None

        self.server_label = QLabel()
        self.connect_button = QPushButton(self.tr("连接服务器…"))
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        self.conflicts = OutboxModel(self)
        self.outbox = OutboxModel(self)
        conflict_view, outbox_view = (
            rows_view(m, stretch=1, widths={0: 140, 3: 200, 4: 140})
            for m in (self.conflicts, self.outbox)
        )
        conflict_box = QGroupBox(self.tr("冲突（两个版本都已保留，请与审核人员核对）"))
        QVBoxLayout(conflict_box).addWidget(conflict_view)
        outbox_box = QGroupBox(self.tr("最近的上传记录"))
        QVBoxLayout(outbox_box).addWidget(outbox_view)

        top = QHBoxLayout()
        top.addWidget(self.server_label, 1)
        for button in (self.connect_button, self.sync_button, self.cancel_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(conflict_box, 1)
        layout.addWidget(outbox_box, 2)

        self.connect_button.clicked.connect(self.on_connect_clicked)
        self.sync_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_INTERVAL_MS)
        self.probe_timer.timeout.connect(self.probe)
        if auto:
            self.probe_timer.start()
            QTimer.singleShot(2_000, self.probe)
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        with self.database.session() as session:
            status = read_status(session)
        self.status = status
        self.server_label.setText(
            self.tr("服务器：{url}").format(url=status.server_url)
            if status.server_url
            else self.tr("尚未连接服务器。联网后点击“连接服务器…”，输入单位提供的地址。")
        )
        last = local_time(status.last_sync_at) or self.tr("从未")
        self.summary.setText(
            self.tr(
                "上次同步：{last} · 待上传 {pending} 条 · 已上传 {sent} 条 · 冲突 {conflicts} 条"
            ).format(
                last=last, pending=status.pending, sent=status.sent, conflicts=len(status.conflicts)
            )
        )
        self.error.setText(self._error_text(status.last_error))
        self.sync_button.setEnabled(status.registered and self.job is None)
        self.conflicts.set_rows(status.conflicts)
        self.outbox.set_rows(status.recent)

    @staticmethod
    def _error_text(stored: str) -> str:
        """The engine stores "zh\\nen"; show the officer's language."""
        if not stored:
            return ""
        zh, _, en = stored.partition("\n")
        return en if ui_language() == "en" and en else zh

    def _busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.connect_button.setEnabled(not busy)
        self.sync_button.setEnabled(not busy and bool(self.status and self.status.registered))
        self.progress.setRange(0, 0 if busy else 1)
        if not busy:
            self.progress.setValue(0)

    # -- connecting and syncing --------------------------------------------------------------

    @Slot()
    def on_connect_clicked(self) -> None:
        url = self.status.server_url if self.status else ""
        answer = ConnectDialog.ask(self, url, self.certificate())
        if answer is not None:
            self.connect_to(*answer)

    def connect_to(self, url: str, agency: str, certificate: str, password: str) -> workers.Job:
        """Register this laptop with the server (a password once; a token afterwards)."""

        def work(_progress: workers.Progress, _cancelled: Callable[[], bool]) -> object:
            engine = SyncEngine(self.database, url, FolderBlobSource(self.blobs))
            try:
                engine.login(agency, certificate, password)
            finally:
                engine.close()
            return None

        def connected(_result: object) -> None:
            self.start_sync()

        return self._run(work, connected)

    @Slot()
    def start_sync(self) -> workers.Job | None:
        if self.job is not None:
            return None
        self.cancel_event.clear()

        def work(progress: workers.Progress, _cancelled: Callable[[], bool]) -> object:
            engine = SyncEngine(
                self.database,
                blobs=FolderBlobSource(self.blobs),
                progress=lambda p: progress(p.done, p.total, p),
                cancel=self.cancel_event,
            )
            try:
                return engine.run()
            finally:
                engine.close()

        def done(report: object) -> None:
            if isinstance(report, SyncReport):
                self.last_report = report
                self.message.setText(self.report_text(report).render(ui_language()))
                self.set_online(True)
                self.synced.emit()

        return self._run(work, done)

    def _run(self, work: workers.Work, on_done: Callable[[object], None]) -> workers.Job:
        self._busy(True)
        self.error.clear()
        self.job = workers.Job(work)
        self.job.signals.progress.connect(self.on_progress)

        def finished(result: object) -> None:
            self.job = None
            self._busy(False)
            on_done(result)
            self.refresh()

        def failed(error: object) -> None:
            self.job = None
            self._busy(False)
            self.refresh()
            if isinstance(error, SyncCancelled):
                self.message.setText(error.msg.render(ui_language()))
            elif isinstance(error, SyncError):
                self.error.setText(error.msg.render(ui_language()))
                if error.retryable:
                    self.set_online(False)
            else:
                self.error.setText(str(error))

        self.job.signals.finished.connect(finished)
        self.job.signals.failed.connect(failed)
        return workers.start(self.job)

    @Slot(int, int, object)
    def on_progress(self, done: int, total: int, detail: object) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if isinstance(detail, Progress):
            self.message.setText(detail.message.render(ui_language()))

    @Slot()
    def on_cancel_clicked(self) -> None:
        self.cancel_event.set()

    @staticmethod
    def report_text(report: SyncReport) -> Msg:
        return Msg(
            f"同步完成：上传 {report.pushed} 条（重复 {report.duplicates} 条未重复保存），"
            f"证据文件 {report.blobs_uploaded} 个，下载 {report.pulled} 条更新，"
            f"冲突 {len(report.conflicts)} 条",
            f"Sync done: {report.pushed} records sent ({report.duplicates} duplicates not stored "
            f"twice), {report.blobs_uploaded} evidence files, {report.pulled} updates received, "
            f"{len(report.conflicts)} conflicts",
        )

    # -- reachability ------------------------------------------------------------------------

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    @Slot()
    def probe(self) -> workers.Job | None:
        """Ask the server's /health off the UI thread; sync by itself when records wait."""
        url = self.status.server_url if self.status else ""
        if not url or self.job is not None:
            return None

        def work(_progress: workers.Progress, _cancelled: Callable[[], bool]) -> bool:
            try:
                return httpx.get(url.rstrip("/") + "/health", timeout=3).status_code == 200
            except httpx.HTTPError:
                return False

        probe = workers.Job(work)

        def answered(reachable: object) -> None:
            self.set_online(bool(reachable))
            if reachable:
                self.refresh()  # what was recorded since the page last looked
            status = self.status
            if reachable and status and status.registered and status.pending and not self.job:
                self.start_sync()

        probe.signals.finished.connect(answered)
        self._probe = probe  # keep it alive until it reports
        return workers.start(probe)

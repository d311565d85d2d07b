"""The Inspections page: the list of inspections, and the workspace of the one opened.

Without a signed-in officer the page says so and offers sign-in: starting or answering an
inspection must always be attributable to a certified officer.

Signals:
    sign_in_requested(): the officer pressed "sign in".
    changed(): an inspection changed; other screens showing inspections should refresh.
    case_opened(case_id): a case was opened from an inspection's findings.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.evidence.context import EvidenceContext
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.store import InspectionStatus
from inspector_app.ui.inspection_list_model import InspectionListModel
from inspector_app.ui.rows_model import rows_view
from inspector_app.ui.start_dialog import StartInspectionDialog
from inspector_app.ui.workspace import InspectionWorkspace


class InspectionsPage(QWidget):
    sign_in_requested = Signal()
    changed = Signal()
    case_opened = Signal(object)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        evidence_context: Callable[[], EvidenceContext],
        backfill_hours: Callable[[], int] = lambda: 12,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.evidence_context = evidence_context
        self.backfill_hours = backfill_hours
        self.today = today
        self.officer: OfficerChoice | None = None
        self.workspace: InspectionWorkspace | None = None

        self.model = InspectionListModel(sessions, self)
        self.table = rows_view(self.model, stretch=1, widths={0: 150, 4: 160})
        self.table.doubleClicked.connect(self.on_row_activated)
        self.table.activated.connect(self.on_row_activated)

        self.new_button = QPushButton(self.tr("开始新的检查…"))
        self.new_button.setObjectName("newInspection")
        self.open_button = QPushButton(self.tr("打开"))
        self.sign_in_button = QPushButton(self.tr("登录"))
        self.notice = QLabel()
        self.new_button.clicked.connect(self.on_new_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.sign_in_button.clicked.connect(self.sign_in_requested)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        list_layout.addLayout(row)
        list_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.set_officer(None)

    def set_officer(self, officer: OfficerChoice | None) -> None:
        self.officer = officer
        signed_in = officer is not None
        self.new_button.setEnabled(signed_in)
        self.open_button.setEnabled(signed_in)
        self.sign_in_button.setVisible(not signed_in)
        self.notice.setText(
            self.tr("请先登录，再开始或继续检查。")
            if not signed_in
            else self.tr("双击一条检查可继续或查看；进行中的检查随时可以接着做。")
        )
        if self.workspace is not None:
            self.workspace.panel.flush_note()  # a note being typed is saved, never dropped
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if officer is not None:
            self.workspace = InspectionWorkspace(
                self.sessions, officer, self.evidence_context, self.backfill_hours
            )
            self.workspace.back_button.clicked.connect(self.show_list)
            self.workspace.changed.connect(self.on_workspace_changed)
            self.workspace.opened.connect(self.open_inspection)
            self.workspace.case_opened.connect(self.case_opened)
            self.stack.addWidget(self.workspace)
        self.show_list()

    @Slot()
    def show_list(self) -> None:
        self.model.refresh()
        self.stack.setCurrentIndex(0)

    def open_inspection(self, inspection_id: uuid.UUID) -> InspectionWorkspace | None:
        if self.workspace is None:
            return None
        self.workspace.open(inspection_id)
        self.stack.setCurrentWidget(self.workspace)
        return self.workspace

    def resume_latest(self) -> bool:
        """Open the most recent inspection still in progress (after a restart or a crash)."""
        self.model.refresh()
        row = next((r for r in self.model.rows if r.status is InspectionStatus.IN_PROGRESS), None)
        if row is None or self.workspace is None:
            return False
        self.open_inspection(row.id)
        return True

    @Slot()
    def on_new_clicked(self) -> None:
        if self.officer is None:
            return
        started = StartInspectionDialog.run(self.sessions, self.officer, self.today, self)
        if started is not None:
            self.changed.emit()
            self.open_inspection(started)

    @Slot()
    def on_open_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.on_row_activated(rows[0])

    @Slot(QModelIndex)
    def on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.officer is not None:
            self.open_inspection(self.model.rows[index.row()].id)

    @Slot()
    def on_workspace_changed(self) -> None:
        self.changed.emit()

"""The Documents page: every document made on this laptop, to preview, print again or void.

A reprint shows the stored bytes (the same SHA-256 as the first print); voiding asks for a
reason and keeps the number, which is never drawn again.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.document_list import DocumentRow, document_pdf, list_documents
from inspector_app.i18n import UserError
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.inspections.record import mark_printed
from inspector_app.ui import msgbox
from inspector_app.ui.inspection_dialogs import ReasonDialog
from inspector_app.ui.inspection_labels import local_time
from inspector_app.ui.language import error_text
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.rows_model import RowsTableModel, rows_view

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class DocumentListModel(RowsTableModel[DocumentRow]):
    def __init__(self, sessions: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions

    def refresh(self) -> None:
        with self.sessions() as session:
            self.set_rows(list_documents(session))

    def headers(self) -> Sequence[str]:
        return (
            self.tr("生成时间"),
            self.tr("文书"),
            self.tr("文号"),
            self.tr("企业"),
            self.tr("版本"),
            "SHA-256",
        )

    def cell(self, row: DocumentRow, column: int) -> str:
        title = row.title + (self.tr("（已作废）") if row.voided else "")
        return (
            local_time(row.generated_at),
            title,
            row.number,
            row.enterprise,
            str(row.version),
            row.sha256[:16] + "…",
        )[column]

    def cell_data(self, row: DocumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return row.sha256
        return None


class DocumentsPage(QWidget):
    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.officer: OfficerChoice | None = None
        self.model = DocumentListModel(sessions, self)
        self.table = rows_view(self.model, stretch=3, widths={0: 140, 1: 240, 2: 180})
        self.table.doubleClicked.connect(self.on_open)
        self.open_button = QPushButton(self.tr("预览 / 打印…"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.open_button.clicked.connect(self.on_open)
        self.void_button.clicked.connect(self.on_void)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("重印时使用保存的原文件，哈希值与首次打印一致。")), 1)
        row.addWidget(self.open_button)
        row.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.model.refresh()

    def set_officer(self, officer: OfficerChoice | None) -> None:
        self.officer = officer
        # Printing is logged under the officer, so preview and print need someone signed in.
        self.open_button.setEnabled(officer is not None)
        self.void_button.setEnabled(officer is not None)

    def selected(self) -> DocumentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    @Slot()
    def on_open(self) -> None:
        row = self.selected()
        if row is None or self.officer is None:
            return
        with self.sessions() as session:
            pdf, digest = document_pdf(session, row.id)
        PdfPreviewDialog.show_document(
            self, pdf, row.title, digest, on_printed=lambda n: self.printed(row.id, n)
        )

    def printed(self, document_id: uuid.UUID, copies: int) -> None:
        if self.officer is None:
            return
        with self.sessions.begin() as session:
            mark_printed(session, document_id, self.officer.id, copies)

    @Slot()
    def on_void(self) -> None:
        row = self.selected()
        if row is None or self.officer is None:
            return
        if not row.number:
            msgbox.information(
                self, self.tr("作废"), self.tr("只有编了文号的文书需要作废；其他文书以新版本更正。")
            )
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("作废文书"),
            self.tr("作废后文号 {number} 保留且不再使用。请说明作废理由：").format(
                number=row.number
            ),
        )
        if reason is None:
            return
        from inspector_app.cases.numbering import void_number

        try:
            with self.sessions.begin() as session:
                void_number(session, row.number, reason, self.officer.id)
        except UserError as error:
            msgbox.warning(self, self.tr("不能作废"), error_text(error))
        self.model.refresh()

"""Table models of the Cases page over the core's plain rows (cases.overview): the list of
cases and one case's timeline.  They only display; loading is the page's job."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inspector_app.cases.machine import status_label
from inspector_app.cases.overview import CaseRow, TimelineEntry
from inspector_app.ui.language import ui_language

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
OVERDUE = QColor("#b00020")
ID_ROLE = Qt.ItemDataRole.UserRole


class CaseListModel(QAbstractTableModel):
    """Number, enterprise, cause, status, next deadline; overdue rows in red."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, case_id: object) -> int:
        return next((i for i, r in enumerate(self.rows) if r.case_id == case_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("案件编号"),
            self.tr("当事人"),
            self.tr("案由"),
            self.tr("状态"),
            self.tr("下一期限"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 4:
                if row.next_due_on is None:
                    return row.next_title_zh or ""
                due = row.next_due_on.isoformat()
                if role == Qt.ItemDataRole.DisplayRole:  # the date; what is due in the tooltip
                    return due
                return f"{due} {row.next_title_zh or ''}".strip()
            return (
                row.case_number or self.tr("（未立案）"),
                row.enterprise,
                row.cause,
                status_label(row.status, ui_language()),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE)
        if role == ID_ROLE:
            return row.case_id
        return None


class TimelineModel(QAbstractTableModel):
    """Date, step, status after it, and the document it issued (double-click opens it)."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("日期"), self.tr("步骤"), self.tr("之后状态"), self.tr("文书"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        english = ui_language() == "en"
        if role == Qt.ItemDataRole.DisplayRole:
            document = ""
            if entry.document_id is not None:
                document = entry.document_number or self.tr("（无编号）")
            return (
                entry.on.isoformat(),
                entry.title_en if english else entry.title_zh,
                status_label(entry.status_after, "en" if english else "zh"),
                document,
            )[index.column()]
        if role == ID_ROLE:
            return entry.document_id
        return None

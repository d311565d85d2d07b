"""The table of inspections on this laptop, newest first."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.inspections.overview import InspectionRow, list_inspections
from inspector_app.store import InspectionStatus
from inspector_app.ui.inspection_labels import kind_label, local_time, status_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class InspectionListModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, sessions: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.rows: list[InspectionRow] = []
        self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            rows = list_inspections(session)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, inspection_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == inspection_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("开始时间"),
            self.tr("企业"),
            self.tr("检查类型"),
            self.tr("状态"),
            self.tr("执法人员"),
            self.tr("版本"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_time(row.started_at),
                row.enterprise_name,
                kind_label(row.kind),
                status_label(row.status),
                "、".join(row.officer_names),
                str(row.version),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            colour = {
                InspectionStatus.IN_PROGRESS: "#a05a00",
                InspectionStatus.FINISHED: "#1b6e20",
            }.get(row.status, "#6b6b6b")
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.credit_code
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

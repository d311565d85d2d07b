"""The table of inspections on this laptop, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.inspections.overview import InspectionRow, list_inspections
from inspector_app.store import InspectionStatus
from inspector_app.ui.inspection_labels import kind_label, local_time, status_label
from inspector_app.ui.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class InspectionListModel(RowsTableModel[InspectionRow]):
    def __init__(self, sessions: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            self.set_rows(list_inspections(session))

    def row_of(self, inspection_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == inspection_id), -1)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("开始时间"),
            self.tr("企业"),
            self.tr("检查类型"),
            self.tr("状态"),
            self.tr("执法人员"),
            self.tr("版本"),
        )

    def cell(self, row: InspectionRow, column: int) -> str:
        return (
            local_time(row.started_at),
            row.enterprise_name,
            kind_label(row.kind),
            status_label(row.status),
            "、".join(row.officer_names),
            str(row.version),
        )[column]

    def cell_data(self, row: InspectionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            colour = {
                InspectionStatus.IN_PROGRESS: "#a05a00",
                InspectionStatus.FINISHED: "#1b6e20",
            }.get(row.status, "#6b6b6b")
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.credit_code
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

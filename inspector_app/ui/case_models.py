"""Table models of the Cases page over the core's plain rows (cases.overview): the list of
cases and one case's timeline.  They only display; loading is the page's job."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from inspector_app.cases.machine import status_label
from inspector_app.cases.overview import CaseRow, TimelineEntry
from inspector_app.ui.language import ui_language
from inspector_app.ui.rows_model import RowsTableModel

OVERDUE = QColor("#b00020")
ID_ROLE = Qt.ItemDataRole.UserRole


class CaseListModel(RowsTableModel[CaseRow]):
    """Number, enterprise, cause, status, next deadline; overdue rows in red."""

    def row_of(self, case_id: object) -> int:
        return next((i for i, r in enumerate(self.rows) if r.case_id == case_id), -1)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("案件编号"),
            self.tr("当事人"),
            self.tr("案由"),
            self.tr("状态"),
            self.tr("下一期限"),
        )

    def cell(self, row: CaseRow, column: int) -> str:
        if column == 4:  # the date; what is due is in the tooltip
            return row.next_due_on.isoformat() if row.next_due_on else row.next_title_zh or ""
        return (
            row.case_number or self.tr("（未立案）"),
            row.enterprise,
            row.cause,
            status_label(row.status, ui_language()),
        )[column]

    def cell_data(self, row: CaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and row.next_due_on is not None:
                return f"{row.next_due_on.isoformat()} {row.next_title_zh or ''}".strip()
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE)
        if role == ID_ROLE:
            return row.case_id
        return None


class TimelineModel(RowsTableModel[TimelineEntry]):
    """Date, step, status after it, and the document it issued (double-click opens it)."""

    def headers(self) -> Sequence[str]:
        return (self.tr("日期"), self.tr("步骤"), self.tr("之后状态"), self.tr("文书"))

    def cell(self, row: TimelineEntry, column: int) -> str:
        english = ui_language() == "en"
        document = ""
        if row.document_id is not None:
            document = row.document_number or self.tr("（无编号）")
        return (
            row.on.isoformat(),
            row.title_en if english else row.title_zh,
            status_label(row.status_after, "en" if english else "zh"),
            document,
        )[column]

    def cell_data(self, row: TimelineEntry, column: int, role: int) -> Any:
        return row.document_id if role == ID_ROLE else None

"""The Today page: what is due and overdue, from every part of the app, in one table.

Rows come from :func:`inspector_app.agenda.agenda`; double-clicking one asks the main window to
open what it is about (an inspection in its workspace, an enterprise on its page).

Signals:
    open_inspection(inspection_id), open_enterprise(enterprise_name), open_case(case_id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.agenda import DEFAULT_SOURCES, AgendaEntry, AgendaSource, agenda
from inspector_app.ui.language import ui_language
from inspector_app.ui.rows_model import RowsTableModel, rows_view

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
OVERDUE = QColor("#b00020")


class AgendaModel(RowsTableModel[AgendaEntry]):
    def headers(self) -> Sequence[str]:
        return (self.tr("期限"), self.tr("事项"), self.tr("对象"), self.tr("说明"))

    def kind_label(self, kind: str) -> str:
        labels = {
            "inspection": self.tr("继续检查"),
            "permit": self.tr("许可证到期"),
            "case": self.tr("案件期限"),
            "task": self.tr("检查任务"),
        }
        return labels.get(kind, kind)

    def cell(self, row: AgendaEntry, column: int) -> str:
        due = row.due.isoformat() if row.due else ""
        detail = row.detail.render(ui_language())
        return (due, self.kind_label(row.kind), row.title, detail)[column]

    def cell_data(self, row: AgendaEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE)
        return None


class TodayPage(QWidget):
    open_inspection = Signal(object)
    open_enterprise = Signal(object)
    open_case = Signal(object)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Callable[[], date] = date.today,
        sources: Iterable[AgendaSource] = DEFAULT_SOURCES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.today = today
        self.sources = list(sources)
        self.model = AgendaModel(self)
        self.table = rows_view(self.model, stretch=3, widths={0: 110, 1: 110, 2: 260})
        self.table.doubleClicked.connect(self.on_row_activated)
        self.summary = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        with self.sessions() as session:
            entries = agenda(session, self.today(), self.sources)
        self.model.set_rows(entries)
        overdue = sum(e.overdue for e in entries)
        self.summary.setText(
            self.tr("{today}：{count} 项待办，其中 {overdue} 项已逾期").format(
                today=self.today().isoformat(), count=len(entries), overdue=overdue
            )
        )

    @Slot(QModelIndex)
    def on_row_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = self.model.rows[index.row()]
        if entry.kind == "inspection" and entry.target is not None:
            self.open_inspection.emit(entry.target)
        elif entry.kind == "case" and entry.target is not None:
            self.open_case.emit(entry.target)
        elif entry.kind == "permit" and entry.target is not None:
            self.open_enterprise.emit(entry.title)

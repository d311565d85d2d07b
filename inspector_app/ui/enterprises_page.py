"""The enterprise registry page: search as you type, a table, and the detail pane.

Typing restarts a short timer; the search runs when the officer pauses (150 ms), so a fast
typist does not trigger a query per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.ui.enterprise_detail import EnterpriseDetailPane
from inspector_app.ui.enterprise_model import (
    SEARCH_LIMIT,
    Column,
    EnterpriseTableModel,
    SessionFactory,
)

SEARCH_DELAY_MS = 150


class EnterprisesPage(QWidget):
    """Search box + enterprise table + detail pane."""

    def __init__(
        self,
        sessions: SessionFactory,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = EnterpriseTableModel(sessions, today=today, parent=self)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("名称、拼音首字母或信用代码"))
        self.search_box.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.status = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self._size_columns()

        self.detail = EnterpriseDetailPane(today=today)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 360])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search_box.textChanged.connect(self.on_search_text_changed)
        self.search_box.returnPressed.connect(self.on_search_timeout)
        self.search_timer.timeout.connect(self.on_search_timeout)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.model.modelReset.connect(self.on_model_reset)
        self.on_model_reset()

    def _size_columns(self) -> None:
        """Names get room for about 13 characters; industry takes what is left."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        samples = {
            Column.NAME: "兰州丝路精细化工股份有限公",
            Column.CREDIT_CODE: "9144000071092841XN",
            Column.REGION: "620100",
            Column.PERMIT_VALID_TO: "2026-12-31",
            Column.KEY_UNIT: "",
            Column.POSITIVE_LIST: "",
        }
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(sample), head.horizontalAdvance(title)) + 24
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.INDUSTRY, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(cell.horizontalAdvance("行业") + 24)

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    @Slot()
    def on_search_timeout(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.search_box.text())

    @Slot()
    def on_model_reset(self) -> None:
        self.detail.show_detail(None)
        if self.model.searching:
            count = self.model.rowCount()
            if count >= SEARCH_LIMIT:
                text = self.tr("显示最匹配的 {count} 家企业；输入更多字可缩小范围")
                self.status.setText(text.format(count=count))
            elif count:
                self.status.setText(self.tr("找到 %n 家企业", "", count))
            else:
                self.status.setText(self.tr("没有找到匹配的企业"))
        else:
            self.status.setText(self.tr("按名称浏览全部企业；输入关键词可搜索"))

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.show_row(rows[0] if rows else QModelIndex())

    def show_row(self, index: QModelIndex) -> None:
        self.detail.show_detail(self.model.detail(index.row()) if index.isValid() else None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

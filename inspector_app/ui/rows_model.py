"""The shared shape of the app's read-only tables: a list of plain rows and a few columns.

Subclasses say what the headers are and what one cell shows (and, optionally, its colour,
font or tooltip); this base class answers Qt's model questions, so every table behaves the same
and passes ``qtmodeltester`` the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        """Anything besides the text (colour, font, tooltip, ids); None by default."""
        return None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        return self.cell_data(row, index.column(), role)


def rows_view(
    model: QAbstractTableModel, stretch: int, widths: dict[int, int] | None = None
) -> QTableView:
    """The app's read-only table: whole rows selected one at a time, no row numbers, one column
    taking the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)
    return view

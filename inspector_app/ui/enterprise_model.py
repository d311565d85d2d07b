"""The enterprise table: browse the whole registry by name, or show search results.

With an empty query the model pages through the registry with keyset pagination (Qt asks for
more rows through canFetchMore/fetchMore as the officer scrolls), so a million enterprises
scroll as smoothly as a hundred.  With a query it shows the ranked matches of
:func:`inspector_app.store.search.search`.  Rows are plain :class:`EnterpriseRow` records; the
database is read through the session factory passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from inspector_app.ui.enterprise_records import (
    EnterpriseDetail,
    EnterpriseRow,
    PermitState,
    browse_page,
    load_detail,
    permit_state,
)
from inspector_app.ui.enterprise_records import search_rows as _search_rows

SessionFactory = Callable[[], Session]
Index = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()
PAGE_SIZE = 200
SEARCH_LIMIT = 200
PERMIT_COLORS = {PermitState.EXPIRED: "#c62828", PermitState.EXPIRING: "#b26a00"}


class Column(IntEnum):
    NAME = 0
    CREDIT_CODE = 1
    REGION = 2
    INDUSTRY = 3
    PERMIT_VALID_TO = 4
    KEY_UNIT = 5
    POSITIVE_LIST = 6


def permit_note(valid_to: date | None, today: date) -> tuple[str, QColor | None]:
    """A short 'days left' note for a permit and the colour to draw it in (None: default)."""
    state, days = permit_state(valid_to, today)
    if state is PermitState.UNKNOWN or days is None:
        return "", None
    if state is PermitState.EXPIRED:
        note = QCoreApplication.translate("Permit", "已过期 %n 天", None, -days)
    elif days == 0:
        note = QCoreApplication.translate("Permit", "今天到期")
    else:
        note = QCoreApplication.translate("Permit", "还剩 %n 天", None, days)
    color = PERMIT_COLORS.get(state)
    return note, QColor(color) if color else None


class EnterpriseTableModel(QAbstractTableModel):
    """Enterprises as table rows; see the module docstring for the two modes."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        sessions: SessionFactory,
        today: Callable[[], date] = date.today,
        page_size: int = PAGE_SIZE,
        search_limit: int = SEARCH_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._today = today
        self._page_size = page_size
        self._search_limit = search_limit
        self._rows: list[EnterpriseRow] = []
        self._query = ""
        self._exhausted = False
        self._headers = [
            self.tr("企业名称"),
            self.tr("统一社会信用代码"),
            self.tr("行政区划"),
            self.tr("行业"),
            self.tr("许可证到期"),
            self.tr("重点单位"),
            self.tr("正面清单"),
        ]
        self._header_tips = [
            "",
            "",
            self.tr("行政区划代码"),
            self.tr("国民经济行业分类"),
            self.tr("排污许可证有效期至"),
            self.tr("重点排污单位"),
            self.tr("监督执法正面清单中的企业"),
        ]
        self._yes = self.tr("是")
        self._matched = {
            "name": self.tr("名称匹配"),
            "initials": self.tr("拼音首字母匹配"),
            "code": self.tr("信用代码匹配"),
        }
        self.refresh()

    # --- the model's own API -----------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def searching(self) -> bool:
        return bool(self._query)

    def set_query(self, text: str) -> None:
        """Search for ``text``; an empty text goes back to browsing the whole registry."""
        text = text.strip()
        if text == self._query:
            return
        self._query = text
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database (after a change, or a new query)."""
        self.beginResetModel()
        self._exhausted = False
        if self._query:
            with self._sessions() as session:
                self._rows = _search_rows(session, self._query, self._search_limit)
            self._exhausted = True
        else:
            self._rows = []
            self._rows = self._next_page()
        self.endResetModel()

    def row_at(self, row: int) -> EnterpriseRow:
        return self._rows[row]

    def detail(self, row: int) -> EnterpriseDetail | None:
        with self._sessions() as session:
            return load_detail(session, self._rows[row].id)

    def _next_page(self) -> list[EnterpriseRow]:
        after = self._rows[-1] if self._rows else None
        with self._sessions() as session:
            page = browse_page(session, after, self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        return page

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._query and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers)
        if horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.IdRole:
            return str(row.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NAME and row.matched:
                return self._matched.get(row.matched)
            if column == Column.PERMIT_VALID_TO:
                return permit_note(row.permit_valid_to, self._today())[0] or None
            if column == Column.INDUSTRY:  # often elided in its narrow column
                return row.industry or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.PERMIT_VALID_TO:
            return permit_note(row.permit_valid_to, self._today())[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.KEY_UNIT,
            Column.POSITIVE_LIST,
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, row: EnterpriseRow, column: int) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.CREDIT_CODE:
                return row.credit_code
            case Column.REGION:
                return row.region_code
            case Column.INDUSTRY:
                return row.industry
            case Column.PERMIT_VALID_TO:
                return row.permit_valid_to.isoformat() if row.permit_valid_to else ""
            case Column.KEY_UNIT:
                return self._yes if row.key_discharge_unit else ""
            case Column.POSITIVE_LIST:
                return self._yes if row.positive_list else ""
        return ""

"""The checklist tree of one inspection: checklist → section → item, with answers and progress.

Only the items visible under the current answers are in the tree (show-if conditions).  When an
answer changes which items are visible, the tree is rebuilt with a model reset and the view
restores the current item by its key; otherwise only the touched rows signal ``dataChanged``,
so answering with the keyboard never makes the tree jump.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from inspector_app.checklists.engine import Outcome, progress, visible_items
from inspector_app.checklists.schema import Item, Section
from inspector_app.inspections.overview import ChecklistState, SavedAnswer, verdict
from inspector_app.ui.language import ui_language

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (template code, item code) of an item row
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 2

RED = QColor("#b00020")
GREEN = QColor("#1b6e20")
GREY = QColor("#6b6b6b")


@dataclass
class _Node:
    parent: int  # node id of the parent, -1 for top level
    row: int
    state: ChecklistState
    section: Section | None = None
    item: Item | None = None
    children: list[int] = field(default_factory=list)


class ChecklistTreeModel(QAbstractItemModel):
    """Three columns: the text, the answer (or progress for a checklist/section), the note."""

    COLUMNS = 3

    def __init__(self, checklists: list[ChecklistState], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checklists = checklists
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._items: dict[tuple[str, str], int] = {}
        self._build()

    # -- structure -------------------------------------------------------------------------

    def _build(self) -> None:
        self._nodes, self._top, self._items = [], [], {}
        for state in self.checklists:
            top = self._add(_Node(-1, len(self._top), state))
            self._top.append(top)
            shown = {item.code for item in visible_items(state.schema, state.values())}
            for section in state.schema.sections:
                items = [i for i in section.items if i.code in shown]
                if not items:
                    continue
                parent = self._nodes[top]
                sec = self._add(_Node(top, len(parent.children), state, section))
                parent.children.append(sec)
                for item in items:
                    node = self._add(
                        _Node(sec, len(self._nodes[sec].children), state, section, item)
                    )
                    self._nodes[sec].children.append(node)
                    self._items[(state.code, item.code)] = node

    def _add(self, node: _Node) -> int:
        self._nodes.append(node)
        return len(self._nodes) - 1

    def _visible_keys(self) -> set[tuple[str, str]]:
        return {
            (state.code, item.code)
            for state in self.checklists
            for item in visible_items(state.schema, state.values())
        }

    def _node(self, index: Index) -> _Node | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    # -- Qt model API ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._top if not parent.isValid() else self._nodes[parent.internalId()].children
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("检查内容"), self.tr("结果"), self.tr("情况说明"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if node.item is None:
            return self._group_data(node, column, role)
        item, saved = node.item, node.state.answers.get(node.item.code)
        result = verdict(item, saved.value if saved else None)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{item.code}  {self._text(item)}"
            if column == 1:
                return self.answer_label(item, saved.value if saved else None, result)
            return saved.note if saved else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._text(item)}\n{self.tr('依据：')}{item.basis}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush({Outcome.NON_COMPLIANT: RED, Outcome.COMPLIANT: GREEN}.get(result, GREY))
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and not item.required:
            return QBrush(GREY)
        if role == KEY_ROLE:
            return (node.state.code, item.code)
        if role == OUTCOME_ROLE:
            return result.value
        return None

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        done, total = self._progress(node)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if node.section is None:
                    title = node.state.schema.title_en if _en() else node.state.schema.title_zh
                    return f"{title}  (v{node.state.version})"
                return node.section.title_en if _en() else node.section.title_zh
            if column == 1:
                return f"{done}/{total}"
            return None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(GREEN if done == total else GREY)
        return None

    def _progress(self, node: _Node) -> tuple[int, int]:
        counts = progress(node.state.schema, node.state.values())
        if node.section is not None:
            return counts[node.section.code]
        return sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())

    @staticmethod
    def _text(item: Item) -> str:
        return item.text_en if _en() else item.text_zh

    # -- what the workspace asks -------------------------------------------------------------

    def index_of(self, template_code: str, item_code: str, column: int = 0) -> QModelIndex:
        node_id = self._items.get((template_code, item_code))
        if node_id is None:
            return QModelIndex()
        return self.createIndex(self._nodes[node_id].row, column, node_id)

    def item_at(self, index: Index) -> tuple[ChecklistState, Item] | None:
        node = self._node(index)
        if node is None or node.item is None:
            return None
        return node.state, node.item

    def item_keys(self) -> list[tuple[str, str]]:
        """Every visible item in tree order."""
        return [key for key, _ in sorted(self._items.items(), key=lambda kv: kv[1])]

    def next_key(
        self, key: tuple[str, str] | None, unanswered_only: bool = False
    ) -> tuple[str, str] | None:
        keys = self.item_keys()
        start = keys.index(key) + 1 if key in keys else 0
        for candidate in keys[start:]:
            if not unanswered_only or self._unanswered(candidate):
                return candidate
        return None

    def _unanswered(self, key: tuple[str, str]) -> bool:
        state = next(s for s in self.checklists if s.code == key[0])
        saved = state.answers.get(key[1])
        return verdict(state.schema.item(key[1]), saved.value if saved else None) is (
            Outcome.UNANSWERED
        )

    def set_answer(self, template_code: str, item_code: str, saved: SavedAnswer) -> bool:
        """Record a saved answer; True when the set of visible items changed (tree rebuilt)."""
        before = self._visible_keys()
        state = next(s for s in self.checklists if s.code == template_code)
        state.answers[item_code] = saved
        if self._visible_keys() != before:
            self.beginResetModel()
            self._build()
            self.endResetModel()
            return True
        index = self.index_of(template_code, item_code)
        if index.isValid():
            last = self.COLUMNS - 1
            self.dataChanged.emit(index, index.sibling(index.row(), last))
            section = index.parent()
            self.dataChanged.emit(section, section.sibling(section.row(), last))
            top = section.parent()
            self.dataChanged.emit(top, top.sibling(top.row(), last))
        return False

    def answer_label(self, item: Item, value: object, result: Outcome) -> str:
        """How an answer reads: words for verdicts, the figure with its unit for numbers."""
        if result is Outcome.UNANSWERED:
            return ""
        if item.kind == "number":
            unit = f" {item.unit}" if item.unit else ""
            flag = self.tr("（超标）") if result is Outcome.NON_COMPLIANT else ""
            return f"{float(value):g}{unit}{flag}"  # type: ignore[arg-type]
        if item.kind == "choice":
            choice = next((c for c in item.choices if c.code == value), None)
            if choice is not None:
                return choice.label_en if _en() else choice.label_zh
        if item.kind == "text":
            return str(value)
        labels = {
            Outcome.COMPLIANT: self.tr("符合"),
            Outcome.NON_COMPLIANT: self.tr("不符合"),
            Outcome.NOT_APPLICABLE: self.tr("不适用"),
            Outcome.INFO: self.tr("已记录"),
        }
        return labels[result]


def _en() -> bool:
    return ui_language() == "en"

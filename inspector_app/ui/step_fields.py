"""The widgets of the step dialog and how each reads back what the officer typed.

A step's form is a tuple of :class:`Field` (the table is in :mod:`.step_forms`): each names
the key its value goes to, whether that is the document (``document``), the facts the guards
and deadlines read (``data``) or both, and the kind of widget that asks for it: a date is a
``QDateEdit``, money a yuan field that refuses anything but an amount, a choice a combo box,
a list of things (sealed items, materials, instalments) a small table with add/remove rows.
Labels are the Chinese source texts of ``QT_TRANSLATE_NOOP("StepFields", …)`` so the table
stays data and the English comes from the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Slot,
)
from PySide6.QtGui import QRegularExpressionValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.i18n import Msg, UserError

CONTEXT = "StepFields"
Index = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which finds it by this name) and returns it typed as
    ``str`` (PySide6's own returns ``object``)."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Column:
    key: str  # "unit" is joined to "quantity" (数量 1 + 单位 台 → "1台")
    label: str
    kind: str = "text"  # text | date | money | int
    default: str = ""
    width: int = 0  # 0: share what is left


@dataclass(frozen=True)
class Field:
    name: str  # the key in ``StepDialog.fields``
    label: str
    kind: str = "line"  # line text lines people date money int choice check table opinion qa
    key: str = ""  # document/data key; "" = name
    to: str = "document"  # document | data | both
    default: Any = ""  # text; days after the step for a date; rows for a table
    choices: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()
    hint: str = ""  # shown under the widget: the legal limit, where the value comes from
    placeholder: str = ""
    when: Callable[[Any], bool] | None = None  # asked only when this holds for the case
    shown_if: tuple[str, str] | None = None  # (choice field, value): asked only for that value
    prefill: str = ""  # key of ``CaseHeader.known``: what an earlier step recorded, proposed

    @property
    def target(self) -> str:
        return self.key or self.name


def date_edit(on: QDate) -> QDateEdit:
    edit = QDateEdit(on)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


MONEY = QRegularExpression(r"^\s*[0-9][0-9,，]*(\.[0-9]{0,2})?\s*$")


def money_edit(text: str = "") -> QLineEdit:
    """Yuan with at most two decimals (commas allowed); the validator refuses anything else."""
    edit = QLineEdit(text)
    edit.setValidator(QRegularExpressionValidator(MONEY, edit))
    edit.setPlaceholderText(QCoreApplication.translate("StepFields", "元，例：3000.00"))
    return edit


def fen(text: str, label: str) -> int | None:
    """Yuan typed as text → fen; empty → None; anything else is refused naming ``label``."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise UserError(Msg(f"请填写{label}（元）", f"Give {tr(label)} in yuan")) from None
    if amount <= 0:
        raise UserError(Msg(f"{label}须大于零", f"{tr(label)} must be above zero"))
    return int((amount * 100).to_integral_value())


class CellDelegate(QStyledItemDelegate):
    """Edits a table cell with its column's widget: a date picker, a checked yuan field…"""

    def __init__(self, columns: tuple[Column, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        kind = self.columns[index.column()].kind
        if kind == "date":
            edit = date_edit(QDate.currentDate())
            edit.setParent(parent)
            return edit
        line = QLineEdit(parent)
        if kind == "money":
            line.setValidator(QRegularExpressionValidator(MONEY, line))
        elif kind == "int":
            line.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), line))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QDateEdit):
            editor.setDate(QDate.fromString(text, Qt.DateFormat.ISODate))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: Index,
    ) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString(Qt.DateFormat.ISODate))
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text().strip())


class ItemTable(QWidget):
    """A short list typed as table rows (sealed items, materials, instalments…).

    The rows live in a ``QStandardItemModel`` as text (dates as ISO dates); each column's
    delegate edits a cell with the right widget, and :meth:`rows` turns the text back into
    values.  An all-blank row (defaults only) is ignored when read.
    """

    def __init__(
        self, columns: tuple[Column, ...], on: QDate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.on = on
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels([tr(c.label) for c in columns])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(columns, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for n, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(n, column.width)
            else:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("添加一行"))
        self.remove_button = QPushButton(self.tr("删除所选行"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    @Slot()
    def on_add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    @Slot()
    def on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if not rows and self.model.rowCount():
            rows = [self.model.rowCount() - 1]
        for row in reversed(rows):
            self.model.removeRow(row)

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        """Append a row (with ``values`` by column key, else the column defaults)."""
        row = self.model.rowCount()
        cells = []
        for column in self.columns:
            text = column.default
            if column.kind == "date":  # the n-th row n periods ahead (monthly instalments)
                day = self.on.addDays(int(column.default or 0) * (row + 1))
                text = day.toString(Qt.DateFormat.ISODate)
            cells.append(QStandardItem(text))
        self.model.appendRow(cells)
        for key, value in (values or {}).items():
            self.set_cell(row, key, value)
        return row

    def set_cell(self, row: int, key: str, value: Any) -> None:
        n = next(i for i, c in enumerate(self.columns) if c.key == key)
        text = value.isoformat() if isinstance(value, date) else str(value)
        self.model.setData(self.model.index(row, n), text)

    def rows(self, label: str) -> list[dict[str, Any]]:
        """The typed rows as dicts by column key (a row with only defaults is skipped)."""
        out = []
        for row in range(self.model.rowCount()):
            texts = [
                str(self.model.index(row, n).data() or "").strip() for n in range(len(self.columns))
            ]
            typed = [
                t
                for c, t in zip(self.columns, texts, strict=True)
                if t and t != c.default and c.kind != "date"
            ]
            if not typed:
                continue
            item: dict[str, Any] = {}
            for column, text in zip(self.columns, texts, strict=True):
                if column.kind == "date":
                    item[column.key] = date.fromisoformat(text) if text else None
                elif column.kind == "money":
                    item[column.key] = fen(text, f"{label}第{row + 1}项{column.label}")
                elif column.kind == "int":
                    item[column.key] = int(text) if text.isdigit() else None
                elif column.key == "unit":
                    item["quantity"] = f"{item.get('quantity', '')}{text}"
                else:
                    item[column.key] = text
            out.append({k: v for k, v in item.items() if v not in (None, "")})
        return out


def choice_value(combo: QComboBox) -> str:
    """The document's word for the picked choice (the item's data; its text is translated)."""
    data = combo.currentData()
    return str(data) if data is not None else combo.currentText()


def _placeholder(field: Field, on: QDate) -> str:
    """The field's example, dated the step's day (a fixed day read like a proposed one)."""
    day = f"{on.year()}年{on.month()}月{on.day()}日"
    return tr(field.placeholder).replace("{day}", day)


def build(field: Field, on: QDate, case: Any) -> QWidget:
    """The widget asking for ``field`` on a step dated ``on`` (proposing what the case knows)."""
    kind = field.kind
    known = (getattr(case, "known", None) or {}).get(field.prefill) if field.prefill else None
    if known is not None and kind == "table":
        table = ItemTable(field.columns, on)
        for row in known:
            table.add_row({k: v for k, v in row.items() if any(c.key == k for c in field.columns)})
        return table
    if known is not None and kind == "date":
        return date_edit(QDate(known))
    if kind in ("text", "lines", "people"):
        text = QPlainTextEdit(field.default)
        text.setFixedHeight(72 if kind == "text" else 64)
        if field.placeholder:
            text.setPlaceholderText(_placeholder(field, on))
        elif kind != "text":
            people = kind == "people"
            text.setPlaceholderText(
                QCoreApplication.translate("StepFields", "每行一位：姓名 职务")
                if people
                else QCoreApplication.translate("StepFields", "每行一项")
            )
        return text
    if kind == "date":
        return date_edit(on.addDays(int(field.default or 0)))
    if kind == "money":
        owed = (getattr(case, "known", None) or {}).get("owed_fen")
        fine = owed if owed is not None else getattr(case, "fine_fen", None)
        return money_edit(f"{fine / 100:.2f}" if field.default == "fine" and fine else "")
    if kind == "int":
        spin = QSpinBox()
        spin.setRange(1, 365)
        spin.setValue(int(field.default or 1))
        return spin
    if kind == "choice":
        combo = QComboBox()
        for choice in field.choices:  # shown in the UI language, kept as the document's words
            combo.addItem(tr(choice), choice)
        return combo
    if kind == "check":
        check = QCheckBox(tr(field.label))
        check.setChecked(bool(field.default))
        return check
    if kind == "table":
        table = ItemTable(field.columns, on)
        for row in field.default or [{}]:
            table.add_row(row)
        return table
    line = QLineEdit(field.default)
    if field.placeholder:
        line.setPlaceholderText(_placeholder(field, on))
    return line


def read(field: Field, widget: QWidget) -> Any:
    """What ``widget`` holds, as the document or the guards take it."""
    kind = field.kind
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText().strip()
        return _lines(text, kind) if kind in ("lines", "people") else text
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return choice_value(widget)
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, ItemTable):
        return widget.rows(field.label)
    assert isinstance(widget, QLineEdit)
    if kind == "money":
        return fen(widget.text(), field.label)
    return widget.text().strip()


def _lines(text: str, kind: str) -> list[Any]:
    """One entry a line; a person is "name position" (split at the first space)."""
    rows = [line.strip() for line in text.splitlines() if line.strip()]
    if kind != "people":
        return rows
    people = []
    for row in rows:
        name, _, position = row.replace("\u3000", " ").partition(" ")
        people.append({"name": name.strip(), "position": position.strip()})
    return people

"""The panel beside the checklist tree: one item's text, legal basis and answer controls.

It never saves anything itself: it emits what the officer chose and the workspace saves it,
so there is exactly one write path.  A note is emitted after a short pause in typing and again
when the officer moves on, so a crash loses at most the last moment of typing.

Signals:
    answer_given(template_code, item_code, value): a verdict, number, choice or text was given.
    note_edited(template_code, item_code, note): the note text settled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.checklists.engine import Outcome
from inspector_app.checklists.schema import Item
from inspector_app.inspections.overview import ChecklistState, verdict
from inspector_app.ui.language import ui_language

NOTE_SAVE_DELAY_MS = 400
VERDICTS = ("Y", "N", "A")


class ItemPanel(QWidget):
    answer_given = Signal(str, str, object)
    note_edited = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: ChecklistState | None = None
        self.item: Item | None = None
        self._loading = False

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("itemTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.flags = QLabel()
        self.flags.setWordWrap(True)

        self.verdict_buttons = QButtonGroup(self)
        self.verdict_buttons.setExclusive(True)
        verdict_row = QHBoxLayout()
        labels = {"Y": self.tr("符合 (Y)"), "N": self.tr("不符合 (N)"), "A": self.tr("不适用 (A)")}
        for position, code in enumerate(VERDICTS):
            button = QPushButton(labels[code])
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the tree
            button.setObjectName(f"verdict{code}")
            self.verdict_buttons.addButton(button, position)
            verdict_row.addWidget(button)
        self.verdict_row = QWidget()
        self.verdict_row.setLayout(verdict_row)
        verdict_row.setContentsMargins(0, 0, 0, 0)

        self.number = QLineEdit()
        self.number.setValidator(QDoubleValidator(-1e12, 1e12, 6, self.number))
        self.number.setObjectName("numberInput")
        self.unit = QLabel()
        self.limit = QLabel()
        self.exceeded = QLabel()
        self.exceeded.setStyleSheet("color: #b00020; font-weight: bold;")
        number_row = QHBoxLayout()
        number_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.number, self.unit, self.limit, self.exceeded):
            number_row.addWidget(widget)
        number_row.addStretch(1)
        self.number_row = QWidget()
        self.number_row.setLayout(number_row)

        self.choice = QComboBox()
        self.choice.setObjectName("choiceInput")
        self.text = QLineEdit()
        self.text.setObjectName("textInput")

        self.note_label = QLabel(self.tr("情况说明（不符合时必填）"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteInput")
        self.note.setPlaceholderText(self.tr("写下现场看到的情况，例如：危险废物贮存桶未粘贴标签"))
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_SAVE_DELAY_MS)

        layout = QVBoxLayout(self)
        shown: tuple[QWidget, ...] = (self.title, self.basis, self.flags, self.hint)
        for label in shown:
            layout.addWidget(label)
        layout.addSpacing(8)
        controls: tuple[QWidget, ...] = (self.verdict_row, self.number_row, self.choice, self.text)
        for control in controls:
            layout.addWidget(control)
        layout.addSpacing(8)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)

        self.verdict_buttons.idClicked.connect(self.on_verdict_clicked)
        self.number.editingFinished.connect(self.on_number_finished)
        self.choice.activated.connect(self.on_choice_activated)
        self.text.editingFinished.connect(self.on_text_finished)
        self.note.textChanged.connect(self.on_note_text_changed)
        self.note_timer.timeout.connect(self.flush_note)
        self.show_item(None, None)

    # -- showing -----------------------------------------------------------------------------

    def show_item(self, state: ChecklistState | None, item: Item | None) -> None:
        """Show ``item`` (or an empty panel); a pending note of the previous item is saved."""
        self.flush_note()
        self.state, self.item = state, item
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False

    def _fill(self) -> None:
        item, state = self.item, self.state
        for widget in (self.verdict_row, self.number_row, self.choice, self.text):
            widget.setVisible(False)
        if item is None or state is None:
            self.title.setText(self.tr("在左侧选择一个检查条目"))
            for label in (self.basis, self.hint, self.flags):
                label.clear()
            self.note.setPlainText("")
            self.note.setEnabled(False)
            return
        en = ui_language() == "en"
        saved = state.answers.get(item.code)
        value = saved.value if saved else None
        self.title.setText(f"{item.code}  {item.text_en if en else item.text_zh}")
        self.basis.setText(self.tr("法律依据：{basis}").format(basis=item.basis))
        hint = item.hint_en if en else item.hint_zh
        self.hint.setText(hint or "")
        self.hint.setVisible(bool(hint))
        flags = []
        if item.required:
            flags.append(self.tr("必答"))
        if item.evidence_required:
            flags.append(self.tr("不符合时须取证"))
        if item.violations:
            flags.append(self.tr("对应违法类型：{codes}").format(codes="、".join(item.violations)))
        self.flags.setText(" · ".join(flags))
        if item.kind in ("yes_no_na", "photo"):
            self.verdict_row.setVisible(True)
            allowed = VERDICTS if item.kind == "yes_no_na" else ("Y", "N")
            for position, code in enumerate(VERDICTS):
                button = self.verdict_buttons.button(position)
                button.setVisible(code in allowed)
                button.setChecked(value == code)
            if value not in VERDICTS:
                self._clear_verdict_buttons()
        elif item.kind == "number":
            self.number_row.setVisible(True)
            self.number.setText("" if value is None else f"{float(value):g}")  # type: ignore[arg-type]
            self.unit.setText(item.unit or "")
            self.limit.setText(self._limit_text(item))
            self._show_exceedance(value)
        elif item.kind == "choice":
            self.choice.setVisible(True)
            self.choice.clear()
            self.choice.addItem(self.tr("（请选择）"), None)
            for choice in item.choices:
                self.choice.addItem(choice.label_en if en else choice.label_zh, choice.code)
            self.choice.setCurrentIndex(max(0, self.choice.findData(value)))
        else:
            self.text.setVisible(True)
            self.text.setText("" if value is None else str(value))
        self.note.setEnabled(self.isEnabled())
        self.note.setPlainText(saved.note if saved else "")

    def _clear_verdict_buttons(self) -> None:
        self.verdict_buttons.setExclusive(False)
        for button in self.verdict_buttons.buttons():
            button.setChecked(False)
        self.verdict_buttons.setExclusive(True)

    def _limit_text(self, item: Item) -> str:
        if item.limit_min is not None and item.limit_max is not None:
            return self.tr("限值 {low:g}–{high:g}").format(low=item.limit_min, high=item.limit_max)
        if item.limit_max is not None:
            return self.tr("限值 ≤ {high:g}").format(high=item.limit_max)
        if item.limit_min is not None:
            return self.tr("限值 ≥ {low:g}").format(low=item.limit_min)
        return ""

    def _show_exceedance(self, value: object) -> None:
        exceeded = (
            self.item is not None
            and value is not None
            and verdict(self.item, value) is Outcome.NON_COMPLIANT
        )
        self.exceeded.setText(self.tr("超过限值") if exceeded else "")

    def refresh(self) -> None:
        """Re-read the shown item's saved answer (after the workspace saved something)."""
        if self.item is not None and not self.note.hasFocus():
            self.show_item(self.state, self.item)
        elif self.item is not None:
            saved = self.state.answers.get(self.item.code) if self.state else None
            self._show_exceedance(saved.value if saved else None)

    # -- input -------------------------------------------------------------------------------

    def _emit_answer(self, value: object) -> None:
        if self._loading or self.state is None or self.item is None:
            return
        self.answer_given.emit(self.state.code, self.item.code, value)

    @Slot(int)
    def on_verdict_clicked(self, position: int) -> None:
        self._emit_answer(VERDICTS[position])

    @Slot()
    def on_number_finished(self) -> None:
        text = self.number.text().strip().replace(",", ".")
        value = float(text) if text else None
        saved = self.state.answers.get(self.item.code) if self.state and self.item else None
        if saved is not None and saved.value == value:
            return
        self._show_exceedance(value)
        self._emit_answer(value)

    @Slot(int)
    def on_choice_activated(self, index: int) -> None:
        self._emit_answer(self.choice.itemData(index))

    @Slot()
    def on_text_finished(self) -> None:
        text = self.text.text().strip()
        saved = self.state.answers.get(self.item.code) if self.state and self.item else None
        if saved is not None and (saved.value or "") == text:
            return
        self._emit_answer(text or None)

    @Slot()
    def on_note_text_changed(self) -> None:
        if not self._loading:
            self.note_timer.start()

    @Slot()
    def flush_note(self) -> None:
        """Emit the note now if it changed since it was last saved."""
        self.note_timer.stop()
        if self._loading or self.state is None or self.item is None:
            return
        text = self.note.toPlainText().strip()
        saved = self.state.answers.get(self.item.code)
        if text != (saved.note if saved else ""):
            self.note_edited.emit(self.state.code, self.item.code, text)

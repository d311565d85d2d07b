"""The checklist tree's view: the keys an officer answers with, one hand on the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeView

ANSWER_KEYS = {Qt.Key.Key_Y: "Y", Qt.Key.Key_N: "N", Qt.Key.Key_A: "A"}


class ChecklistTreeView(QTreeView):
    """A tree that turns Y/N/A into answers and Enter into "move on".

    Signals: verdict_key(value), advance_key().
    """

    verdict_key = Signal(str)
    advance_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in ANSWER_KEYS:
            self.verdict_key.emit(ANSWER_KEYS[Qt.Key(event.key())])
            return
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance_key.emit()
            return
        super().keyPressEvent(event)

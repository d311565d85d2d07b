"""The two composite answers of a step dialog: an approval opinion and an inquiry's Q&A pair.

Both go on documents as small dicts (``{"text", "signer", "on"}``, ``{"question", "answer"}``),
so each widget hands back exactly that from ``value()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from inspector_app.ui.step_fields import date_edit


class Opinion(QGroupBox):
    """An approval opinion: text, who signed it and when."""

    def __init__(self, title: str, default_text: str, on: QDate, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = QLineEdit(default_text)
        self.signer = QLineEdit()
        self.on = date_edit(on)
        form = QFormLayout(self)
        form.addRow(self.tr("意见"), self.text)
        form.addRow(self.tr("签字人"), self.signer)
        form.addRow(self.tr("日期"), self.on)

    def value(self) -> dict[str, Any]:
        return {
            "text": self.text.text().strip(),
            "signer": self.signer.text().strip(),
            "on": self.on.date().toPython(),
        }


class QAPair(QWidget):
    """One question and its answer in an inquiry record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLineEdit()
        self.answer = QPlainTextEdit()
        self.answer.setFixedHeight(56)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("问"), self.question)
        form.addRow(self.tr("答"), self.answer)

    def value(self) -> dict[str, str] | None:
        q, a = self.question.text().strip(), self.answer.toPlainText().strip()
        return {"question": q, "answer": a} if q or a else None

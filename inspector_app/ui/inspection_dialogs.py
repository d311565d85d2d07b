"""Small modal dialogs of the inspection flow, each with a classmethod that runs it.

Callers (and tests) use ``ReasonDialog.ask(...)`` and friends, never ``exec()`` directly, so a
test can replace one classmethod instead of clicking through a modal loop.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str | None) -> QDialogButtonBox:
    flags = QDialogButtonBox.StandardButton.Ok
    if cancel_text is not None:
        flags |= QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(flags)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if cancel_text is not None:
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ReasonDialog(QDialog):
    """Asks for a reason that goes into the audit log; OK stays disabled while it is blank."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("理由（将记入审计日志）"))
        buttons = _buttons(self, self.tr("确定"), self.tr("取消"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(460, 240)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str) -> str | None:
        dialog = cls(title, explanation, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.toPlainText().strip() or None


class StartTimeDialog(QDialog):
    """A corrected start time and the reason for it."""

    def __init__(self, current: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改检查开始时间"))
        self.when = QDateTimeEdit(QDateTime(current.astimezone()))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("为什么要修改？（必填，记入审计日志）"))
        form = QFormLayout()
        form.addRow(self.tr("开始时间"), self.when)
        form.addRow(self.tr("理由"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("确定"), self.tr("取消")))

    @classmethod
    def ask(cls, parent: QWidget | None, current: datetime) -> tuple[datetime, str] | None:
        dialog = cls(current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.when.dateTime().toPython()
        assert isinstance(chosen, datetime)
        return chosen.astimezone(), dialog.reason.toPlainText().strip()


class MissingItemsDialog(QDialog):
    """Lists what blocks finishing; ``ask`` returns the (template, item) the officer picked."""

    def __init__(self, lines: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("检查尚不能结束"))
        intro = QLabel(self.tr("以下条目需要处理后才能结束检查（双击跳转）："))
        self.list = QListWidget()
        self.keys = [(t, i) for t, i, _ in lines]
        for template, item, why in lines:
            reason = self.tr("未回答") if why == "unanswered" else self.tr("不符合但未填写情况说明")
            self.list.addItem(f"{template} / {item}：{reason}")
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self, self.tr("去处理"), self.tr("关闭")))
        self.resize(480, 320)

    @classmethod
    def ask(
        cls, parent: QWidget | None, lines: list[tuple[str, str, str]]
    ) -> tuple[str, str] | None:
        dialog = cls(lines, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.keys[max(0, dialog.list.currentRow())]


class FindingsDialog(QDialog):
    """The findings of a finished inspection, each with its legal basis, before the record."""

    def __init__(self, findings: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("检查已结束：发现的问题"))
        layout = QVBoxLayout(self)
        if not findings:
            layout.addWidget(QLabel(self.tr("本次检查未发现问题。")))
        for number, (text, note, basis) in enumerate(findings, 1):
            label = QLabel(
                f"<b>{number}. {html.escape(text)}</b><br>"
                f"{self.tr('情况：')}{html.escape(note)}<br>"
                f"<span style='color:#555'>{self.tr('依据：')}{html.escape(basis)}</span>"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.record_button = QPushButton(self.tr("生成现场检查笔录"))
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.accept)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.record_button)
        layout.addWidget(close)
        self.resize(560, 360)

    @classmethod
    def ask(cls, parent: QWidget | None, findings: list[tuple[str, str, str]]) -> bool:
        """True when the officer wants the record now."""
        return cls(findings, parent).exec() == QDialog.DialogCode.Accepted

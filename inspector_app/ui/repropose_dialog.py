"""Proposing the penalty again: the circumstances found in the investigation, per violation.

The case froze its discretion result when it opened; what the investigation establishes later
(the party corrected in time, the act was intentional, it lasted four months) changes the
proposal, and a case opened before the Code but decided after it must be proposed again where
the Code is lighter.  The dialog shows the general factors of the benchmark for each violation,
preset to what the officer stated before ("未认定" leaves a factor to the calculator's default);
the core recomputes in the OK handler, so a refusal is shown here and nothing is retyped.
The factor wording is the benchmark's own (legal data, in Chinese).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector_app.i18n import UserError
from inspector_app.law.discretion_data import DiscretionData
from inspector_app.ui.language import error_text

Factors = dict[str, dict[str, str]]
Attempt = Callable[[Factors], object]
DURATION = "duration_days"


class ReproposeDialog(QDialog):
    def __init__(
        self,
        violations: list[tuple[str, str]],
        stated: Mapping[str, Mapping[str, str]],
        data: DiscretionData,
        attempt: Attempt | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("重新提出处罚意见"))
        self.attempt = attempt
        self.values: Factors | None = None
        self.combos: dict[tuple[str, str], QComboBox] = {}
        self.durations: dict[str, QSpinBox] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for code, title in violations:
            box = QGroupBox(f"{code}　{title}")
            form = QFormLayout(box)
            given = stated.get(code, {})
            for factor in data.general.common_factors:
                combo = QComboBox()
                combo.addItem(self.tr("（未认定）"), None)
                for option in factor.options:
                    combo.addItem(option.label_zh, option.value)
                found = combo.findData(given.get(factor.name))
                combo.setCurrentIndex(max(found, 0))
                self.combos[(code, factor.name)] = combo
                form.addRow(factor.label_zh, combo)
            days = QSpinBox()
            days.setRange(0, 36500)
            days.setSuffix(self.tr(" 日"))
            days.setValue(int(float(given.get(DURATION, 0) or 0)))
            self.durations[code] = days
            form.addRow(self.tr("违法行为持续天数"), days)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = QLabel()
        self.error.setObjectName("reproposeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("重新裁量"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "两年内同类违法次数由系统根据记录计算。事先告知后不能再修改拟处罚意见"
                "（适用法律变化的除外）。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 620)

    def collect(self) -> Factors:
        """The factors as ``repropose`` takes them: only what the officer determined."""
        out: Factors = {code: {} for code in self.durations}
        for (code, name), combo in self.combos.items():
            value: Any = combo.currentData()
            if value is not None:
                out[code][name] = str(value)
        for code, days in self.durations.items():
            if days.value():
                out[code][DURATION] = str(days.value())
        return out

    @Slot()
    def try_accept(self) -> None:
        try:
            values = self.collect()
            if self.attempt is not None:
                self.attempt(values)
        except UserError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.values = values
        self.accept()

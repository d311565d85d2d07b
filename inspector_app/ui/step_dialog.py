"""The dialog of one case step: its date and the facts its document cannot take from the case.

Which fields a step asks for is the table ``FORMS`` in :mod:`.step_forms` (widgets and how
they read back are in :mod:`.step_fields`).  The dialog does not decide whether the step is
lawful: ``attempt`` (the Cases page's call of :func:`inspector_app.cases.service.perform`) runs
inside the OK handler, and when the core refuses the step the reason is shown here and
everything typed stays, so nothing is retyped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_app.cases.machine import Step
from inspector_app.i18n import UserError
from inspector_app.ui.language import capitalised, error_text, ui_language
from inspector_app.ui.step_fields import (
    Field,
    ItemTable,
    build,
    choice_value,
    date_edit,
    fen,
    read,
    tr,
)
from inspector_app.ui.step_forms import FORMS, RESULTS
from inspector_app.ui.step_widgets import Opinion, QAPair

__all__ = ["FORMS", "Opinion", "QAPair", "StepDialog"]

Values = tuple[date, dict[str, Any], dict[str, Any]]
Attempt = Callable[[date, dict[str, Any], dict[str, Any]], object]
EMPTY: tuple[Any, ...] = ("", None, [])


class StepDialog(QDialog):
    """One step's date and fields (``FORMS[step.code]``); OK runs ``attempt`` and closes only
    when the core took the step.  No signals: :meth:`ask` returns what was accepted."""

    def __init__(
        self,
        step: Step,
        case: Any = None,
        attempt: Attempt | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.attempt = attempt
        self.values: Values | None = None
        title = step.title_en if ui_language() == "en" else step.title_zh
        self.setWindowTitle(self.tr("办案步骤：{step}").format(step=title))
        start = QDate(today or date.today())
        self.on = date_edit(start)
        self.fields: dict[str, Any] = {}
        self.specs: dict[str, Field] = {}
        self.pairs: list[QAPair] = []
        self.form = QFormLayout()
        self.form.addRow(self.tr("日期"), self.on)
        body = QWidget()
        extra = QVBoxLayout(body)
        extra.setContentsMargins(0, 0, 0, 0)
        extra.addLayout(self.form)
        specs = [f for f in FORMS.get(step.code, ()) if f.when is None or f.when(case)]
        self.info = QLabel(self._info_text(step.code, case))
        self.info.setObjectName("stepInfo")
        self.info.setWordWrap(True)
        self.form.addRow(self.info)
        self.info.setVisible(bool(self.info.text()))
        for spec in specs:
            self._add(spec, extra, start, case)
        extra.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("stepError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{capitalised(title)}</b>")
        heading.setObjectName("stepTitle")
        layout.addWidget(heading)
        tables = any(f.kind == "table" for f in specs)
        if len(specs) > 2 or tables:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(body)
            layout.addWidget(scroll, 1)
            # As tall as the fields need, within a 900-pixel-high screen.
            height = min(760, body.sizeHint().height() + 110)
            self.resize(760 if tables else 560, max(height, 420))
        else:
            layout.addWidget(body, 1)
            self.setMinimumWidth(460)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._follow_choices()  # after sizing, so the dialog fits whichever rows are asked
        self._follow_daily_total(case)

    def _info_text(self, code: str, case: Any) -> str:
        """What the case already fixes for this step, shown above the fields."""
        fine = getattr(case, "fine_fen", None)
        known = getattr(case, "known", None) or {}
        if code == "decide":
            if fine:
                return self.tr("将制作行政处罚决定书（罚款{yuan}元）").format(
                    yuan=f"{fine / 100:,.2f}"
                )
            return self.tr("将制作不予行政处罚决定书")
        if code in ("defer", "pay") and fine:
            return self.tr("罚款金额：{yuan}元").format(yuan=f"{fine / 100:,.2f}")
        if code == "seal_extend" and "seal_end" in known:
            return self.tr("原截止日期：{day}").format(day=known["seal_end"].isoformat())
        if code == "daily_penalty" and "daily_period" in known:
            return self.tr("计罚期间：{period}").format(period=known["daily_period"])
        return ""

    def _follow_daily_total(self, case: Any) -> None:
        """The daily penalty's total follows the amount per day as it is typed."""
        days = (getattr(case, "known", None) or {}).get("daily_days")
        daily = self.fields.get("daily")
        if not days or daily is None:
            return
        period = self.info.text()

        def update(text: str) -> None:
            try:
                per_day = fen(text, "") or 0
            except UserError:
                per_day = 0
            total = self.tr("罚款总额：{yuan}元").format(yuan=f"{per_day * days / 100:,.2f}")
            self.info.setText(f"{period}\n{total}")

        daily.textChanged.connect(update)
        update(daily.text())

    def _add(self, spec: Field, extra: QVBoxLayout, on: QDate, case: Any) -> None:
        if spec.kind == "opinion":
            # The opinion goes on a legal document, which is always in Chinese.
            department = Opinion(self.tr("承办机构负责人意见"), "同意。", on)
            head = Opinion(self.tr("机关负责人审批意见"), "同意。", on)
            self.fields["department"], self.fields["head"] = department, head
            extra.addWidget(department)
            extra.addWidget(head)
            return
        if spec.kind == "qa":
            box = QGroupBox(self.tr("询问内容"))
            self.qa_layout = QVBoxLayout(box)
            more = QPushButton(self.tr("再加一问"))
            more.clicked.connect(self.add_pair)
            self.qa_layout.addWidget(more)
            extra.addWidget(box)
            self.add_pair()
            return
        widget = build(spec, on, case)
        self.fields[spec.name] = widget
        self.specs[spec.name] = spec
        if spec.hint:
            hint = QLabel(tr(spec.hint))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555")
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(hint)
            widget = holder
        if isinstance(self.fields[spec.name], ItemTable):
            box = QGroupBox(tr(spec.label))
            QVBoxLayout(box).addWidget(widget)
            self.form.addRow(box)
        elif spec.kind == "check":
            self.form.addRow("", widget)
        else:
            self.form.addRow(tr(spec.label), widget)

    def _follow_choices(self) -> None:
        """Rows asked only for one value of a choice follow it; the re-check box follows the
        conclusion."""
        for name, spec in self.specs.items():
            if spec.shown_if is None:
                continue
            choice = self.fields.get(spec.shown_if[0])
            if isinstance(choice, QComboBox):

                def show(_index: int = 0, name: str = name) -> None:
                    self._row_visible(self.fields[name], self.is_asked(name))

                choice.currentIndexChanged.connect(show)
                show()
        result, corrected = self.fields.get("result"), self.fields.get("corrected")
        if isinstance(result, QComboBox) and isinstance(corrected, QCheckBox):
            # No conclusion is proposed: OK without one would record what was not found.
            result.setPlaceholderText(self.tr("请选择复查结论"))
            result.setCurrentIndex(-1)
            corrected.setChecked(False)
            result.currentIndexChanged.connect(
                lambda _index: corrected.setChecked(choice_value(result) == RESULTS[0])
            )

    def _row_visible(self, widget: QWidget, visible: bool) -> None:
        found: QWidget | None = widget
        while found is not None and self.form.indexOf(found) < 0:
            found = found.parentWidget()
        if found is not None:
            self.form.setRowVisible(found, visible)

    def is_asked(self, name: str) -> bool:
        """Whether field ``name`` is asked now (a row hidden by its choice is not)."""
        spec = self.specs[name]
        if spec.shown_if is None:
            return True
        choice = self.fields.get(spec.shown_if[0])
        return not isinstance(choice, QComboBox) or choice_value(choice) == spec.shown_if[1]

    @Slot()
    def add_pair(self) -> QAPair:
        pair = QAPair()
        self.pairs.append(pair)
        self.qa_layout.insertWidget(self.qa_layout.count() - 1, pair)
        return pair

    def collect(self) -> Values:
        """What was typed, as ``perform`` takes it: (date, step facts, document values)."""
        on = self.on.date().toPython()
        assert isinstance(on, date)
        data: dict[str, Any] = {}
        document: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, Opinion):
                document[name] = widget.value()
                continue
            spec = self.specs[name]
            if not self.is_asked(name):
                continue
            value = read(spec, widget)
            if spec.to in ("data", "both"):
                data[spec.target] = value
            if spec.to in ("document", "both"):
                document[spec.target] = value
        result = self.fields.get("result")
        # No conclusion picked: "corrected" stays out, and the guard asks for the result.
        if (
            "corrected" in self.fields
            and isinstance(result, QComboBox)
            and result.currentIndex() < 0
        ):
            data.pop("corrected", None)
        if self.pairs:
            document["questions"] = [v for p in self.pairs if (v := p.value())]
        return (
            on,
            {k: v for k, v in data.items() if v not in EMPTY},
            {k: v for k, v in document.items() if v not in EMPTY},
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def try_accept(self) -> None:
        """Take the step; a refusal stays in the dialog with everything typed kept."""
        try:
            values = self.collect()
            if self.attempt is not None:
                self.attempt(*values)
        except UserError as error:
            self.show_error(error_text(error))
            return
        self.values = values
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        step: Step,
        case: Any = None,
        attempt: Attempt | None = None,
        today: date | None = None,
    ) -> Values | None:
        """The values once ``attempt`` accepted them (None when cancelled)."""
        dialog = cls(step, case, attempt, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values

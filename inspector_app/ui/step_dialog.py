"""The dialog of one case step: its date and the few facts its document cannot take from the case.

Which fields a step asks for is the small table ``FORMS`` below (approval opinions, the record
of an inquiry or re-check, who received a document, the amount paid).  The dialog does not
decide whether the step is lawful: ``attempt`` (the Cases page's call of
:func:`inspector_app.cases.service.perform`) runs inside the OK handler, and when the core
refuses the step the reason is shown here and everything typed stays, so nothing is retyped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_app.cases.machine import Step
from inspector_app.i18n import Msg, UserError
from inspector_app.ui.language import error_text, ui_language

Values = tuple[date, dict[str, Any], dict[str, Any]]
Attempt = Callable[[date, dict[str, Any], dict[str, Any]], object]

RECORD = ("started", "ended", "place")
FORMS: dict[str, tuple[str, ...]] = {
    "file": ("approval",),
    "close": ("approval",),
    "detention_approve": ("approval",),
    "inquiry": (*RECORD, "interviewee", "interviewee_id", "interviewee_employer", "notice", "qa"),
    "statement": (*RECORD, "speaker", "statement"),
    "recheck": (*RECORD, "findings", "result", "corrected"),
    "serve_notice": ("receiver",),
    "serve": ("receiver",),
    "pay": ("amount",),
    "legal_review": ("submitted", "review_findings", "conclusion", "reviewers"),
    "withdraw": ("reason",),
    "extend": ("collective",),
    "hearing_notice": (
        *("hearing_date", "hearing_time", "hearing_place", "chair", "recorder", "contact"),
    ),
    "hearing_record": (
        *RECORD,
        *("attendees", "investigator_case", "party_statement", "final_statements"),
    ),
    "collective_discussion": (
        *("held", "place", "chair", "recorder", "participants", "presentation", "discussion"),
        *("conclusion", "dissent"),
    ),
}
# Fields typed one entry a line: (document key, how a line is read, default text).
# The defaults are document wording, so they stay Chinese whatever the UI language.
LISTS: dict[str, tuple[str, str, str]] = {
    "review_findings": (
        "findings",
        "text",
        "执法主体合法，执法人员具有执法资格\n事实清楚，证据确凿\n适用法律正确，裁量适当\n程序合法",
    ),
    "discussion": ("discussion", "text", ""),
    "participants": ("participants", "person", ""),
    "reviewers": ("reviewers", "text", ""),
    "attendees": ("attendees", "text", ""),
}
TEXTS = frozenset(
    {"notice", "statement", "findings", "presentation", "reason"}
    | {"investigator_case", "party_statement", "final_statements"}
)
DATA = frozenset({"reason"})  # facts the guards read go in ``data``, not on the document
DEFAULTS = {
    "submitted": "案件调查报告、证据材料、事先告知书及送达回证。",
    "conclusion": "同意承办机构的处理意见。",
}
RESULTS = ("已改正", "部分改正", "未改正")


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


class Opinion(QGroupBox):
    """An approval opinion: text, who signed it and when."""

    def __init__(self, title: str, default_text: str, on: QDate, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.text = QLineEdit(default_text)
        self.signer = QLineEdit()
        self.on = QDateEdit(on)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
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


class StepDialog(QDialog):
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
        self.on = QDateEdit(start)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.fields: dict[str, Any] = {}
        self.pairs: list[QAPair] = []
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.on)
        body = QWidget()
        extra = QVBoxLayout(body)
        extra.setContentsMargins(0, 0, 0, 0)
        extra.addLayout(form)
        for name in FORMS.get(step.code, ()):
            self._add(name, form, extra, start, case)
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
        heading = QLabel(f"<b>{title}</b>")
        heading.setObjectName("stepTitle")
        layout.addWidget(heading)
        if len(FORMS.get(step.code, ())) > 2:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(body)
            layout.addWidget(scroll, 1)
            self.resize(560, 640)
        else:
            layout.addWidget(body, 1)
            self.setMinimumWidth(460)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _labels(self) -> dict[str, str]:
        return {
            "started": self.tr("开始时间"),
            "ended": self.tr("结束时间"),
            "place": self.tr("地点"),
            "interviewee": self.tr("被询问人"),
            "interviewee_id": self.tr("身份证号码"),
            "interviewee_employer": self.tr("工作单位及职务"),
            "speaker": self.tr("陈述申辩人"),
            "receiver": self.tr("受送达人（签收人）"),
            "amount": self.tr("缴纳金额（元）"),
            "submitted": self.tr("送审材料"),
            "conclusion": self.tr("结论意见"),
            "held": self.tr("讨论时间"),
            "chair": self.tr("主持人"),
            "recorder": self.tr("记录人"),
            "dissent": self.tr("不同意见"),
            "notice": self.tr("告知内容"),
            "statement": self.tr("陈述申辩内容"),
            "findings": self.tr("复查情况"),
            "presentation": self.tr("承办人汇报情况"),
            "review_findings": self.tr("审核内容"),
            "discussion": self.tr("讨论意见"),
            "participants": self.tr("出席人员"),
            "reviewers": self.tr("审核人员"),
            "reason": self.tr("理由"),
            "hearing_date": self.tr("听证日期"),
            "hearing_time": self.tr("听证时间"),
            "hearing_place": self.tr("听证地点"),
            "contact": self.tr("联系人及电话"),
            "attendees": self.tr("参加人员"),
            "investigator_case": self.tr("调查人员提出的事实、证据和处罚建议"),
            "party_statement": self.tr("当事人陈述、申辩和质证意见"),
            "final_statements": self.tr("最后陈述"),
            "corrected": self.tr("违法行为已改正"),
            "collective": self.tr("经机关负责人集体讨论决定"),
        }

    def _add(self, name: str, form: QFormLayout, extra: QVBoxLayout, on: QDate, case: Any) -> None:
        labels = self._labels()
        if name == "approval":
            # The opinion goes on a legal document, which is always in Chinese.
            department = Opinion(self.tr("承办机构负责人意见"), "同意。", on)
            head = Opinion(self.tr("机关负责人审批意见"), "同意。", on)
            self.fields["department"], self.fields["head"] = department, head
            extra.addWidget(department)
            extra.addWidget(head)
        elif name in LISTS or name in TEXTS:
            default = LISTS[name][2] if name in LISTS else ""
            text = QPlainTextEdit(default)
            text.setFixedHeight(72)
            if name in LISTS:
                person = LISTS[name][1] == "person"
                text.setPlaceholderText(
                    self.tr("每行一位：姓名 职务") if person else self.tr("每行一项")
                )
            self.fields[name] = text
            form.addRow(labels[name], text)
        elif name == "qa":
            box = QGroupBox(self.tr("询问内容"))
            self.qa_layout = QVBoxLayout(box)
            more = QPushButton(self.tr("再加一问"))
            more.clicked.connect(self.add_pair)
            self.qa_layout.addWidget(more)
            extra.addWidget(box)
            self.add_pair()
        elif name == "result":
            combo = QComboBox()
            combo.addItems(RESULTS)
            self.fields[name] = combo
            form.addRow(self.tr("复查结论"), combo)
        elif name in ("corrected", "collective"):
            check = QCheckBox(labels[name])
            check.setChecked(name == "corrected")
            result = self.fields.get("result")
            if isinstance(result, QComboBox):  # the conclusion decides; the box follows it
                result.currentTextChanged.connect(lambda text: check.setChecked(text == RESULTS[0]))
            self.fields[name] = check
            form.addRow("", check)
        elif name == "hearing_date":
            day = QDateEdit(on.addDays(7))
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            self.fields[name] = day
            form.addRow(labels[name], day)
        else:
            line = QLineEdit(DEFAULTS.get(name, ""))
            if name == "amount" and case is not None and getattr(case, "fine_fen", None):
                line.setText(f"{case.fine_fen / 100:.2f}")
            if name in ("started", "ended", "held"):
                line.setPlaceholderText(self.tr("例：2026年11月24日 09时30分"))
            self.fields[name] = line
            form.addRow(labels[name], line)

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
            elif name in LISTS:
                key, kind, _ = LISTS[name]
                document[key] = _lines(widget.toPlainText(), kind)
            elif name in DATA:
                data[name] = widget.toPlainText().strip()
            elif isinstance(widget, QPlainTextEdit):
                document[name] = widget.toPlainText().strip()
            elif isinstance(widget, QDateEdit):
                data[name] = widget.date().toPython()
            elif isinstance(widget, QComboBox):
                document[name] = widget.currentText()
            elif isinstance(widget, QCheckBox):
                data[name] = widget.isChecked()
            elif name == "amount":
                data["amount_fen"] = _fen(widget.text())
            else:
                document[name] = widget.text().strip()
        if self.step.code == "legal_review":
            document["reviewed_on"] = on
        if self.pairs:
            document["questions"] = [v for p in self.pairs if (v := p.value())]
        return on, data, {k: v for k, v in document.items() if v not in ("", None, [])}

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


def _fen(text: str) -> int:
    try:
        amount = Decimal(text.strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise UserError(Msg("请填写缴纳金额（元）", "Give the amount paid in yuan")) from None
    if amount <= 0:
        raise UserError(Msg("缴纳金额须大于零", "The amount paid must be above zero"))
    return int((amount * 100).to_integral_value())


def _lines(text: str, kind: str) -> list[Any]:
    """One entry a line; a person is "name position" (split at the first space)."""
    rows = [line.strip() for line in text.splitlines() if line.strip()]
    if kind != "person":
        return rows
    people = []
    for row in rows:
        name, _, position = row.replace("\u3000", " ").partition(" ")
        people.append({"name": name.strip(), "position": position.strip()})
    return people

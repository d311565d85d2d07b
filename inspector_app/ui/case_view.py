"""One case on the Cases page: header, timeline, open deadlines and the steps allowed next.

The panel only shows and asks; the page does the work (perform a step, preview a document,
build the case file) when its signals arrive.

Signals:
    step_clicked(code): a next-step button was pressed.
    document_activated(document_id): a timeline row with a document was double-clicked.
    case_file_clicked(), sign_clicked(document_id), attach_clicked(),
    evidence_clicked(), repropose_clicked().
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from inspector_app.cases.alerts import Alert, case_alerts
from inspector_app.cases.deadlines import open_deadlines
from inspector_app.cases.machine import status_label
from inspector_app.cases.offer import offered_steps
from inspector_app.cases.overview import timeline
from inspector_app.cases.service import case_view, get_case
from inspector_app.cases.settings import CaseSettings
from inspector_app.forms.registry import printed_title
from inspector_app.store import CaseDocument, Document, Enterprise, EvidenceItem
from inspector_app.store.document import is_current
from inspector_app.ui.case_models import ID_ROLE, TimelineModel
from inspector_app.ui.language import capitalised, ui_language
from inspector_app.ui.rows_model import rows_view
from inspector_app.ui.step_known import known_values

BUTTONS_PER_ROW = 4
# Before the prior notice; after it only when the law to apply changed (the core decides).
REPROPOSABLE = ("opened", "filed", "reported", "notified")


@dataclass(frozen=True)
class CaseHeader:
    """What the header shows, read once per refresh (plain values, no session needed)."""

    case_id: uuid.UUID
    case_number: str | None
    enterprise: str
    cause: str
    status: str
    violations: list[tuple[str, str]]  # (title, articles cited)
    fine_fen: int | None
    explanation: str
    deadlines: list[tuple[date | None, str, bool]]  # (due, title, overdue)
    steps: list[tuple[str, str]]  # (code, title)
    documents: list[tuple[uuid.UUID, str, str | None]]  # (id, title, number), in case order
    evidence: list[str]  # the evidence the case lists, and the inspection's items
    inspection_id: uuid.UUID | None = None  # where the evidence items are kept
    known: dict[str, Any] = field(default_factory=dict)  # for step dialogs (step_known.py)
    alerts: list[Alert] = field(default_factory=list)  # what the law demands beyond the fine


def alerts_html(alerts: list[Alert], english: bool) -> str:
    """The flags of cases/alerts.py as lines: red where the law says 应当 or a crime threshold
    is met, amber where facts are still to be checked."""
    lines = []
    for alert in alerts:
        colour = "#b8860b" if alert.level == "check" else "#b00020"
        text = html.escape(alert.text_en if english else alert.text_zh)  # cites its basis
        lines.append(f"<span style='color:{colour}'>⚠ {text}</span>")
    return "<br>".join(lines)


def load_header(
    session: Session, case_id: uuid.UUID, today: date, settings: CaseSettings | None = None
) -> CaseHeader:
    case = get_case(session, case_id)
    enterprise = session.get(Enterprise, case.enterprise_id)
    english = ui_language() == "en"
    violations = []
    for rule in case.rules:
        cited = [p["citation_zh"] for p in (*rule["prohibiting"], *rule["penalizing"])]
        violations.append((rule["title_zh"], "；".join(dict.fromkeys(cited))))
    view = case_view(session, case, settings)
    deadlines: list[tuple[date | None, str, bool]] = [
        (
            d.due_on,
            d.title_en if english else d.title_zh,
            d.kind == "follow_up" or (d.kind == "deadline" and d.due_on < today),
        )
        for d in open_deadlines(view, today)
    ]
    steps = [(s.code, s.title_en if english else s.title_zh) for s in offered_steps(view)]
    documents = [
        (doc.id, printed_title(doc.kind, dict(doc.snapshot)), doc.number)
        for doc in session.scalars(
            select(Document)
            .join(CaseDocument, CaseDocument.document_id == Document.id)
            .where(CaseDocument.case_id == case.id, is_current())
            .order_by(CaseDocument.position)
            .options(defer(Document.pdf))  # titles only: every PDF on each refresh is megabytes
        )
    ]
    evidence = list(case.evidence or [])
    if case.inspection_id is not None:
        items = session.scalar(
            select(func.count())
            .select_from(EvidenceItem)
            .where(EvidenceItem.inspection_id == case.inspection_id)
        )
        if items:
            evidence.append(
                f"{items} item(s) of on-site evidence" if english else f"现场检查证据 {items} 件"
            )
    return CaseHeader(
        case.id,
        case.case_number,
        enterprise.name if enterprise else "",
        case.cause,
        case.status,
        violations,
        case.fine_fen,
        case.explanation_zh or "",
        deadlines,
        steps,
        documents,
        evidence,
        case.inspection_id,
        known_values(session, view, today),
        case_alerts(session, case),
    )


class CaseViewPanel(QWidget):
    step_clicked = Signal(str)
    document_activated = Signal(object)
    case_file_clicked = Signal()
    sign_clicked = Signal(object)
    attach_clicked = Signal()
    repropose_clicked = Signal()
    evidence_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header: CaseHeader | None = None
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The discretion explanation runs long: it scrolls, the timeline keeps its room.
        details = QScrollArea()
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setWidget(self.details)
        details.setMinimumHeight(120)
        details.setMaximumHeight(220)
        self.model = TimelineModel(self)
        self.table = rows_view(self.model, stretch=3, widths={0: 100})
        # Step and status names are twice as long in English: sized to what they say.
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setObjectName("caseTimeline")
        self.table.doubleClicked.connect(self.on_row_activated)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.documents = QListWidget()
        self.documents.setObjectName("caseDocuments")
        self.documents.itemDoubleClicked.connect(self.on_document_double_clicked)
        self.documents.currentRowChanged.connect(lambda _row: self._update_document_buttons())
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.steps_box = QWidget()
        self.steps_layout = QGridLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.step_buttons: dict[str, QPushButton] = {}
        self.open_button = QPushButton(self.tr("查看文书…"))
        self.sign_button = QPushButton(self.tr("签名…"))
        self.case_file_button = QPushButton(self.tr("案卷…"))
        self.attach_button = QPushButton(self.tr("加入文书…"))
        self.attach_button.setToolTip(self.tr("把本企业检查中已制作、尚未入卷的文书加入本案"))
        self.evidence_button = QPushButton(self.tr("查看证据…"))
        self.repropose_button = QPushButton(self.tr("重新裁量…"))
        self.repropose_button.setToolTip(
            self.tr("按调查认定的情节重新提出处罚意见（事先告知前，或适用法律变化时）")
        )
        self.repropose_button.clicked.connect(self.repropose_clicked)
        self.attach_button.clicked.connect(self.attach_clicked)
        self.evidence_button.clicked.connect(self.evidence_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.sign_button.clicked.connect(self.on_sign_clicked)
        self.case_file_button.clicked.connect(self.case_file_clicked)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.tr("双击一行打开文书")), 1)
        buttons = (self.open_button, self.sign_button, self.attach_button, self.case_file_button)
        for button in buttons:
            documents.addWidget(button)
        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence, 1)
        evidence.addWidget(self.repropose_button, 0, Qt.AlignmentFlag.AlignTop)
        evidence.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(details)
        layout.addLayout(documents)
        # The timeline and the case's documents share the room in two tabs.
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("办案过程"))
        self.tabs.addTab(self.documents, self.tr("案卷中的文书"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(evidence)
        layout.addWidget(self.deadlines)
        self.next_label = QLabel(self.tr("下一步："))
        layout.addWidget(self.next_label)
        layout.addWidget(self.steps_box)
        self.show_case(None, [])

    def show_case(self, header: CaseHeader | None, entries: list) -> None:
        self.header = header
        self.model.set_rows(entries)
        self.documents.clear()
        for document_id, title, number in header.documents if header else []:
            item = QListWidgetItem(f"{title}　{number}" if number else title)
            item.setData(ID_ROLE, document_id)
            self.documents.addItem(item)
        for button in self.step_buttons.values():
            self.steps_layout.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        self.case_file_button.setEnabled(header is not None)
        self.attach_button.setEnabled(header is not None)
        self.evidence_button.setEnabled(header is not None and header.inspection_id is not None)
        self.repropose_button.setEnabled(header is not None and header.status in REPROPOSABLE)
        self._update_document_buttons()
        if header is None:
            self.next_label.hide()
            self.title.setText(self.tr("选择左侧的一个案件。"))
            self.details.clear()
            self.deadlines.clear()
            self.evidence.clear()
            return
        number = header.case_number or self.tr("（未立案）")
        self.title.setText(
            f"<b style='font-size:15px'>{html.escape(number)}</b>　"
            f"{html.escape(header.enterprise)}　·　"
            f"{html.escape(status_label(header.status, ui_language()))}"
        )
        lines = [f"<b>{html.escape(header.cause)}</b>"]
        for title, cited in header.violations:
            lines.append(f"• {html.escape(title)}<br>　<span style='color:#555'>{cited}</span>")
        fine = (
            self.tr("罚款 {amount} 元").format(amount=f"{header.fine_fen / 100:,.2f}")
            if header.fine_fen
            else self.tr("无罚款")
        )
        lines.append(f"<b>{html.escape(fine)}</b>")
        if header.alerts:
            lines.append(alerts_html(header.alerts, ui_language() == "en"))
        if header.explanation:
            explanation = html.escape(header.explanation).replace("\n", "<br>")
            lines.append(f"<span style='color:#555'>{explanation}</span>")
        self.details.setText("<br>".join(lines))
        self._show_deadlines(header)
        self.evidence.setText(
            self.tr("证据：")
            + (_separator().join(header.evidence) if header.evidence else self.tr("无"))
        )
        # A closed case has no next step: no "Next step:" heading over an empty row.
        self.next_label.setVisible(bool(header.steps))
        # English titles are about twice as wide: four a row would push the case list aside.
        per_row = BUTTONS_PER_ROW - 1 if ui_language() == "en" else BUTTONS_PER_ROW
        for n, (code, title) in enumerate(header.steps):
            button = QPushButton(capitalised(title) + "…")
            button.setObjectName(f"step_{code}")
            button.clicked.connect(lambda _=False, c=code: self.step_clicked.emit(c))
            self.steps_layout.addWidget(button, n // per_row, n % per_row)
            self.step_buttons[code] = button

    def _show_deadlines(self, header: CaseHeader) -> None:
        if not header.deadlines:
            self.deadlines.setText(self.tr("没有未到期的法定期限。"))
            return
        items = []
        for due, title, overdue in header.deadlines:
            text = html.escape(f"{due.isoformat() if due else ''} {title}".strip())
            items.append(f"<span style='color:#b00020'>{text}</span>" if overdue else text)
        self.deadlines.setText(self.tr("期限：") + _separator().join(items))

    def selected_document(self) -> uuid.UUID | None:
        """The document of the timeline row chosen, else the one chosen in the list."""
        index = self.table.currentIndex()
        found = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        item = self.documents.currentItem()
        return found or (item.data(ID_ROLE) if item is not None else None)

    @Slot(QListWidgetItem)
    def on_document_double_clicked(self, item: QListWidgetItem) -> None:
        self.document_activated.emit(item.data(ID_ROLE))

    def _update_document_buttons(self) -> None:
        has = self.selected_document() is not None
        self.open_button.setEnabled(has)
        self.sign_button.setEnabled(has)

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_document_buttons()

    @Slot(QModelIndex)
    def on_row_activated(self, index: QModelIndex) -> None:
        document = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if document is not None:
            self.document_activated.emit(document)

    @Slot()
    def on_open_clicked(self) -> None:
        document = self.selected_document()
        if document is not None:
            self.document_activated.emit(document)

    @Slot()
    def on_sign_clicked(self) -> None:
        document = self.selected_document()
        if document is not None:
            self.sign_clicked.emit(document)


def _separator() -> str:
    """Items in a line: the Chinese semicolon, or "; " in the English interface."""
    return "; " if ui_language() == "en" else "；"


def load_entries(session: Session, case_id: uuid.UUID) -> list:
    return timeline(session, case_id)

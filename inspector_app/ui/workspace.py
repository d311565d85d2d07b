"""The answering screen of one inspection: checklist tree, item panel, finish and record.

Every answer and note goes through :meth:`InspectionWorkspace.save_answer`, which commits it in
its own small transaction before the screen shows it, so what the officer sees as answered is
on disk.  Keys on the tree: Y / N / A answer, arrows move, Enter moves on (or into the figure of
a number item).  After "non-compliant" the cursor goes to the note, which a finding needs;
Ctrl+Enter or Esc there returns to the tree and moves on.

Signals:
    answer_saved(template_code, item_code): committed to the database.
    changed(): the inspection changed (answers, status, documents): lists should refresh.
    opened(inspection_id): another inspection (a correction) should be shown.
    case_opened(case_id): a case was opened from this inspection's findings.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.cases.records import case_of_inspection
from inspector_app.checklists.engine import Outcome
from inspector_app.evidence.context import EvidenceContext
from inspector_app.forms.common import china_day
from inspector_app.i18n import UserError
from inspector_app.inspections import record, service
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.inspections.overview import (
    SavedAnswer,
    WorkspaceState,
    load_workspace,
    verdict,
)
from inspector_app.ui import msgbox
from inspector_app.ui.checklist_model import KEY_ROLE, ChecklistTreeModel
from inspector_app.ui.checklist_tree_view import ChecklistTreeView
from inspector_app.ui.evidence_strip import EvidenceGallery, EvidenceStrip
from inspector_app.ui.inspection_dialogs import (
    FindingsDialog,
    MissingItemsDialog,
    ReasonDialog,
    StartTimeDialog,
)
from inspector_app.ui.inspection_labels import kind_label, local_time, status_label
from inspector_app.ui.item_panel import ItemPanel
from inspector_app.ui.language import error_text
from inspector_app.ui.pdf_preview import PdfPreviewDialog

Key = tuple[str, str]


class InspectionWorkspace(QWidget):
    answer_saved = Signal(str, str)
    changed = Signal()
    opened = Signal(object)
    case_opened = Signal(object)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        officer: OfficerChoice,
        evidence_context: Callable[[], EvidenceContext],
        backfill_hours: Callable[[], int] = lambda: 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.evidence_context = evidence_context
        self.officer = officer
        self.backfill_hours = backfill_hours
        self.state: WorkspaceState | None = None
        self.case_id: uuid.UUID | None = None  # the case opened from this visit, if any
        self.model: ChecklistTreeModel | None = None

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setObjectName("workspaceHeader")
        self.start_time_button = QPushButton(self.tr("修改开始时间…"))
        self.summary = QLabel()
        self.finish_button = QPushButton(self.tr("结束检查"))
        self.record_button = QPushButton(self.tr("现场检查笔录…"))
        self.case_button = QPushButton(self.tr("立案…"))
        self.correct_button = QPushButton(self.tr("更正…"))
        self.back_button = QPushButton(self.tr("返回列表"))
        self.tree = ChecklistTreeView()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setObjectName("checklistTree")
        self.panel = ItemPanel()
        self.evidence = EvidenceStrip(sessions, evidence_context, officer.id)
        self.evidence.setObjectName("itemEvidence")
        self.gallery_button = QPushButton(self.tr("全部证据…"))

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.start_time_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel, 1)
        right_layout.addWidget(self.evidence)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.gallery_button)
        buttons = (self.correct_button, self.case_button, self.record_button, self.finish_button)
        for button in buttons:
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.tree.verdict_key.connect(self.on_verdict_key)
        self.tree.advance_key.connect(self.on_advance_key)
        self.panel.answer_given.connect(self.on_answer_given)
        self.panel.note_edited.connect(self.on_note_edited)
        self.panel.number.returnPressed.connect(self.on_number_return)
        self.panel.note.installEventFilter(self)
        self.finish_button.clicked.connect(self.on_finish_clicked)
        self.record_button.clicked.connect(self.on_record_clicked)
        self.case_button.clicked.connect(self.on_case_clicked)
        self.correct_button.clicked.connect(self.on_correct_clicked)
        self.start_time_button.clicked.connect(self.on_start_time_clicked)
        self.gallery_button.clicked.connect(self.on_gallery_clicked)

    # -- loading -----------------------------------------------------------------------------

    def open(self, inspection_id: uuid.UUID, key: Key | None = None) -> None:
        """Show an inspection; without ``key`` resume after the last item answered."""
        self.panel.show_item(None, None)  # saves a note still being typed, to its own visit
        with self.sessions() as session:
            self.state = load_workspace(session, inspection_id)
            self.case_id = case_of_inspection(session, inspection_id)
        old_model, old_selection = self.model, self.tree.selectionModel()
        self.model = ChecklistTreeModel(self.state.checklists, self)
        self.tree.setModel(self.model)
        for old in (old_selection, old_model):
            if old is not None:
                old.deleteLater()
        self.tree.selectionModel().currentChanged.connect(self.on_current_changed)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 160)
        self.tree.expandAll()
        editable = self.state.editable
        self.panel.setEnabled(editable)
        self.finish_button.setVisible(editable)
        self.start_time_button.setVisible(editable)
        self.record_button.setVisible(not editable)
        finished = not editable and self.state.status.value == "finished"
        self.correct_button.setVisible(finished)
        self.case_button.setVisible(finished and self.state.finding_count() > 0)
        # Once the case is open the button leads to it instead of offering a second one.
        self.case_button.setText(self.tr("查看案件") if self.case_id else self.tr("立案…"))
        self._show_header()
        if key is None:
            last = self.state.last_answered()
            key = self.model.next_key(last) or last or self.model.next_key(None)
        self.select_key(key)
        self.tree.setFocus()

    def _show_header(self) -> None:
        state = self.state
        assert state is not None
        inspectors = "、".join(
            f"{o['name']}（{o['certificate_no']}）"
            for o in state.officers
            if o["role"] == "inspector"
        )
        self.header.setText(
            f"<b>{html.escape(state.enterprise_name)}</b>　{state.credit_code}<br>"
            + self.tr("{kind} · 开始 {start} · 执法人员 {officers} · {status}").format(
                kind=kind_label(state.kind),
                start=local_time(state.started_at),
                officers=inspectors,
                status=status_label(state.status),
            )
        )
        self._update_summary()

    def _update_summary(self) -> None:
        if self.state is None or self.model is None:
            return
        keys = self.model.item_keys()
        open_items = sum(1 for key in keys if self.model._unanswered(key))
        self.summary.setText(
            self.tr("已答 {done}/{total} · 发现问题 {findings} 项").format(
                done=len(keys) - open_items, total=len(keys), findings=self.state.finding_count()
            )
        )

    # -- navigation --------------------------------------------------------------------------

    def current_key(self) -> Key | None:
        index = self.tree.currentIndex()
        key = index.siblingAtColumn(0).data(KEY_ROLE) if index.isValid() else None
        return tuple(key) if key else None  # type: ignore[return-value]

    def select_key(self, key: Key | None) -> None:
        if self.model is None or key is None:
            return
        index = self.model.index_of(*key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.item_at(current.siblingAtColumn(0)) if self.model else None
        self.panel.show_item(*(found or (None, None)))
        if self.state is not None:
            key = (found[0].code, found[1].code) if found else None
            self.evidence.set_target(self.state.inspection_id, key, self.state.editable)

    @Slot()
    def on_advance_key(self) -> None:
        found = self.panel.item
        if found is not None and found.kind in ("number", "text", "choice"):
            target = {"number": self.panel.number, "text": self.panel.text}.get(found.kind)
            (target or self.panel.choice).setFocus()
            return
        self.move_on()

    def move_on(self) -> None:
        if self.model is not None:
            self.select_key(self.model.next_key(self.current_key()) or self.current_key())
        self.tree.setFocus()

    @Slot()
    def on_number_return(self) -> None:
        self.panel.on_number_finished()
        key = self.current_key()
        if key is not None:
            self.after_answer(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel.note and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            )
            if ctrl_enter or event.key() == Qt.Key.Key_Escape:
                self.panel.flush_note()
                self.move_on()
                return True
        return super().eventFilter(watched, event)

    # -- saving ------------------------------------------------------------------------------

    def save_answer(
        self, template_code: str, item_code: str, value: object, note: str | None = None
    ) -> bool:
        """Commit one answer (and/or note); only then show it. False when it was refused."""
        if self.state is None or self.model is None:
            return False
        try:
            with self.sessions.begin() as session:
                saved = service.answer(
                    session,
                    self.state.inspection_id,
                    template_code,
                    item_code,
                    value,
                    self.officer.id,
                    note=note,
                )
                result = SavedAnswer(saved.value, saved.note, saved.answered_at)
        except UserError as error:
            msgbox.warning(self, self.tr("未能保存"), error_text(error))
            self.panel.refresh()
            return False
        key = self.current_key()
        if self.model.set_answer(template_code, item_code, result):
            self.tree.expandAll()
            self.select_key(key)
        self.panel.refresh()
        self._update_summary()
        self.answer_saved.emit(template_code, item_code)
        self.changed.emit()
        return True

    @Slot(str)
    def on_verdict_key(self, value: str) -> None:
        item = self.panel.item
        if item is None or not self.panel.isEnabled() or item.kind not in ("yes_no_na", "photo"):
            return
        if item.kind == "photo" and value == "A":
            return
        self.on_answer_given(self.panel.state.code, item.code, value)  # type: ignore[union-attr]

    @Slot(str, str, object)
    def on_answer_given(self, template_code: str, item_code: str, value: object) -> None:
        item = self.panel.item
        moves_on = item is not None and item.kind in ("yes_no_na", "photo", "choice")
        if self.save_answer(template_code, item_code, value) and moves_on:
            self.after_answer((template_code, item_code))

    def after_answer(self, key: Key) -> None:
        """A finding needs a note: go there; anything else: on to the next item."""
        if self.state is None:
            return
        state = self.state.checklist(key[0])
        saved = state.answers.get(key[1])
        if verdict(state.schema.item(key[1]), saved.value if saved else None) is (
            Outcome.NON_COMPLIANT
        ):
            self.panel.note.setFocus()
        elif self.current_key() == key:
            self.move_on()

    @Slot(str, str, str)
    def on_note_edited(self, template_code: str, item_code: str, note: str) -> None:
        saved = self.state.checklist(template_code).answers.get(item_code) if self.state else None
        self.save_answer(template_code, item_code, saved.value if saved else None, note=note)

    # -- finishing and the record ------------------------------------------------------------

    @Slot()
    def on_finish_clicked(self) -> None:
        if self.state is None:
            return
        self.panel.flush_note()
        answer = msgbox.msgbox(
            self,
            self.tr("结束检查"),
            self.tr("结束后检查记录不能再修改（只能以更正版本更正）。现在结束检查吗？"),
            icon=msgbox.Icon.Question,
            buttons=msgbox.Button.Yes | msgbox.Button.No,
            default=msgbox.Button.Yes,
        )
        if answer != msgbox.Button.Yes:
            return
        inspection_id = self.state.inspection_id
        try:
            with self.sessions.begin() as session:
                service.finish(session, inspection_id, self.officer.id)
        except service.IncompleteInspectionError as error:
            target = MissingItemsDialog.ask(self, error.missing)
            self.select_key(target)
            return
        except UserError as error:
            msgbox.warning(self, self.tr("不能结束检查"), error_text(error))
            return
        self.open(inspection_id, self.current_key())
        self.changed.emit()
        findings = [
            (f"{item.code} {item.text_zh}", state.answers[item.code].note, item.basis)
            for state in self.state.checklists  # type: ignore[union-attr]
            for item in state.findings()
        ]
        if FindingsDialog.ask(self, findings):
            self.on_record_clicked()

    @Slot()
    def on_record_clicked(self) -> None:
        document = self.generate_record()
        if document is None:
            return
        document_id, pdf, digest = document
        PdfPreviewDialog.show_document(
            self,
            pdf,
            self.tr("现场检查笔录"),
            digest,
            on_printed=lambda copies: self.record_printed(document_id, copies),
        )

    def generate_record(self) -> tuple[uuid.UUID, bytes, str] | None:
        """Make (or reuse) the record; past the back-fill limit ask for the reason first."""
        if self.state is None:
            return None
        reason = ""
        while True:
            try:
                with self.sessions.begin() as session:
                    doc = record.generate_record(
                        session,
                        self.state.inspection_id,
                        self.officer.id,
                        backfill_hours=self.backfill_hours(),
                        late_reason=reason,
                    )
                    result = (doc.id, doc.pdf, doc.pdf_sha256)
            except record.BackfillReasonRequiredError as error:
                given = ReasonDialog.ask(self, self.tr("补制笔录"), error_text(error))
                if given is None:
                    return None
                reason = given
                continue
            except UserError as error:
                msgbox.warning(self, self.tr("不能生成笔录"), error_text(error))
                return None
            self.changed.emit()
            return result

    def record_printed(self, document_id: uuid.UUID, copies: int) -> None:
        with self.sessions.begin() as session:
            record.mark_printed(session, document_id, self.officer.id, copies)

    @Slot()
    def on_case_clicked(self) -> None:
        """Show the proposed case (violations, articles, fine), open it when confirmed."""
        if self.state is None:
            return
        if self.case_id is not None:
            self.case_opened.emit(self.case_id)
            return
        from inspector_app.ui.open_case_dialog import OpenCaseDialog

        on = china_day(datetime.now(UTC))  # the inspection's day is China's, whatever the clock
        inspection_id = self.state.inspection_id
        case_id = OpenCaseDialog.open_case(self, self.sessions, inspection_id, self.officer.id, on)
        if case_id is None:
            return
        self.case_id = case_id
        self.case_button.setText(self.tr("查看案件"))
        self.changed.emit()
        self.case_opened.emit(case_id)

    @Slot()
    def on_correct_clicked(self) -> None:
        if self.state is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("更正检查记录"),
            self.tr("已结束的检查不能直接修改。更正会生成一个新版本，原版本保留。请说明更正理由："),
        )
        if reason is None:
            return
        try:
            with self.sessions.begin() as session:
                new = service.correct(session, self.state.inspection_id, reason, self.officer.id)
                new_id = new.id
        except UserError as error:
            msgbox.warning(self, self.tr("不能更正"), error_text(error))
            return
        self.changed.emit()
        self.opened.emit(new_id)

    @Slot()
    def on_gallery_clicked(self) -> None:
        if self.state is None:
            return
        gallery = EvidenceGallery(
            self.sessions,
            self.evidence_context,
            self.officer.id,
            self.state.inspection_id,
            self.state.editable,
            self,
        )
        gallery.exec()
        self.evidence.model.refresh()

    @Slot()
    def on_start_time_clicked(self) -> None:
        if self.state is None:
            return
        answer = StartTimeDialog.ask(self, self.state.started_at)
        if answer is None:
            return
        when, reason = answer
        try:
            with self.sessions.begin() as session:
                service.change_start_time(
                    session, self.state.inspection_id, when, reason, self.officer.id
                )
        except UserError as error:
            msgbox.warning(self, self.tr("未能修改开始时间"), error_text(error))
            return
        self.open(self.state.inspection_id, self.current_key())
        self.changed.emit()

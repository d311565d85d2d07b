"""The Cases page: every case with its status and next deadline, and the case chosen.

Each step is taken through :class:`StepDialog`, which calls :meth:`CasesPage.perform_step`
from its OK handler: the step and its document are written in one transaction, and a refusal
(a missing field, a statutory period still running) stays in the dialog with nothing written.
The case file PDF is built in a :class:`Job` because it merges every document of the case.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.cases import signing
from inspector_app.cases.casefile import build_case_file
from inspector_app.cases.machine import step as find_step
from inspector_app.cases.overview import case_rows
from inspector_app.cases.records import attachable_documents
from inspector_app.cases.service import (
    attach_document,
    get_case,
    perform,
    repropose,
    stated_factors,
)
from inspector_app.cases.settings import CaseSettings
from inspector_app.evidence.context import EvidenceContext
from inspector_app.forms.registry import printed_title
from inspector_app.i18n import UserError
from inspector_app.inspections import record
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.law.discretion_data import default_discretion
from inspector_app.store import Document
from inspector_app.ui import msgbox
from inspector_app.ui.case_models import ID_ROLE, CaseListModel
from inspector_app.ui.case_view import CaseViewPanel, load_entries, load_header
from inspector_app.ui.evidence_strip import EvidenceGallery
from inspector_app.ui.language import error_text
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.repropose_dialog import ReproposeDialog
from inspector_app.ui.signature_pad import SignatureDialog
from inspector_app.ui.step_dialog import StepDialog
from inspector_app.ui.workers import Job, start

# Who may sign a document, in the order the signature dialog offers them (the party first).
SIGNER_ROLES = tuple(signing.ROLE_NAMES)


class CasesPage(QWidget):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        evidence_context: Callable[[], EvidenceContext],
        today: Callable[[], date] = date.today,
        settings: Callable[[], CaseSettings] = CaseSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.evidence_context = evidence_context
        self.today = today
        self.settings = settings
        self.officer: OfficerChoice | None = None
        self.case_id: uuid.UUID | None = None
        self.job: Job | None = None
        self.last_case_file: bytes | None = None

        self.model = CaseListModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 90)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(4, 90)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.panel = CaseViewPanel()
        self.summary = QLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.panel.step_clicked.connect(self.on_step_clicked)
        self.panel.document_activated.connect(self.open_document)
        self.panel.sign_clicked.connect(self.sign_document)
        self.panel.case_file_clicked.connect(self.build_case_file)
        self.panel.attach_clicked.connect(self.attach_document)
        self.panel.evidence_clicked.connect(self.show_evidence)
        self.panel.repropose_clicked.connect(self.repropose)
        self.set_officer(None)

    # -- loading -----------------------------------------------------------------------------

    def set_officer(self, officer: OfficerChoice | None) -> None:
        """Cases are shown to anyone; steps, signatures and printing need an officer."""
        self.officer = officer
        self.panel.steps_box.setEnabled(officer is not None)
        self.panel.sign_button.setVisible(officer is not None)
        self.panel.attach_button.setVisible(officer is not None)
        self.panel.evidence_button.setVisible(officer is not None)
        self.panel.repropose_button.setVisible(officer is not None)
        self.notice.setText("" if officer else self.tr("请先登录，才能办理案件步骤、签名和打印。"))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        with self.sessions() as session:
            rows = case_rows(session, self.today(), self.settings())
        keep = self.case_id
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in rows)
        self.summary.setText(
            self.tr("共 {count} 件案件，{overdue} 件期限已到").format(
                count=len(rows), overdue=overdue
            )
        )
        if keep is not None and self.model.row_of(keep) >= 0:
            self.show_case(keep)
        else:
            self.case_id = None
            self.panel.show_case(None, [])

    def show_case(self, case_id: uuid.UUID) -> None:
        """Select the case in the list and show it on the right."""
        self.case_id = case_id
        row = self.model.row_of(case_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        with self.sessions() as session:
            header = load_header(session, case_id, self.today(), self.settings())
            entries = load_entries(session, case_id)
        self.panel.show_case(header, entries)
        self.panel.steps_box.setEnabled(self.officer is not None)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        case_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if case_id is not None and case_id != self.case_id:
            self.show_case(case_id)

    # -- steps -------------------------------------------------------------------------------

    def perform_step(
        self, code: str, on: date, data: dict[str, Any], document: dict[str, Any]
    ) -> None:
        """Take the step in one transaction; a UserError means nothing was written."""
        if self.officer is None or self.case_id is None:
            return
        with self.sessions.begin() as session:
            perform(
                session,
                self.case_id,
                code,
                on,
                self.officer.id,
                data,
                document,
                settings=self.settings(),
            )

    @Slot(str)
    def on_step_clicked(self, code: str) -> None:
        if self.officer is None or self.case_id is None:
            return
        found = find_step(code)
        header = self.panel.header
        values = StepDialog.ask(
            self,
            found,
            header,
            lambda on, data, document: self.perform_step(code, on, data, document),
            self.today(),
        )
        if values is not None:
            self.refresh()

    # -- documents ---------------------------------------------------------------------------

    @Slot(object)
    def open_document(self, document_id: uuid.UUID) -> None:
        with self.sessions() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                return
            pdf, digest = doc.pdf, doc.pdf_sha256
            title = doc.number or printed_title(doc.kind, dict(doc.snapshot))
        PdfPreviewDialog.show_document(
            self, pdf, str(title), digest, on_printed=lambda n: self.printed(document_id, n)
        )

    def printed(self, document_id: uuid.UUID, copies: int) -> None:
        if self.officer is None:
            return
        with self.sessions.begin() as session:
            record.mark_printed(session, document_id, self.officer.id, copies)

    @Slot(object)
    def sign_document(self, document_id: uuid.UUID) -> uuid.UUID | None:
        """A signature (or a witnessed refusal) on the selected document, by the role the
        officer picks (the receiver on a proof of service, else the party, by default).

        Signing makes a signed version (cases/signing.py); the case view then lists it and the
        preview shows it.  Returns the signed version's id, None if nothing was signed.
        """
        if self.officer is None:
            return None
        with self.sessions() as session:
            doc = session.get(Document, document_id)
            served = doc is not None and doc.kind == "proof_of_service"
        role = "receiver" if served else "party"
        title = self.tr("受送达人签收") if served else self.tr("在文书上签名")
        given = SignatureDialog.ask(
            self, title, roles=SIGNER_ROLES, role=role, officer_name=self.officer.name
        )
        if given is None:
            return None
        try:
            with self.sessions.begin() as session:
                signed = signing.sign_document(
                    session,
                    self.blobs(),
                    document_id,
                    given.role or role,
                    given.signer,
                    self.officer.id,
                    self.today(),
                    png=given.png,
                    refused=given.refused,
                    witness=given.witness,
                )
                signed_id = signed.id
        except UserError as error:
            msgbox.warning(self, self.tr("未能保存签名"), error_text(error))
            return None
        self.refresh()
        self.open_document(signed_id)
        return signed_id

    @Slot()
    def attach_document(self) -> uuid.UUID | None:
        """Put a document made in one of the party's inspections into the case (the id is
        returned); the list offers only documents no case holds yet."""
        if self.officer is None or self.case_id is None:
            return None
        with self.sessions() as session:
            choices = [
                (doc.id, _choice_label(doc)) for doc in attachable_documents(session, self.case_id)
            ]
        if not choices:
            msgbox.information(
                self, self.tr("加入文书"), self.tr("本企业的检查中没有尚未入卷的文书。")
            )
            return None
        label, ok = QInputDialog.getItem(
            self,
            self.tr("加入文书"),
            self.tr("选择要加入本案的文书："),
            [text for _, text in choices],
            0,
            False,
        )
        if not ok:
            return None
        document_id = next(i for i, text in choices if text == label)
        try:
            with self.sessions.begin() as session:
                attach_document(session, self.case_id, document_id, self.officer.id)
        except UserError as error:
            msgbox.warning(self, self.tr("未能加入文书"), error_text(error))
            return None
        self.refresh()
        return document_id

    @Slot()
    def repropose(self) -> bool:
        """Propose the penalty again with the circumstances the investigation found."""
        if self.officer is None or self.case_id is None:
            return False
        case_id, officer_id, on = self.case_id, self.officer.id, self.today()
        data = default_discretion()
        with self.sessions() as session:
            case = get_case(session, case_id)
            violations = [(str(r["violation_code"]), str(r["title_zh"])) for r in case.rules]
            stated = stated_factors(case, data)

        def attempt(factors: dict[str, dict[str, str]]) -> None:
            with self.sessions.begin() as session:
                repropose(session, case_id, factors, officer_id, on, discretion=data)

        dialog = ReproposeDialog(violations, stated, data, attempt, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        return True

    @Slot()
    def show_evidence(self) -> None:
        """The evidence of the inspection the case came from, read-only (it is finished)."""
        header = self.panel.header
        if self.officer is None or header is None or header.inspection_id is None:
            return
        gallery = EvidenceGallery(
            self.sessions, self.evidence_context, self.officer.id, header.inspection_id, False, self
        )
        gallery.exec()

    def blobs(self) -> Path:
        return self.evidence_context().blobs.root

    @Slot()
    def build_case_file(self) -> Job | None:
        """Build the case file off the UI thread, then preview it (the Job is returned)."""
        if self.case_id is None or self.job is not None:
            return None
        case_id, sessions = self.case_id, self.sessions

        def work(_progress: Any, _cancelled: Any) -> bytes:
            with sessions() as session:
                return build_case_file(session, case_id)

        self.job = Job(work)
        self.job.signals.finished.connect(self.on_case_file_built)
        self.job.signals.failed.connect(self.on_case_file_failed)
        self.panel.case_file_button.setEnabled(False)
        return start(self.job)

    @Slot(object)
    def on_case_file_built(self, pdf: object) -> None:
        self.job = None
        self.panel.case_file_button.setEnabled(True)
        assert isinstance(pdf, bytes)
        self.last_case_file = pdf
        PdfPreviewDialog.show_document(self, pdf, self.tr("案卷"))

    @Slot(object)
    def on_case_file_failed(self, error: object) -> None:
        self.job = None
        self.panel.case_file_button.setEnabled(True)
        text = error_text(error) if isinstance(error, UserError) else str(error)
        msgbox.warning(self, self.tr("未能生成案卷"), text)


def _choice_label(doc: Document) -> str:
    """How a document is offered in a list: printed title, number, date made."""
    title = printed_title(doc.kind, dict(doc.snapshot))
    parts = (title, doc.number or "", doc.generated_at.strftime("%Y-%m-%d"))
    return " ".join(part for part in parts if part)

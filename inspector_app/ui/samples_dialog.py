"""Samples taken on site: record one, seal it, hand it to the laboratory, print the record.

Custody runs in one order only (taken → sealed → handed to the laboratory); the core refuses
anything else with a reason, which is shown here and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.evidence import documents, samples
from inspector_app.evidence.context import EvidenceContext
from inspector_app.i18n import UserError
from inspector_app.inspections.record import mark_printed
from inspector_app.store import Sample
from inspector_app.ui import msgbox
from inspector_app.ui.inspection_labels import local_time
from inspector_app.ui.language import error_text
from inspector_app.ui.pdf_preview import PdfPreviewDialog
from inspector_app.ui.rows_model import RowsTableModel, rows_view


class SampleModel(RowsTableModel[Sample]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("样品编号"),
            self.tr("类别"),
            self.tr("采样点位"),
            self.tr("采样时间"),
            self.tr("封条编号"),
            self.tr("状态"),
        )

    def status_label(self, status: str) -> str:
        return {
            "taken": self.tr("已采样，待封存"),
            "sealed": self.tr("已封存，待送检"),
            "handed_to_lab": self.tr("已送实验室"),
        }.get(status, status)

    def cell(self, row: Sample, column: int) -> str:
        return (
            row.number,
            row.medium,
            row.point,
            local_time(row.taken_at),
            "、".join(row.seal_numbers),
            self.status_label(row.status),
        )[column]

    def cell_data(self, row: Sample, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class SamplesDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: Callable[[], EvidenceContext],
        inspection_id: uuid.UUID,
        officer_id: uuid.UUID,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("现场采样"))
        self.sessions, self.context = sessions, context
        self.inspection_id, self.officer_id = inspection_id, officer_id
        self.model = SampleModel(self)
        self.table = rows_view(self.model, stretch=2)

        self.number = QLineEdit()
        self.medium = QLineEdit()
        self.medium.setPlaceholderText(self.tr("废水、废气、土壤、固体废物…"))
        self.point = QLineEdit()
        self.taken_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.taken_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.parameters = QLineEdit()
        self.parameters.setPlaceholderText(self.tr("以顿号或逗号分隔，例如：COD、氨氮、pH"))
        self.container = QLineEdit()
        self.preservation = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("样品编号"), self.number)
        form.addRow(self.tr("类别"), self.medium)
        form.addRow(self.tr("采样点位"), self.point)
        form.addRow(self.tr("采样时间"), self.taken_at)
        form.addRow(self.tr("监测项目"), self.parameters)
        form.addRow(self.tr("容器"), self.container)
        form.addRow(self.tr("保存方式"), self.preservation)
        self.add_button = QPushButton(self.tr("记录样品"))
        self.add_button.clicked.connect(self.on_add)
        new_box = QGroupBox(self.tr("新样品"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addLayout(form)
        new_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        new_box.setVisible(editable)

        self.seal_button = QPushButton(self.tr("封存…"))
        self.lab_button = QPushButton(self.tr("送实验室…"))
        self.record_button = QPushButton(self.tr("采样记录单…"))
        self.seal_button.clicked.connect(self.on_seal)
        self.lab_button.clicked.connect(self.on_hand_over)
        self.record_button.clicked.connect(self.on_record)
        for button in (self.seal_button, self.lab_button):
            button.setEnabled(editable)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for button in (self.seal_button, self.lab_button, self.record_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(new_box)
        self.resize(900, 640)
        self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            self.model.set_rows(samples.list_samples(session, self.inspection_id))

    def selected(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _write(self, action: Callable[[Session], object]) -> bool:
        try:
            with self.sessions.begin() as session:
                action(session)
        except UserError as error:
            self.error.setText(error_text(error))
            return False
        self.error.clear()
        self.refresh()
        return True

    @Slot()
    def on_add(self) -> None:
        taken = self.taken_at.dateTime().toPython()
        assert isinstance(taken, datetime)
        parameters = [
            p.strip()
            for p in self.parameters.text().replace("，", "、").replace(",", "、").split("、")
        ]
        data = samples.SampleInput(
            number=self.number.text().strip(),
            medium=self.medium.text().strip(),
            point=self.point.text().strip(),
            taken_at=taken.astimezone(),
            parameters=[p for p in parameters if p],
            container=self.container.text().strip(),
            preservation=self.preservation.text().strip(),
        )
        if self._write(
            lambda s: samples.record_sample(s, self.inspection_id, data, self.officer_id)
        ):
            for field in (self.number, self.point, self.parameters):
                field.clear()
            self.taken_at.setDateTime(QDateTime.currentDateTime())  # the next sample's time

    def seal(self, sample_id: uuid.UUID, seal_numbers: list[str]) -> bool:
        return self._write(
            lambda s: samples.seal_sample(s, sample_id, seal_numbers, self.officer_id)
        )

    def hand_over(self, sample_id: uuid.UUID, laboratory: str, receiver: str) -> bool:
        return self._write(
            lambda s: samples.hand_to_lab(s, sample_id, laboratory, receiver, self.officer_id)
        )

    @Slot()
    def on_seal(self) -> None:
        sample_id = self.selected()
        if sample_id is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("封存样品"), self.tr("封条编号（多个用顿号分隔）：")
        )
        if ok:
            self.seal(
                sample_id, [n.strip() for n in text.replace(",", "、").split("、") if n.strip()]
            )

    @Slot()
    def on_hand_over(self) -> None:
        sample_id = self.selected()
        if sample_id is None:
            return
        lab, ok = QInputDialog.getText(self, self.tr("送实验室"), self.tr("实验室："))
        if not ok:
            return
        receiver, ok = QInputDialog.getText(self, self.tr("送实验室"), self.tr("接收人："))
        if ok:
            self.hand_over(sample_id, lab.strip(), receiver.strip())

    def make_record(self) -> tuple[uuid.UUID, bytes, str] | None:
        try:
            with self.sessions.begin() as session:
                document = documents.generate(
                    session, self.context(), "samples", self.inspection_id, self.officer_id
                )
                return document.id, document.pdf, document.pdf_sha256
        except UserError as error:
            self.error.setText(error_text(error))
            return None

    @Slot()
    def on_record(self) -> None:
        made = self.make_record()
        if made is None or msgbox.is_suppressed():
            return
        document_id, pdf, digest = made
        PdfPreviewDialog.show_document(
            self,
            pdf,
            self.tr("采样记录单"),
            digest,
            on_printed=lambda n: self._printed(document_id, n),
        )

    def _printed(self, document_id: uuid.UUID, copies: int) -> None:
        with self.sessions.begin() as session:
            mark_printed(session, document_id, self.officer_id, copies)

"""Starting an inspection: enterprise, checklists, kind, officers, people present, place.

The enterprise picker is the Enterprises page itself (search as you type, pinyin initials,
permit validity, flags, last inspections), so the officer meets one search everywhere.  The
rules (two certified officers, valid ID numbers, off-site only for the positive list) live in
the use case; the dialog shows its message in place and stays open, losing nothing typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.checklists.catalog import register_templates
from inspector_app.i18n import UserError
from inspector_app.inspections.auth import OfficerChoice, active_officers
from inspector_app.inspections.service import PartyPresent, StartRequest, start
from inspector_app.registry.validators import check_id_number
from inspector_app.store import InspectionKind
from inspector_app.ui.enterprises_page import EnterprisesPage
from inspector_app.ui.inspection_labels import kind_label
from inspector_app.ui.language import error_text, ui_language

PARTY_COLUMNS = 4  # name, position, ID number, phone


class StartInspectionDialog(QDialog):
    """:meth:`run` returns the new inspection's id, or None when cancelled."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        officer: OfficerChoice,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("开始现场检查"))
        self.sessions = sessions
        self.officer = officer
        self.started_id: uuid.UUID | None = None
        with sessions.begin() as session:
            self.templates = [
                (t.id, t.code, t.title, t.version) for t in register_templates(session)
            ]
            self.officers = active_officers(session, officer.agency_id)

        self.enterprises = EnterprisesPage(sessions, today=today)
        self.enterprises.table.selectionModel().selectionChanged.connect(self.on_enterprise_chosen)

        self.checklists = QStandardItemModel(self)
        for template_id, code, title, version in self.templates:
            item = QStandardItem(f"{title}（{code}，第{version}版）")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(template_id, Qt.ItemDataRole.UserRole)
            self.checklists.appendRow(item)
        self.checklist_view = QListView()
        self.checklist_view.setModel(self.checklists)
        self.checklist_view.setObjectName("checklistPicker")

        self.kind = QComboBox()
        for kind in InspectionKind:
            self.kind.addItem(kind_label(kind), kind)

        self.team = QStandardItemModel(self)
        for choice in self.officers:
            item = QStandardItem(choice.label)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(choice.id, Qt.ItemDataRole.UserRole)
            if choice.id == officer.id:
                item.setCheckState(Qt.CheckState.Checked)
                item.setEnabled(False)  # the officer at the keyboard is always on the team
            self.team.appendRow(item)
        self.team_view = QListView()
        self.team_view.setModel(self.team)
        self.team_view.setObjectName("officerPicker")
        self.recorder = QComboBox()
        self.recorder.addItem(self.tr("（第二名执法人员）"), None)
        for choice in self.officers:
            self.recorder.addItem(choice.label, choice.id)

        self.parties = QStandardItemModel(0, PARTY_COLUMNS, self)
        self.parties.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("职务"), self.tr("身份证号"), self.tr("电话")]
        )
        self.party_view = QTableView()
        self.party_view.setModel(self.parties)
        self.party_view.setObjectName("partyTable")
        self.party_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.party_view.verticalHeader().setVisible(False)
        self.party_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_party = QPushButton(self.tr("添加在场人员"))
        remove_party = QPushButton(self.tr("删除所选"))
        add_party.clicked.connect(self.add_party_row)
        remove_party.clicked.connect(self.on_remove_party)
        self.parties.itemChanged.connect(self.on_party_changed)

        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("默认为企业地址"))
        self.error = QLabel()
        self.error.setObjectName("startError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        options = QFormLayout()
        options.addRow(self.tr("检查类型"), self.kind)
        options.addRow(self.tr("记录人"), self.recorder)
        options.addRow(self.tr("检查地点"), self.place)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(
            _group(self.tr("检查表（可多选，一次检查合并多张）"), self.checklist_view)
        )
        side_layout.addWidget(_group(self.tr("执法人员（至少两名）"), self.team_view))
        side_layout.addLayout(options)
        party_box = QWidget()
        party_layout = QVBoxLayout(party_box)
        party_layout.setContentsMargins(0, 0, 0, 0)
        party_layout.addWidget(self.party_view)
        row = QHBoxLayout()
        row.addWidget(add_party)
        row.addWidget(remove_party)
        row.addStretch(1)
        party_layout.addLayout(row)
        side_layout.addWidget(_group(self.tr("企业在场人员"), party_box))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_group(self.tr("被检查企业"), self.enterprises))
        splitter.addWidget(side)
        splitter.setSizes([760, 440])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("开始检查"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1240, 780)
        self.enterprises.search_box.setFocus()

    # -- the officer's choices ---------------------------------------------------------------

    def enterprise_id(self) -> uuid.UUID | None:
        rows = self.enterprises.table.selectionModel().selectedRows()
        return self.enterprises.model.row_at(rows[0].row()).id if rows else None

    def check_template(self, code: str, checked: bool = True) -> None:
        for row, (_id, template_code, _title, _version) in enumerate(self.templates):
            if template_code == code:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.checklists.item(row).setCheckState(state)

    def check_officer(self, certificate_no: str, checked: bool = True) -> None:
        for row, choice in enumerate(self.officers):
            if choice.certificate_no == certificate_no:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.team.item(row).setCheckState(state)

    def set_kind(self, kind: InspectionKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _checked(self, model: QStandardItemModel) -> list[uuid.UUID]:
        return [
            model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def add_party_row(self, values: tuple[str, ...] = ()) -> None:
        cells = [QStandardItem(values[i] if i < len(values) else "") for i in range(PARTY_COLUMNS)]
        self.parties.appendRow(cells)
        self.on_party_changed()
        self.party_view.setCurrentIndex(self.parties.index(self.parties.rowCount() - 1, 0))

    @Slot()
    def on_remove_party(self) -> None:
        rows = sorted({i.row() for i in self.party_view.selectionModel().selectedIndexes()})
        for row in reversed(rows):
            self.parties.removeRow(row)

    def party_list(self) -> list[PartyPresent]:
        people = []
        for row in range(self.parties.rowCount()):
            name, position, id_number, phone = (
                (self.parties.item(row, c).text() if self.parties.item(row, c) else "").strip()
                for c in range(PARTY_COLUMNS)
            )
            if name or id_number:
                people.append(PartyPresent(name, position, id_number, phone))
        return people

    @Slot(QStandardItem)
    def on_party_changed(self, _item: QStandardItem | None = None) -> None:
        """Say at once which digit of an ID number is wrong, long before anything is printed."""
        for person in self.party_list():
            if not person.id_number:
                continue
            problem = check_id_number(person.id_number).problem
            if problem is not None:
                self.error.setText(f"{person.name}：{problem.render(ui_language())}")
                return
        self.error.clear()

    @Slot(QItemSelection, QItemSelection)
    def on_enterprise_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.enterprises.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.enterprises.model.row_at(rows[0].row())
        hint = self.tr("该企业在正面清单内，可选择“非现场检查”。") if chosen.positive_list else ""
        self.error.setText(hint)

    @Slot()
    def on_accepted(self) -> None:
        enterprise = self.enterprise_id()
        if enterprise is None:
            self.error.setText(self.tr("请先在左侧选择被检查企业"))
            return
        team = self._checked(self.team)
        recorder = self.recorder.currentData()
        request = StartRequest(
            enterprise_id=enterprise,
            template_ids=self._checked(self.checklists),
            kind=InspectionKind(self.kind.currentData()),
            officer_ids=[self.officer.id, *[o for o in team if o != self.officer.id]],
            recorder_id=recorder,
            parties=self.party_list(),
            place=self.place.text(),
        )
        try:
            with self.sessions.begin() as session:
                self.started_id = start(session, request, by=self.officer.id).id
        except UserError as error:
            self.error.setText(error_text(error))
            return
        self.accept()

    @classmethod
    def run(
        cls,
        sessions: sessionmaker[Session],
        officer: OfficerChoice,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> uuid.UUID | None:
        dialog = cls(sessions, officer, today, parent)
        return dialog.started_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box

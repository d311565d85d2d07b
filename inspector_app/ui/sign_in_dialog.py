"""Sign-in: pick an officer from the list, type the password.

The officer list comes from the local registry, so sign-in works with no network.  A wrong
password is reported in the dialog itself (not a modal box) and the password field is cleared,
so the officer can retype at once.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.i18n import UserError
from inspector_app.inspections.auth import OfficerChoice, active_officers, sign_in
from inspector_app.ui.language import error_text


class SignInDialog(QDialog):
    """Modal sign-in; :meth:`run` returns the signed-in officer or None when cancelled."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("执法人员登录"))
        self.sessions = sessions
        self.signed_in: OfficerChoice | None = None
        with sessions() as session:
            self.officers = active_officers(session)

        self.officer_box = QComboBox()
        for officer in self.officers:
            self.officer_box.addItem(officer.label, officer.certificate_no)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        if not self.officers:
            self.error.setText(self.tr("本机还没有执法人员名录，请先导入执法人员。"))

        form = QFormLayout()
        form.addRow(self.tr("执法人员"), self.officer_box)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()
        self.setMinimumWidth(360)

    def select_officer(self, certificate_no: str) -> None:
        index = self.officer_box.findData(certificate_no)
        if index >= 0:
            self.officer_box.setCurrentIndex(index)

    @Slot()
    def on_accepted(self) -> None:
        certificate = self.officer_box.currentData()
        if not certificate:
            return
        try:
            with self.sessions.begin() as session:
                officer = sign_in(session, certificate, self.password.text())
                self.signed_in = OfficerChoice(
                    officer.id, officer.name, officer.certificate_no, officer.agency_id
                )
        except UserError as error:
            self.error.setText(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def run(
        cls, sessions: sessionmaker[Session], parent: QWidget | None = None
    ) -> OfficerChoice | None:
        dialog = cls(sessions, parent)
        return dialog.signed_in if dialog.exec() == QDialog.DialogCode.Accepted else None

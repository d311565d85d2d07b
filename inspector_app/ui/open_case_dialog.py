"""Opening a case from a finished inspection: show what the core proposes, then open it.

The core has no separate "propose" call, so the proposal is :func:`open_case` run in a
transaction that is rolled back: the officer sees exactly the violations, articles, fine and
discretion explanation the real call will freeze, and nothing is written until they confirm.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.cases.alerts import Alert, case_alerts
from inspector_app.cases.service import open_case
from inspector_app.i18n import UserError
from inspector_app.ui import msgbox
from inspector_app.ui.case_view import alerts_html
from inspector_app.ui.language import error_text, ui_language


@dataclass(frozen=True)
class CaseProposal:
    cause: str
    violations: list[tuple[str, str]]  # (title, articles cited)
    fine_fen: int | None
    explanation: str
    alerts: list[Alert] = field(default_factory=list)


def propose(
    sessions: sessionmaker[Session], inspection_id: uuid.UUID, by: uuid.UUID, on: date
) -> CaseProposal:
    """What opening the case would record (raises the core's UserError when it cannot)."""
    with sessions() as session:
        try:
            case = open_case(session, by=by, opened_on=on, inspection_id=inspection_id)
            violations = [
                (
                    rule["title_zh"],
                    "；".join(
                        dict.fromkeys(
                            p["citation_zh"] for p in (*rule["prohibiting"], *rule["penalizing"])
                        )
                    ),
                )
                for rule in case.rules
            ]
            return CaseProposal(
                case.cause,
                violations,
                case.fine_fen,
                case.explanation_zh or "",
                case_alerts(session, case),
            )
        finally:
            session.rollback()


def open_from_inspection(
    sessions: sessionmaker[Session], inspection_id: uuid.UUID, by: uuid.UUID, on: date
) -> uuid.UUID:
    with sessions.begin() as session:
        return open_case(session, by=by, opened_on=on, inspection_id=inspection_id).id


class OpenCaseDialog(QDialog):
    def __init__(self, proposal: CaseProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("立案"))
        parts = [f"<b>{html.escape(proposal.cause)}</b>"]
        for title, cited in proposal.violations:
            parts.append(f"• {html.escape(title)}<br>　<span style='color:#555'>{cited}</span>")
        fine = (
            self.tr("拟罚款 {amount} 元").format(amount=f"{proposal.fine_fen / 100:,.2f}")
            if proposal.fine_fen
            else self.tr("拟不予罚款")
        )
        parts.append(f"<b>{html.escape(fine)}</b>")
        if proposal.alerts:
            parts.append(alerts_html(proposal.alerts, ui_language() == "en"))
        parts.append(html.escape(proposal.explanation).replace("\n", "<br>"))
        text = QLabel("<br>".join(parts))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("立案"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("根据检查发现的问题，拟按以下内容立案：")))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 460)

    @classmethod
    def ask(cls, parent: QWidget | None, proposal: CaseProposal) -> bool:
        return cls(proposal, parent).exec() == QDialog.DialogCode.Accepted

    @classmethod
    def open_case(
        cls,
        parent: QWidget | None,
        sessions: sessionmaker[Session],
        inspection_id: uuid.UUID,
        by: uuid.UUID,
        on: date,
    ) -> uuid.UUID | None:
        """Show the proposal, open the case once confirmed (its id); a refusal is shown."""
        try:
            if not cls.ask(parent, propose(sessions, inspection_id, by, on)):
                return None
            return open_from_inspection(sessions, inspection_id, by, on)
        except UserError as error:
            title = QCoreApplication.translate("OpenCaseDialog", "不能立案")
            msgbox.warning(parent, title, error_text(error))
            return None

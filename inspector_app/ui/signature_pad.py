"""A signature pad for mouse, pen and touch, and the dialog that collects one signature or a
recorded refusal to sign (with the witness who saw it).

The pad keeps the strokes as points and renders them to a PNG on white at a fixed size, so the
same strokes always give the same image; the core stores that PNG as content-addressed evidence
and puts its hash in the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PNG_SIZE = QSize(600, 240)
INK = QColor("#10206b")


class SignaturePad(QWidget):
    """Signals: changed(): a stroke was added or the pad cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []  # in fractions of the pad, so size-independent
        self.setMinimumSize(PNG_SIZE / 1.5)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def _fraction(self, point: QPointF) -> QPointF:
        return QPointF(point.x() / max(1, self.width()), point.y() / max(1, self.height()))

    def begin_stroke(self, point: QPointF) -> None:
        self.strokes.append([self._fraction(point)])

    def extend_stroke(self, point: QPointF) -> None:
        if self.strokes:
            self.strokes[-1].append(self._fraction(point))
            self.update()

    def end_stroke(self) -> None:
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.extend_stroke(event.position())
        self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self.extend_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()

    def _draw(self, painter: QPainter, size: QSize, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                INK,
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(
                QPointF(stroke[0].x() * size.width(), stroke[0].y() * size.height())
            )
            for point in stroke[1:]:
                path.lineTo(point.x() * size.width(), point.y() * size.height())
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QColor("#bbbbbb"))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        self._draw(painter, self.size(), 2.5)

    def to_png(self) -> bytes:
        image = QImage(PNG_SIZE, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._draw(painter, PNG_SIZE, 4.0)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        return bytes(data.data())


@dataclass(frozen=True)
class SignatureResult:
    """Either a signature (``png``) or a refusal seen by ``witness``."""

    signer: str
    png: bytes | None = None
    refused: bool = False
    witness: str = ""
    role: str = ""  # party / officer / witness / recorder / receiver; "" when not asked


class SignatureDialog(QDialog):
    def __init__(
        self,
        title: str,
        signer: str = "",
        allow_refusal: bool = True,
        parent: QWidget | None = None,
        roles: Sequence[str] = (),
        role: str = "",
        officer_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.officer_name = officer_name
        self.allow_refusal = allow_refusal
        self.setWindowTitle(title)
        self.role = QComboBox()
        self.role.setObjectName("signerRole")
        names = self.role_names()
        for code in roles:
            self.role.addItem(names.get(code, code), code)
        if role in roles:
            self.role.setCurrentIndex(list(roles).index(role))
        self.pad = SignaturePad()
        self.signer = QLineEdit(signer)
        self.refused = QCheckBox(self.tr("拒绝签字（由见证人证明）"))
        self.refused.setVisible(allow_refusal)
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("见证人姓名"))
        self.witness.setEnabled(False)
        clear = QPushButton(self.tr("重写"))
        clear.clicked.connect(self.pad.clear)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("确认"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if roles:
            form.addRow(self.tr("签名人身份"), self.role)
        form.addRow(self.tr("签名人"), self.signer)
        refusal = QHBoxLayout()
        refusal.addWidget(self.refused)
        refusal.addWidget(self.witness, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("请在下面的框内签名（鼠标、手写笔或触摸屏）：")))
        layout.addWidget(self.pad, 1)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(refusal)
        layout.addWidget(self.buttons)
        for signal in (self.pad.changed, self.signer.textChanged, self.witness.textChanged):
            signal.connect(self.update_ok)
        self.refused.toggled.connect(self.on_refused_toggled)
        self.role.currentIndexChanged.connect(self.on_role_changed)
        self.on_role_changed()
        self.update_ok()

    def on_role_changed(self) -> None:
        """The signed-in officer signs as themself, so their name is proposed; officers and
        recorders sign their own documents, so only the others may refuse."""
        role = self.role.currentData()
        own = role in ("officer", "recorder")
        if role == "officer" and not self.signer.text().strip():
            self.signer.setText(self.officer_name)
        elif role != "officer" and self.officer_name and self.signer.text() == self.officer_name:
            self.signer.clear()
        if own:
            self.refused.setChecked(False)
        self.refused.setEnabled(self.allow_refusal and not own)

    def role_names(self) -> dict[str, str]:
        """Who signs, as the officer reads it (the document's row is chosen from this)."""
        return {
            "party": self.tr("当事人"),
            "officer": self.tr("执法人员"),
            "witness": self.tr("见证人"),
            "recorder": self.tr("记录人"),
            "receiver": self.tr("受送达人"),
        }

    def on_refused_toggled(self, refused: bool) -> None:
        self.witness.setEnabled(refused)
        self.pad.setEnabled(not refused)
        self.update_ok()

    def update_ok(self) -> None:
        named = bool(self.signer.text().strip())
        if self.refused.isChecked():
            self.ok.setEnabled(named and bool(self.witness.text().strip()))
        else:
            self.ok.setEnabled(named and not self.pad.is_empty())

    def result_value(self) -> SignatureResult:
        signer = self.signer.text().strip()
        role = str(self.role.currentData() or "")
        if self.refused.isChecked():
            witness = self.witness.text().strip()
            return SignatureResult(signer, refused=True, witness=witness, role=role)
        return SignatureResult(signer, png=self.pad.to_png(), role=role)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        signer: str = "",
        allow_refusal: bool = True,
        roles: Sequence[str] = (),
        role: str = "",
        officer_name: str = "",
    ) -> SignatureResult | None:
        dialog = cls(title, signer, allow_refusal, parent, roles, role, officer_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

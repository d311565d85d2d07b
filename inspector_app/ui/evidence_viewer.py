"""Viewing one piece of evidence: the picture, its EXIF and GPS, its caption, annotation.

The original is only read.  Annotation draws arrows, circles and text on an overlay; saving it
asks the core to render a *new* image from the original and store it as a derived item that
records its parent's hash, so the original stays exactly as collected.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QImageReader, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.evidence import annotate, service
from inspector_app.evidence.context import EvidenceContext
from inspector_app.i18n import UserError
from inspector_app.ui import msgbox
from inspector_app.ui.inspection_labels import local_time
from inspector_app.ui.language import error_text

RED = QColor("#e00000")
MAX_VIEW_SIDE = 2400  # decode at most this size for the screen; the original is untouched


class AnnotationCanvas(QWidget):
    """The picture scaled to fit, with shapes in image fractions drawn over it.

    Signals: shapes_changed().
    """

    shapes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.shapes: list[annotate.Arrow | annotate.Circle | annotate.Text] = []
        self.tool = ""  # "", "arrow", "circle", "text"
        self.ask_text: Callable[[], str | None] = lambda: None
        self._press: QPointF | None = None
        self.setMinimumSize(320, 240)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.shapes = []
        self.update()

    def image_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def to_fraction(self, point: QPointF) -> tuple[float, float]:
        rect = self.image_rect()
        fx = (point.x() - rect.x()) / rect.width() if rect.width() else 0.0
        fy = (point.y() - rect.y()) / rect.height() if rect.height() else 0.0
        return min(1.0, max(0.0, fx)), min(1.0, max(0.0, fy))

    def add_shape(self, shape: annotate.Arrow | annotate.Circle | annotate.Text) -> None:
        self.shapes.append(shape)
        self.update()
        self.shapes_changed.emit()

    def clear_shapes(self) -> None:
        self.shapes = []
        self.update()
        self.shapes_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.tool and not self.image.isNull():
            self._press = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        (x1, y1), (x2, y2) = self.to_fraction(self._press), self.to_fraction(event.position())
        self._press = None
        if self.tool == "arrow" and (x1, y1) != (x2, y2):
            self.add_shape(annotate.Arrow(x1=x1, y1=y1, x2=x2, y2=y2))
        elif self.tool == "circle":
            rect = self.image_rect()
            short = min(rect.width(), rect.height()) or 1.0
            dx, dy = (x2 - x1) * rect.width(), (y2 - y1) * rect.height()
            radius = min(1.0, max(0.01, (dx * dx + dy * dy) ** 0.5 / short))
            self.add_shape(annotate.Circle(cx=x1, cy=y1, r=radius))
        elif self.tool == "text":
            text = self.ask_text()
            if text:
                self.add_shape(annotate.Text(x=x1, y=y1, text=text))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        rect = self.image_rect()
        if self.image.isNull():
            painter.setPen(QColor("#cccccc"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("无法预览此文件"))
            return
        painter.drawImage(rect, self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RED, 3))
        short = min(rect.width(), rect.height())

        def at(fx: float, fy: float) -> QPointF:
            return QPointF(rect.x() + fx * rect.width(), rect.y() + fy * rect.height())

        for shape in self.shapes:
            if isinstance(shape, annotate.Arrow):
                painter.drawLine(at(shape.x1, shape.y1), at(shape.x2, shape.y2))
                painter.drawEllipse(at(shape.x2, shape.y2), 4, 4)
            elif isinstance(shape, annotate.Circle):
                painter.drawEllipse(at(shape.cx, shape.cy), shape.r * short, shape.r * short)
            else:
                painter.drawText(at(shape.x, shape.y), shape.text)


class EvidenceViewer(QDialog):
    """Signals: changed(): a caption or an annotation was saved."""

    changed = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: EvidenceContext,
        evidence_id: uuid.UUID,
        officer_id: uuid.UUID,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.context = sessions, context
        self.evidence_id, self.officer_id = evidence_id, officer_id
        with sessions.begin() as session:
            item = service.get_item(session, evidence_id)
            service.log_access(session, evidence_id, "viewed", officer_id)
            self.kind, self.caption_text = item.kind, item.caption
            path = service.original_path(context, item)
            facts = self._facts(item)
            exif = service.details(context, item)
        self.setWindowTitle(self.tr("证据：{name}").format(name=facts[0][1]))

        self.canvas = AnnotationCanvas()
        self.canvas.ask_text = self.ask_text
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # show upright, as the EXIF orientation says
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_VIEW_SIDE:
            reader.setScaledSize(
                size.scaled(MAX_VIEW_SIDE, MAX_VIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
            )
        self.canvas.set_image(reader.read() if self.kind == "photo" else QImage())

        self.caption = QLineEdit(self.caption_text)
        self.caption.setPlaceholderText(self.tr("证明内容，例如：危险废物贮存桶未贴标签"))
        self.caption.setEnabled(editable)
        self.caption.editingFinished.connect(self.on_caption_finished)

        info = QWidget()
        form = QFormLayout(info)
        form.addRow(self.tr("说明"), self.caption)
        for label, value in facts:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
        if exif:
            form.addRow(QLabel(self.tr("<b>EXIF 信息</b>")))
            for name, value in exif.items():
                line = QLabel(value)
                line.setWordWrap(True)
                form.addRow(name, line)
        scroll = QScrollArea()
        scroll.setWidget(info)
        scroll.setWidgetResizable(True)

        tools = QHBoxLayout()
        self.tool_buttons = QButtonGroup(self)
        for code, label in (
            ("arrow", self.tr("箭头")),
            ("circle", self.tr("圆圈")),
            ("text", self.tr("文字")),
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("tool", code)
            self.tool_buttons.addButton(button)
            tools.addWidget(button)
        self.tool_buttons.buttonToggled.connect(self.on_tool_toggled)
        clear = QPushButton(self.tr("清除标注"))
        clear.clicked.connect(self.canvas.clear_shapes)
        self.save_button = QPushButton(self.tr("另存为标注图片"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_annotation)
        self.canvas.shapes_changed.connect(
            lambda: self.save_button.setEnabled(bool(self.canvas.shapes))
        )
        tools.addWidget(clear)
        tools.addStretch(1)
        tools.addWidget(self.save_button)
        tools_box = QWidget()
        tools_box.setLayout(tools)
        tools_box.setVisible(editable and self.kind == "photo")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addWidget(tools_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([760, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1180, 760)

    def _facts(self, item: object) -> list[tuple[str, str]]:
        from inspector_app.store import EvidenceItem

        assert isinstance(item, EvidenceItem)
        gps = ""
        if item.gps_lat is not None and item.gps_lon is not None:
            gps = f"{item.gps_lat:.6f}, {item.gps_lon:.6f}"
            if item.gps_alt is not None:
                gps += self.tr("，海拔 {alt:.0f} 米").format(alt=item.gps_alt)
        facts = [
            (self.tr("文件名"), item.original_name),
            (self.tr("拍摄时间"), local_time(item.captured_at) or self.tr("（文件中没有）")),
            (self.tr("坐标"), gps or self.tr("（文件中没有）")),
            (self.tr("相机"), f"{item.camera_make} {item.camera_model}".strip() or "—"),
            (self.tr("导入时间"), local_time(item.imported_at)),
            (self.tr("大小"), f"{item.size:,} B"),
            (self.tr("类型"), item.media_type),
            ("SHA-256", f"{item.sha256[:32]}\n{item.sha256[32:]}"),  # fits the panel
        ]
        if item.derived_from:
            facts.append((self.tr("标注自"), item.derived_from))
        if item.warning:
            facts.append((self.tr("提示"), item.warning))
        return facts

    @Slot(object, bool)
    def on_tool_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.canvas.tool = str(button.property("tool"))

    def ask_text(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("标注文字"), self.tr("文字："))
        return text.strip() if ok and text.strip() else None

    @Slot()
    def on_caption_finished(self) -> None:
        text = self.caption.text().strip()
        if text == self.caption_text:
            return
        try:
            with self.sessions.begin() as session:
                service.set_caption(session, self.evidence_id, text, self.officer_id)
        except UserError as error:
            msgbox.warning(self, self.tr("未能保存说明"), error_text(error))
            self.caption.setText(self.caption_text)
            return
        self.caption_text = text
        self.changed.emit()

    def save_annotation(self) -> uuid.UUID | None:
        """Store the drawing as a new, derived image; the original is not touched."""
        try:
            with self.sessions() as session:
                derived = annotate.annotate(
                    session,
                    self.context,
                    self.evidence_id,
                    list(self.canvas.shapes),
                    self.officer_id,
                    caption=self.caption_text,
                )
                derived_id = derived.id
        except UserError as error:
            msgbox.warning(self, self.tr("未能保存标注"), error_text(error))
            return None
        self.canvas.clear_shapes()
        self.changed.emit()
        msgbox.information(
            self, self.tr("已保存"), self.tr("标注图片已另存为新的证据；原始照片保持不变。")
        )
        return derived_id

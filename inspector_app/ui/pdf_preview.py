"""Preview a document's PDF inside the app (QtPdf) and print it through the system dialog.

The bytes shown and printed are exactly the stored document's bytes, so what the officer sees is
what the hash in the audit log covers.  Printing renders each page at the printer's resolution;
``print_to`` is separate from the dialog so a test can print into a PDF file.

Signals:
    printed(copies): pages went to a printer (the caller records it in the audit log).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def load_pdf(data: bytes, parent: QObject) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over in-memory bytes; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def render_page(document: QPdfDocument, page: int, width: int) -> QImage:
    """One page as an opaque image ``width`` pixels wide (QtPdf leaves the background clear)."""
    points = document.pagePointSize(page)
    size = QSize(width, round(width * points.height() / points.width()))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


class PdfPreviewDialog(QDialog):
    printed = Signal(int)

    def __init__(
        self, data: bytes, title: str, sha256: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        info = QLabel(
            self.tr("共 {pages} 页 · SHA-256 {hash}").format(
                pages=self.document.pageCount(), hash=sha256[:16] + "…" if sha256 else "—"
            )
        )
        info.setToolTip(sha256)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setDefault(True)
        close = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.on_print_clicked)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(info, 1)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(820, 960)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (each copy), scaled to the printable area; returns pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            area: QRect = printer.pageLayout().paintRectPixels(printer.resolution())
            pages = self.document.pageCount()
            for page in range(pages):
                if page:
                    printer.newPage()
                image = render_page(self.document, page, area.width())
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
            return pages
        finally:
            painter.end()

    @Slot()
    def on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self.printed.emit(max(1, printer.copyCount()))

    @classmethod
    def show_document(
        cls, parent: QWidget | None, data: bytes, title: str, sha256: str = "", on_printed=None
    ) -> None:
        dialog = cls(data, title, sha256, parent)
        if on_printed is not None:
            dialog.printed.connect(on_printed)
        dialog.exec()

"""The global exception hook: log the traceback, then show it in a report window.

Like Electrum's exception window: an unexpected error never makes the app vanish silently.
The traceback is appended to ``logs/crash.log`` first (so it survives even if showing the window
fails), then shown read-only with a Copy button so the officer can send it to an administrator.
A :class:`~inspector_app.i18n.UserError` that escaped is bad input, not a bug: it is shown as
its one-line message.  Exceptions in other threads are reported on the UI thread.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.i18n import UserError
from inspector_app.ui import msgbox

log = logging.getLogger(__name__)

CRASH_LOG = "crash.log"


class CrashDialog(QDialog):
    """Shows one traceback; run it with :meth:`show_report`."""

    def __init__(self, report: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        self.resize(720, 480)
        self.intro = intro = QLabel(
            self.tr(
                "程序遇到了意外错误。详细信息已记录到 {path}。"
                "请点击“复制”，把下面的内容发给管理员。已保存的数据不受影响。"
            ).format(path=log_path)
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("复制"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    @Slot()
    def on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("已复制"))

    @classmethod
    def show_report(cls, report: str, log_path: Path, parent: QWidget | None = None) -> None:
        if msgbox.is_suppressed():
            return
        cls(report, log_path, parent).exec()


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    header = (
        f"{datetime.now().isoformat(timespec='seconds')}  Python {platform.python_version()}  "
        f"PySide6 {pyside_version}  {platform.platform()}"
    )
    return header + "\n" + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``.

    Signals:
        report_ready(str): a traceback to show; emitted from any thread, shown on the UI thread.
    """

    report_ready = Signal(str)

    def __init__(
        self,
        log_dir: Path,
        lang: str = "zh",
        show: Callable[[str, Path], None] = CrashDialog.show_report,
    ) -> None:
        super().__init__()
        self.log_path = log_dir / CRASH_LOG
        self.lang = lang
        self._show = show
        self._showing = False
        self._previous: tuple[object, object] | None = None
        self.report_ready.connect(self.on_report_ready)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if isinstance(exc, UserError):
            log.info("unhandled user error: %s", exc.render("en"))
            msgbox.warning(None, self.tr("无法完成操作"), exc.render(self.lang))
            return
        report = format_report(exc_type, exc, tb)
        self.write(report)
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        self.report_ready.emit(report)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def write(self, report: str) -> None:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(report.rstrip("\n") + "\n\n")
        except OSError:
            log.exception("could not write %s", self.log_path)

    @Slot(str)
    def on_report_ready(self, report: str) -> None:
        if self._showing or QApplication.instance() is None:
            print(report, file=sys.stderr)
            return
        self._showing = True
        try:
            self._show(report, self.log_path)
        finally:
            self._showing = False

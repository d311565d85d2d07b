"""The crash hook logs every unexpected error and reports it; bad input stays a short message."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.i18n import Msg, UserError
from inspector_app.ui.crash import CRASH_LOG, CrashDialog, CrashHandler


@pytest.fixture
def shown() -> list[str]:
    return []


@pytest.fixture
def handler(tmp_path: Path, shown: list[str]) -> CrashHandler:
    return CrashHandler(tmp_path / "logs", show=lambda report, _path: shown.append(report))


def test_handle_writes_crash_log_and_shows_report(handler: CrashHandler, shown: list[str]):
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        handler.handle(*sys.exc_info())
    text = handler.log_path.read_text(encoding="utf-8")
    assert handler.log_path.name == CRASH_LOG
    assert "ZeroDivisionError: division by zero" in text
    assert "test_handle_writes_crash_log" in text
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0]


def test_exception_in_a_slot_reaches_the_hook(qtbot, handler: CrashHandler, shown: list[str]):
    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    handler.install()
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    finally:
        handler.uninstall()
    assert "RuntimeError: slot failed" in handler.log_path.read_text(encoding="utf-8")


def test_thread_exception_is_shown_on_the_ui_thread(qtbot, handler: CrashHandler, shown):
    handler.install()
    seen_on: list[bool] = []
    handler._show = lambda report, _p: seen_on.append(
        threading.current_thread() is threading.main_thread()
    )
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(seen_on), timeout=2000)
    finally:
        handler.uninstall()
    assert seen_on == [True]
    assert "ZeroDivisionError" in handler.log_path.read_text(encoding="utf-8")


def test_install_and_uninstall_restore_previous_hooks(handler: CrashHandler) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_user_error_is_a_message_not_a_crash(handler: CrashHandler, shown, caplog) -> None:
    error = UserError(Msg("信用代码无效", "invalid credit code"))
    handler.handle(UserError, error, None)
    assert shown == []
    assert not handler.log_path.exists()
    assert any("信用代码无效" in r.getMessage() for r in caplog.records)


def test_report_dialog_is_read_only_and_copies(qtbot, tmp_path: Path) -> None:
    dialog = CrashDialog("Traceback (most recent call last):\nBoom", tmp_path / CRASH_LOG)
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly()
    assert str(tmp_path / CRASH_LOG) in dialog.intro.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text().endswith("Boom")
    assert dialog.copy_button.text() == "已复制"

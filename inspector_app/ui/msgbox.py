"""The one way the app shows a message box (after qutebrowser's ``misc/msgbox.py``).

Tests and smoke runs switch boxes off with :func:`set_suppressed` (or ``--no-err-windows``):
the message is then logged instead, so nothing modal ever blocks an unattended run.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

_suppressed = False

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton


def set_suppressed(flag: bool) -> None:
    global _suppressed
    _suppressed = flag


def is_suppressed() -> bool:
    return _suppressed


def msgbox(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = Icon.Information,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox.StandardButton:
    """Show a modal box and return the button pressed (``default`` when suppressed)."""
    if _suppressed:
        level = logging.INFO if icon == Icon.Information else logging.WARNING
        log.log(level, "message box suppressed: %s: %s", title, text)
        return default
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    box.exec()
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else default
    return QMessageBox.StandardButton(clicked)


def information(parent: QWidget | None, title: str, text: str) -> None:
    msgbox(parent, title, text, icon=Icon.Information)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    msgbox(parent, title, text, icon=Icon.Warning)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    msgbox(parent, title, text, icon=Icon.Critical)

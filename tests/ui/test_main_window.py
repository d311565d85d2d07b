"""The main window opens on the enterprise page and switches pages from the navigation list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector_app.config import DataPaths
from inspector_app.store.engine import Database
from inspector_app.ui.cases_page import CasesPage
from inspector_app.ui.documents_page import DocumentsPage
from inspector_app.ui.enterprises_page import EnterprisesPage
from inspector_app.ui.inspections_page import InspectionsPage
from inspector_app.ui.main_window import PAGES, MainWindow
from inspector_app.ui.sync_page import SyncPage
from inspector_app.ui.today_page import TodayPage


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path) -> MainWindow:
    win = MainWindow(database, DataPaths(data_dir))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_opens_on_enterprises_with_status(window: MainWindow, data_dir: Path) -> None:
    assert window.windowTitle() == "现场执法检查"
    assert window.current_page() == "enterprises"
    assert isinstance(window.stack.currentWidget(), EnterprisesPage)
    assert str(data_dir) in window.data_label.text()
    assert window.connection_label.text() == "离线"
    assert (window.width(), window.height()) == (1200, 760)


def test_clicking_the_navigation_switches_pages(qtbot, window: MainWindow) -> None:
    for row, key in enumerate(PAGES):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page() == key
        assert window.stack.currentWidget() is window.pages[key]
    real = {
        "today": TodayPage,
        "enterprises": EnterprisesPage,
        "inspections": InspectionsPage,
        "cases": CasesPage,
        "documents": DocumentsPage,
        "sync": SyncPage,
    }
    for key in PAGES:  # no placeholder pages remain
        assert type(window.pages[key]) is real[key], key


def test_signed_out_the_status_bar_and_inspections_page_say_so(window: MainWindow) -> None:
    assert window.officer_label.text() == "未登录"
    page = window.inspections_page
    assert not page.new_button.isEnabled()
    assert "请先登录" in page.notice.text()

"""The main window: a navigation list on the left switching the pages on the right.

Kept small on purpose: each page is its own module; the window only wires them together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from inspector_app.cases.settings import CaseSettings
from inspector_app.config import DataPaths, load_settings
from inspector_app.evidence.context import EvidenceContext
from inspector_app.inspections.auth import OfficerChoice
from inspector_app.store.engine import Database
from inspector_app.ui.cases_page import CasesPage
from inspector_app.ui.documents_page import DocumentsPage
from inspector_app.ui.enterprises_page import EnterprisesPage
from inspector_app.ui.inspections_page import InspectionsPage
from inspector_app.ui.sign_in_dialog import SignInDialog
from inspector_app.ui.sync_page import SyncPage
from inspector_app.ui.today_page import TodayPage

PAGES = ("today", "enterprises", "inspections", "cases", "documents", "sync")


class MainWindow(QMainWindow):
    """``pages[key]`` is the page widget for each key in PAGES."""

    def __init__(
        self,
        database: Database,
        paths: DataPaths,
        start_page: str = "enterprises",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("现场执法检查"))
        self.resize(1200, 760)
        self.database = database
        self.paths = paths
        self._evidence_context: EvidenceContext | None = None
        self.officer: OfficerChoice | None = None

        titles = {
            "today": self.tr("今日"),
            "enterprises": self.tr("企业"),
            "inspections": self.tr("检查"),
            "cases": self.tr("案件"),
            "documents": self.tr("文书"),
            "sync": self.tr("同步"),
        }
        self.pages: dict[str, QWidget] = {
            "today": TodayPage(database.sessions, today=today),
            "enterprises": EnterprisesPage(database.sessions, today=today),
            "inspections": InspectionsPage(
                database.sessions,
                evidence_context=self.evidence_context,
                backfill_hours=lambda: load_settings(paths).backfill_warning_hours,
                today=today,
            ),
            "cases": CasesPage(
                database.sessions,
                evidence_context=self.evidence_context,
                today=today,
                settings=lambda: CaseSettings.from_extra(load_settings(paths).extra),
            ),
            "documents": DocumentsPage(database.sessions),
            "sync": SyncPage(
                database,
                paths.blobs,
                certificate=lambda: self.officer.certificate_no if self.officer else "",
            ),
        }

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for key in PAGES:
            item = QListWidgetItem(titles[key])
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 20))
            self.nav.addItem(item)
            self.stack.addWidget(self.pages[key])
        widest = max(self.nav.fontMetrics().horizontalAdvance(t) for t in titles.values())
        self.nav.setFixedWidth(max(120, widest + 56))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.officer_label = QLabel()
        self.officer_label.setObjectName("officerLabel")
        self.data_label = QLabel(self.tr("数据文件夹：{path}").format(path=paths.root))
        self.connection_label = QLabel(self.tr("离线"))
        self.statusBar().addWidget(self.officer_label)
        self.statusBar().addWidget(self.data_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)

        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        self.inspections_page.sign_in_requested.connect(self.sign_in)
        self.today_page.open_inspection.connect(self.on_open_inspection)
        self.sync_page.online_changed.connect(self.on_online_changed)
        self.sync_page.synced.connect(self.today_page.refresh)
        self.today_page.open_enterprise.connect(self.on_open_enterprise)
        self.inspections_page.case_opened.connect(self.on_case_opened)
        self.today_page.open_case.connect(self.on_case_opened)
        self.set_officer(None)
        self.show_page(start_page)

    @property
    def enterprises_page(self) -> EnterprisesPage:
        page = self.pages["enterprises"]
        assert isinstance(page, EnterprisesPage)
        return page

    def evidence_context(self) -> EvidenceContext:
        """Built once, on first use: it reads the device id and the size-limit setting."""
        if self._evidence_context is None:
            settings = load_settings(self.paths)
            self._evidence_context = EvidenceContext.from_paths(self.paths, settings)
        return self._evidence_context

    @property
    def documents_page(self) -> DocumentsPage:
        page = self.pages["documents"]
        assert isinstance(page, DocumentsPage)
        return page

    @property
    def sync_page(self) -> SyncPage:
        page = self.pages["sync"]
        assert isinstance(page, SyncPage)
        return page

    @Slot(bool)
    def on_online_changed(self, online: bool) -> None:
        self.connection_label.setText(self.tr("在线") if online else self.tr("离线"))

    def stop_background_work(self) -> None:
        """Ask running jobs to stop at their next safe point (the app is closing)."""
        self.sync_page.cancel_event.set()
        if self.inspections_page.workspace is not None:
            importer = self.inspections_page.workspace.evidence.importer
            if importer is not None:
                importer.job.cancel()

    @property
    def today_page(self) -> TodayPage:
        page = self.pages["today"]
        assert isinstance(page, TodayPage)
        return page

    @Slot(object)
    def on_open_inspection(self, inspection_id: object) -> None:
        if self.officer is None and not self.sign_in():
            return
        self.show_page("inspections")
        self.inspections_page.open_inspection(inspection_id)  # type: ignore[arg-type]

    @Slot(str)
    def on_open_enterprise(self, name: str) -> None:
        self.show_page("enterprises")
        page = self.enterprises_page
        page.search_box.setText(name)
        page.on_search_timeout()
        if page.model.rowCount():
            page.select_row(0)

    @property
    def cases_page(self) -> CasesPage:
        page = self.pages["cases"]
        assert isinstance(page, CasesPage)
        return page

    @Slot(object)
    def on_case_opened(self, case_id: object) -> None:
        self.show_page("cases")
        self.cases_page.show_case(case_id)  # type: ignore[arg-type]

    @property
    def inspections_page(self) -> InspectionsPage:
        page = self.pages["inspections"]
        assert isinstance(page, InspectionsPage)
        return page

    def set_officer(self, officer: OfficerChoice | None) -> None:
        """Who is working: shown in the status bar and passed to every page that records."""
        self.officer = officer
        self.officer_label.setText(
            self.tr("执法人员：{name}（{number}）").format(
                name=officer.name, number=officer.certificate_no
            )
            if officer
            else self.tr("未登录")
        )
        self.inspections_page.set_officer(officer)
        self.documents_page.set_officer(officer)
        self.cases_page.set_officer(officer)

    @Slot()
    def sign_in(self) -> bool:
        """Ask for sign-in; on success go to the inspections, resuming one left in progress."""
        officer = SignInDialog.run(self.database.sessions, self)
        if officer is None:
            return False
        self.set_officer(officer)
        self.show_page("inspections")
        self.inspections_page.resume_latest()
        return True

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    @Slot(int)
    def on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            if PAGES[row] == "today":
                self.today_page.refresh()
            elif PAGES[row] == "cases":
                self.cases_page.refresh()
            elif PAGES[row] == "documents":
                self.documents_page.model.refresh()
            elif PAGES[row] == "sync":
                self.sync_page.refresh()

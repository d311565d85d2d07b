"""The enterprise page as an officer uses it: type, wait, pick a row, read the details."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from inspector_app.store import Agency, Inspection, InspectionKind, InspectionStatus
from inspector_app.store.engine import Database
from inspector_app.ui.enterprise_model import Column
from inspector_app.ui.enterprises_page import SEARCH_DELAY_MS, EnterprisesPage

Add = Callable[..., list]
NAMES = [
    "兰州某精细化工有限公司",
    "白银有色金属有限公司",
    "兰州新区水泥有限公司",
    "甘肃陇原制药股份有限公司",
]


@pytest.fixture
def page(qtbot, database: Database, today: date) -> EnterprisesPage:
    widget = EnterprisesPage(database.sessions, today=lambda: today)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def shown_names(page: EnterprisesPage) -> list[str]:
    model = page.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def type_text(qtbot, box: QLineEdit, text: str) -> None:
    """ASCII as key presses; Chinese the way an input method delivers it (QTest aborts on it)."""
    if text.isascii():
        qtbot.keyClicks(box, text)
        return
    box.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def type_query(qtbot, page: EnterprisesPage, text: str) -> None:
    page.search_box.clear()
    type_text(qtbot, page.search_box, text)
    with qtbot.waitSignal(page.model.modelReset, timeout=SEARCH_DELAY_MS * 10):
        pass
    assert page.model.query == text.strip()


def test_typing_searches_after_a_pause(qtbot, add_enterprises: Add, database: Database) -> None:
    add_enterprises(NAMES)
    page = EnterprisesPage(database.sessions)
    qtbot.addWidget(page)
    assert len(shown_names(page)) == 4  # browsing everything
    type_text(qtbot, page.search_box, "化工")
    assert page.search_box.text() == "化工"
    assert page.search_timer.isActive()  # debounced: nothing searched yet
    assert len(shown_names(page)) == 4
    qtbot.waitUntil(lambda: shown_names(page) == ["兰州某精细化工有限公司"], timeout=2000)
    assert page.status.text() == "找到 1 家企业"


def test_pinyin_initials_and_no_match(qtbot, add_enterprises: Add, page: EnterprisesPage) -> None:
    add_enterprises(NAMES)
    page.model.refresh()
    type_query(qtbot, page, "gslyzy")  # 甘肃陇原制药
    assert shown_names(page) == ["甘肃陇原制药股份有限公司"]
    type_query(qtbot, page, "不存在的企业")
    assert shown_names(page) == []
    assert page.status.text() == "没有找到匹配的企业"


def test_selecting_a_row_fills_the_detail_pane(
    qtbot, add_enterprises: Add, database: Database, page: EnterprisesPage, today: date
) -> None:
    (chem,) = add_enterprises(
        ["兰州某精细化工有限公司"],
        legal_representative="周建国",
        address="兰州市西固区合水路88号",
        region_code="620104",
        industry="化学原料和化学制品制造业",
        longitude=103.6281,
        latitude=36.0972,
        permit_no="91620104MA7C3K2X1R001P",
        permit_valid_from=today - timedelta(days=1800),
        permit_valid_to=today + timedelta(days=20),
        key_discharge_unit=True,
        contact_person="赵强",
        contact_phone="13909310001",
    )
    add_enterprises(["白银有色金属有限公司"])
    with database.session() as session:
        agency = Agency(code="620100", name="兰州市生态环境局", region_code="620100")
        session.add(agency)
        session.flush()
        for day, kind in ((3, InspectionKind.RANDOM), (40, InspectionKind.COMPLAINT)):
            session.add(
                Inspection(
                    agency_id=agency.id,
                    enterprise_id=chem.id,
                    kind=kind,
                    status=InspectionStatus.FINISHED,
                    place="一车间",
                    started_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC) - timedelta(days=day),
                )
            )
    type_query(qtbot, page, "化工")
    page.select_row(0)
    labels = page.detail.labels
    assert page.detail.title.text() == "兰州某精细化工有限公司"
    assert labels["credit_code"].text() == chem.credit_code
    assert labels["legal_representative"].text() == "周建国"
    assert labels["coordinates"].text() == "103.628100, 36.097200"
    assert labels["key_discharge_unit"].text() == "是"
    assert labels["positive_list"].text() == "否"
    assert "还剩 20 天" in labels["permit_validity"].text()
    assert "#b26a00" in labels["permit_validity"].styleSheet()
    lines = labels["inspections"].text().splitlines()
    assert len(lines) == 2
    assert "双随机抽查" in lines[0] and "信访投诉" in lines[1]  # newest first

    type_query(qtbot, page, "白银")
    assert not page.detail.form_widget.isVisibleTo(page.detail)  # reset clears the pane
    page.select_row(0)
    assert page.detail.labels["inspections"].text() == "暂无检查记录"
    assert page.detail.labels["permit_validity"].text() == "—"


def test_browse_mode_fetches_more_when_scrolled(
    qtbot, add_enterprises: Add, database: Database
) -> None:
    add_enterprises(f"企业{i:04d}" for i in range(450))
    page = EnterprisesPage(database.sessions)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=2000)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 450, timeout=2000)
    assert page.model.index(449, Column.NAME).data() == "企业0449"


def test_expired_permit_is_red(qtbot, add_enterprises: Add, page: EnterprisesPage, today) -> None:
    add_enterprises(["过期企业"], permit_valid_to=today - timedelta(days=5))
    page.model.refresh()
    page.select_row(0)
    label = page.detail.labels["permit_validity"]
    assert "已过期 5 天" in label.text()
    assert "#c62828" in label.styleSheet()
    cell = page.model.index(0, Column.PERMIT_VALID_TO)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"

"""The Today page: expiring permits and inspections left in progress, overdue first."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.modeltest import ModelTester

from inspector_app.store import Enterprise
from inspector_app.store.engine import Database
from inspector_app.ui.today_page import TodayPage


def test_lists_expired_first_then_expiring_and_opens_the_enterprise(
    qtbot, database: Database, add_enterprises, today: date
) -> None:
    add_enterprises(["兰州远期化工有限公司"], permit_valid_to=today + timedelta(days=200))
    add_enterprises(
        ["兰州将到期化工有限公司"], permit_valid_to=today + timedelta(days=20), permit_no="P-20"
    )
    add_enterprises(
        ["兰州已过期化工有限公司"], permit_valid_to=today - timedelta(days=3), permit_no="P-3"
    )
    page = TodayPage(database.sessions, today=lambda: today)
    qtbot.addWidget(page)
    ModelTester(None).check(page.model)

    titles = [e.title for e in page.model.rows]
    assert titles == ["兰州已过期化工有限公司", "兰州将到期化工有限公司"]
    assert "已过期" in page.model.index(0, 3).data()
    assert "还剩 20 天" in page.model.index(1, 3).data()
    assert "2 项待办，其中 1 项已逾期" in page.summary.text()

    with qtbot.waitSignal(page.open_enterprise) as opened:
        page.on_row_activated(page.model.index(1, 0))
    assert opened.args == ["兰州将到期化工有限公司"]

    with database.session() as session:
        session.query(Enterprise).filter(Enterprise.permit_no == "P-3").one().permit_valid_to = (
            today + timedelta(days=365)
        )
    page.refresh()
    assert [e.title for e in page.model.rows] == ["兰州将到期化工有限公司"]

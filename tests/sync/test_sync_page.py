"""The Sync page against a real server: connect once, sync in the background, see the outbox,
and a dead line reported in plain words with nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from inspector_app.checklists.catalog import register_templates
from inspector_app.inspections import service as svc
from inspector_app.store import Enterprise, InspectionKind, Officer
from inspector_app.store.engine import open_database
from inspector_app.ui.sync_page import SyncPage
from inspector_server.pytest_plugin import PASSWORD, credit_code

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def laptop_db(tmp_path: Path):
    db = open_database(tmp_path / "laptop" / "inspector.db")
    yield db
    db.close()


def wait_idle(qtbot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)


def test_connect_sync_and_push_an_inspection(qtbot, agency, laptop_db, tmp_path) -> None:
    admin = agency.login("A0")
    registry = [
        {"credit_code": credit_code(1), "name": "兰州第1精细化工有限公司", "region_code": "620104"}
    ]
    admin.post("/v1/enterprises", json=registry)
    page = SyncPage(laptop_db, tmp_path / "laptop" / "blobs", auto=False)
    qtbot.addWidget(page)
    assert "尚未连接服务器" in page.server_label.text()
    assert not page.sync_button.isEnabled()

    with qtbot.waitSignal(page.online_changed, timeout=60_000) as online:
        page.connect_to(agency.server.url, agency.code, agency.staff["O1"].certificate_no, PASSWORD)
    assert online.args == [True]
    wait_idle(qtbot, page)
    assert agency.server.url in page.server_label.text()
    assert "从未" not in page.summary.text()
    assert "同步完成" in page.message.text()

    with laptop_db.session() as s:  # the registry came down: inspect with it, offline
        officers = list(
            s.scalars(
                select(Officer.id).where(
                    Officer.certificate_no.in_(
                        [agency.staff["O1"].certificate_no, agency.staff["O2"].certificate_no]
                    )
                )
            )
        )
        plant = s.scalars(
            select(Enterprise.id).where(Enterprise.credit_code == credit_code(1))
        ).one()
        templates = {t.code: t.id for t in register_templates(s)}
        request = svc.StartRequest(plant, [templates["hw"]], InspectionKind.RANDOM, officers)
        svc.start(s, request, by=officers[0])
    page.refresh()
    assert page.status.pending > 0
    waiting = page.status.pending

    page.start_sync()
    wait_idle(qtbot, page)
    assert page.status.pending == 0
    assert page.last_report.pushed >= waiting
    ModelTester(None).check(page.outbox)
    statuses = {page.outbox.index(r, 3).data() for r in range(page.outbox.rowCount())}
    assert statuses == {"已上传"}


def test_a_dead_server_is_reported_in_plain_words_and_keeps_the_outbox(
    qtbot, laptop_db, tmp_path
) -> None:
    from inspector_app.sync import state

    with laptop_db.session() as s:
        state.put(s, state.SERVER_URL, "http://127.0.0.1:9")
        state.put(s, state.REFRESH_TOKEN, "stale")
    page = SyncPage(laptop_db, tmp_path / "blobs", auto=False)
    qtbot.addWidget(page)
    assert page.sync_button.isEnabled()
    page.start_sync()
    wait_idle(qtbot, page)
    assert "无法连接服务器" in page.error.text()
    assert page.online is False

"""The Documents page: every stored document, reprinted from its stored bytes, voided with a
reason while its number stays taken."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester
from sqlalchemy import select
from tests_support import start_scenario_one

from inspector_app.cases.issuing import issue_document
from inspector_app.cases.numbering import add_block, draw_number
from inspector_app.forms.samples import sample
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Agency, Document
from inspector_app.store.engine import Database
from inspector_app.ui import inspection_dialogs
from inspector_app.ui.documents_page import DocumentsPage


def test_lists_issued_documents_and_voids_one(qtbot, database: Database, monkeypatch) -> None:
    with database.session() as session:
        seed_demo(session)
    officer, inspection_id = start_scenario_one(database)
    on = date(2026, 11, 24)
    with database.session() as session:
        agency = session.scalars(select(Agency)).one()
        add_block(session, agency.id, "order_to_correct", 2026, 1, 10)
        data = sample("order_to_correct")
        data.pop("number")  # drawn from this laptop's block instead
        issued = issue_document(
            session,
            agency.id,
            "order_to_correct",
            data,
            on,
            by=officer.id,
            inspection_id=inspection_id,
        )
        number = issued.number
    page = DocumentsPage(database.sessions)
    qtbot.addWidget(page)
    page.set_officer(officer)
    ModelTester(None).check(page.model)
    assert [r.number for r in page.model.rows] == [number]
    assert page.model.rows[0].enterprise == "兰州某精细化工有限公司"
    assert "责令改正" in page.model.index(0, 1).data()

    page.table.selectRow(0)
    monkeypatch.setattr(
        inspection_dialogs.ReasonDialog, "ask", classmethod(lambda cls, p, t, e: "当事人名称写错")
    )
    page.on_void()
    assert "已作废" in page.model.index(0, 1).data()
    with database.session() as session:
        document = session.scalars(select(Document)).one()
        assert document.voided and document.void_reason == "当事人名称写错"
        again = draw_number(session, agency.id, "order_to_correct", on)
    assert again.number != number  # a voided number is never drawn again

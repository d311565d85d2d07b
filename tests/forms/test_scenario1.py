"""Scenario 1's paper trail: order on site, prior notice, decision, service, re-check, closing.

Numbers come from the demo agency's own abbreviations and blocks; each later document quotes
the numbers of the earlier ones, and every stored PDF still matches its snapshot and hash.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pdftext import pdf_text
from sqlalchemy import select

from inspector_app.cases.issuing import issue_document, rerender
from inspector_app.cases.numbering import add_block
from inspector_app.forms.base import sha256
from inspector_app.forms.samples import sample
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Agency, Document, Officer
from inspector_app.store.audit import verify_session_chain
from inspector_app.store.engine import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "inspector.db")
    yield database
    database.close()


def fresh(code: str) -> dict:
    data = sample(code)
    data.pop("number", None)
    data.pop("issued_on", None)
    return data


def test_scenario_one_documents(db: Database) -> None:
    with db.session() as s:
        seed_demo(s)
        agency = s.scalars(select(Agency)).one()
        li = s.scalars(select(Officer).where(Officer.certificate_no == "62010001")).one()
        for code in ("order_to_correct", "prior_notice", "penalty_decision"):
            add_block(s, agency.id, code, 2026, 1, 100)
        agency_id, by = agency.id, li.id

    def issue(code: str, data: dict, on: date) -> Document:
        with db.session() as s:
            return issue_document(s, agency_id, code, data, on, by=by)

    order = issue("order_to_correct", fresh("order_to_correct"), date(2026, 11, 20))
    assert order.number == "兰环责改〔2026〕1号"  # the agency's own 责改
    notice = issue("prior_notice", fresh("prior_notice"), date(2026, 11, 25))
    assert notice.number == "兰环罚告〔2026〕1号"  # the registry's default 罚告
    decision_data = fresh("penalty_decision")
    decision_data["prior_notice_number"] = notice.number
    decision = issue("penalty_decision", decision_data, date(2026, 12, 12))
    assert decision.number == "兰环罚〔2026〕1号"

    service = fresh("proof_of_service")
    service["documents"] = [{"title": "行政处罚决定书", "number": decision.number}]
    served = issue("proof_of_service", service, date(2026, 12, 13))
    recheck = fresh("recheck_record")
    recheck["order_number"] = order.number
    rechecked = issue("recheck_record", recheck, date(2026, 12, 10))
    closing = fresh("closing_approval")
    closing["decision_number"] = decision.number
    closed = issue("closing_approval", closing, date(2026, 12, 22))

    decision_text = pdf_text(decision.pdf)
    assert "《行政处罚事先告知书》（兰环罚告〔2026〕1号）" in decision_text
    assert "罚款壹拾贰万叁仟元整（¥123000元）" in decision_text
    assert "兰环罚〔2026〕1号" in pdf_text(served.pdf)
    assert "兰环责改〔2026〕1号" in pdf_text(rechecked.pdf)
    assert "兰环罚〔2026〕1号" in pdf_text(closed.pdf)
    with db.session() as s:
        documents = list(s.scalars(select(Document)))
        assert len(documents) == 6
        for document in documents:
            assert sha256(document.pdf) == document.pdf_sha256
            assert rerender(document) == document.pdf
        assert verify_session_chain(s) is None

"""Issuing: a refused document spends no number; number, document and audit commit together."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pdftext import pdf_text
from sqlalchemy import select

from inspector_app.cases import numbering as nb
from inspector_app.cases.issuing import issue_document, rerender
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError
from inspector_app.store import Agency, AuditEvent, Document, IssuedNumber
from inspector_app.store.engine import Database, open_database

DAY = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "inspector.db")
    yield database
    database.close()


@pytest.fixture
def agency(db: Database) -> uuid.UUID:
    with db.session() as s:
        row = Agency(
            code="620100",
            name="兰州市生态环境局",
            region_code="620100",
            doc_abbreviations={"agency": "兰环"},
        )
        s.add(row)
        s.flush()
        nb.add_block(s, row.id, "prior_notice", 2026, 80, 99)
        return row.id


def notice_data() -> dict:
    data = sample("prior_notice")
    del data["number"], data["issued_on"]
    return data


def test_issue_draws_the_number_and_prints_it(db: Database, agency: uuid.UUID) -> None:
    with db.session() as s:
        doc = issue_document(s, agency, "prior_notice", notice_data(), DAY)
        doc_id = doc.id
    with db.session() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.number == "兰环罚告〔2026〕80号"
        text = pdf_text(doc.pdf)
        assert "兰环罚告〔2026〕80号" in text and "2026年11月25日" in text
        assert rerender(doc) == doc.pdf  # the stored snapshot reproduces the stored bytes
        issued = s.scalars(select(IssuedNumber)).one()
        assert issued.document_id == doc_id
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
        assert actions[-2:] == ["number.draw", "document.issue"]


def test_refused_document_spends_no_number(db: Database, agency: uuid.UUID) -> None:
    data = notice_data()
    data["facts"] = ""
    with db.session() as s, pytest.raises(UserError, match="缺少必填项：违法事实"):
        issue_document(s, agency, "prior_notice", data, DAY)
    with db.session() as s:
        assert s.scalars(select(IssuedNumber)).all() == []
        assert nb.remaining(s, agency, "prior_notice", 2026) == 20
        doc = issue_document(s, agency, "prior_notice", notice_data(), DAY)
        assert doc.number == "兰环罚告〔2026〕80号"


def test_correction_is_a_new_version_with_a_new_number(db: Database, agency) -> None:
    with db.session() as s:
        first = issue_document(s, agency, "prior_notice", notice_data(), DAY)
        nb.void_number(s, first.number or "", "罚款金额有误")
        data = notice_data()
        data["fine_fen"] = 100_000_00
        second = issue_document(s, agency, "prior_notice", data, DAY, supersedes=first)
        assert (second.version, second.supersedes_id) == (2, first.id)
        assert second.number == "兰环罚告〔2026〕81号"
        assert first.voided and not second.voided


def test_unnumbered_form_is_stored_without_a_number(db: Database, agency) -> None:
    with db.session() as s:
        doc = issue_document(s, agency, "recheck_record", sample("recheck_record"), DAY)
        assert doc.number is None and doc.renderer == "recheck_record/1"
        assert s.scalars(select(IssuedNumber)).all() == []

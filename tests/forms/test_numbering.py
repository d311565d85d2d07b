"""Document numbers: sequence per agency/year/type, blocks, exhaustion, no reuse, voiding."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from inspector_app.cases import numbering as nb
from inspector_app.i18n import UserError
from inspector_app.store import Agency, AuditEvent, Document, IssuedNumber
from inspector_app.store.audit import verify_session_chain
from inspector_app.store.engine import Database, open_database

DAY = date(2026, 11, 25)
ABBREVIATIONS = {"agency": "兰环", "penalty": "罚", "order": "责改"}


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
            doc_abbreviations=ABBREVIATIONS,
        )
        s.add(row)
        s.flush()
        return row.id


def block(db: Database, agency: uuid.UUID, code: str, year: int, first: int, last: int) -> None:
    with db.session() as s:
        nb.add_block(s, agency, code, year, first, last)


def draw(db: Database, agency: uuid.UUID, code: str, on: date = DAY) -> str:
    with db.session() as s:
        return nb.draw_number(s, agency, code, on).number


def test_sequence_per_type_with_the_agency_abbreviations(db: Database, agency) -> None:
    block(db, agency, "penalty_decision", 2026, 1, 10)
    block(db, agency, "prior_notice", 2026, 80, 90)
    assert [draw(db, agency, "penalty_decision") for _ in range(3)] == [
        "兰环罚〔2026〕1号",
        "兰环罚〔2026〕2号",
        "兰环罚〔2026〕3号",
    ]
    # prior notice: the registry's default 罚告 where the agency set none
    assert draw(db, agency, "prior_notice") == "兰环罚告〔2026〕80号"
    assert draw(db, agency, "penalty_decision") == "兰环罚〔2026〕4号"
    with db.session() as s:
        assert nb.remaining(s, agency, "penalty_decision", 2026) == 6


def test_serial_restarts_each_year(db: Database, agency) -> None:
    block(db, agency, "order_to_correct", 2026, 1, 5)
    block(db, agency, "order_to_correct", 2027, 1, 5)
    assert draw(db, agency, "order_to_correct") == "兰环责改〔2026〕1号"
    assert draw(db, agency, "order_to_correct", date(2027, 1, 2)) == "兰环责改〔2027〕1号"
    assert draw(db, agency, "order_to_correct") == "兰环责改〔2026〕2号"


def test_exhausted_block_gives_a_clear_message_and_next_block_continues(db, agency) -> None:
    block(db, agency, "penalty_decision", 2026, 1, 2)
    draw(db, agency, "penalty_decision")
    draw(db, agency, "penalty_decision")
    with pytest.raises(UserError) as caught:
        draw(db, agency, "penalty_decision")
    assert "文号已用完" in caught.value.msg.zh and "1–2" in caught.value.msg.zh
    assert "used up" in caught.value.msg.en
    block(db, agency, "penalty_decision", 2026, 101, 200)  # e.g. leased by sync
    assert draw(db, agency, "penalty_decision") == "兰环罚〔2026〕101号"


def test_no_block_and_bad_blocks_are_refused(db: Database, agency) -> None:
    with pytest.raises(UserError, match="尚无2026年“行政处罚决定书”的文号段"):
        draw(db, agency, "penalty_decision")
    block(db, agency, "penalty_decision", 2026, 1, 50)
    with pytest.raises(UserError, match="重叠"):
        block(db, agency, "penalty_decision", 2026, 50, 60)
    with pytest.raises(UserError, match="文号段不正确"):
        block(db, agency, "penalty_decision", 2026, 0, 10)
    with pytest.raises(UserError, match="不编文号"):
        block(db, agency, "inquiry_record", 2026, 1, 10)


def test_rolled_back_draw_leaves_no_trace(db: Database, agency) -> None:
    """A draw commits with the document that carries it, or not at all."""
    block(db, agency, "penalty_decision", 2026, 1, 10)
    with pytest.raises(RuntimeError), db.session() as s:
        nb.draw_number(s, agency, "penalty_decision", DAY)
        raise RuntimeError("crash before the document was stored")
    with db.session() as s:
        assert s.scalars(select(IssuedNumber)).all() == []
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "number.draw")).all() == []
    assert draw(db, agency, "penalty_decision") == "兰环罚〔2026〕1号"


def test_committed_number_is_never_reused_even_with_a_stale_block(db, agency) -> None:
    block(db, agency, "penalty_decision", 2026, 1, 10)
    first = draw(db, agency, "penalty_decision")
    second = draw(db, agency, "penalty_decision")
    with db.engine.begin() as conn:  # as after restoring an old copy of the counter
        conn.execute(text("UPDATE number_blocks SET next_seq = first_seq"))
    third = draw(db, agency, "penalty_decision")
    assert third == "兰环罚〔2026〕3号" and third not in (first, second)
    with db.session() as s:
        numbers = [n.number for n in s.scalars(select(IssuedNumber))]
    assert len(numbers) == len(set(numbers)) == 3


def _store_document(db: Database, number: str) -> uuid.UUID:
    pdf = b"%PDF-1.4 test"
    with db.session() as s:
        doc = Document(
            kind="penalty_decision",
            number=number,
            snapshot={"number": number},
            renderer="penalty_decision/1",
            pdf=pdf,
            pdf_sha256=hashlib.sha256(pdf).hexdigest(),
            generated_at=datetime.now(UTC),
        )
        s.add(doc)
        s.flush()
        nb.link_document(s, number, doc.id)
        return doc.id


def test_void_keeps_the_number_and_marks_the_document(db: Database, agency) -> None:
    block(db, agency, "penalty_decision", 2026, 1, 10)
    number = draw(db, agency, "penalty_decision")
    doc_id = _store_document(db, number)
    with db.session() as s:
        nb.void_number(s, number, "当事人名称打印错误，重新制作")
    with db.session() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.voided and doc.number == number
        assert doc.void_reason == "当事人名称打印错误，重新制作"
        issued = s.scalars(select(IssuedNumber).where(IssuedNumber.number == number)).one()
        assert issued.voided and issued.document_id == doc_id
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
        assert actions == ["number.block_added", "number.draw", "number.void"]
        assert verify_session_chain(s) is None
    assert draw(db, agency, "penalty_decision") == "兰环罚〔2026〕2号"  # not the voided 1
    with db.session() as s, pytest.raises(UserError, match="已作废"):
        nb.void_number(s, number, "再次作废")
    with db.session() as s, pytest.raises(UserError, match="须说明理由"):
        nb.void_number(s, "兰环罚〔2026〕2号", "  ")


def test_branch_and_custom_format(db: Database, agency) -> None:
    with db.session() as s:
        s.get(Agency, agency).doc_abbreviations = {
            "agency": "湛",
            "branch": "吴",
            "penalty": "环罚",
        }
    block(db, agency, "penalty_decision", 2021, 18, 20)
    assert draw(db, agency, "penalty_decision", date(2021, 3, 1)) == "湛（吴）环罚〔2021〕18号"
    with db.session() as s:
        s.get(Agency, agency).doc_abbreviations = {"agency": "LZ", "penalty": "罚"}
    with pytest.raises(UserError, match="不符合文号格式"):
        draw(db, agency, "penalty_decision", date(2021, 3, 1))


@pytest.mark.parametrize(
    ("number", "year", "seq"),
    [
        ("兰环罚告〔2024〕80号", 2024, 80),
        ("衡环罚决〔2023〕502号", 2023, 502),
        ("铜环高罚字〔2022〕3号", 2022, 3),
        ("湛(吴)环罚事告字〔2021〕5号", 2021, 5),
        ("惠市环(龙门)罚[2021]5号", 2021, 5),
        ("黔东南环罚[2018]10号", 2018, 10),
        ("兰环罚〔2026〕第7号", 2026, 7),
    ],
)
def test_regex_accepts_the_observed_numbers(number: str, year: int, seq: int) -> None:
    parsed = nb.parse_number(number)
    assert (parsed.year, parsed.seq) == (year, seq)


@pytest.mark.parametrize(
    "number", ["兰环罚〔26〕1号", "兰环罚2026年1号", "LZ罚〔2026〕1号", "兰环罚〔2026〕号", ""]
)
def test_regex_refuses_malformed_numbers(number: str) -> None:
    with pytest.raises(UserError, match="文号格式不正确"):
        nb.parse_number(number)

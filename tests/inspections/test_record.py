"""The on-site inspection record: what the PDF says, determinism, and the back-fill guard."""

import io
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select
from test_service import FINDINGS, answer_all, start

from inspector_app.cases.signing import blob_resolver, sign_document
from inspector_app.inspections import service as svc
from inspector_app.inspections.record import BackfillReasonRequiredError, generate_record, rerender
from inspector_app.store import AuditEvent, Document


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def finished(world):
    party = svc.PartyPresent(name="赵强", position="EHS经理", id_number="11010519491231002X")
    inspection_id = start(world, parties=[party])
    answer_all(world, inspection_id)
    with world.db.session() as s:
        svc.finish(s, inspection_id, world.li)
    return inspection_id


def test_record_says_who_what_and_why(world, finished, tmp_path: Path) -> None:
    with world.db.session() as s:
        document = generate_record(s, finished, world.li)
    text = pdf_text(document.pdf, tmp_path)
    flat = "".join(text.split())
    for expected in (
        "现场检查笔录",
        "兰州某精细化工有限公司",
        world.plant_code,
        "李明",
        "62010001",
        "王芳",
        "62010002",
        "赵强",
        "11010519491231002X",
        "第1页共",
        "以上笔录我已看过",
    ):
        assert expected in flat, expected
    for note in FINDINGS.values():
        assert note in flat
    assert "《固体废物污染环境防治法》第七十七条" in flat  # a2's legal basis
    assert "《固体废物污染环境防治法》第七十八条" in flat  # a4's legal basis


def test_same_snapshot_same_bytes(world, finished) -> None:
    with world.db.session() as s:
        first = generate_record(s, finished, world.li)
    with world.db.session() as s:
        again = generate_record(s, finished, world.li)
        assert again.id == first.id  # nothing changed, nothing new stored
        assert rerender(again) == again.pdf


def test_late_record_needs_a_reason_that_is_logged(world, finished) -> None:
    later = datetime.now(UTC) + timedelta(hours=13)
    with world.db.session() as s, pytest.raises(BackfillReasonRequiredError):
        generate_record(s, finished, world.li, backfill_hours=12, now=later)
    with world.db.session() as s:
        document = generate_record(
            s,
            finished,
            world.li,
            backfill_hours=12,
            now=later,
            late_reason="现场打印机故障，返回后补打",
        )
        assert document.late_reason == "现场打印机故障，返回后补打"
    with world.db.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.generated")).one()
        assert event.payload["late_reason"] == "现场打印机故障，返回后补打"
        assert s.scalars(select(Document)).one().pdf_sha256 == event.payload["sha256"]


def test_record_of_unfinished_inspection_is_refused(world) -> None:
    inspection_id = start(world)
    with world.db.session() as s, pytest.raises(Exception, match="检查结束后"):
        generate_record(s, inspection_id, world.li)


def test_a_signed_record_is_kept_when_made_again(world, finished, tmp_path: Path) -> None:
    """The party and an inspector sign the on-site record; making the record again (same
    inspection, nothing changed) returns the signed version instead of an unsigned copy."""
    image = Image.new("RGB", (600, 240), "white")
    ImageDraw.Draw(image).line([(40, 180), (200, 60), (560, 150)], fill=(16, 32, 107), width=8)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    blobs = tmp_path / "blobs"
    day = date(2026, 11, 26)
    with world.db.session() as s:
        record = generate_record(s, finished, world.li)
        party = sign_document(
            s, blobs, record.id, "party", "赵强", world.li, day, png=buffer.getvalue()
        )
        both = sign_document(
            s, blobs, party.id, "officer", "李明", world.li, day, png=buffer.getvalue()
        )
        labels = [m["label"] for m in both.snapshot["signatures"]]
        assert labels == ["被检查单位现场负责人签字", "检查人签字"]
        assert generate_record(s, finished, world.li).id == both.id
        assert rerender(both, blob_resolver(blobs)) == both.pdf
        text = pdf_text(both.pdf, tmp_path)
        assert "赵强" in text and "2026年11月26日" in text

"""The evidence documents as printed: photo sheet, electronic-data list, sampling record with
custody; samples' custody order enforced; same snapshot, same bytes."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from media_samples import jpeg_bytes, mp4_bytes

from inspector_app.evidence import samples as smp
from inspector_app.evidence.annotate import Circle, annotate
from inspector_app.evidence.documents import generate, rerender
from inspector_app.evidence.ingest import ingest_files
from inspector_app.evidence.service import set_caption
from inspector_app.i18n import UserError


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "d.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(text.split())


@pytest.fixture
def evidence(world, ctx, tmp_path: Path):
    card = tmp_path / "card"
    card.mkdir()
    (card / "IMG_1.JPG").write_bytes(jpeg_bytes(size=(1600, 1200), color=(120, 160, 200)))
    (card / "IMG_2.JPG").write_bytes(jpeg_bytes(size=(1200, 1600), color=(90, 60, 30), gps=None))
    (card / "REC_1.MP4").write_bytes(mp4_bytes(125, datetime(2026, 11, 20, 2, 20, tzinfo=UTC)))
    (card / "flow.csv").write_bytes(b"t,q\n1,2\n")
    with world.db.session() as s:
        report = ingest_files(s, ctx, [card], world.inspection, world.li)
    ids = [o.evidence_id for o in report.outcomes]
    with world.db.session() as s:
        set_caption(s, ids[0], "危废暂存间内废矿物油桶未粘贴标签", world.li)
    with world.db.session() as s:
        annotate(s, ctx, ids[0], [Circle(cx=0.5, cy=0.5, r=0.2)], world.li)
    return ids


def test_photo_sheet_says_when_where_who_and_the_hash(world, ctx, evidence, tmp_path) -> None:
    with world.db.session() as s:
        document = generate(s, ctx, "photos", world.inspection, world.li)
        text = pdf_text(document.pdf, tmp_path)
        for expected in (
            "现场照片（图片、影像资料）证据",
            "兰州某精细化工有限公司",
            "第1号",
            "2026年11月20日10时15分",
            "北纬36.058472°，东经103.836736°，海拔1520.5米，精度4.5米",
            "李明",
            "危废暂存间内废矿物油桶未粘贴标签",
            "CanonEOSR6",
            "标注件：原件为第1号",
            "REC_1.MP4",
            "2分05秒",
            "第1页共",
        ):
            assert expected in text, expected
        item_sha = document.snapshot["photos"][0]["sha256"]
        assert item_sha[:40] in text  # the hash is printed (wrapped over lines)
        assert len(document.pdf) < 2_000_000  # photos were shrunk before embedding
        assert rerender(ctx, document) == document.pdf
        assert generate(s, ctx, "photos", world.inspection, world.li).id == document.id


def test_electronic_data_list_has_category_format_and_hash(world, ctx, evidence, tmp_path) -> None:
    with world.db.session() as s:
        document = generate(s, ctx, "edata", world.inspection, world.li)
    text = pdf_text(document.pdf, tmp_path)
    for expected in (
        "电子数据证据清单",
        "IMG_1.JPG",
        "照片",
        "JPEG",
        "REC_1.MP4",
        "视频",
        "MP4",
        "flow.csv",
        "完整性校验值",
        "以上电子数据共5项",
        "李明（执法证号62010001）",
        "电子数据持有人签字",
    ):
        assert expected in text, expected
    for line in document.snapshot["items"]:
        assert line["sha256"][:30] in text


def test_sampling_record_and_custody_order(world, ctx, tmp_path) -> None:
    taken = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    request = smp.SampleInput(
        number="LZ-2026-001-W1",
        medium="废水",
        point="总排口",
        taken_at=taken,
        parameters=["化学需氧量", "氨氮", "pH"],
        container="1L 聚乙烯瓶",
        preservation="加硫酸至pH<2，4℃冷藏",
    )
    with world.db.session() as s:
        sample = smp.record_sample(s, world.inspection, request, world.li)
        with pytest.raises(UserError, match="顺序"):
            smp.hand_to_lab(s, sample.id, "兰州市生态环境监测站", "张华", world.li)
        with pytest.raises(UserError, match="已使用"):
            smp.record_sample(s, world.inspection, request, world.li)
        with pytest.raises(UserError, match="上一环节"):
            smp.seal_sample(s, sample.id, ["FT-0001"], world.wang, at=taken - timedelta(minutes=1))
        smp.seal_sample(
            s, sample.id, ["FT-0001", "FT-0002"], world.wang, at=taken + timedelta(minutes=10)
        )
        smp.hand_to_lab(s, sample.id, "兰州市生态环境监测站", "张华", world.li)
        with pytest.raises(UserError, match="顺序"):
            smp.seal_sample(s, sample.id, ["FT-0003"], world.wang)
    with world.db.session() as s:
        [stored] = smp.list_samples(s, world.inspection)
        assert [c.step for c in stored.custody] == ["taken", "sealed", "handed_to_lab"]
        assert stored.status == "handed_to_lab"
        document = generate(s, ctx, "samples", world.inspection, world.li)
    text = pdf_text(document.pdf, tmp_path)
    for expected in (
        "采样取证登记单",
        "LZ-2026-001-W1",
        "废水",
        "总排口",
        "化学需氧量",
        "氨氮",
        "封条：FT-0001、FT-0002",
        "封存",
        "送检（交实验室）",
        "张华",
        "王芳",
        "李明",
        "兰州市生态环境监测站",
        "被检查单位现场负责人签字",
    ):
        assert expected in text, expected


def _answer_everything_compliant(world) -> None:
    """Answer every visible item of the inspection as compliant, so it can be finished."""
    from inspector_app.checklists.engine import visible_items
    from inspector_app.inspections import service as svc
    from inspector_app.store import Inspection

    with world.db.session() as s:
        inspection = s.get(Inspection, world.inspection)
        for row, template, _ in svc.answers_by_template(s, inspection):
            given: dict[str, object] = {}
            while pending := [i for i in visible_items(template, given) if i.code not in given]:
                for item in pending:
                    value: object = {"number": 1.0, "text": "正常"}.get(item.kind, "Y")
                    if item.kind == "choice":
                        value = next(c.code for c in item.choices if c.compliant)
                    svc.answer(s, world.inspection, row.code, item.code, value, world.li)
                    given[item.code] = value
        svc.finish(s, world.inspection, world.li)


def test_onsite_record_says_what_evidence_was_taken(world, ctx, evidence, tmp_path) -> None:
    from inspector_app.inspections.record import generate_record

    taken = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    with world.db.session() as s:
        request = smp.SampleInput(number="W1", medium="废水", point="总排口", taken_at=taken)
        sample = smp.record_sample(s, world.inspection, request, world.li)
        smp.seal_sample(s, sample.id, ["FT-9"], world.li)
    _answer_everything_compliant(world)
    with world.db.session() as s:
        document = generate_record(s, world.inspection, world.li)
    text = pdf_text(document.pdf, tmp_path)
    assert "现场取证情况" in text
    assert "照片3张（第1、2、5号）" in text and "视频1段（第3号）" in text
    assert "采集样品1个（W1），已封存1个" in text

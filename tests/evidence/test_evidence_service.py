"""What the UI calls: list per item, captions with history, thumbnails rebuilt from the
original, the EXIF panel, and annotation as a derived image that leaves the original alone."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from media_samples import jpeg_bytes
from PIL import Image
from pydantic import ValidationError
from sqlalchemy import select

from inspector_app.evidence import service as ev
from inspector_app.evidence.annotate import Arrow, Circle, Text, annotate
from inspector_app.evidence.ingest import ingest_files
from inspector_app.i18n import UserError
from inspector_app.store import AuditEvent
from inspector_app.store.audit import verify_session_chain


@pytest.fixture
def photo(world, ctx, tmp_path: Path):
    data = jpeg_bytes(size=(600, 400), orientation=6)  # camera held upright: rotate 90°
    path = tmp_path / "IMG_0042.JPG"
    path.write_bytes(data)
    with world.db.session() as s:
        report = ingest_files(s, ctx, [path], world.inspection, world.li, item=("hw", "a2"))
    return report.outcomes[0].evidence_id, data


def test_list_by_item_and_caption_history(world, ctx, photo) -> None:
    evidence_id, _ = photo
    with world.db.session() as s:
        assert [i.id for i in ev.list_evidence(s, world.inspection, ("hw", "a2"))] == [evidence_id]
        assert ev.list_evidence(s, world.inspection, ("hw", "a5")) == []
        ev.link_item(s, evidence_id, "hw", "a5", world.li)
        ev.set_caption(s, evidence_id, "  危废暂存间内6个废矿物油桶未贴标签  ", world.wang)
    with world.db.session() as s:
        assert [i.id for i in ev.list_evidence(s, world.inspection, ("hw", "a5"))] == [evidence_id]
        item = ev.get_item(s, evidence_id)
        assert item.caption == "危废暂存间内6个废矿物油桶未贴标签"
        ev.set_caption(s, evidence_id, "桶上无标签", world.wang)
        with pytest.raises(UserError, match="500"):
            ev.set_caption(s, evidence_id, "字" * 501, world.wang)
        with pytest.raises(UserError):
            ev.link_item(s, evidence_id, "permit", "b1", world.li)
        with pytest.raises(UserError, match="没有条目 zz9"):
            ev.link_item(s, evidence_id, "hw", "zz9", world.li)
        ev.log_access(s, evidence_id, "viewed", world.wang)
    with world.db.session() as s:
        changes = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "evidence.caption_changed")
        ).all()
        assert [c.payload["new"] for c in changes] == [
            "危废暂存间内6个废矿物油桶未贴标签",
            "桶上无标签",
        ]
        assert changes[1].payload["old"] == "危废暂存间内6个废矿物油桶未贴标签"
        viewed = s.scalars(select(AuditEvent).where(AuditEvent.action == "evidence.viewed")).one()
        assert viewed.officer_id == world.wang and viewed.entity_id == str(evidence_id)


def test_thumbnail_is_rebuilt_and_upright(world, ctx, photo) -> None:
    evidence_id, _ = photo
    with world.db.session() as s:
        item = ev.get_item(s, evidence_id)
    cached = ctx.thumbs.path_for(item.sha256)
    cached.unlink()
    path = ev.thumbnail_path(ctx, item)
    assert path == cached and path.is_file()
    with Image.open(path) as thumb:
        assert thumb.size == (171, 256)  # 600×400 turned upright by the EXIF orientation
    details = ev.details(ctx, item)
    assert details["Make"] == "Canon" and details["DateTimeOriginal"] == "2026:11:20 10:15:30"
    assert details["GPSLatitudeRef"] == "N" and "GPSAltitude" in details


def test_annotation_is_a_new_item_and_the_original_is_untouched(world, ctx, photo) -> None:
    evidence_id, original = photo
    shapes = [
        Arrow(x1=0.1, y1=0.1, x2=0.5, y2=0.5),
        Circle(cx=0.5, cy=0.5, r=0.2),
        Text(x=0.05, y=0.8, text="未贴标签"),
    ]
    with world.db.session() as s:
        derived = annotate(s, ctx, evidence_id, shapes, world.li, caption="标注：桶身无标签")
    parent_sha = hashlib.sha256(original).hexdigest()
    assert ctx.blobs.path_for(parent_sha).read_bytes() == original
    assert derived.derived_from == parent_sha and derived.sha256 != parent_sha
    assert derived.derivation["shapes"][2]["text"] == "未贴标签"
    with Image.open(ctx.blobs.path_for(derived.sha256)) as img:
        assert img.size == (400, 600)
        assert img.getpixel((int(0.5 * 400 + 0.2 * 400), 300))[0] > 180  # red circle edge
    with world.db.session() as s:
        items = ev.list_evidence(s, world.inspection, ("hw", "a2"))
        assert [i.seq for i in items] == [1, 2]
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "evidence.annotated")).one()
        assert event.payload["parent_sha256"] == parent_sha
        assert verify_session_chain(s) is None
        with pytest.raises(ValidationError):
            annotate(
                s, ctx, evidence_id, [{"kind": "circle", "cx": 2, "cy": 0, "r": 0.1}], world.li
            )

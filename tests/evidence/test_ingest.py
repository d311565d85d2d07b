"""Ingest as the officer meets it: photos with EXIF and GPS, duplicates, recorder video, and a
corpus of bad files that each get a clear, defined outcome while the batch goes on."""

from __future__ import annotations

import hashlib
import os
import struct
import wave
from datetime import UTC, datetime
from pathlib import Path

import pytest
from media_samples import jpeg_bytes, mp4_bytes, png_header_only
from sqlalchemy import select

from inspector_app.evidence.ingest import Status, ingest_files, recover
from inspector_app.store import AuditEvent, EvidenceItem
from inspector_app.store.audit import verify_session_chain


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def ingest(world, ctx, paths, **kwargs):
    with world.db.session() as s:
        return ingest_files(s, ctx, paths, world.inspection, world.li, **kwargs)


def test_photo_is_stored_byte_for_byte_with_exif_and_gps(world, ctx, tmp_path: Path) -> None:
    data = jpeg_bytes()
    photo = write(tmp_path / "card", "IMG_0001.JPG", data)
    seen = []
    report = ingest(world, ctx, [photo], item=("hw", "a2"), progress=lambda *a: seen.append(a))
    [outcome] = report.outcomes
    assert outcome.status is Status.STORED, outcome.msg.en
    sha = hashlib.sha256(data).hexdigest()
    assert outcome.sha256 == sha
    blob = ctx.blobs.path_for(sha)
    assert blob == ctx.blobs.root / sha[:2] / sha[2:]
    assert blob.read_bytes() == data  # the original, not a re-encoded copy
    assert ctx.thumbs.path_for(sha).is_file()
    assert seen and seen[-1][:2] == (1, 1)
    with world.db.session() as s:
        item = s.scalars(select(EvidenceItem)).one()
        assert (item.kind, item.media_type, item.size) == ("photo", "image/jpeg", len(data))
        assert item.original_name == "IMG_0001.JPG"
        assert item.captured_at == datetime(2026, 11, 20, 2, 15, 30, tzinfo=UTC)
        assert item.capture_source == "exif+offset"
        assert item.gps_lat == pytest.approx(36.0584722, abs=1e-6)
        assert item.gps_lon == pytest.approx(103.8367361, abs=1e-6)
        assert item.gps_alt == pytest.approx(1520.5)
        assert item.gps_accuracy_m == pytest.approx(4.5)
        assert (item.camera_make, item.camera_model) == ("Canon", "EOS R6")
        assert item.imported_by == world.li and item.device_id and item.seq == 1
        assert [(link.item_code) for link in item.links] == ["a2"]
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "evidence.imported")).one()
        assert event.payload["sha256"] == sha and event.payload["item"] == "hw/a2"
        assert verify_session_chain(s) is None


def test_same_file_twice_is_stored_once_and_linked(world, ctx, tmp_path: Path) -> None:
    data = jpeg_bytes(color=(10, 200, 10))
    first = write(tmp_path / "a", "one.jpg", data)
    again = write(tmp_path / "b", "copy.jpg", data)
    ingest(world, ctx, [first], item=("hw", "a1"))
    report = ingest(world, ctx, [again], item=("hw", "a3"))
    assert [o.status for o in report.outcomes] == [Status.DUPLICATE]
    assert "a3" in report.outcomes[0].msg.en
    with world.db.session() as s:
        item = s.scalars(select(EvidenceItem)).one()
        assert sorted(link.item_code for link in item.links) == ["a1", "a3"]
    blobs = [p for p in ctx.blobs.root.rglob("*") if p.is_file()]
    assert len(blobs) == 1


def test_folder_of_a_card_with_video_audio_and_pdf(world, ctx, tmp_path: Path) -> None:
    card = tmp_path / "card"
    created = datetime(2026, 11, 20, 1, 0, 0, tzinfo=UTC)
    write(card / "DCIM", "IMG_1.JPG", jpeg_bytes(color=(1, 2, 3)))
    write(card / "DCIM", "IMG_2.JPG", jpeg_bytes(color=(4, 5, 6), gps=None, offset=None))
    write(card / "VIDEO", "REC_0001.MP4", mp4_bytes(95, created))
    write(card / "VIDEO", "REC_0002.MOV", mp4_bytes(30, created, version=1))
    write(card, ".hidden.jpg", b"ignored")
    with wave.open(str(card / "talk.wav"), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\x00\x00" * 16000)
    mp3_frame = b"\xff\xfb\x90\x00" + b"\x00" * 413  # MPEG-1 L3, 128 kbit/s, 44.1 kHz
    write(card, "note.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00" + mp3_frame * 250)
    riff = b"RIFF\x00\x00\x00\x00AVI LIST\x00\x00\x00\x00hdrlavih\x38\x00\x00\x00"
    write(card / "VIDEO", "REC_0003.AVI", riff + struct.pack("<I12xI", 40000, 250) + b"\x00" * 64)
    write(card, "monitoring.pdf", b"%PDF-1.4\n%fake but signed\n%%EOF\n")
    write(card, "data.csv", b"time,cod\n10:00,85\n")
    report = ingest(world, ctx, [card])
    by_name = {o.path.name: o for o in report.outcomes}
    assert ".hidden.jpg" not in by_name and report.total == 9
    assert by_name["data.csv"].status is Status.STORED_AS_FILE
    assert all(o.status is Status.STORED for n, o in by_name.items() if n != "data.csv")
    with world.db.session() as s:
        items = {i.original_name: i for i in s.scalars(select(EvidenceItem))}
    video = items["REC_0001.MP4"]
    assert (video.kind, video.duration_s, video.captured_at) == ("video", 95.0, created)
    assert items["REC_0002.MOV"].duration_s == 30.0
    assert (items["talk.wav"].kind, items["talk.wav"].duration_s) == ("audio", 2.0)
    assert items["monitoring.pdf"].kind == "document"
    no_gps = items["IMG_2.JPG"]
    assert no_gps.gps_lat is None and no_gps.capture_source == "exif"  # no offset: China time
    assert no_gps.captured_at == datetime(2026, 11, 20, 2, 15, 30, tzinfo=UTC)
    assert items["note.mp3"].duration_s == pytest.approx(250 * 417 * 8 / 128000)
    assert (items["REC_0003.AVI"].kind, items["REC_0003.AVI"].duration_s) == ("video", 10.0)
    assert sorted(i.seq for i in items.values()) == list(range(1, 10))


def test_bad_input_corpus_each_has_a_defined_outcome(world, ctx, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    good = jpeg_bytes(color=(9, 9, 9))
    write(bad, "01_good.jpg", good)
    write(bad, "02_truncated.jpg", jpeg_bytes(size=(800, 600))[:3000])
    write(bad, "03_corrupt.jpg", b"\xff\xd8\xff\xe0" + os.urandom(2000))
    write(bad, "04_empty.jpg", b"")
    write(bad, "05_text.jpg", "这不是照片，是一段文字。\n".encode() * 20)
    write(bad, "06_bomb.png", png_header_only(30000, 30000))
    write(bad, "07_big_warning.png", png_header_only(10000, 10000))
    write(bad, "08_huge.mp4", mp4_bytes(10) + b"\x00" * (2 * 1024 * 1024))
    (bad / "09_broken_link.jpg").symlink_to(bad / "does-not-exist.jpg")
    write(bad, "10_photo.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    write(bad, "11_good_again.jpg", jpeg_bytes(color=(8, 8, 8)))
    small = type(ctx)(ctx.blobs, ctx.thumbs, ctx.device_id, max_bytes=1024 * 1024)
    with world.db.session() as s:
        events_before = s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()))
    report = ingest(world, small, [bad])
    got = {o.path.name: o for o in report.outcomes}
    expected = {
        "01_good.jpg": Status.STORED,
        "02_truncated.jpg": Status.STORED_AS_FILE,
        "03_corrupt.jpg": Status.STORED_AS_FILE,
        "04_empty.jpg": Status.REFUSED,
        "05_text.jpg": Status.REFUSED,
        "06_bomb.png": Status.STORED_AS_FILE,
        "07_big_warning.png": Status.STORED_AS_FILE,
        "08_huge.mp4": Status.REFUSED,
        "09_broken_link.jpg": Status.REFUSED,
        "10_photo.heic": Status.STORED_AS_FILE,
        "11_good_again.jpg": Status.STORED,
    }
    assert {n: o.status for n, o in got.items()} == expected
    assert "damaged or incomplete" in got["02_truncated.jpg"].msg.en
    assert "0 字节" in got["04_empty.jpg"].msg.zh
    assert "named as a photo" in got["05_text.jpg"].msg.en
    assert "decompression bomb" in got["06_bomb.png"].msg.en
    assert "decompression bomb" in got["07_big_warning.png"].msg.en
    assert "over the limit" in got["08_huge.mp4"].msg.en
    assert "cannot be read" in got["09_broken_link.jpg"].msg.en
    assert "HEIC" in got["10_photo.heic"].msg.en
    with world.db.session() as s:
        rows = {i.original_name: i for i in s.scalars(select(EvidenceItem))}
        imported = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "evidence.imported", AuditEvent.seq > events_before
            )
        ).all()
    stored = {n for n, st in expected.items() if st is not Status.REFUSED}
    assert set(rows) == stored and len(imported) == len(stored)
    assert rows["02_truncated.jpg"].kind == "file" and rows["02_truncated.jpg"].warning
    # refused files left nothing behind: no blob, no temp file
    assert not list(ctx.blobs.tmp.iterdir())
    assert len([p for p in ctx.blobs.all_hashes()]) == len(stored)


def test_cancel_keeps_what_was_done(world, ctx, tmp_path: Path) -> None:
    files = [write(tmp_path, f"{n}.jpg", jpeg_bytes(color=(n, n, n))) for n in range(5)]
    done: list[object] = []
    report = ingest(
        world, ctx, files, cancelled=lambda: len(done) >= 2, progress=lambda *a: done.append(a)
    )
    assert report.cancelled and len(report.outcomes) == 2
    assert "cancelled, 3 not processed" in report.summary().en
    with world.db.session() as s:
        assert len(s.scalars(select(EvidenceItem)).all()) == 2


def test_recover_removes_temp_files_and_uncommitted_blobs(world, ctx) -> None:
    dead_pid = 999_999_99
    staged = ctx.blobs.stage_bytes(b"half-imported bytes")
    orphan = staged.path.rename(ctx.blobs.tmp / f"{dead_pid}-x.part")
    placed = ctx.blobs.stage_bytes(b"placed but never committed")
    intent = ctx.blobs.place(placed)
    assert intent is not None
    intent = intent.rename(ctx.blobs.tmp / f"{dead_pid}-y.intent")
    live = ctx.blobs.stage_bytes(b"this process is still writing")
    with world.db.session() as s:
        removed = recover(s, ctx)
    assert not orphan.exists() and not intent.exists()
    assert not ctx.blobs.exists(placed.sha256)
    assert f"blob {placed.sha256}" in removed
    assert live.path.exists()  # a live process's temp file is left alone


def test_vague_gps_and_a_photo_from_another_day_are_noted(world, ctx, tmp_path: Path) -> None:
    from datetime import timedelta

    from inspector_app.store import Inspection

    with world.db.session() as s:
        started = s.get(Inspection, world.inspection).started_at.astimezone(UTC)
    during = (started + timedelta(minutes=10)).strftime("%Y:%m:%d %H:%M:%S")
    ok = write(tmp_path, "ok.jpg", jpeg_bytes(taken=during, offset="+00:00", accuracy=5.0))
    vague = write(tmp_path, "vague.jpg", jpeg_bytes(taken=during, offset="+00:00", accuracy=120))
    old = write(tmp_path, "old.jpg", jpeg_bytes(taken="2025:01:01 09:00:00", color=(1, 1, 1)))
    report = ingest(world, ctx, [ok, vague, old])
    msgs = {o.path.name: o.msg.en for o in report.outcomes}
    assert all(o.status is Status.STORED for o in report.outcomes)
    assert msgs["ok.jpg"] == "(exhibit 1)"
    assert "GPS accuracy 120 m is worse than 50 m" in msgs["vague.jpg"]
    assert "outside this inspection" in msgs["old.jpg"]


def test_withdrawn_item_leaves_lists_but_keeps_its_blob(world, ctx, tmp_path: Path) -> None:
    from inspector_app.evidence import service as ev
    from inspector_app.evidence.verify import verify_blobs
    from inspector_app.i18n import UserError

    photo = write(tmp_path, "wrong-site.jpg", jpeg_bytes(color=(3, 3, 3)))
    [outcome] = ingest(world, ctx, [photo]).outcomes
    with world.db.session() as s:
        with pytest.raises(UserError, match="理由"):
            ev.withdraw(s, outcome.evidence_id, "  ", world.li)
        ev.withdraw(s, outcome.evidence_id, "拍错了现场", world.li)
    with world.db.session() as s:
        assert ev.list_evidence(s, world.inspection) == []
        assert len(ev.list_evidence(s, world.inspection, include_withdrawn=True)) == 1
        assert verify_blobs(s, ctx.blobs) == (1, [])
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "evidence.withdrawn")).one()
        assert event.payload["reason"] == "拍错了现场"
    # importing the same file again makes a new exhibit; the withdrawn one stays in history
    [again] = ingest(world, ctx, [photo]).outcomes
    assert again.status is Status.STORED and again.evidence_id != outcome.evidence_id


def test_same_file_in_two_inspections_is_one_blob(world, ctx, tmp_path: Path) -> None:
    from inspector_app.inspections import service as svc
    from inspector_app.store import Inspection, InspectionKind

    with world.db.session() as s:
        first = s.get(Inspection, world.inspection)
        request = svc.StartRequest(
            enterprise_id=first.enterprise_id,
            template_ids=[world.templates["hw"]],
            kind=InspectionKind.RECHECK,
            officer_ids=[world.li, world.wang],
        )
        second = svc.start(s, request, by=world.wang).id
    photo = write(tmp_path, "shared.jpg", jpeg_bytes(color=(7, 7, 7)))
    ingest(world, ctx, [photo])
    with world.db.session() as s:
        report = ingest_files(s, ctx, [photo], second, world.wang)
    assert report.outcomes[0].status is Status.STORED
    with world.db.session() as s:
        assert len(s.scalars(select(EvidenceItem)).all()) == 2
    assert len(list(ctx.blobs.all_hashes())) == 1


def test_cancel_stops_inside_a_long_copy(world, ctx, tmp_path: Path) -> None:
    video = write(tmp_path, "REC_LONG.MP4", mp4_bytes(600) + os.urandom(5 * 1024 * 1024))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # after the copy has started

    report = ingest(world, ctx, [video], cancelled=cancelled)
    assert report.cancelled and report.outcomes == []
    assert not list(ctx.blobs.tmp.iterdir()) and not list(ctx.blobs.all_hashes())

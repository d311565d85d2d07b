"""The device engine against a real server: two laptops of one agency, nothing lost, nothing
duplicated, uploads resumed, conflicts kept, cancel and restart continue where they stopped."""

import hashlib
import os
import shutil
import threading
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from inspector_app.cases.numbering import draw_number
from inspector_app.checklists.catalog import register_templates
from inspector_app.inspections import service as svc
from inspector_app.store import Agency, Enterprise, Inspection, InspectionKind, Officer, OutboxEntry
from inspector_app.store.audit import append_event
from inspector_app.store.engine import Database, backup_copy, open_database
from inspector_app.sync import apply, errors
from inspector_app.sync.blobs import FolderBlobSource
from inspector_app.sync.client import ServerClient
from inspector_app.sync.engine import SyncEngine
from inspector_server.pytest_plugin import PASSWORD, credit_code, sqlite_only

REGISTRY = [
    {
        "credit_code": credit_code(n),
        "name": f"兰州第{n}精细化工有限公司",
        "region_code": "620104",
        "details": {"address": f"兰州市西固区{n}号"},
    }
    for n in range(1, 5)
]


@dataclass
class Laptop:
    db: Database
    engine: SyncEngine
    blobs: Path

    def officer(self, certificate: str) -> uuid.UUID:
        with self.db.session() as s:
            return s.scalars(select(Officer.id).where(Officer.certificate_no == certificate)).one()


@pytest.fixture
def laptops(agency, tmp_path):
    made: list[Laptop] = []

    def make(certificate: str = "O1", **engine_options) -> Laptop:
        root = tmp_path / f"laptop{len(made)}"
        db = open_database(root / "inspector.db")
        source = FolderBlobSource(root / "blobs")
        engine = SyncEngine(db, agency.server.url, source, **engine_options)
        engine.login(agency.code, agency.staff[certificate].certificate_no, PASSWORD, "测试笔记本")
        laptop = Laptop(db, engine, root / "blobs")
        made.append(laptop)
        return laptop

    agency.login("A0").post("/v1/enterprises", json=REGISTRY)
    yield make
    for laptop in made:
        laptop.engine.close()
        laptop.db.close()


def inspect_first_enterprise(laptop: Laptop, agency, note: str) -> uuid.UUID:
    li, wang = (
        laptop.officer(agency.staff["O1"].certificate_no),
        laptop.officer(agency.staff["O2"].certificate_no),
    )
    with laptop.db.session() as s:
        templates = {t.code: t.id for t in register_templates(s)}
        plant = s.scalars(select(Enterprise).where(Enterprise.credit_code == credit_code(1))).one()
        request = svc.StartRequest(plant.id, [templates["hw"]], InspectionKind.RANDOM, [li, wang])
        inspection = svc.start(s, request, by=li).id
    with laptop.db.session() as s:
        svc.answer(s, inspection, "hw", "a1", "N", by=li, note=note)
    return inspection


def server_records(agency) -> list[dict]:
    return agency.login("R1").get("/v1/records", params={"limit": 1000}).json()


def test_two_laptops_sync_an_agency_without_loss_or_duplicates(agency, laptops) -> None:
    first, second = laptops("O1"), laptops("O2")
    for laptop in (first, second):
        report = laptop.engine.run()  # the first pull brings the agency, officers and registry
        assert report.pulled >= 1 + 6 + 4
    with first.db.session() as s:
        names = {e.name for e in s.scalars(select(Enterprise))}
        assert "兰州第1精细化工有限公司" in names
        assert s.get(
            Enterprise, uuid.UUID(agency.login("A0").get("/v1/enterprises").json()[0]["id"])
        )

    one = inspect_first_enterprise(first, agency, "未建立责任制度")
    two = inspect_first_enterprise(second, agency, "责任信息未公开")
    reports = [first.engine.run(), second.engine.run()]
    with first.db.session() as s:
        sent_by_first = s.scalar(select(func.count()).select_from(OutboxEntry))
    with second.db.session() as s:
        sent_by_second = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert [r.pushed for r in reports] == [sent_by_first, sent_by_second]

    again = [first.engine.run(), second.engine.run()]  # nothing new: nothing sent
    assert [(r.pushed, r.duplicates) for r in again] == [(0, 0), (0, 0)]
    records = server_records(agency)
    assert len(records) == sent_by_first + sent_by_second
    keys = [(r["record_type"], r["record_id"], r["version"]) for r in records]
    assert len(set(keys)) == len(keys)
    notes = {r["payload"]["note"] for r in records if r["record_type"] == "answer"}
    assert notes == {"未建立责任制度", "责任信息未公开"}
    assert {str(one), str(two)} <= {
        r["record_id"] for r in records if r["record_type"] == "inspection"
    }


@sqlite_only
def test_a_lost_answer_is_resent_and_counted_once(agency, laptops) -> None:
    """The server applied the push but the answer never arrived: the resend is a duplicate."""
    lost = {"left": 1}

    class LoseFirstPushAnswer(httpx.HTTPTransport):
        def handle_request(self, request):
            response = super().handle_request(request)
            if request.url.path == "/v1/sync/push" and lost["left"]:
                lost["left"] -= 1
                response.read()
                raise httpx.ReadError("connection reset", request=request)
            return response

    def client_factory(url, **kwargs):
        return ServerClient(url, transport=LoseFirstPushAnswer(), backoff=0.01, **kwargs)

    laptop = laptops("O1", client_factory=client_factory)
    laptop.engine.run()
    inspect_first_enterprise(laptop, agency, "未建立责任制度")
    report = laptop.engine.run()
    assert lost["left"] == 0
    assert report.pushed == 0 and report.duplicates > 0  # all of it arrived the first time
    records = server_records(agency)
    assert (
        len({(r["record_id"], r["version"]) for r in records}) == len(records) == report.duplicates
    )


@sqlite_only
def test_upload_resumes_after_a_crash_mid_file_and_wastes_at_most_one_chunk(
    agency, laptops
) -> None:
    chunk = 32 * 1024
    laptop = laptops("O1", chunk_size=chunk)
    photo = os.urandom(7 * chunk + 500)
    digest = hashlib.sha256(photo).hexdigest()
    (laptop.blobs / digest[:2]).mkdir(parents=True)
    (laptop.blobs / digest[:2] / digest[2:]).write_bytes(photo)

    class CrashAfterThreeChunks(FolderBlobSource):
        def open(self, sha256):
            handle = super().open(sha256)
            real_read, reads = handle.read, {"n": 0}

            def read(size=-1):
                reads["n"] += 1
                if reads["n"] > 3:
                    raise OSError("the laptop lost power")
                return real_read(size)

            handle.read = read
            return handle

    laptop.engine.blobs = CrashAfterThreeChunks(laptop.blobs)
    with pytest.raises(errors.SyncError, match="lost power") as caught:
        laptop.engine.run()
    assert "continues where this one stopped" in caught.value.msg.en

    restarted = SyncEngine(laptop.db, blobs=FolderBlobSource(laptop.blobs), chunk_size=chunk)
    try:
        report = restarted.run()  # no server given: the stored address and sign-in are used
    finally:
        restarted.close()
    assert report.blobs_uploaded == 1
    assert report.bytes_uploaded == len(photo) - 3 * chunk  # the three chunks were not resent
    assert agency.login("R1").get(f"/v1/blobs/{digest}").content == photo
    assert restarted_report_is_quiet(laptop)


def restarted_report_is_quiet(laptop: Laptop) -> bool:
    report = laptop.engine.run()
    return report.blobs_uploaded == 0 and report.pushed == 0


def test_a_restored_backup_that_diverged_comes_back_as_a_conflict(
    agency, laptops, tmp_path
) -> None:
    laptop = laptops("O1")
    laptop.engine.run()
    inspection = inspect_first_enterprise(laptop, agency, "未建立责任制度")
    backup = backup_copy(laptop.db.path, tmp_path, "old")  # an old copy, taken before the sync
    laptop.engine.run()

    laptop.engine.close()
    laptop.db.close()
    shutil.copy(backup, laptop.db.path)
    for side in ("-wal", "-shm"):
        Path(f"{laptop.db.path}{side}").unlink(missing_ok=True)
    laptop.db = open_database(laptop.db.path)
    laptop.engine = SyncEngine(laptop.db)
    laptop.engine.login(agency.code, agency.staff["O1"].certificate_no, PASSWORD)
    li = laptop.officer(agency.staff["O1"].certificate_no)
    with laptop.db.session() as s:  # the same answer, written differently on the old copy
        svc.answer(s, inspection, "hw", "a1", "N", by=li, note="制度未上墙")
    report = laptop.engine.run()
    assert ("answer", report.conflicts[0][1], 1) in report.conflicts
    with laptop.db.session() as s:
        statuses = set(s.scalars(select(OutboxEntry.status)))
    assert "conflict" in statuses
    kept = [r for r in server_records(agency) if r["record_type"] == "answer"]
    assert sorted((r["payload"]["note"], r["conflict"]) for r in kept) == [
        ("制度未上墙", True),
        ("未建立责任制度", False),
    ]


@sqlite_only
def test_cancel_stops_at_a_safe_point_and_the_next_run_finishes(agency, laptops) -> None:
    cancel = threading.Event()
    seen = []

    def progress(p) -> None:
        seen.append(p)
        cancel.set()  # the officer presses Cancel after the first batch

    laptop = laptops("O1", progress=progress, cancel=cancel)
    with laptop.db.session() as s:
        for n in range(450):
            append_event(s, "test.event", "test", n)
    with pytest.raises(errors.SyncCancelled) as caught:
        laptop.engine.run()
    assert "取消" in caught.value.msg.zh and "continues" in caught.value.msg.en
    assert seen[0].phase == "push" and seen[0].done == 200
    cancel.clear()
    laptop.engine.progress = lambda p: None
    report = laptop.engine.run()
    assert report.pushed == 250
    assert len(server_records(agency)) == 450


@sqlite_only
def test_tasks_and_number_blocks_come_down_to_the_device(agency, laptops) -> None:
    admin = agency.login("A0")
    draw = admin.post("/v1/draws", json={"title": "双随机", "count": 4, "seed": "d"}).json()
    laptop = laptops("O1")
    laptop.engine.run()
    with laptop.db.session() as s:
        tasks = apply.tasks(s)
    mine = [t for t in draw["result"]["tasks"] if agency.id("O1") in t["officer_ids"]]
    assert len(tasks) == len(mine) and all(t["draw_id"] == draw["id"] for t in tasks)

    block = laptop.engine.lease_numbers("penalty", 2026, size=3)
    on = date(2026, 11, 24)
    with laptop.db.session() as s:
        local_agency = s.scalars(select(Agency)).one()
        local_agency.doc_abbreviations = {"agency": "兰环"}  # the administrator's setting
        agency_id = local_agency.id
        drawn = [draw_number(s, agency_id, "penalty_decision", on).seq for _ in range(3)]
        assert drawn == [block.first, block.first + 1, block.last]
        with pytest.raises(errors.UserError, match="文号"):
            draw_number(s, agency_id, "penalty_decision", on)
    laptop.engine.run()  # the same block pulled again is not a second block
    with laptop.db.session() as s, pytest.raises(errors.UserError):
        draw_number(s, agency_id, "penalty_decision", on)


def test_unreachable_server_is_reported_in_plain_words(tmp_path) -> None:
    db = open_database(tmp_path / "inspector.db")
    engine = SyncEngine(
        db,
        "http://127.0.0.1:9",
        client_factory=lambda url, **kw: ServerClient(url, backoff=0.01, **kw),
    )
    with pytest.raises(errors.SyncError) as caught:
        engine.login("LZ", "62010001", "x")
    assert "无法连接服务器" in caught.value.msg.zh and "kept" in caught.value.msg.en
    engine.close()
    db.close()
    assert Inspection  # the local database stays usable


@sqlite_only
def test_status_for_the_sync_page(agency, laptops) -> None:
    from inspector_app.sync.status import read_status

    laptop = laptops("O1")
    assert laptop.engine.server_reachable()
    with laptop.db.session() as s:
        append_event(s, "test.event", "test", 1)
        before = read_status(s)
    assert before.pending == 1 and before.last_sync_at is None and before.registered
    laptop.engine.run()
    with laptop.db.session() as s:
        after = read_status(s)
    assert after.pending == 0 and after.last_sync_at is not None and after.last_error == ""
    assert after.last_seq > 0 and after.recent[0].status == "applied"

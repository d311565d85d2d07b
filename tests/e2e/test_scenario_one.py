"""Scenario 1 end to end on real parts: a laptop that got its registry from a real server,
the visit with two checklists, a camera card with a broken file, the record and the order to
correct printed on site, a sync over a line that keeps breaking, and the case opened from the
findings under the article in force on the inspection date.

The UI of each step has its own tests (tests/ui); this one checks that the parts fit together.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import httpx
from media_samples import jpeg_bytes, mp4_bytes
from sqlalchemy import select

from inspector_app.cases.issuing import issue_document
from inspector_app.cases.service import open_case
from inspector_app.checklists.catalog import register_templates
from inspector_app.checklists.engine import visible_items
from inspector_app.config import DataPaths
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.ingest import Status, ingest_files
from inspector_app.forms.samples import sample
from inspector_app.inspections import service
from inspector_app.inspections.record import generate_record
from inspector_app.store import Agency, Enterprise, EvidenceItem, InspectionKind, Officer
from inspector_app.store.audit import verify_session_chain
from inspector_app.store.engine import open_database
from inspector_app.sync.blobs import FolderBlobSource
from inspector_app.sync.client import ServerClient
from inspector_app.sync.engine import SyncEngine
from inspector_app.sync.errors import SyncError
from inspector_server.faultproxy import FaultProxy, Faults
from inspector_server.pytest_plugin import PASSWORD, credit_code, sqlite_only

PLANT = "兰州某精细化工有限公司"
FINDINGS = {"a2": "危险废物贮存桶12只均未粘贴危险废物标签", "a4": "近三个月危险废物管理台账无记录"}


def camera_card(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    files = []
    for n in range(1, 4):
        path = folder / f"IMG_{n:04d}.JPG"
        path.write_bytes(jpeg_bytes(color=(40 * n, 90, 160)))
        files.append(path)
    (folder / "IMG_0099.JPG").write_bytes(jpeg_bytes()[:500])  # a write the camera never finished
    (folder / "REC_0001.MP4").write_bytes(mp4_bytes(duration_s=360))
    return [*files, folder / "IMG_0099.JPG", folder / "REC_0001.MP4"]


def answer_all(session, inspection_id, by) -> None:
    state = {
        row.code: (row, schema)
        for row, schema, _ in service.answers_by_template(
            session, session.get(service.Inspection, inspection_id)
        )
    }
    for code, (_row, schema) in state.items():
        values: dict[str, object] = {}
        while True:
            pending = [i for i in visible_items(schema, values) if i.code not in values]
            if not pending:
                break
            for item in pending:
                if code == "hw" and item.code in FINDINGS:
                    value, note = "N", FINDINGS[item.code]
                elif item.kind == "choice":
                    value, note = next(c.code for c in item.choices if c.compliant), None
                else:
                    value, note = "Y", None
                service.answer(session, inspection_id, code, item.code, value, by, note=note)
                values[item.code] = value


@sqlite_only
def test_a_day_at_the_chemical_plant(agency, tmp_path) -> None:
    admin = agency.login("A0")
    admin.post(
        "/v1/enterprises",
        json=[{"credit_code": credit_code(7), "name": PLANT, "region_code": "620104"}],
    ).raise_for_status()
    paths = DataPaths(tmp_path / "laptop").ensure()
    db = open_database(paths.database, paths.backups)
    engine = SyncEngine(db, agency.server.url, FolderBlobSource(paths.blobs))
    engine.login(agency.code, agency.staff["O1"].certificate_no, PASSWORD)
    engine.run()  # at the office: the registry comes down
    block = engine.lease_numbers("order_to_correct", 2026, size=20)
    engine.close()

    # On site, offline.
    with db.session() as s:
        s.scalars(select(Agency)).one().doc_abbreviations = {"agency": "兰环"}
        li, wang = (
            s.scalars(
                select(Officer.id).where(Officer.certificate_no == agency.staff[k].certificate_no)
            ).one()
            for k in ("O1", "O2")
        )
        plant = s.scalars(select(Enterprise.id).where(Enterprise.name == PLANT)).one()
        templates = {t.code: t.id for t in register_templates(s)}
        request = service.StartRequest(
            plant,
            [templates["hw"], templates["permit"]],
            InspectionKind.RANDOM,
            [li, wang],
            parties=[service.PartyPresent("赵强", "EHS经理", "11010519491231002X")],
        )
        inspection = service.start(s, request, by=li).id
    with db.session() as s:
        answer_all(s, inspection, li)
    ctx = EvidenceContext.from_paths(paths)
    with db.session() as s:
        report = ingest_files(
            s, ctx, camera_card(tmp_path / "DCIM"), inspection, li, item=("hw", "a2")
        )
    statuses = [o.status for o in report.outcomes]
    assert statuses.count(Status.STORED) == 4  # three photos and the recorder video
    assert statuses.count(Status.STORED_AS_FILE) == 1  # the broken JPEG, kept with a warning
    with db.session() as s:
        service.finish(s, inspection, li)
        ended = s.get(service.Inspection, inspection).ended_at
        record = generate_record(s, inspection, li, now=ended + timedelta(minutes=5))
        order = sample("order_to_correct")
        order.pop("number")
        correction = issue_document(
            s,
            s.scalars(select(Agency.id)).one(),
            "order_to_correct",
            order,
            date(2026, 11, 24),
            by=li,
            inspection_id=inspection,
        )
    assert correction.number == f"兰环责改〔2026〕{block.first}号"
    record_text = _text(tmp_path, record.pdf)
    assert PLANT in record_text and all(note in record_text for note in FINDINGS.values())

    # Back at the office over a weak hotspot: connections break, the sync resumes.
    proxy = FaultProxy(agency.server.port, Faults(cut_request=0.08, cut_response=0.08)).start()
    try:
        engine = SyncEngine(
            db,
            proxy.url,
            FolderBlobSource(paths.blobs),
            chunk_size=64 * 1024,
            client_factory=lambda url, **kw: ServerClient(url, backoff=0.01, timeout=10, **kw),
        )
        for _attempt in range(60):
            try:
                engine.run()
                break
            except SyncError:
                continue
        else:
            raise AssertionError("the sync never completed")
        assert proxy.cuts > 0
        proxy.faults.enabled = False
        again = engine.run()
        assert (again.pushed, again.blobs_uploaded) == (0, 0)  # nothing twice
        engine.close()
    finally:
        proxy.stop()
    with db.session() as s:
        hashes = sorted({e.sha256 for e in s.scalars(select(EvidenceItem))})
    missing = agency.login("O1").post("/v1/blobs/missing", json={"hashes": hashes})
    assert missing.json()["missing"] == []  # every evidence file is on the server
    records = agency.login("R1").get("/v1/records", params={"limit": 1000}).json()
    kinds = {r["record_type"] for r in records}
    assert {"inspection", "answer", "evidence_item", "document", "audit_event"} <= kinds

    # A case from the findings: the Code's article on the inspection date.
    with db.session() as s:
        case = open_case(s, by=li, opened_on=date(2026, 11, 26), inspection_id=inspection)
        assert case.violation_codes == ["V24", "V26"]
        cited = [p["citation_zh"] for r in case.rules for p in r["penalizing"]]
        assert all("第一千一百七十五条" in c for c in cited)
        assert case.fine_fen and case.explanation_zh
        assert verify_session_chain(s) is None
    db.close()
    assert httpx.get(agency.server.url + "/health").status_code == 200


def _text(tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())

"""Scenario 2 end to end: monitoring data falsified at a key discharger (SCENARIOS.md §2).

A complaint and an off-site warning (flat-lined NOx) lead to a night visit with the automatic
monitoring checklist; the analyzer's slope was changed (c4) and the sampling line diluted (c8).
Photos, the recorder video and a sealed sample are secured; the case opened from the findings
flags what the law demands (production restricted, detention transfer under the Code's Art.
1108, a possible crime under 刑法 Art. 338); the control unit is sealed on site; the case is
filed and transferred twice; and the police get a package whose evidence checks out with plain
``python3`` and fails, naming the file, once a byte of a photo is changed.

Real SQLite file, real JPEG/MP4 files, real PDFs read back with pdftotext; use cases only.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from media_samples import jpeg_bytes, mp4_bytes
from PIL import Image, ImageDraw
from sqlalchemy import select

from inspector_app.cases.alerts import case_alerts
from inspector_app.cases.numbering import add_block
from inspector_app.cases.service import get_case, open_case, perform
from inspector_app.cases.settings import CaseSettings
from inspector_app.cases.signing import sign_document
from inspector_app.cases.transfer import transfer_package
from inspector_app.checklists.catalog import register_templates
from inspector_app.checklists.engine import visible_items
from inspector_app.config import DataPaths
from inspector_app.evidence import documents as evidence_documents
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.ingest import Status, ingest_files
from inspector_app.evidence.samples import SampleInput, hand_to_lab, record_sample, seal_sample
from inspector_app.forms.registry import DOCUMENT_TYPES
from inspector_app.inspections import service
from inspector_app.registry.demo import seed_demo
from inspector_app.store import Agency, CaseDocument, Document, Enterprise, InspectionKind, Officer
from inspector_app.store.audit import verify_session_chain
from inspector_app.store.document import is_current
from inspector_app.store.engine import open_database

PLANT = "兰州黄河热电有限公司"  # a key discharger in the demo registry
FINDINGS = {
    "c4": "氮氧化物分析仪斜率参数由备案值1.00改为0.62，修改时间为2026年11月20日03时12分",
    "c8": "采样管路在探头后加装三通阀接入环境空气，样气被稀释",
}
SETTINGS = CaseSettings(
    contact_person="李明", contact_phone="0931-8888888", agency_address="兰州市城关区雁滩路2号"
)
CST = timedelta(hours=8)
# 00:20 on 23 November in Lanzhou: still the 22nd in UTC.
ARRIVED = datetime(2026, 11, 23, 0, 20, tzinfo=UTC) - CST
SEALS = ["FT-2026-0031", "FT-2026-0032"]
SAMPLE_SEALS = ["YF-2026-0107", "YF-2026-0108"]
PERSONS = [{"name": "孙某某", "id_number": "62010219800101001X", "position": "环保设施运维主管"}]
MATERIALS = [
    {"name": "案件移送书", "pages": 2, "form": "原件"},
    {"name": "现场检查笔录", "pages": 4},
    {"name": "现场照片、执法记录仪视频及说明", "pages": 6},
    {"name": "采样记录及样品交接记录", "pages": 2},
]


def _setup(paths: DataPaths):
    db = open_database(paths.database, paths.backups)
    with db.session() as s:
        seed_demo(s, today=date(2026, 11, 1))
        agency = s.scalars(select(Agency)).one()
        templates = {t.code: t.id for t in register_templates(s)}
        for code, kind in DOCUMENT_TYPES.items():
            if kind.number_kind:
                add_block(s, agency.id, code, 2026, 1, 50)
        li, wang = (
            s.scalars(select(Officer.id).where(Officer.certificate_no == no)).one()
            for no in ("62010001", "62010002")
        )
        plant = s.scalars(select(Enterprise).where(Enterprise.name == PLANT)).one()
        assert plant.key_discharge_unit
        return db, templates, li, wang, plant.id


def _night_visit(db, templates, li, wang, plant):
    """The visit: every monitoring item answered, c4 and c8 failed with what was seen."""
    with db.session() as s:
        request = service.StartRequest(
            plant,
            [templates["monitoring"]],
            InspectionKind.COMPLAINT,
            [li, wang],
            parties=[service.PartyPresent("孙某某", "环保设施运维主管")],
            place="脱硝车间CEMS小屋",
        )
        inspection = service.start(s, request, by=li, now=ARRIVED).id
    with db.session() as s:
        for row, schema, _ in service.answers_by_template(s, s.get(service.Inspection, inspection)):
            given: dict[str, object] = {}
            while pending := [i for i in visible_items(schema, given) if i.code not in given]:
                for item in pending:
                    value: object = "Y"
                    if item.kind == "choice":
                        value = next(c.code for c in item.choices if c.compliant)
                    note = FINDINGS.get(item.code)
                    value = "N" if note else value
                    service.answer(s, inspection, row.code, item.code, value, li, note=note)
                    given[item.code] = value
    return inspection


def _secure_evidence(db, ctx, tmp_path, inspection, li) -> None:
    card = tmp_path / "DCIM"
    card.mkdir()
    screen, page = card / "IMG_0001.JPG", card / "IMG_0002.JPG"
    screen.write_bytes(jpeg_bytes(color=(20, 60, 20), taken="2026:11:23 00:31:05"))
    page.write_bytes(jpeg_bytes(color=(30, 30, 90), taken="2026:11:23 00:33:40"))
    video = card / "REC_0001.MP4"
    video.write_bytes(mp4_bytes(duration_s=9000, created=ARRIVED - timedelta(minutes=2)))
    with db.session() as s:
        photos = ingest_files(s, ctx, [screen, page], inspection, li, item=("monitoring", "c4"))
        recorded = ingest_files(s, ctx, [video], inspection, li)
        outcomes = [*photos.outcomes, *recorded.outcomes]
        assert [o.status for o in outcomes] == [Status.STORED] * 3
        taken = ARRIVED + timedelta(minutes=40)
        bottle = record_sample(
            s,
            inspection,
            SampleInput(
                "YP-20261123-01",
                "废气",
                "CEMS采样探头后三通阀处",
                taken,
                ["氮氧化物", "氧含量"],
                container="真空采样瓶",
            ),
            li,
        )
        seal_sample(s, bottle.id, SAMPLE_SEALS, li, at=taken + timedelta(minutes=5))
        hand_to_lab(s, bottle.id, "兰州市生态环境监测站", "周敏", li, at=taken + timedelta(hours=8))
        service.finish(s, inspection, li, now=ARRIVED + timedelta(hours=2, minutes=35))
        sampling = evidence_documents.generate(s, ctx, "samples", inspection, li)
        text = _text(sampling.pdf)
    assert "YP-20261123-01" in text and all(seal in text for seal in SAMPLE_SEALS)
    assert "兰州市生态环境监测站" in text and "周敏" in text  # the hand-over to the laboratory
    assert "2026年11月23日01时00分" in text  # taken at night, printed in Lanzhou time


def test_falsified_monitoring_data_at_a_key_discharger(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "laptop").ensure()
    db, templates, li, wang, plant = _setup(paths)
    ctx = EvidenceContext.from_paths(paths)
    inspection = _night_visit(db, templates, li, wang, plant)
    _secure_evidence(db, ctx, tmp_path, inspection, li)

    # What the officer is shown before opening: both evasion rows (the item covers flue gas and
    # wastewater), flagged as one article; for a NOx analyzer only the air row is kept.
    with db.session() as s:
        proposal = open_case(s, by=li, opened_on=date(2026, 11, 23), inspection_id=inspection)
        assert proposal.violation_codes == ["V2", "V10"]
        assert proposal.violation_date == date(2026, 11, 23)  # the night in Lanzhou, not UTC
        assert next(a for a in case_alerts(s, proposal) if a.kind == "same_article")
        s.rollback()
    with db.session() as s:
        case = open_case(
            s,
            by=li,
            opened_on=date(2026, 11, 23),
            inspection_id=inspection,
            violation_codes=["V2"],
            evidence=["现场照片2张", "执法记录仪视频1段", "废气样品1个（已封存）"],
            settings=SETTINGS,
        )
        case_id = case.id
        assert [p["citation_zh"] for p in case.rules[0]["penalizing"]] == [
            "《生态环境法典》第一千一百零八条"
        ]
        assert "斜率参数由备案值1.00改为0.62" in case.facts and "2026年11月23日" in case.facts
        flags = {a.kind: a for a in case_alerts(s, case)}
    assert list(flags) == ["restrict_production", "detention_transfer", "criminal_transfer"]
    assert flags["restrict_production"].level == "mandatory"
    assert flags["detention_transfer"].level == "mandatory"
    assert "第一千一百零八条" in flags["detention_transfer"].basis_zh
    crime = flags["criminal_transfer"]
    assert crime.level == "transfer" and "第三百三十八条" in crime.basis_zh
    assert "篡改、伪造自动监测数据" in crime.criteria[0]

    def step(code: str, on: date, data=None, document=None) -> None:
        with db.session() as s:
            perform(s, case_id, code, on, li, data, document, settings=SETTINGS)

    on_site = date(2026, 11, 23)
    control_unit = [
        {
            "name": "氮氧化物分析仪控制单元",
            "spec": "NOX-300",
            "quantity": "1套",
            "location": "脱硝车间CEMS小屋",
            "seal_no": SEALS[0],
        },
        {
            "name": "烟气自动监测数据采集传输仪",
            "spec": "XC-2000",
            "quantity": "1台",
            "location": "脱硝车间CEMS小屋",
            "seal_no": SEALS[1],
        },
    ]
    step(
        "seal",
        on_site,
        {"end_on": "2026-12-22"},
        {"items": control_unit, "start_on": on_site, "end_on": date(2026, 12, 22)},
    )
    with db.session() as s:  # printed and signed on site by the operator in charge
        for doc in _case_documents(s, case_id):
            if doc.kind in ("sealing_decision", "sealing_list"):
                party = ("party", "孙某某")
                sign_document(s, paths.blobs, doc.id, *party, li, on_site, png=_stroke())
    head = {"text": "同意立案。", "signer": "赵磊", "on": on_site}
    step("file", on_site, document={"head": head})
    opinion = {"text": "建议移送公安机关。", "signer": "李明", "on": date(2026, 11, 24)}
    step("detention_approve", date(2026, 11, 24), document={"persons": PERSONS, "handler": opinion})
    sent = {"persons": PERSONS, "materials": MATERIALS}
    step("detention_send", date(2026, 11, 25), document=sent)
    step(
        "criminal_transfer",
        date(2026, 11, 25),
        document={
            "persons": PERSONS,
            "materials": MATERIALS,
            "suspected_crime": "污染环境罪（《中华人民共和国刑法》第三百三十八条）",
            "basis": "《行政执法机关移送涉嫌犯罪案件的规定》",
        },
    )
    with db.session() as s:
        assert set(get_case(s, case_id).branches) == {"sealing", "detention", "criminal"}
        texts = {d.kind: (d.number, _text(d.pdf)) for d in _case_documents(s, case_id)}
    with db.session() as s:
        decision = next(d for d in _case_documents(s, case_id) if d.kind == "sealing_decision")
        assert decision.supersedes_id is not None and decision.snapshot["signatures"]
        signed_seal = decision.pdf_sha256
    number, sealing = texts["sealing_decision"]
    assert number == "兰环封〔2026〕1号" and number in sealing  # the demo agency's 封
    assert "第五十二条" in sealing and all(seal in sealing for seal in SEALS)
    assert "孙某某" in sealing  # the signed version: the party's name under the signature
    assert "氮氧化物分析仪控制单元" in texts["sealing_list"][1]
    assert all(seal in texts["sealing_list"][1] for seal in SEALS)
    assert "立案审批表" in texts["filing_approval"][1] and "同意立案" in texts["filing_approval"][1]
    assert "第一千一百零八条" in texts["detention_transfer_approval"][1]
    assert "孙某某" in texts["detention_transfer_approval"][1]
    number, letter = texts["detention_transfer_letter"]
    assert number == "兰环拘移〔2026〕1号" and number in letter
    assert "第一千一百零八条" in letter
    assert number in texts["detention_transfer_materials"][1]
    number, letter = texts["criminal_transfer_letter"]
    assert number == "兰环刑移〔2026〕1号" and number in letter
    assert "第三百三十八条" in letter and "污染环境罪" in letter
    materials = texts["criminal_transfer_materials"][1]
    assert number in materials and "采样记录及样品交接记录" in materials

    # The package for the police, with the evidence, read on a machine without the app.
    with db.session() as s:
        archive = transfer_package(s, case_id, "criminal", tmp_path / "out", evidence=ctx, by=li)
        assert verify_session_chain(s) is None
    db.close()
    police = tmp_path / "police"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(police)
    (package,) = police.iterdir()
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"][0]["title"].startswith("涉嫌环境犯罪案件移送书")
    sealed = next(f for f in manifest["files"] if f["number"] == "兰环封〔2026〕1号")
    assert sealed["sha256"] == signed_seal  # the version the party signed, not the unsigned one
    assert manifest["evidence"]["files"] == 3
    evidence = package / manifest["evidence"]["folder"]
    ok = _verify(evidence)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "3" in ok.stdout and "OK" in ok.stdout

    copy = tmp_path / "copy"
    shutil.copytree(evidence, copy)
    photo = sorted((copy / "files").glob("*IMG_0002*"))[0]
    data = bytearray(photo.read_bytes())
    data[len(data) // 2] ^= 0x01
    photo.write_bytes(bytes(data))
    bad = _verify(copy)
    assert bad.returncode == 1
    assert f"hash differs (file altered): files/{photo.name}" in bad.stdout
    assert _verify(evidence).returncode == 0  # the untouched package still verifies


def _case_documents(session, case_id) -> list[Document]:
    """The case's documents as filed: the newest (signed) version of each."""
    return list(
        session.scalars(
            select(Document)
            .join(CaseDocument, CaseDocument.document_id == Document.id)
            .where(CaseDocument.case_id == case_id, is_current())
            .order_by(CaseDocument.position)
        )
    )


def _stroke() -> bytes:
    """A signature as the pad draws it: a pen stroke on white."""
    image = Image.new("RGB", (600, 240), "white")
    ImageDraw.Draw(image).line([(40, 180), (200, 60), (360, 190), (560, 80)], "navy", 8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _verify(folder: Path) -> subprocess.CompletedProcess[str]:
    """The exported script alone: system python3, no app on the path, run from elsewhere."""
    python = shutil.which("python3") or sys.executable
    return subprocess.run(
        [python, "-I", str(folder / "verify.py")],
        capture_output=True,
        text=True,
        cwd=folder.parent,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return "".join(out.stdout.decode().split())

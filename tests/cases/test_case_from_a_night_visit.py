"""A case opened from a night visit whose evidence was secured in the inspection: the violation
date is the day in China, the evidence sheets go into the case file and the police package,
and the package carries the evidence export that checks itself."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from casehelpers import SETTINGS, World
from media_samples import jpeg_bytes

from inspector_app.cases.casefile import build_case_file
from inspector_app.cases.service import open_case, perform
from inspector_app.cases.transfer import EVIDENCE_DIR, transfer_package
from inspector_app.config import DataPaths
from inspector_app.evidence import documents as evidence_documents
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.ingest import ingest_files
from inspector_app.forms.registry import printed_title
from inspector_app.forms.transfer import CriminalLetterRenderer

PERSONS = [{"name": "孙某某", "id_number": "62010219800101001X", "position": "运维主管"}]
MATERIALS = [{"name": "案件移送书", "pages": 2}]


def test_night_visit_evidence_reaches_the_case_file_and_the_police(
    world: World, tmp_path: Path
) -> None:
    midnight = datetime(2026, 11, 22, 16, 20, tzinfo=UTC)  # 00:20 on the 23rd in Lanzhou
    inspection = world.inspect(
        "monitoring", {"c8": "采样管路被稀释"}, midnight.date(), None, midnight
    )
    ctx = EvidenceContext.from_paths(DataPaths(tmp_path / "data").ensure())
    photo = tmp_path / "IMG_0001.JPG"
    photo.write_bytes(jpeg_bytes(taken="2026:11:23 00:31:05"))
    with world.db.session() as s:
        ingest_files(s, ctx, [photo], inspection, world.li, item=("monitoring", "c8"))
        sheet = evidence_documents.generate(s, ctx, "photos", inspection, world.li)
        case = open_case(
            s,
            by=world.li,
            opened_on=date(2026, 11, 23),
            inspection_id=inspection,
            violation_codes=["V2"],
            settings=SETTINGS,
        )
        assert case.violation_date == date(2026, 11, 23)
        assert case.facts.startswith("2026年11月23日")
        case_id = case.id
    with world.db.session() as s:
        _file_and_transfer(s, world, case_id)
        title = printed_title(sheet.kind, sheet.snapshot)
        assert title == "现场照片（图片、影像资料）证据"
        assert build_case_file(s, case_id).startswith(b"%PDF")
        folder = transfer_package(s, case_id, "criminal", tmp_path / "out", False, evidence=ctx)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    titles = [f["title"] for f in manifest["files"]]
    assert titles[0] == CriminalLetterRenderer.title and title in titles
    assert manifest["evidence"] == {
        "folder": EVIDENCE_DIR,
        "files": 1,
        "chain_head": manifest["evidence"]["chain_head"],
        "verify": f"python3 {EVIDENCE_DIR}/verify.py",
    }
    done = subprocess.run(
        [sys.executable, "-I", str(folder / EVIDENCE_DIR / "verify.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_without_the_evidence_store_the_package_has_documents_only(
    world: World, tmp_path: Path
) -> None:
    inspection = world.inspect("monitoring", {"c8": "采样管路被稀释"}, date(2026, 11, 20))
    with world.db.session() as s:
        case_id = open_case(
            s, by=world.li, opened_on=date(2026, 11, 21), inspection_id=inspection
        ).id
        _file_and_transfer(s, world, case_id)
        folder = transfer_package(s, case_id, "criminal", tmp_path, False)
    assert "evidence" not in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert not (folder / EVIDENCE_DIR).exists()


def _file_and_transfer(s, world: World, case_id) -> None:
    head = {"text": "同意立案。", "signer": "赵磊", "on": date(2026, 11, 24)}
    perform(s, case_id, "file", date(2026, 11, 24), world.li, None, {"head": head}, SETTINGS)
    letter = {
        "persons": PERSONS,
        "materials": MATERIALS,
        "suspected_crime": "污染环境罪（《中华人民共和国刑法》第三百三十八条）",
        "basis": "《行政执法机关移送涉嫌犯罪案件的规定》",
    }
    perform(s, case_id, "criminal_transfer", date(2026, 11, 25), world.li, None, letter, SETTINGS)

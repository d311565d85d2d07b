"""Scenario 2's branches (sealing on site, detention and criminal transfer) with the police
package, and signatures stored as content-addressed blobs with their hash in the audit log."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from casehelpers import SETTINGS, World
from PIL import Image
from sqlalchemy import select

from inspector_app.cases.service import get_case, open_case, perform
from inspector_app.cases.signatures import (
    blob_path,
    record_refusal,
    record_signature,
    signatures_of,
)
from inspector_app.cases.transfer import transfer_package
from inspector_app.forms.samples_base import ITEMS, LI, MATERIALS, PERSONS, WANG
from inspector_app.i18n import UserError
from inspector_app.store import AuditEvent

OPINION = {"text": "建议移送公安机关。", "signer": "李明", "on": date(2026, 11, 24)}


def test_sealing_and_transfers_make_a_police_package(world: World, tmp_path: Path) -> None:
    with world.db.session() as s:
        case_id = open_case(
            s,
            by=world.li,
            opened_on=date(2026, 11, 23),
            enterprise_id=world.plant,
            source="complaint",
            violation_codes=["V2"],
            violation_date=date(2026, 11, 22),
            facts="你单位通过修改氮氧化物分析仪斜率参数、稀释采样管路篡改自动监测数据。",
            evidence=["现场照片12张", "执法记录仪视频1段"],
            settings=SETTINGS,
        ).id

    def step(code, on, data=None, document=None):
        with world.db.session() as s:
            return perform(s, case_id, code, on, world.li, data, document, settings=SETTINGS)

    step(
        "seal",
        date(2026, 11, 23),
        {"end_on": "2026-12-22"},
        {
            "items": ITEMS,
            "start_on": date(2026, 11, 23),
            "end_on": date(2026, 12, 22),
            "place": "脱硝车间CEMS小屋",
            "officers": [LI, WANG],
        },
    )
    step(
        "file",
        date(2026, 11, 23),
        document={
            "head": {"text": "同意立案。", "signer": "赵磊", "on": date(2026, 11, 23)},
        },
    )
    step(
        "detention_approve",
        date(2026, 11, 24),
        document={
            "persons": PERSONS,
            "handler": OPINION,
        },
    )
    step(
        "detention_send", date(2026, 11, 25), document={"persons": PERSONS, "materials": MATERIALS}
    )
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
    with world.db.session() as s:
        case = get_case(s, case_id)
        assert set(case.branches) == {"sealing", "detention", "criminal"}
        package = transfer_package(s, case_id, "criminal", tmp_path)
        with pytest.raises(UserError, match="移送类型"):
            transfer_package(s, case_id, "fine", tmp_path)
    with zipfile.ZipFile(package) as zf:
        names = [n.split("/", 1)[1] for n in zf.namelist()]
        assert names[0].startswith("01_涉嫌") or "移送书" in names[0]
        assert "移送" in names[1] and "manifest.json" in names
        assert any("查封" in n for n in names) and any("立案审批表" in n for n in names)
        manifest = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith(".json"))))
        for entry in manifest["files"]:
            data = zf.read(next(n for n in zf.namelist() if n.endswith(entry["file"])))
            assert hashlib.sha256(data).hexdigest() == entry["stored_sha256"]


def _png() -> bytes:
    image = Image.new("L", (200, 80), 255)
    for x in range(20, 180):
        image.putpixel((x, 40 + (x % 7)), 0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_signature_blob_hash_audit_and_refusal(world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "data" / "blobs"
    png = _png()
    with world.db.session() as s:
        signed = record_signature(s, blobs, png, "party", "赵强", world.li)
        again = record_signature(s, blobs, png, "officer", "李明", world.li)
        digest = hashlib.sha256(png).hexdigest()
        assert signed.sha256 == again.sha256 == digest
        assert blob_path(blobs, digest).read_bytes() == png
        assert blob_path(blobs, digest) == blobs / digest[:2] / digest[2:]
        assert not list(blobs.rglob(".tmp-*"))
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "signature.add")).first()
        assert event is not None and event.payload["sha256"] == digest
        with pytest.raises(UserError, match="见证人"):
            record_refusal(s, "party", "赵强", " ", world.li)
        refusal = record_refusal(
            s, "party", "赵强", "孙某（村委会主任）", world.li, note="拒绝在笔录上签字"
        )
        assert refusal.refused and refusal.sha256 is None
        with pytest.raises(UserError, match="PNG"):
            record_signature(s, blobs, b"GIF89a...", "party", "赵强", world.li)


def test_a_document_carries_its_signature_hashes(world: World, tmp_path: Path) -> None:
    with world.db.session() as s:
        case = open_case(
            s,
            by=world.li,
            opened_on=date(2026, 11, 23),
            enterprise_id=world.plant,
            source="clue",
            violation_codes=["V24"],
            violation_date=date(2026, 11, 20),
            evidence=["现场照片3张"],
            settings=SETTINGS,
        )
        step = perform(
            s,
            case.id,
            "order_to_correct",
            date(2026, 11, 23),
            world.li,
            document={"corrections": ["设置识别标志"], "deadline": date(2026, 12, 8)},
            settings=SETTINGS,
        )
        png = _png()
        record_signature(s, tmp_path, png, "receiver", "赵强", world.li, step.document_id, case.id)
        record_refusal(s, "party", "周建国", "孙某", world.li, step.document_id, case.id)
        carried = signatures_of(s, step.document_id)
    assert [c["role"] for c in carried] == ["receiver", "party"]
    assert carried[0]["sha256"] == hashlib.sha256(png).hexdigest()
    assert carried[1]["refused"] and carried[1]["witness"] == "孙某"


def test_daily_penalty_and_production_order_quote_the_case(world: World) -> None:
    from casehelpers import open_clue_case

    case_id = open_clue_case(world, ["V2"])  # evasion of supervision: daily penalty applies

    def step(code, on, data=None, document=None, issue=True):
        with world.db.session() as s:
            return perform(
                s, case_id, code, on, world.li, data, document, settings=SETTINGS, issue=issue
            )

    order = step(
        "order_to_correct",
        date(2026, 11, 22),
        document={
            "corrections": ["设置识别标志"],
            "deadline": date(2026, 12, 7),
        },
    )
    step(
        "file",
        date(2026, 11, 23),
        document={
            "head": {"text": "同意立案。", "signer": "赵磊", "on": date(2026, 11, 23)},
        },
    )
    step("report", date(2026, 11, 25))
    step("prior_notice", date(2026, 11, 26))
    step("serve_notice", date(2026, 11, 26), document={"receiver": "赵强"})
    step("waive", date(2026, 11, 27))
    step("legal_review", date(2026, 11, 27), issue=False)  # a fine over 200,000 yuan
    step("collective_discussion", date(2026, 11, 27), issue=False)
    step("decide", date(2026, 11, 27))
    step("serve", date(2026, 11, 28), document={"receiver": "赵强"})
    step(
        "recheck",
        date(2026, 12, 10),
        {"corrected": False, "findings": "仍未设置识别标志。"},
        {"started": "2026年12月10日 09时00分", "ended": "2026年12月10日 09时30分"},
    )
    daily = step("daily_penalty", date(2026, 12, 12))
    production = step(
        "production_order",
        date(2026, 12, 12),
        {"approved_on": "2026-12-11"},
        {
            "measure": "限制生产",
            "start_on": date(2026, 12, 13),
            "end_on": date(2027, 3, 12),
            "corrections": ["设置识别标志"],
            "duties": "每月报告整改进展。",
        },
    )
    with world.db.session() as s:
        from inspector_app.store import Document

        order_no = s.get(Document, order.document_id).number
        text = subprocess_text(s.get(Document, daily.document_id).pdf).replace("\n", "")
        assert order_no in text and "至2026年12月10日止" in text and "兰环罚〔2026〕1号" in text
        assert "第一千零六十条" in text  # the daily-penalty article, not the fine article
        assert "限制生产" in subprocess_text(s.get(Document, production.document_id).pdf)
        assert set(get_case(s, case_id).branches) == {"daily_penalty", "production"}


def subprocess_text(pdf: bytes) -> str:
    import subprocess

    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()

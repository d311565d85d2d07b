"""Signing a document gives a signed version: the image drawn in its row of the signature block,
the name and date beside it, a refusal printed with its witness; the old version leaves every
listing, and the signed PDF is re-verifiable from its snapshot and the evidence store."""

from __future__ import annotations

import io
import subprocess
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from casehelpers import SETTINGS, World
from PIL import Image, ImageDraw
from sqlalchemy import select

from inspector_app.cases.casefile import archive_order, build_case_file
from inspector_app.cases.issuing import issue_document, rerender
from inspector_app.cases.overview import timeline
from inspector_app.cases.records import case_view
from inspector_app.cases.service import _served_document, get_case, open_case, perform
from inspector_app.cases.signing import blob_resolver, sign_document
from inspector_app.document_list import list_documents
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError
from inspector_app.store import AuditEvent, Document

DAY = date(2026, 11, 26)


def png(bend: int = 0) -> bytes:
    """A pen stroke on white, 600×240 like the pad's."""
    image = Image.new("RGB", (600, 240), "white")
    draw = ImageDraw.Draw(image)
    points = [(40, 180), (150, 60 + bend), (260, 190), (380, 70), (560, 150)]
    draw.line(points, fill=(16, 32, 107), width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_text(pdf: bytes) -> str:
    """What a reader sees (pdftotext), whitespace removed so wrapped values still match."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return "".join(out.stdout.decode().split())


def images_in(pdf: bytes) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.pdf"
        path.write_bytes(pdf)
        listing = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout
    return sum(1 for line in listing.splitlines()[2:] if " image " in line)


def issue(world: World, code: str) -> uuid.UUID:
    """The example document, dated the day it is signed."""
    data = sample(code)
    if "issued_on" in data:
        data["issued_on"] = DAY
    with world.db.session() as s:
        return issue_document(s, world.agency, code, data, DAY).id


def test_a_signature_cannot_predate_the_document(world: World, tmp_path: Path) -> None:
    first = issue(world, "penalty_decision")
    with world.db.session() as s, pytest.raises(UserError, match="早于文书日期"):
        sign_document(
            s, tmp_path, first, "party", "周建国", world.li, DAY - timedelta(days=1), png=png()
        )


def test_party_signs_a_penalty_decision(world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    first = issue(world, "penalty_decision")
    with world.db.session() as s:
        signed = sign_document(s, blobs, first, "party", "周建国", world.li, DAY, png=png())
        signed_id = signed.id
    with world.db.session() as s:
        old, new = s.get(Document, first), s.get(Document, signed_id)
        assert old is not None and new is not None
        assert (new.version, new.supersedes_id, new.number) == (2, first, old.number)
        assert images_in(old.pdf) == 0 and images_in(new.pdf) == 1
        text = pdf_text(new.pdf)
        assert "当事人签收" in text and "周建国" in text and "2026年11月26日" in text
        assert rerender(new, blob_resolver(blobs)) == new.pdf  # same snapshot, same bytes
        mark = new.snapshot["signatures"][0]
        assert mark["label"] == "当事人签收" and mark["role"] == "party"
        issued = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.issue").order_by(AuditEvent.seq)
        ).all()[-1]
        assert issued.payload["supersedes"] == str(first)
        assert issued.payload["sha256"] == new.pdf_sha256
        assert "signatures" not in old.snapshot  # an unsigned snapshot is stored as before


def test_officer_after_party_and_a_witnessed_refusal(world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    record = issue(world, "inquiry_record")
    seal_list = issue(world, "sealing_list")
    with world.db.session() as s:
        party = sign_document(s, blobs, record, "party", "赵强", world.li, DAY, png=png())
        both = sign_document(s, blobs, party.id, "officer", "李明", world.li, DAY, png=png(40))
        assert both.version == 3
        assert [m["label"] for m in both.snapshot["signatures"]] == ["被询问人", "询问人"]
        assert images_in(both.pdf) == 2
        assert "赵强" in pdf_text(both.pdf) and "李明2026年11月26日" in pdf_text(both.pdf)
        with pytest.raises(UserError, match="最新版本"):
            sign_document(s, blobs, record, "recorder", "王芳", world.li, DAY, png=png())
        with pytest.raises(UserError, match="见证人的签字栏"):
            sign_document(s, blobs, both.id, "witness", "孙某", world.li, DAY, png=png())
        refused = sign_document(
            s, blobs, seal_list, "party", "周建国", world.li, DAY, refused=True, witness="孙某"
        )
        text = pdf_text(refused.pdf)
        assert "拒绝签字" in text and "见证人：孙某" in text and images_in(refused.pdf) == 0
        with pytest.raises(UserError, match="见证人"):
            sign_document(s, blobs, refused.id, "party", "周建国", world.li, DAY, refused=True)


def test_altered_or_missing_image_is_refused(world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    first = issue(world, "inquiry_record")
    with world.db.session() as s:
        signed = sign_document(s, blobs, first, "party", "赵强", world.li, DAY, png=png())
        path = blob_resolver(blobs)  # reads by hash
        digest = signed.snapshot["signatures"][0]["sha256"]
        assert path(digest) == png()
        with pytest.raises(UserError, match="证据库"):
            rerender(signed)  # no resolver: never a silently unsigned PDF
        file = blobs / digest[:2] / digest[2:]
        file.chmod(0o644)
        file.write_bytes(png(30))
        with pytest.raises(UserError, match="已被改动") as altered:
            rerender(signed, blob_resolver(blobs))
        assert "altered" in altered.value.render("en")
        file.unlink()
        with pytest.raises(UserError, match="找不到"):
            rerender(signed, blob_resolver(blobs))


def test_voided_document_cannot_be_signed(world: World, tmp_path: Path) -> None:
    first = issue(world, "penalty_decision")
    with world.db.session() as s:
        doc = s.get(Document, first)
        assert doc is not None
        doc.voided = True
        s.flush()
        with pytest.raises(UserError, match="已作废"):
            sign_document(s, tmp_path, first, "party", "周建国", world.li, DAY, png=png())
        assert s.scalars(select(Document).where(Document.supersedes_id == first)).first() is None


def test_case_lists_only_the_signed_version(world: World, tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
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
        assert step.document_id is not None
        signed = sign_document(
            s, blobs, step.document_id, "receiver", "周建国", world.li, DAY, png=png()
        )
        filed = archive_order(s, case.id)
        assert [d.id for d in filed if d.kind == "order_to_correct"] == [signed.id]
        view = case_view(s, get_case(s, case.id))
        assert [kind for kind, _, _ in view.documents].count("order_to_correct") == 1
        entry = [e for e in timeline(s, case.id) if e.document_id is not None][-1]
        assert entry.document_id == signed.id
        listed = [row.id for row in list_documents(s) if row.kind == "order_to_correct"]
        assert listed == [signed.id]
        # Serving it serves the signed version, not the one it replaced.
        served = _served_document(s, get_case(s, case.id), ["order_to_correct"])
        assert served.id == signed.id
        whole = build_case_file(s, case.id)
    assert pdf_text(whole).count("责令改正违法行为决定书") >= 1
    assert images_in(whole) == 1

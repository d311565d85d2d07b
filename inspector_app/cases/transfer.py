"""The package handed to the police: transfer letter, materials list and copies of the file.

One folder (or one zip of it) that a police officer can read without the app: the letter and
the materials list first, then every document of the case in archive order, and a manifest
with each file's SHA-256 so a copy can be checked against the agency's records.  Given the
evidence store, the inspection's evidence export (original photos and video, the audit-chain
excerpt and a standard-library ``verify.py``) goes into a sub-folder, so the police can check
the evidence without the app.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
import zipfile
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.cases.casefile import archive_order
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.export import export_package
from inspector_app.forms.base import sha256
from inspector_app.forms.registry import printed_title
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Case, EvidenceItem

LETTERS = {
    "criminal": ("criminal_transfer_letter", "criminal_transfer_materials"),
    "detention": ("detention_transfer_letter", "detention_transfer_materials"),
}
EVIDENCE_DIR = "证据材料"


def _safe(name: str) -> str:
    return re.sub(r"[\\/:*?\"<>|〔〕\s]+", "_", name).strip("_")


def transfer_package(
    session: Session,
    case_id: uuid.UUID,
    kind: str,
    out_dir: Path,
    as_zip: bool = True,
    *,
    evidence: EvidenceContext | None = None,
    by: uuid.UUID | None = None,
) -> Path:
    """Write the package for ``kind`` ("criminal" or "detention"); returns the folder or zip.

    With ``evidence`` (the evidence store) the inspection's evidence is exported into
    ``证据材料/`` by ``by`` (default: who opened the case); the export is in the audit log.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise UserError(Msg("找不到该案件", "Case not found"))
    if kind not in LETTERS:
        raise UserError(Msg(f"移送类型不正确：{kind}", f"Unknown transfer kind: {kind}"))
    documents = archive_order(session, case.id)
    letter_kinds = LETTERS[kind]
    front = [d for k in letter_kinds for d in documents if d.kind == k]
    if not any(d.kind == letter_kinds[0] for d in front):
        raise UserError(Msg("尚未制作移送书，不能生成移送材料", "Issue the transfer letter first"))
    rest = [d for d in documents if d.kind not in letter_kinds]
    name = _safe(f"移送材料_{case.case_number or case.id}")
    folder = out_dir / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    manifest = []
    for i, doc in enumerate([*front, *rest], 1):
        title = printed_title(doc.kind, dict(doc.snapshot))
        file = f"{i:02d}_{_safe(title)}" + (f"_{_safe(doc.number)}" if doc.number else "") + ".pdf"
        (folder / file).write_bytes(doc.pdf)
        manifest.append(
            {
                "file": file,
                "title": title,
                "number": doc.number,
                "sha256": sha256(doc.pdf),
                "stored_sha256": doc.pdf_sha256,
            }
        )
    exported = _evidence(session, case, evidence, folder / EVIDENCE_DIR, by)
    (folder / "manifest.json").write_text(
        json.dumps(
            {"case": case.case_number, "cause": case.cause, "files": manifest, **exported},
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    if not as_zip:
        return folder
    archive = out_dir / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            zf.write(path, f"{name}/{path.relative_to(folder).as_posix()}")
    shutil.rmtree(folder)
    return archive


def _evidence(
    session: Session,
    case: Case,
    ctx: EvidenceContext | None,
    target: Path,
    by: uuid.UUID | None,
) -> dict[str, object]:
    """Export the inspection's evidence into ``target``; what the manifest says about it."""
    if ctx is None or case.inspection_id is None:
        return {}
    count = session.scalar(
        select(func.count())
        .select_from(EvidenceItem)
        .where(EvidenceItem.inspection_id == case.inspection_id)
    )
    if not count:
        return {}
    officer = by or case.opened_by
    if officer is None:
        raise UserError(Msg("请指定导出证据的执法人员", "Say which officer exports the evidence"))
    result = export_package(session, ctx, case.inspection_id, target, officer)
    return {
        "evidence": {
            "folder": EVIDENCE_DIR,
            "files": result.files,
            "chain_head": result.chain_head,
            "verify": f"python3 {EVIDENCE_DIR}/verify.py",
        }
    }

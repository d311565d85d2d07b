"""The package handed to the police: transfer letter, materials list and copies of the file.

One folder (or one zip of it) that a police officer can read without the app: the letter and
the materials list first, then every document of the case in archive order, and a manifest
with each file's SHA-256 so a copy can be checked against the agency's records.  The evidence
export (photos, video, the audit chain) is added by the evidence store when both exist.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
import zipfile
from pathlib import Path

from sqlalchemy.orm import Session

from inspector_app.cases.casefile import archive_order
from inspector_app.forms.base import sha256
from inspector_app.forms.registry import document_type
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Case

LETTERS = {
    "criminal": ("criminal_transfer_letter", "criminal_transfer_materials"),
    "detention": ("detention_transfer_letter", "detention_transfer_materials"),
}


def _safe(name: str) -> str:
    return re.sub(r"[\\/:*?\"<>|〔〕\s]+", "_", name).strip("_")


def transfer_package(
    session: Session, case_id: uuid.UUID, kind: str, out_dir: Path, as_zip: bool = True
) -> Path:
    """Write the package for ``kind`` ("criminal" or "detention"); returns the folder or zip."""
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
        title = document_type(doc.kind).printed_title(dict(doc.snapshot))
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
    (folder / "manifest.json").write_text(
        json.dumps(
            {"case": case.case_number, "cause": case.cause, "files": manifest},
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    if not as_zip:
        return folder
    archive = out_dir / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            zf.write(path, f"{name}/{path.name}")
    shutil.rmtree(folder)
    return archive

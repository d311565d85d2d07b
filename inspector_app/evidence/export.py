"""The evidence package: files, manifest (JSON + CSV), the audit chain, and a verify script.

A reviewer or a court gets a folder they can check without the app: ``python verify.py``
recomputes every file's SHA-256 and replays the chain.  The chain excerpt has every event's
sequence number and hashes (so the links can be replayed from the first event) but the full
body only of the events about this inspection, so other enterprises' data never leaves.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.evidence import package_check
from inspector_app.evidence.blobs import CHUNK
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.service import list_evidence
from inspector_app.i18n import Msg, UserError
from inspector_app.store import (
    AuditEvent,
    ChecklistTemplate,
    Enterprise,
    EvidenceItem,
    Inspection,
    Officer,
)
from inspector_app.store.audit import append_event, event_body, verify_session_chain
from inspector_app.store.base import utcnow

FORMAT = "field-inspector-evidence/1"
CSV_COLUMNS = [
    "file",
    "seq",
    "sha256",
    "size",
    "media_type",
    "original_name",
    "captured_at",
    "gps_lat",
    "gps_lon",
    "gps_alt",
    "gps_accuracy_m",
    "camera",
    "imported_at",
    "officer",
    "officer_certificate",
    "items",
    "caption",
    "derived_from",
    "warning",
]
README = """证据包 / Evidence package

files/          原始证据文件（逐字节复制）/ the original files, byte for byte
manifest.json   每个文件的哈希、大小、拍摄时间、位置、导入人、检查项 / per-file record
manifest.csv    同上，表格格式 / the same as a table
chain.json      审计日志哈希链摘录 / excerpt of the hash-chained audit log
verify.py       校验脚本，仅需 Python 标准库：python verify.py
                verification script, standard library only: python verify.py
"""


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: int
    chain_head: str


def _safe_name(seq: int, name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(". ") or "file"
    return f"files/{seq:03d}_{cleaned}"


def _copy_checked(ctx: EvidenceContext, sha: str, target: Path) -> None:
    digest = hashlib.sha256()
    with ctx.blobs.path_for(sha).open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != sha:
        raise UserError(
            Msg(
                f"证据文件 {sha} 已被修改，不能导出；请先运行 inspector verify",
                f"Evidence file {sha} was altered and cannot be exported; run inspector verify",
            )
        )


def _item_record(
    item: EvidenceItem, file: str, officers: dict[uuid.UUID, Officer], codes: dict[uuid.UUID, str]
) -> dict[str, Any]:
    officer = officers.get(item.imported_by)
    return {
        "file": file,
        "seq": item.seq,
        "evidence_id": str(item.id),
        "sha256": item.sha256,
        "size": item.size,
        "media_type": item.media_type,
        "kind": item.kind,
        "original_name": item.original_name,
        "captured_at": item.captured_at.isoformat() if item.captured_at else None,
        "capture_source": item.capture_source,
        "gps_lat": item.gps_lat,
        "gps_lon": item.gps_lon,
        "gps_alt": item.gps_alt,
        "gps_accuracy_m": item.gps_accuracy_m,
        "camera": " ".join(x for x in (item.camera_make, item.camera_model) if x),
        "duration_s": item.duration_s,
        "imported_at": item.imported_at.isoformat(),
        "officer": officer.name if officer else "",
        "officer_certificate": officer.certificate_no if officer else "",
        "device_id": item.device_id,
        "items": [f"{codes.get(x.template_id, '?')}/{x.item_code}" for x in item.links],
        "caption": item.caption,
        "derived_from": item.derived_from,
        "warning": item.warning,
    }


def _chain(session: Session, relevant: set[str]) -> list[dict[str, Any]]:
    events = []
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        entry: dict[str, Any] = {"seq": event.seq, "prev_hash": event.prev_hash, "hash": event.hash}
        inspection = (event.payload or {}).get("inspection")
        if event.entity_id in relevant or inspection in relevant:
            entry["body"] = event_body(event)
        events.append(entry)
    return events


def export_package(
    session: Session, ctx: EvidenceContext, inspection_id: uuid.UUID, folder: Path, by: uuid.UUID
) -> ExportResult:
    """Write the package into ``folder`` (new or empty); logs the export in the audit chain."""
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(
            Msg(f"导出目录必须为空：{folder}", f"The export folder must be empty: {folder}")
        )
    if verify_session_chain(session) is not None:
        raise UserError(
            Msg(
                "审计日志链已断开，不能导出；请先运行 inspector verify",
                "The audit chain is broken; run inspector verify before exporting",
            )
        )
    items = list_evidence(session, inspection_id)
    if not items:
        raise UserError(Msg("该检查没有证据可导出", "This inspection has no evidence to export"))
    enterprise = session.get(Enterprise, inspection.enterprise_id)
    officers = {o.id: o for o in session.scalars(select(Officer))}
    codes = {t.id: t.code for t in session.scalars(select(ChecklistTemplate))}
    (folder / "files").mkdir(parents=True, exist_ok=True)
    records = []
    for item in items:
        name = _safe_name(item.seq, item.original_name)
        _copy_checked(ctx, item.sha256, folder / name)
        records.append(_item_record(item, name, officers, codes))
    event = append_event(
        session,
        "evidence.exported",
        "inspection",
        inspection.id,
        {"inspection": str(inspection.id), "files": len(records), "folder": folder.name},
        officer_id=by,
    )
    relevant = {str(inspection.id)} | {str(i.id) for i in items}
    chain = _chain(session, relevant)
    me = officers.get(by)
    manifest = {
        "format": FORMAT,
        "inspection": {
            "id": str(inspection.id),
            "enterprise": enterprise.name if enterprise else "",
            "credit_code": enterprise.credit_code if enterprise else "",
            "place": inspection.place,
            "started_at": inspection.started_at.isoformat(),
        },
        "exported_at": utcnow().replace(microsecond=0).isoformat(),
        "exported_by": {"name": me.name, "certificate_no": me.certificate_no} if me else None,
        "device_id": ctx.device_id,
        "hash_algorithm": "SHA-256",
        "chain_head": event.hash,
        "items": records,
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    with (folder / "manifest.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow(record | {"items": " ".join(record["items"])})
    (folder / "chain.json").write_text(
        json.dumps({"algorithm": "sha256-canonical-json", "events": chain}, ensure_ascii=False),
        encoding="utf-8",
    )
    script = Path(package_check.__file__).read_text(encoding="utf-8")
    (folder / "verify.py").write_text(script, encoding="utf-8")
    (folder / "README.txt").write_text(README, encoding="utf-8")
    return ExportResult(folder, len(records), event.hash)

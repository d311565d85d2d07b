"""Building the evidence documents from the database: photo sheet, electronic-data list,
sampling record.  As with the on-site record, the snapshot is made once and stored with the
document; the PDF is rendered from it (photos re-read from the blob store by hash), so a
reprint says what the first print said.
"""

from __future__ import annotations

import io
import uuid
from datetime import UTC
from typing import Any

from PIL import Image, ImageOps
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.samples import STEP_LABELS, list_samples
from inspector_app.evidence.service import list_evidence
from inspector_app.forms.base import DocumentRenderer, sha256
from inspector_app.forms.evidence_list import DataLine, EvidenceListRenderer, EvidenceListSnapshot
from inspector_app.forms.photo_sheet import (
    MediaLine,
    PhotoLine,
    PhotoSheetRenderer,
    PhotoSheetSnapshot,
)
from inspector_app.forms.sampling_custody import (
    CustodyLine,
    SampleLine,
    SamplingCustodyRenderer,
    SamplingCustodySnapshot,
)
from inspector_app.i18n import Msg, UserError
from inspector_app.inspections.record import china_time
from inspector_app.store import Agency, Document, Enterprise, EvidenceItem, Inspection, Officer
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

# Document kinds of their own, so the document set's registry (cases.issuing) never takes
# these rows for its hand-filled forms of the same names.
KINDS = {
    "photos": "evidence_photo_sheet",
    "edata": "evidence_data_list",
    "samples": "evidence_sampling_record",
}
CATEGORY = {"photo": "照片", "video": "视频", "audio": "音频", "document": "文档"}
EMBED_SIZE = (1000, 1000)


def shrink(ctx: EvidenceContext, sha: str) -> bytes | None:
    """A small JPEG of a stored photo for embedding; the same original gives the same bytes."""
    path = ctx.blobs.path_for(sha)
    if not path.is_file():
        return None
    with Image.open(path) as img:
        img.draft("RGB", EMBED_SIZE)
        img.thumbnail(EMBED_SIZE)
        upright = ImageOps.exif_transpose(img).convert("RGB")
    buffer = io.BytesIO()
    upright.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _place(inspection: Inspection, item: EvidenceItem) -> str:
    if item.gps_lat is None or item.gps_lon is None:
        return inspection.place
    ns = "北纬" if item.gps_lat >= 0 else "南纬"
    ew = "东经" if item.gps_lon >= 0 else "西经"
    gps = f"{ns}{abs(item.gps_lat):.6f}°，{ew}{abs(item.gps_lon):.6f}°"
    if item.gps_alt is not None:
        gps += f"，海拔{item.gps_alt:.1f}米"
    if item.gps_accuracy_m is not None:
        gps += f"，精度{item.gps_accuracy_m:.1f}米"
    return f"{inspection.place}（{gps}）"


def _time(item: EvidenceItem) -> str:
    if item.captured_at is not None:
        return china_time(item.captured_at)
    return f"（文件未记录拍摄时间；导入于{china_time(item.imported_at)}）"


def _context(session: Session, inspection_id: uuid.UUID) -> tuple[Inspection, Agency, Enterprise]:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    agency = session.get(Agency, inspection.agency_id)
    enterprise = session.get(Enterprise, inspection.enterprise_id)
    assert agency is not None and enterprise is not None
    return inspection, agency, enterprise


def _span(inspection: Inspection) -> str:
    end = china_time(inspection.ended_at) if inspection.ended_at else "（检查进行中）"
    return f"{china_time(inspection.started_at)} 至 {end}"


def photo_sheet_snapshot(session: Session, inspection_id: uuid.UUID) -> PhotoSheetSnapshot:
    inspection, agency, enterprise = _context(session, inspection_id)
    names = {o.id: o.name for o in session.scalars(select(Officer))}
    items = list_evidence(session, inspection_id)
    seq_of = {i.sha256: i.seq for i in items}
    photos, media = [], []
    for item in items:
        if item.kind == "photo":
            derived = ""
            if item.derived_from:
                parent = seq_of.get(item.derived_from, "?")
                derived = f"标注件：原件为第 {parent} 号（SHA-256 {item.derived_from}），原件未改动"
            photos.append(
                PhotoLine(
                    seq=item.seq,
                    sha256=item.sha256,
                    time=_time(item),
                    place=_place(inspection, item),
                    photographer=names.get(item.imported_by, ""),
                    caption=item.caption,
                    camera=" ".join(x for x in (item.camera_make, item.camera_model) if x),
                    derived_note=derived,
                    width=item.width or 4,
                    height=item.height or 3,
                )
            )
        elif item.kind in ("video", "audio"):
            seconds = round(item.duration_s) if item.duration_s is not None else None
            media.append(
                MediaLine(
                    seq=item.seq,
                    name=item.original_name,
                    kind=CATEGORY[item.kind],
                    duration=f"{seconds // 60}分{seconds % 60:02d}秒"
                    if seconds is not None
                    else "—",
                    time=_time(item),
                    sha256=item.sha256,
                    caption=item.caption,
                )
            )
    return PhotoSheetSnapshot(
        agency_name=agency.name,
        inspection_id=str(inspection.id),
        enterprise_name=enterprise.name,
        place=inspection.place,
        inspected=_span(inspection),
        photos=photos,
        media=media,
    )


def evidence_list_snapshot(session: Session, inspection_id: uuid.UUID) -> EvidenceListSnapshot:
    inspection, agency, enterprise = _context(session, inspection_id)
    officers = [o for o in inspection.officers if o.get("role") == "inspector"]
    lines = []
    for item in list_evidence(session, inspection_id):
        subtype = item.media_type.split("/")[-1].upper().replace("X-MSVIDEO", "AVI")
        note = "标注件" if item.derived_from else ("未能解析，原样保存" if item.warning else "")
        lines.append(
            DataLine(
                seq=item.seq,
                name=item.original_name,
                category=CATEGORY.get(item.kind, "其他"),
                file_format=subtype.replace("QUICKTIME", "MOV").replace("OCTET-STREAM", "未知"),
                size=_size(item.size),
                sha256=item.sha256,
                collected=china_time(item.imported_at),
                note=note,
            )
        )
    return EvidenceListSnapshot(
        agency_name=agency.name,
        inspection_id=str(inspection.id),
        enterprise_name=enterprise.name,
        place=inspection.place,
        collected_by="、".join(f"{o['name']}（执法证号{o['certificate_no']}）" for o in officers),
        method="在现场复制原始文件至执法终端，计算并记录每个文件的SHA-256校验值",
        items=lines,
    )


def sampling_record_snapshot(session: Session, inspection_id: uuid.UUID) -> SamplingCustodySnapshot:
    inspection, agency, enterprise = _context(session, inspection_id)
    names = {o.id: o.name for o in session.scalars(select(Officer))}
    samples = [
        SampleLine(
            number=s.number,
            medium=s.medium,
            point=s.point,
            time=china_time(s.taken_at),
            parameters="、".join(s.parameters),
            container="；".join(x for x in (s.container, s.preservation) if x),
            sampler=names.get(s.taken_by, ""),
            seals="、".join(s.seal_numbers) or "（未封存）",
            custody=[
                CustodyLine(
                    step=STEP_LABELS[c.step], actor=c.actor, time=china_time(c.at), note=c.note
                )
                for c in s.custody
            ],
        )
        for s in list_samples(session, inspection_id)
    ]
    return SamplingCustodySnapshot(
        agency_name=agency.name,
        inspection_id=str(inspection.id),
        enterprise_name=enterprise.name,
        enterprise_address=enterprise.address,
        place=inspection.place,
        inspected=_span(inspection),
        samples=samples,
    )


def evidence_summary(session: Session, inspection_id: uuid.UUID) -> str:
    """One sentence for the on-site record's 现场取证情况: what was photographed and sampled."""
    items = list_evidence(session, inspection_id)
    counts = {kind: [i.seq for i in items if i.kind == kind] for kind in CATEGORY}
    others = [i.seq for i in items if i.kind not in CATEGORY]
    parts = []
    for kind, unit in (("photo", "张"), ("video", "段"), ("audio", "段"), ("document", "份")):
        seqs = counts[kind]
        if seqs:
            parts.append(f"{CATEGORY[kind]}{len(seqs)}{unit}（第{'、'.join(map(str, seqs))}号）")
    if others:
        parts.append(f"其他电子数据{len(others)}项（第{'、'.join(map(str, others))}号）")
    samples = list_samples(session, inspection_id)
    text = "现场提取" + "、".join(parts) + "，均已计算SHA-256校验值" if parts else ""
    if samples:
        sealed = sum(1 for s in samples if s.seal_numbers)
        numbers = "、".join(s.number for s in samples)
        text += ("；" if text else "") + f"采集样品{len(samples)}个（{numbers}），已封存{sealed}个"
    return text + "。" if text else ""


def _renderer(ctx: EvidenceContext, kind: str, snapshot: BaseModel) -> DocumentRenderer:
    if kind == "evidence_photo_sheet":
        assert isinstance(snapshot, PhotoSheetSnapshot)
        images = {p.sha256: shrink(ctx, p.sha256) for p in snapshot.photos}
        return PhotoSheetRenderer({k: v for k, v in images.items() if v is not None})
    return EvidenceListRenderer() if kind == "evidence_data_list" else SamplingCustodyRenderer()


SNAPSHOTS: dict[str, Any] = {
    "evidence_photo_sheet": (photo_sheet_snapshot, PhotoSheetSnapshot),
    "evidence_data_list": (evidence_list_snapshot, EvidenceListSnapshot),
    "evidence_sampling_record": (sampling_record_snapshot, SamplingCustodySnapshot),
}


def generate(
    session: Session, ctx: EvidenceContext, kind: str, inspection_id: uuid.UUID, by: uuid.UUID
) -> Document:
    """Make (or return the identical latest) document of ``kind``: photos, edata or samples."""
    doc_kind = KINDS.get(kind, kind)
    if doc_kind not in SNAPSHOTS:
        raise UserError(Msg(f"未知的文书类型：{kind}", f"Unknown document kind: {kind}"))
    build, _ = SNAPSHOTS[doc_kind]
    snapshot = build(session, inspection_id)
    renderer = _renderer(ctx, doc_kind, snapshot)
    pdf = renderer.render(snapshot)
    previous = session.scalars(
        select(Document)
        .where(Document.inspection_id == inspection_id, Document.kind == doc_kind)
        .order_by(Document.version.desc())
        .limit(1)
    ).first()
    if previous is not None and previous.pdf_sha256 == sha256(pdf):
        return previous
    document = Document(
        kind=doc_kind,
        inspection_id=inspection_id,
        version=previous.version + 1 if previous else 1,
        supersedes_id=previous.id if previous else None,
        snapshot=snapshot.model_dump(mode="json"),
        renderer=renderer.renderer_id,
        pdf=pdf,
        pdf_sha256=sha256(pdf),
        generated_at=utcnow().astimezone(UTC).replace(microsecond=0),
        generated_by=by,
    )
    session.add(document)
    session.flush()
    append_event(
        session,
        "document.generated",
        "document",
        document.id,
        {"sha256": document.pdf_sha256, "kind": doc_kind, "version": document.version},
        officer_id=by,
    )
    return document


def rerender(ctx: EvidenceContext, document: Document) -> bytes:
    """The stored snapshot rendered again (photos re-read by hash from the blob store)."""
    _, model = SNAPSHOTS[document.kind]
    snapshot = model.model_validate(document.snapshot)
    return _renderer(ctx, document.kind, snapshot).render(snapshot)

"""Every stored document on this laptop, for the Documents page: newest first, with its title.

Titles come from the document registry (forms) where the kind is known there, else from the
few kinds the inspection and evidence parts make themselves.  The PDF bytes are not loaded here;
the page fetches one document's bytes only when it is opened.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError
from inspector_app.store import Document, Enterprise, Inspection
from inspector_app.store.document import is_current

OWN_TITLES = {
    "onsite_record": "现场检查笔录",
    "evidence_photo_sheet": "现场照片（图片、影像资料）证据",
    "evidence_data_list": "电子数据证据清单",
    "evidence_sampling_record": "采样记录（含保管交接）",
}


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    kind: str
    title: str
    number: str
    enterprise: str
    version: int
    generated_at: datetime
    sha256: str
    voided: bool


def title_of(kind: str) -> str:
    if kind in OWN_TITLES:
        return OWN_TITLES[kind]
    from inspector_app.forms.registry import DOCUMENT_TYPES

    known = DOCUMENT_TYPES.get(kind)
    return known.title if known else kind


def list_documents(session: Session, limit: int = 1000) -> list[DocumentRow]:
    query = (
        select(
            Document.id,
            Document.kind,
            Document.number,
            Document.version,
            Document.generated_at,
            Document.pdf_sha256,
            Document.voided,
            Enterprise.name,
        )
        .outerjoin(Inspection, Inspection.id == Document.inspection_id)
        .outerjoin(Enterprise, Enterprise.id == Inspection.enterprise_id)
        .where(is_current())  # a signed or corrected version replaces the one it supersedes
        .order_by(Document.generated_at.desc())
        .limit(limit)
    )
    return [
        DocumentRow(
            id=row.id,
            kind=row.kind,
            title=title_of(row.kind),
            number=row.number or "",
            enterprise=row.name or "",
            version=row.version,
            generated_at=row.generated_at,
            sha256=row.pdf_sha256,
            voided=row.voided,
        )
        for row in session.execute(query)
    ]


def document_pdf(session: Session, document_id: uuid.UUID) -> tuple[bytes, str]:
    """The stored bytes to preview and reprint (the hash is the stored file's).  A voided
    document keeps its number but must never be served again: its copy is stamped 作废 on
    every page, with the reason, so a reprint cannot pass for a valid document."""
    document = session.get(Document, document_id)
    if document is None:
        raise UserError(Msg("找不到该文书", "Document not found"))
    if document.voided:
        return void_stamped(document.pdf, document.void_reason or ""), document.pdf_sha256
    return document.pdf, document.pdf_sha256


def void_stamped(pdf: bytes, reason: str) -> bytes:
    """``pdf`` with a large 作废 mark and the reason over every page."""
    import io

    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

    from inspector_app.forms.fonts import register_fonts

    _, bold = register_fonts()
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        mark = io.BytesIO()
        canvas = Canvas(mark, pagesize=(width, height))
        canvas.setFillColor(Color(0.8, 0, 0, alpha=0.55))
        canvas.setFont(bold, 120)
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -40, "作废")
        canvas.restoreState()
        canvas.setFont(bold, 11)
        canvas.drawCentredString(width / 2, height - 28, f"本文书已作废：{reason}"[:60])
        canvas.save()
        page.merge_page(PdfReader(io.BytesIO(mark.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

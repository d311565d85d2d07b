"""The case file (案卷): one PDF of the whole case, in archive order, for the reviewer.

Order follows reference.md §1.6 [U]: cover → index (卷内目录) → filing approval → evidence →
investigation report → prior notice + its proof of service → statement / hearing → legal
review / collective discussion → decision + its proof of service → execution → re-check →
closing → back note (备考表).  The stored document PDFs are concatenated unchanged (their
hashes still verify page by page) and every document page gets a continuous number stamped
in the top margin, which is what the index refers to.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.cases.machine import status_label
from inspector_app.forms.base import esc
from inspector_app.forms.common import china_day, cn_date
from inspector_app.forms.fonts import register_fonts
from inspector_app.forms.registry import printed_title
from inspector_app.law.citation import capital_yuan
from inspector_app.store import Agency, Case, CaseDocument, CaseStep, Document, Enterprise
from inspector_app.store.document import current_ids, is_current

RANK = {
    "filing_approval": 10,
    "onsite_record": 20,
    "inquiry_record": 21,
    "sampling_record": 22,
    "evidence_sampling_record": 22,  # sheets the evidence store made during the inspection
    "evidence_photo_sheet": 22,
    "evidence_data_list": 22,
    "evidence_preservation": 23,
    "order_to_correct": 24,
    "sealing_decision": 25,
    "sealing_list": 26,
    "sealing_extension": 27,
    "sealing_release": 28,
    "address_confirmation": 29,
    "investigation_suspension": 29,
    "investigation_report": 30,
    "prior_notice": 40,
    "statement_record": 50,
    "hearing_notice": 51,
    "hearing_record": 52,
    "legal_review": 60,
    "collective_discussion": 61,
    "penalty_decision": 70,
    "no_penalty_decision": 70,
    "onsite_penalty": 70,
    "daily_penalty": 72,
    "production_order": 73,
    "payment_deferral": 80,
    "payment_reminder": 81,
    "enforcement_application": 82,
    "detention_transfer_approval": 85,
    "detention_transfer_letter": 86,
    "detention_transfer_materials": 87,
    "criminal_transfer_letter": 88,
    "criminal_transfer_materials": 89,
    "recheck_record": 90,
    "closing_approval": 95,
}


@dataclass(frozen=True)
class Entry:
    """One document in the case file, with its first page in the continuous numbering."""

    title: str
    number: str
    on: date | None
    pages: int
    first_page: int = 0


def archive_order(session: Session, case_id: uuid.UUID) -> list[Document]:
    """The case's documents (not voided) in archive order; a proof of service follows what it
    serves."""
    rows = session.execute(
        select(Document, CaseDocument)
        .join(CaseDocument, CaseDocument.document_id == Document.id)
        .where(CaseDocument.case_id == case_id, Document.voided.is_(False), is_current())
    ).all()
    by_id = {doc.id: (doc, link) for doc, link in rows}
    # A proof of service may point at a version since superseded (e.g. signed): its newest.
    serves = current_ids(
        session, [link.serves_document_id for _, link in rows if link.serves_document_id]
    )

    def key(item: tuple[Document, CaseDocument]) -> tuple[int, int, int, int]:
        doc, link = item
        served = by_id.get(serves[link.serves_document_id]) if link.serves_document_id else None
        if served is not None:
            main_doc, main_link = served
            return (RANK.get(main_doc.kind, 99), main_link.position, 1, link.position)
        return (RANK.get(doc.kind, 99), link.position, 0, 0)

    return [doc for doc, _ in sorted(rows, key=key)]


@dataclass(frozen=True)
class Attachment:
    """A sheet that is not a stored document (e.g. a photo exhibit sheet from the evidence
    store); filed with the evidence, after the records."""

    title: str
    pdf: bytes
    on: date | None = None


def _parts(
    documents: list[Document], step_dates: dict[uuid.UUID, date], extra: Sequence[Attachment]
) -> list[tuple[str, str, date | None, bytes]]:
    """(title, number, date, pdf) in archive order; attachments join the evidence group."""
    out: list[tuple[str, str, date | None, bytes]] = []
    evidence_end = sum(1 for d in documents if RANK.get(d.kind, 99) < RANK["investigation_report"])
    for i, doc in enumerate(documents):
        if i == evidence_end:
            out += [(a.title, "", a.on, a.pdf) for a in extra]
        title = printed_title(doc.kind, dict(doc.snapshot))
        # A form has no issue date of its own: the day of the step that made it is its date.
        stepped = step_dates.get(doc.id)
        day = stepped or china_day(doc.generated_at)
        issued = doc.snapshot.get("issued_on") or day.isoformat()
        out.append((title, doc.number or "", date.fromisoformat(issued[:10]), doc.pdf))
    if evidence_end >= len(documents):
        out += [(a.title, "", a.on, a.pdf) for a in extra]
    return out


def _entries(parts: list[tuple[str, str, date | None, bytes]]) -> tuple[list[Entry], list[Any]]:
    entries: list[Entry] = []
    pages_out: list[Any] = []
    page = 1
    for title, number, on, pdf in parts:
        pages = PdfReader(io.BytesIO(pdf)).pages
        entries.append(Entry(title, number, on, len(pages), page))
        pages_out.extend(pages)
        page += len(pages)
    return entries, pages_out


def _styles() -> dict[str, ParagraphStyle]:
    song, hei = register_fonts()
    body = ParagraphStyle("body", fontName=song, fontSize=11, leading=18, wordWrap="CJK")
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=hei,
            fontSize=22,
            leading=32,
            alignment=TA_CENTER,
            spaceAfter=10 * mm,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=hei,
            fontSize=16,
            leading=24,
            alignment=TA_CENTER,
            spaceAfter=5 * mm,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13),
    }


def _table(rows: list[list[str]], widths: list[float], header: bool) -> Table:
    st = _styles()
    cells = [[Paragraph(esc(c), st["cell"]) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), register_fonts()[0]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    table.setStyle(TableStyle(commands))
    return table


def _front(session: Session, case: Case, entries: list[Entry], back_pages: int) -> bytes:
    """Cover and index (unnumbered pages in front of the documents)."""
    st = _styles()
    agency = session.get(Agency, case.agency_id)
    party = session.get(Enterprise, case.enterprise_id)
    assert agency is not None and party is not None
    total = sum(e.pages for e in entries) + back_pages
    fine = (
        f"{capital_yuan(case.fine_fen / 100)}（¥{case.fine_fen / 100:.2f}元）"
        if case.fine_fen
        else "无"
    )
    cover = [
        ["案件编号", case.case_number or "（未立案）"],
        ["案由", case.cause],
        ["当事人", f"{party.name}（{party.credit_code}）"],
        ["违法行为发生日期", cn_date(case.violation_date)],
        ["立案日期", cn_date(case.filed_on)],
        ["处理结果", f"{status_label(case.status)}；罚款：{fine}"],
        ["结案日期", cn_date(case.closed_on)],
        ["卷内文书", f"{len(entries)}份，共{total}页"],
    ]
    story = [
        Spacer(1, 20 * mm),
        Paragraph(esc(agency.name), st["heading"]),
        Paragraph("行政处罚案卷", st["title"]),
        _table(cover, [40 * mm, 125 * mm], header=False),
        PageBreak(),
        Paragraph("卷内目录", st["heading"]),
    ]
    rows = [["序号", "文书名称", "文号", "日期", "页号"]]
    for i, e in enumerate(entries, 1):
        last = e.first_page + e.pages - 1
        pages = str(e.first_page) if e.pages == 1 else f"{e.first_page}–{last}"
        rows.append([str(i), e.title, e.number, cn_date(e.on), pages])
    first_back = sum(e.pages for e in entries) + 1
    rows.append([str(len(entries) + 1), "备考表", "", "", str(first_back)])
    story.append(_table(rows, [12 * mm, 62 * mm, 45 * mm, 30 * mm, 16 * mm], header=True))
    return _build(story)


def _back(case: Case, entries: list[Entry]) -> bytes:
    st = _styles()
    pages = sum(e.pages for e in entries) + 1
    lines = [
        f"本卷共有文书{len(entries)}份，连同本表共{pages}页（不含封面、卷内目录）。",
        "卷内各文书均为系统存档的原始电子文件，其SHA-256哈希值记录于审计日志，可逐份核验。",
        f"案件状态：{status_label(case.status)}。",
        "立卷人：____________    检查人：____________    立卷日期：____年__月__日",
    ]
    story = [Paragraph("备考表", st["heading"])]
    story += [Paragraph(esc(line), st["body"]) for line in lines]
    return _build(story)


def _build(story: list) -> bytes:
    song, _ = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=25 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        initialFontName=song,
        title="案卷",
        creator="Field Inspector",
    )
    doc.build(story)
    return buffer.getvalue()


def _stamps(count: int) -> PdfReader:
    """One overlay page per document page: 卷内第 N 页 in the top right margin."""
    song, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=song)
    width, height = A4
    for n in range(1, count + 1):
        canvas.setFont(song, 10)
        canvas.drawRightString(width - 15 * mm, height - 10 * mm, f"卷内第 {n} 页")
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def build_case_file(
    session: Session, case_id: uuid.UUID, attachments: Sequence[Attachment] = ()
) -> bytes:
    """The whole case as one PDF: cover, index, documents, back note; pages numbered.

    ``attachments`` are further sheets (photo exhibits) filed with the evidence."""
    case = session.get(Case, case_id)
    if case is None:
        from inspector_app.i18n import Msg, UserError

        raise UserError(Msg("找不到该案件", "Case not found"))
    documents = archive_order(session, case.id)
    step_dates = {
        step.document_id: step.on
        for step in session.scalars(select(CaseStep).where(CaseStep.case_id == case.id))
        if step.document_id is not None
    }
    entries, body = _entries(_parts(documents, step_dates, attachments))
    back = _back(case, entries)
    back_pages = len(PdfReader(io.BytesIO(back)).pages)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_front(session, case, entries, back_pages))).pages:
        writer.add_page(page)
    body += list(PdfReader(io.BytesIO(back)).pages)
    stamps = _stamps(len(body))
    for page, stamp in zip(body, stamps.pages, strict=True):
        writer.add_page(page).merge_page(stamp)
    writer.add_metadata(
        {"/Title": f"案卷 {case.case_number or case.cause}", "/Creator": "Field Inspector"}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

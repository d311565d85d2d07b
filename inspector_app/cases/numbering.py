"""Document numbers (文号): per agency, per year, per document kind, from blocks this device holds.

Format: ``{agency}{kind}〔{year}〕{seq}号`` by default, e.g. ``兰环罚告〔2026〕80号``, built from
the agency's own abbreviations (``Agency.doc_abbreviations``: ``agency`` = 机关代字, optional
``branch`` = 分局代字, optional ``format``, and one entry per number kind) and checked against
the regex of reference.md §1.5.  The serial restarts each year and is never zero-padded.

A number is never handed out twice.  The draw happens inside the caller's transaction: if the
transaction rolls back, the document that would have carried the number rolls back with it, so
nothing durable ever held the number.  Once committed, the number stays in ``issued_numbers``
forever (a unique constraint guards against a stale block, e.g. after restoring a backup, and
the draw skips any number already issued).  Voiding marks the number and its document; it
never frees the number.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inspector_app.forms.registry import DOCUMENT_TYPES, DocumentType, document_type
from inspector_app.i18n import Msg, UserError
from inspector_app.store import Agency, Document
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow
from inspector_app.store.numbering import IssuedNumber, NumberBlock

# reference.md §1.5, as given there: org, optional (branch), kind, optional 字, 〔year〕, 第?, seq.
NUMBER_RE = re.compile(
    r"^(?P<org>[\u4e00-\u9fa5]+)(?:[（(](?P<branch>[\u4e00-\u9fa5]+)[)）])?"
    r"(?P<kind>[\u4e00-\u9fa5]*?)字?[〔\[](?P<year>\d{4})[〕\]]第?(?P<seq>\d+)号$"
)
DEFAULT_FORMAT = "{agency}{kind}〔{year}〕{seq}号"
BRANCH_FORMAT = "{agency}（{branch}）{kind}〔{year}〕{seq}号"


@dataclass(frozen=True)
class ParsedNumber:
    prefix: str  # 机关代字 + 文种代字: the regex cannot tell where one ends
    branch: str
    year: int
    seq: int


def parse_number(text: str) -> ParsedNumber:
    match = NUMBER_RE.match(text.strip())
    if match is None:
        raise UserError(
            Msg(
                f"文号格式不正确：{text}"
                "（应为“机关代字+文种代字〔年份〕序号号”，如 兰环罚告〔2026〕80号）",
                f"Malformed document number: {text} (expected e.g. 兰环罚告〔2026〕80号)",
            )
        )
    return ParsedNumber(
        prefix=match["org"] + (match["kind"] or ""),
        branch=match["branch"] or "",
        year=int(match["year"]),
        seq=int(match["seq"]),
    )


def _kind_of(code: str) -> DocumentType:
    """The document type of ``code``, or the first type numbered under the kind ``code``."""
    by_kind = next((t for t in DOCUMENT_TYPES.values() if t.number_kind == code), None)
    kind = by_kind or document_type(code)
    if kind.number_kind is None:
        raise UserError(
            Msg(f"{kind.title}不编文号", f"{kind.title} ({code}) does not carry a number")
        )
    return kind


def number_kind(code: str) -> str:
    """The number kind (``penalty``) for a document type or a kind; refuses unnumbered ones."""
    kind = _kind_of(code).number_kind
    assert kind is not None
    return kind


def format_number(abbreviations: dict[str, Any], code: str, year: int, seq: int) -> str:
    """The number for document type ``code``; refuses abbreviations that break the format."""
    kind = _kind_of(code)
    assert kind.number_kind is not None
    agency = str(abbreviations.get("agency", "")).strip()
    if not agency:
        raise UserError(
            Msg(
                "本机关尚未设置文号机关代字（如“兰环”），请管理员在机关设置中填写",
                "The agency has no document-number abbreviation (e.g. 兰环); "
                "an administrator must set it",
            )
        )
    branch = str(abbreviations.get("branch", "")).strip()
    template = str(abbreviations.get("format") or (BRANCH_FORMAT if branch else DEFAULT_FORMAT))
    suffix = str(abbreviations.get(kind.number_kind) or kind.default_abbreviation)
    number = template.format(agency=agency, branch=branch, kind=suffix, year=year, seq=seq)
    parsed = NUMBER_RE.match(number)
    if parsed is None or int(parsed["year"]) != year or int(parsed["seq"]) != seq:
        raise UserError(
            Msg(
                f"按本机关设置生成的文号“{number}”不符合文号格式，请管理员检查机关代字设置",
                f"The agency's settings give the number {number!r}, which is not a valid "
                "document number; an administrator must check the abbreviations",
            )
        )
    return number


def add_block(
    session: Session,
    agency_id: uuid.UUID,
    code: str,
    year: int,
    first: int,
    last: int,
    source: str = "configured",
    device_id: str = "",
    by: uuid.UUID | None = None,
    block_id: uuid.UUID | None = None,
) -> NumberBlock:
    """Give this device the numbers ``first``–``last``; refuses a range that overlaps another.

    ``code`` is a document type (``penalty_decision``) or a number kind (``penalty``); a block
    leased by the server keeps the server's id (``block_id``), so pulling it twice adds it once.
    """
    if block_id is not None and (known := session.get(NumberBlock, block_id)) is not None:
        return known
    kind = _kind_of(code)
    if first < 1 or last < first:
        raise UserError(
            Msg(
                f"文号段不正确：{first}–{last}（起始号须≥1且不大于结束号）",
                f"Invalid number block {first}–{last} (start ≥ 1 and ≤ end)",
            )
        )
    for other in session.scalars(
        select(NumberBlock).where(
            NumberBlock.agency_id == agency_id,
            NumberBlock.year == year,
            NumberBlock.kind == kind.number_kind,
        )
    ):
        if first <= other.last_seq and other.first_seq <= last:
            raise UserError(
                Msg(
                    f"文号段 {first}–{last} 与已有的 {other.first_seq}–{other.last_seq} 重叠"
                    f"（{kind.title}，{year}年）",
                    f"Number block {first}–{last} overlaps {other.first_seq}–{other.last_seq} "
                    f"({code}, {year})",
                )
            )
    block = NumberBlock(
        id=block_id or uuid.uuid4(),
        agency_id=agency_id,
        year=year,
        kind=kind.number_kind,
        first_seq=first,
        last_seq=last,
        next_seq=first,
        source=source,
        device_id=device_id,
    )
    session.add(block)
    session.flush()
    append_event(
        session,
        "number.block_added",
        "number_block",
        block.id,
        {"kind": block.kind, "year": year, "first": first, "last": last, "source": source},
        officer_id=by,
    )
    return block


def _take(
    session: Session, agency_id: uuid.UUID, kind: DocumentType, year: int
) -> tuple[NumberBlock, int]:
    """Advance the first block with numbers left, atomically; returns (block, seq)."""
    while True:
        block = session.scalars(
            select(NumberBlock)
            .where(
                NumberBlock.agency_id == agency_id,
                NumberBlock.year == year,
                NumberBlock.kind == kind.number_kind,
                NumberBlock.next_seq <= NumberBlock.last_seq,
            )
            .order_by(NumberBlock.first_seq)
            .limit(1)
        ).first()
        if block is None:
            raise _no_numbers(session, agency_id, kind, year)
        # One UPDATE … RETURNING: takes SQLite's write lock before reading the counter, so two
        # connections can never read the same value.
        new_next = session.execute(
            update(NumberBlock)
            .where(NumberBlock.id == block.id, NumberBlock.next_seq <= NumberBlock.last_seq)
            .values(next_seq=NumberBlock.next_seq + 1)
            .returning(NumberBlock.next_seq)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        session.refresh(block)
        if new_next is None:
            continue  # used up between the select and the update
        seq = new_next - 1
        taken = session.scalar(
            select(IssuedNumber.id).where(
                IssuedNumber.agency_id == agency_id,
                IssuedNumber.year == year,
                IssuedNumber.kind == kind.number_kind,
                IssuedNumber.seq == seq,
            )
        )
        if taken is None:
            return block, seq
        # Already issued (a stale block, e.g. a restored backup): skip it, never reuse it.


def _no_numbers(session: Session, agency_id: uuid.UUID, kind: DocumentType, year: int) -> UserError:
    blocks = list(
        session.scalars(
            select(NumberBlock).where(
                NumberBlock.agency_id == agency_id,
                NumberBlock.year == year,
                NumberBlock.kind == kind.number_kind,
            )
        )
    )
    if not blocks:
        return UserError(
            Msg(
                f"本机尚无{year}年“{kind.title}”的文号段。请联网同步领取文号段，或请管理员配置文号段",
                f"This device holds no {year} number block for {kind.code}. Sync to lease "
                "one, or ask an administrator to configure one",
            )
        )
    ranges = "、".join(f"{b.first_seq}–{b.last_seq}" for b in blocks)
    return UserError(
        Msg(
            f"{year}年“{kind.title}”的文号已用完（文号段 {ranges} 已全部使用）。"
            "请联网同步领取新的文号段，或请管理员配置新的文号段",
            f"The {year} numbers for {kind.code} are used up (blocks {ranges}). Sync to lease "
            "a new block, or ask an administrator to configure one",
        )
    )


def draw_number(
    session: Session,
    agency_id: uuid.UUID,
    code: str,
    on: date,
    by: uuid.UUID | None = None,
    document_id: uuid.UUID | None = None,
) -> IssuedNumber:
    """Draw the next number for document type ``code`` issued on ``on``, in the caller's
    transaction; commit it together with the document that carries it."""
    kind = _kind_of(code)
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise UserError(Msg("找不到执法机关", "Agency not found"))
    block, seq = _take(session, agency_id, kind, on.year)
    number = format_number(agency.doc_abbreviations or {}, code, on.year, seq)
    assert kind.number_kind is not None
    issued = IssuedNumber(
        id=uuid.uuid4(),
        agency_id=agency_id,
        year=on.year,
        kind=kind.number_kind,
        seq=seq,
        number=number,
        document_type=code,
        block_id=block.id,
        document_id=document_id,
        drawn_by=by,
    )
    session.add(issued)
    session.flush()
    append_event(
        session,
        "number.draw",
        "issued_number",
        issued.id,
        {"number": number, "type": code, "year": on.year, "seq": seq, "block": str(block.id)},
        officer_id=by,
    )
    return issued


def _issued(session: Session, number: str) -> IssuedNumber:
    issued = session.scalars(select(IssuedNumber).where(IssuedNumber.number == number)).first()
    if issued is None:
        raise UserError(Msg(f"文号 {number} 未由本机发出", f"Number {number} was not issued here"))
    return issued


def link_document(session: Session, number: str, document_id: uuid.UUID) -> IssuedNumber:
    """Record which stored document carries the number (once the document row exists)."""
    issued = _issued(session, number)
    if issued.document_id not in (None, document_id):
        raise UserError(
            Msg(f"文号 {number} 已用于另一份文书", f"Number {number} is on another document")
        )
    issued.document_id = document_id
    session.flush()
    return issued


def void_number(
    session: Session, number: str, reason: str, by: uuid.UUID | None = None
) -> IssuedNumber:
    """Mark a number (and the document carrying it) void; the number is never drawn again."""
    if not reason.strip():
        raise UserError(Msg("作废须说明理由", "Voiding needs a reason"))
    issued = _issued(session, number)
    if issued.voided:
        raise UserError(Msg(f"文号 {number} 已作废", f"Number {number} is already void"))
    now = utcnow().replace(microsecond=0)
    issued.voided, issued.void_reason, issued.voided_at = True, reason.strip(), now
    documents = list(session.scalars(select(Document).where(Document.number == number)))
    if issued.document_id is not None:
        linked = session.get(Document, issued.document_id)
        documents += [linked] if linked is not None and linked not in documents else []
    for document in documents:
        document.voided, document.void_reason, document.voided_at = True, reason.strip(), now
    session.flush()
    append_event(
        session,
        "number.void",
        "issued_number",
        issued.id,
        {"number": number, "reason": reason.strip(), "documents": [str(d.id) for d in documents]},
        officer_id=by,
    )
    return issued


def remaining(session: Session, agency_id: uuid.UUID, code: str, year: int) -> int:
    """How many numbers this device still holds for the type and year (to warn early)."""
    kind = _kind_of(code)
    blocks = session.scalars(
        select(NumberBlock).where(
            NumberBlock.agency_id == agency_id,
            NumberBlock.year == year,
            NumberBlock.kind == kind.number_kind,
        )
    )
    return sum(b.last_seq - b.next_seq + 1 for b in blocks)

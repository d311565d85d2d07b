"""Generated enforcement documents (文书): the snapshot that was printed and the exact bytes.

A document row is never edited.  The snapshot is what went on paper, so a reprint uses it rather
than today's data; the PDF bytes and their SHA-256 are kept so printed paper can be re-verified.
A correction is a new row that points at the one it replaces (DESIGN.md rule 3).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    exists,
    select,
)
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from inspector_app.store.base import Base, UTCDateTime, UUIDPrimaryKey


class Document(UUIDPrimaryKey, Base):
    __tablename__ = "documents"

    kind: Mapped[str] = mapped_column(String(40), index=True)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("inspections.id"), index=True, default=None
    )
    number: Mapped[str | None] = mapped_column(String(60), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("documents.id"), default=None
    )
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    renderer: Mapped[str] = mapped_column(String(60))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    generated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    # Why the record was made long after the visit (back-fill guard), empty otherwise.
    late_reason: Mapped[str] = mapped_column(Text, default="")
    # A voided document keeps its number and its bytes; it is only marked (cases/numbering.py).
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


def is_current() -> ColumnElement[bool]:
    """SQL condition: no later version supersedes this document (a signed or corrected version
    replaces the one it points at wherever documents are listed)."""
    newer = aliased(Document)
    return ~exists().where(newer.supersedes_id == Document.id)


def current_id(session: Session, document_id: uuid.UUID) -> uuid.UUID:
    """The id of the newest version of the document ``document_id`` (itself if none newer)."""
    return current_ids(session, [document_id])[document_id]


def current_ids(session: Session, document_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """The newest version of each of ``document_ids``, by id; one query per version step for
    all of them, so a listing of many rows does not walk each row's chain on its own."""
    wanted = set(document_ids)
    newer: dict[uuid.UUID, uuid.UUID] = {}
    asked: set[uuid.UUID] = set()
    frontier = set(wanted)
    while frontier:
        asked |= frontier
        rows = session.execute(
            select(Document.supersedes_id, Document.id).where(Document.supersedes_id.in_(frontier))
        ).all()
        for old, new in rows:
            if old is not None:  # always, given the query; said for the type checker
                newer.setdefault(old, new)
        frontier = {new for _, new in rows} - asked
    out = {}
    for start in wanted:
        current, seen = start, {start}
        while (following := newer.get(current)) is not None and following not in seen:
            seen.add(following)
            current = following
        out[start] = current
    return out

"""Document-number blocks held by this device, and every number ever drawn from them.

Offline laptops cannot ask a central counter for the next number, so each device holds blocks
of numbers per agency, year and document kind (reference.md §1.5): a block configured by an
administrator until sync leases blocks from the server.  ``issued_numbers`` records each
number drawn; its unique constraints are the last guard that a number is never handed out
twice, and a voided number stays in it, marked void, so the gap in the sequence is explained.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.store.base import Base, UTCDateTime, UUIDPrimaryKey, utcnow


class NumberBlock(UUIDPrimaryKey, Base):
    __tablename__ = "number_blocks"
    __table_args__ = (
        CheckConstraint("first_seq >= 1 AND last_seq >= first_seq", name="range"),
        CheckConstraint("next_seq >= first_seq AND next_seq <= last_seq + 1", name="next"),
    )

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))  # the number kind, e.g. "penalty"
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    next_seq: Mapped[int] = mapped_column(Integer)  # last_seq + 1 once used up
    source: Mapped[str] = mapped_column(String(20), default="configured")  # or "leased"
    device_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IssuedNumber(UUIDPrimaryKey, Base):
    __tablename__ = "issued_numbers"
    __table_args__ = (UniqueConstraint("agency_id", "year", "kind", "seq"),)

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    document_type: Mapped[str] = mapped_column(String(40))
    block_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("number_blocks.id"))
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"), default=None)
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    drawn_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

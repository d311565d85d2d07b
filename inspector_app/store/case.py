"""Enforcement cases (案件): from a finding to closing, with every step and its date.

A case keeps what it applied, not a pointer to it: the rule snapshot (provision texts included)
and the discretion result are copied in when the case opens, so a later catalogue update never
changes what an issued document said (DESIGN.md, law catalogue).  The column names
``enterprise_id``, ``violation_codes``, ``decided_on``, ``inspection_id`` and ``status`` are
read by ``law.history`` to count repeats; keep them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspector_app.store.base import Base, Timestamps, UTCDateTime, UUIDPrimaryKey, utcnow


class Case(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "cases"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enterprises.id"), index=True)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("inspections.id"), index=True, default=None
    )
    # inspection / clue / complaint / transfer (案件来源)
    source: Mapped[str] = mapped_column(String(20))
    cause: Mapped[str] = mapped_column(String(300), default="")  # 案由
    facts: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    violation_codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    violation_date: Mapped[date] = mapped_column(Date)
    # ApplicableRule.to_dict() per violation, frozen when the case opened (or re-proposed).
    rules: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # DiscretionResult.to_dict() per violation (without the rule, which is in ``rules``).
    discretion: Mapped[list[Any]] = mapped_column(JSON, default=list)
    explanation_zh: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20), default="")  # no_penalty / lighter / …
    fine_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(20), index=True)
    # Branches of the five types of cases that were taken (daily_penalty, sealing, …).
    branches: Mapped[list[Any]] = mapped_column(JSON, default=list)
    case_number: Mapped[str | None] = mapped_column(String(60), default=None)
    opened_on: Mapped[date] = mapped_column(Date)
    filed_on: Mapped[date | None] = mapped_column(Date, default=None)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    opened_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    # The officers handling the case (承办人), as captured: [{id, name, certificate_no, role}].
    officers: Mapped[list[Any]] = mapped_column(JSON, default=list)

    steps: Mapped[list[CaseStep]] = relationship(
        back_populates="case", order_by="CaseStep.seq", cascade="all, delete-orphan"
    )


class CaseStep(UUIDPrimaryKey, Base):
    """One recorded step: what happened, on which day, with the facts the deadlines need."""

    __tablename__ = "case_steps"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(40))
    on: Mapped[date] = mapped_column(Date)
    status_before: Mapped[str] = mapped_column(String(20))
    status_after: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"), default=None)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)

    case: Mapped[Case] = relationship(back_populates="steps")


class CaseDocument(Base):
    """A document issued in a case, with where it goes in the case file (案卷)."""

    __tablename__ = "case_documents"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # order of issue within the case
    # Proof of service files right after the document it serves (reference.md §1.6).
    serves_document_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("documents.id"), default=None
    )


class Signature(UUIDPrimaryKey, Base):
    """A signature image (content-addressed blob) or a recorded refusal to sign."""

    __tablename__ = "signatures"

    document_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("documents.id"), index=True, default=None
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), default=None)
    role: Mapped[str] = mapped_column(String(20))  # officer / party / witness / recorder
    signer_name: Mapped[str] = mapped_column(String(50))
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    refused: Mapped[bool] = mapped_column(Boolean, default=False)
    witness: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)

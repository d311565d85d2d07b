"""An inspection visit and the answers given during it.

The workspace issue builds the use cases; the tables exist from the first migration so that an
officer's database never needs a destructive change to gain them.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspector_app.store.base import Base, Timestamps, UTCDateTime, UUIDPrimaryKey


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e])


class InspectionKind(enum.StrEnum):
    RANDOM = "random"  # 双随机抽查
    SPECIAL = "special"  # 专项行动
    COMPLAINT = "complaint"  # 信访投诉
    RECHECK = "recheck"  # 复查
    OFFSITE = "offsite"  # 非现场检查 (正面清单)


class InspectionStatus(enum.StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    SUPERSEDED = "superseded"


class Inspection(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "inspections"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enterprises.id"), index=True)
    kind: Mapped[InspectionKind] = mapped_column(_enum(InspectionKind))
    status: Mapped[InspectionStatus] = mapped_column(
        _enum(InspectionStatus), default=InspectionStatus.IN_PROGRESS
    )
    place: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Officers (ids + certificate numbers) and the people present, as captured at the time.
    officers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    parties_present: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # A correction is a new version pointing at the one it replaces (DESIGN.md rule 3).
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("inspections.id"), default=None
    )
    correction_reason: Mapped[str] = mapped_column(Text, default="")

    checklists: Mapped[list[InspectionChecklist]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )
    answers: Mapped[list[Answer]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )


class InspectionChecklist(Base):
    """Which template versions one visit combined (one visit may check several areas)."""

    __tablename__ = "inspection_checklists"

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), primary_key=True)
    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_templates.id"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    inspection: Mapped[Inspection] = relationship(back_populates="checklists")


class Answer(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("inspection_id", "template_id", "item_code"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("checklist_templates.id"))
    item_code: Mapped[str] = mapped_column(String(20))
    value: Mapped[Any] = mapped_column(JSON, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    inspection: Mapped[Inspection] = relationship(back_populates="answers")

"""Samples taken on site (采样) and their chain of custody.

Custody is a short, ordered list of steps: taken → sealed → handed to the laboratory, each with
who and when.  The order is enforced by the use case (``evidence/samples.py``) so a sample can
never be recorded as handed over before it was sealed.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspector_app.store.base import Base, UTCDateTime, UUIDPrimaryKey


class Sample(UUIDPrimaryKey, Base):
    __tablename__ = "samples"
    __table_args__ = (UniqueConstraint("inspection_id", "number"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))  # 样品编号
    medium: Mapped[str] = mapped_column(String(40))  # 样品类别: 废水, 废气, 土壤, 固废 …
    point: Mapped[str] = mapped_column(String(200))  # 采样点位
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    parameters: Mapped[list[Any]] = mapped_column(JSON, default=list)  # 监测项目
    container: Mapped[str] = mapped_column(String(100), default="")
    preservation: Mapped[str] = mapped_column(String(200), default="")
    taken_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("officers.id"))
    seal_numbers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16))  # the last custody step
    note: Mapped[str] = mapped_column(Text, default="")

    custody: Mapped[list[CustodyStep]] = relationship(
        back_populates="sample", cascade="all, delete-orphan", order_by="CustodyStep.position"
    )


class CustodyStep(UUIDPrimaryKey, Base):
    __tablename__ = "sample_custody"
    __table_args__ = (UniqueConstraint("sample_id", "position"),)

    sample_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("samples.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(16))  # taken / sealed / handed_to_lab
    actor: Mapped[str] = mapped_column(String(100))  # who did it (officer name or lab receiver)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    sample: Mapped[Sample] = relationship(back_populates="custody")

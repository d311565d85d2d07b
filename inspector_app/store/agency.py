"""The enforcement agency (生态环境局 / 综合执法支队) that owns officers and documents."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.store.base import Base, Timestamps, UUIDPrimaryKey


class Agency(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(String(12))
    # Abbreviations used in document numbers, e.g. {"agency": "兰环", "penalty": "罚",
    # "order": "责改"}; per agency because each bureau has its own (reference.md §1.5).
    doc_abbreviations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

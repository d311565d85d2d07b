"""Checklist templates as stored: the exact version an inspection used stays readable forever."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.store.base import Base, Timestamps, UUIDPrimaryKey


class ChecklistTemplate(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("code", "version"),)

    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    # The validated template as JSON, so a later edit of the YAML file never changes what an
    # inspection that used this version asked.
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))

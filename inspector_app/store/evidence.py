"""Evidence items: what was captured, by whom, when and where, and the hash of its bytes.

The bytes themselves live in the content-addressed blob store (``evidence/blobs.py``); a row
points at them by SHA-256, so the same file imported for two inspections is stored once.  One
item may support several checklist items, hence the link table.  An annotated copy is a new item
whose ``derived_from`` names the parent's hash: the original is never touched (SWGDE 17-I-001,
evidence-and-sync.md §4.2 item 2).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspector_app.store.base import Base, UTCDateTime, UUIDPrimaryKey


class EvidenceItem(UUIDPrimaryKey, Base):
    __tablename__ = "evidence_items"
    __table_args__ = (UniqueConstraint("inspection_id", "seq"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    # Exhibit number within the inspection (照片编号 on the photo sheet), 1, 2, 3 …
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    # photo / video / audio / document / file (stored but not interpreted)
    kind: Mapped[str] = mapped_column(String(16))
    original_name: Mapped[str] = mapped_column(String(255))
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Where captured_at came from: exif, exif+offset, mp4, or "" when unknown.
    capture_source: Mapped[str] = mapped_column(String(16), default="")
    gps_lat: Mapped[float | None] = mapped_column(Float, default=None)
    gps_lon: Mapped[float | None] = mapped_column(Float, default=None)
    gps_alt: Mapped[float | None] = mapped_column(Float, default=None)
    gps_accuracy_m: Mapped[float | None] = mapped_column(Float, default=None)
    camera_make: Mapped[str] = mapped_column(String(100), default="")
    camera_model: Mapped[str] = mapped_column(String(100), default="")
    width: Mapped[int | None] = mapped_column(Integer, default=None)
    height: Mapped[int | None] = mapped_column(Integer, default=None)
    duration_s: Mapped[float | None] = mapped_column(Float, default=None)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("officers.id"))
    device_id: Mapped[str] = mapped_column(String(64), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    # Why the file was stored without being interpreted (damaged image, unknown type), or "".
    warning: Mapped[str] = mapped_column(Text, default="")
    derived_from: Mapped[str | None] = mapped_column(String(64), default=None)
    derivation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Soft withdrawal (e.g. a photo of the wrong site): the row and the blob stay, with why.
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    withdrawn_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")

    links: Mapped[list[EvidenceLink]] = relationship(
        back_populates="evidence", cascade="all, delete-orphan", order_by="EvidenceLink.item_code"
    )


class EvidenceLink(Base):
    """Which checklist item an evidence item supports; one item may support several."""

    __tablename__ = "evidence_links"

    evidence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evidence_items.id"), primary_key=True
    )
    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_templates.id"), primary_key=True
    )
    item_code: Mapped[str] = mapped_column(String(20), primary_key=True)

    evidence: Mapped[EvidenceItem] = relationship(back_populates="links")

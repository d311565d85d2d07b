"""Device-side sync tables: the outbox, what came down, uploaded blobs, leased number blocks.

The outbox is generic on purpose (record type + id + version + JSON payload): any model joins
sync with one ``register_synced`` line in ``store/outbox.py``, without a new table or migration.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.store.base import Base, UTCDateTime, utcnow


class OutboxEntry(Base):
    """One record at one device-local version, waiting for (or done with) the server.

    ``attempted_at`` is set before the entry is first sent; from then on its payload is frozen,
    because the server may already hold it under this version.  Later edits make a new version.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_record", "record_type", "record_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    # applied | duplicate | conflict, as the server answered
    status: Mapped[str] = mapped_column(String(16), default="")


class SyncValue(Base):
    """Small key/value state: device id, server URL, refresh token, last seq, last sync time."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PulledItem(Base):
    """A server change the device keeps as data: tasks, law catalogue, any kind it doesn't map."""

    __tablename__ = "sync_items"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    seq: Mapped[int] = mapped_column(Integer)


class UploadedBlob(Base):
    """A blob the server confirmed it holds (verified), so it is never offered again."""

    __tablename__ = "sync_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LeasedNumberBlock(Base):
    """A range of document numbers this device may hand out offline (``next_value``..``last``)."""

    __tablename__ = "sync_number_blocks"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next_value: Mapped[int] = mapped_column(Integer)

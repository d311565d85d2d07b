"""The server's own tables (separate from the device's): accounts, received records, changes.

Every row that belongs to an agency carries ``agency_id``, and every query filters on it (see
``deps.Principal``): that one column is what keeps one agency's data out of another's hands.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTC_(TypeDecorator[datetime]):
    """Timezone-aware UTC on both SQLite (no tz type) and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTC_, dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


def _id() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class ServerSetting(Base):
    """Key/value settings; holds the token-signing secret so every worker process shares it."""

    __tablename__ = "server_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Agency(Base):
    __tablename__ = "agencies"

    id: Mapped[uuid.UUID] = _id()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(String(12), default="")
    doc_abbreviations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Account(Base):
    """An officer who may sign in; also the 执法检查人员名录库 the draw picks from."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("agency_id", "certificate_no"),)

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    certificate_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(16), default="officer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Certified and on post: only such officers may be drawn (reference.md §5 一单两库).
    on_post: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    registered_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class RefreshToken(Base):
    """Stored as a hash only; rotated on every use, so a stolen old one is worthless."""

    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"))
    expires_at: Mapped[datetime] = mapped_column()
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class Enterprise(Base):
    """检查对象名录库, kept centrally per agency and sent to the devices."""

    __tablename__ = "enterprises"
    __table_args__ = (UniqueConstraint("agency_id", "credit_code"),)

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    credit_code: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(String(12), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    key_discharge_unit: Mapped[bool] = mapped_column(Boolean, default=False)
    positive_list: Mapped[bool] = mapped_column(Boolean, default=False)
    # Everything else the registry holds (address, permit, contacts), as the device wants it.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ConflictOfInterest(Base):
    """An officer who must not be drawn for an enterprise (回避)."""

    __tablename__ = "conflicts_of_interest"
    __table_args__ = (UniqueConstraint("account_id", "enterprise_id"),)

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    enterprise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enterprises.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")


class ChecklistTemplate(Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("agency_id", "code", "version"),)

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))


class Change(Base):
    """The change log devices pull from; ``seq`` is the number a device remembers.

    ``officer_id``/``device_id`` narrow who sees a change: a drawn task goes only to its two
    officers (the draw list stays confidential), a number block only to its device.
    """

    __tablename__ = "changes"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(120))
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecordVersion(Base):
    """Everything the devices pushed: one row per (record, version, payload).

    The unique key includes the payload hash, so a conflicting payload is a second row beside
    the first (``conflict`` = True), never an overwrite.
    """

    __tablename__ = "record_versions"
    __table_args__ = (
        UniqueConstraint("agency_id", "record_type", "record_id", "version", "payload_sha256"),
    )

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(120), index=True)
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"))
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Blob(Base):
    """An agency's claim on a content-addressed blob; ``complete`` only after the hash matched."""

    __tablename__ = "blobs"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class NumberSequence(Base):
    """Next free document number per agency, type and year; blocks are cut from it."""

    __tablename__ = "number_sequences"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class NumberBlock(Base):
    __tablename__ = "number_blocks"

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"))
    leased_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    leased_at: Mapped[datetime] = mapped_column(default=utcnow)


class Draw(Base):
    """A recorded random spot-check draw (双随机): enough to re-run it and get the same result."""

    __tablename__ = "draws"

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    algorithm: Mapped[str] = mapped_column(String(60))
    seed: Mapped[str] = mapped_column(String(100))
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Pool snapshot: enterprise and officer rows as they stood, plus the conflicts excluded.
    pool: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    result_sha256: Mapped[str] = mapped_column(String(64))
    run_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    run_at: Mapped[datetime] = mapped_column(default=utcnow)


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[uuid.UUID] = _id()
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    draw_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("draws.id"), default=None)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enterprises.id"))
    kind: Mapped[str] = mapped_column(String(16))  # onsite | offsite
    officer_ids: Mapped[list[Any]] = mapped_column(JSON)
    result: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

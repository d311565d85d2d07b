"""Officers of an agency: who may sign in and who may sign an inspection record."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Boolean, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inspector_app.store.agency import Agency
from inspector_app.store.base import Base, Timestamps, UUIDPrimaryKey


class Role(enum.StrEnum):
    OFFICER = "officer"
    REVIEWER = "reviewer"
    ADMINISTRATOR = "administrator"


class Officer(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "officers"

    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    # 执法证号: unique nationally; the natural key for imports.
    certificate_no: Mapped[str] = mapped_column(String(32), unique=True)
    role: Mapped[Role] = mapped_column(
        Enum(Role, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]),
        default=Role.OFFICER,
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)

    agency: Mapped[Agency] = relationship()

"""Enterprises the agency supervises (检查对象名录库)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, String
from sqlalchemy.orm import Mapped, mapped_column

from inspector_app.store.base import Base, Timestamps, UUIDPrimaryKey


class Enterprise(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "enterprises"

    # 统一社会信用代码: the natural key; imports upsert by it.
    credit_code: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    legal_representative: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    region_code: Mapped[str] = mapped_column(String(12), default="", index=True)
    industry: Mapped[str] = mapped_column(String(100), default="")
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    permit_no: Mapped[str] = mapped_column(String(40), default="")
    permit_valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    permit_valid_to: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    key_discharge_unit: Mapped[bool] = mapped_column(Boolean, default=False)
    positive_list: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_person: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")

    def permit_days_left(self, today: date) -> int | None:
        """Days until the permit expires (negative when expired); None when unknown."""
        if self.permit_valid_to is None:
            return None
        return (self.permit_valid_to - today).days

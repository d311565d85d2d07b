"""Handing out document numbers offline from the blocks the server leased to this device."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError
from inspector_app.store import LeasedNumberBlock


def take_number(session: Session, doc_type: str, year: int) -> int:
    """The next unused number of this type and year; refused when every block is used up."""
    block = session.scalars(
        select(LeasedNumberBlock)
        .where(
            LeasedNumberBlock.doc_type == doc_type,
            LeasedNumberBlock.year == year,
            LeasedNumberBlock.next_value <= LeasedNumberBlock.last,
        )
        .order_by(LeasedNumberBlock.first)
        .limit(1)
    ).first()
    if block is None:
        raise UserError(
            Msg(
                f"本机没有可用的“{doc_type}”{year}年文书编号，请联网同步以领取新的号段",
                f"No '{doc_type}' {year} document numbers left on this laptop; "
                "sync to lease a new block",
            )
        )
    number = block.next_value
    block.next_value = number + 1
    session.flush()
    return number


def numbers_left(session: Session, doc_type: str, year: int) -> int:
    rows = session.scalars(
        select(LeasedNumberBlock).where(
            LeasedNumberBlock.doc_type == doc_type, LeasedNumberBlock.year == year
        )
    )
    return sum(max(0, r.last - r.next_value + 1) for r in rows)

"""Signing in an officer: certificate number (or name) and password."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError
from inspector_app.registry.passwords import verify_password
from inspector_app.store import Officer
from inspector_app.store.audit import append_event


def sign_in(session: Session, certificate_no: str, password: str) -> Officer:
    """Return the officer, or raise one message that does not reveal which part was wrong."""
    officer = session.scalars(
        select(Officer).where(Officer.certificate_no == certificate_no.strip().upper())
    ).one_or_none()
    if officer is None or not verify_password(password, officer.password_hash):
        raise UserError(Msg("执法证号或密码不正确", "Wrong certificate number or password"))
    if not officer.active:
        raise UserError(
            Msg("该账号已停用，请联系管理员", "This account is disabled; ask your administrator")
        )
    append_event(session, "officer.signed_in", "officer", officer.id, officer_id=officer.id)
    return officer


@dataclass(frozen=True)
class OfficerChoice:
    """An officer as the sign-in list and the start dialog show them."""

    id: uuid.UUID
    name: str
    certificate_no: str
    agency_id: uuid.UUID

    @property
    def label(self) -> str:
        return f"{self.name}（{self.certificate_no}）"


def active_officers(session: Session, agency_id: uuid.UUID | None = None) -> list[OfficerChoice]:
    """Active officers holding a certificate, by name: the people who may inspect."""
    query = select(Officer).where(Officer.active.is_(True), Officer.certificate_no != "")
    if agency_id is not None:
        query = query.where(Officer.agency_id == agency_id)
    return [
        OfficerChoice(o.id, o.name, o.certificate_no, o.agency_id)
        for o in session.scalars(query.order_by(Officer.certificate_no))
    ]

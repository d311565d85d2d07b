"""Signing in an officer: certificate number (or name) and password."""

from __future__ import annotations

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

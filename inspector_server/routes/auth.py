"""Sign-in with device registration, token refresh, and the caller's own account."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

from fastapi import APIRouter, Request
from sqlalchemy import select

from inspector_app.registry.passwords import verify_password
from inspector_app.sync.protocol import LoginRequest, RefreshRequest, Role, TokenPair
from inspector_server.deps import PrincipalDep, SessionDep
from inspector_server.errors import problem
from inspector_server.models import Account, Agency, Device, RefreshToken, utcnow
from inspector_server.security import (
    Claims,
    hash_refresh_token,
    make_access_token,
    new_refresh_token,
)

router = APIRouter(prefix="/v1/auth", tags=["auth"])


def _refused() -> Exception:
    # One message for every reason, so a caller cannot probe which agencies or officers exist.
    return problem(
        401,
        "login_refused",
        "单位代码、执法证号或密码不正确",
        "Agency code, certificate number or password is wrong",
    )


def issue_tokens(
    request: Request, session: SessionDep, account: Account, device: Device
) -> TokenPair:
    config = request.app.state.config
    claims = Claims(
        officer_id=str(account.id),
        agency_id=str(account.agency_id),
        role=account.role,
        device_id=str(device.id),
        expires=int(time.time()) + config.access_token_seconds,
    )
    token, token_hash = new_refresh_token()
    session.add(
        RefreshToken(
            token_hash=token_hash,
            account_id=account.id,
            device_id=device.id,
            expires_at=utcnow() + timedelta(days=config.refresh_token_days),
        )
    )
    device.last_seen_at = utcnow()
    return TokenPair(
        access_token=make_access_token(request.app.state.secret, claims),
        refresh_token=token,
        expires_in=config.access_token_seconds,
        officer_id=str(account.id),
        agency_id=str(account.agency_id),
        role=Role(account.role),
        device_id=str(device.id),
    )


@router.post("/login", response_model=TokenPair)
def login(body: LoginRequest, request: Request, session: SessionDep) -> TokenPair:
    """Sign in; a device id seen for the first time is registered to the officer's agency."""
    try:
        device_id = uuid.UUID(body.device_id)
    except ValueError as exc:
        raise problem(422, "device_id", "设备编号无效", "The device id is not a UUID") from exc
    account = session.scalars(
        select(Account)
        .join(Agency, Agency.id == Account.agency_id)
        .where(Agency.code == body.agency_code, Account.certificate_no == body.certificate_no)
    ).first()
    if (
        account is None
        or not account.active
        or not verify_password(body.password, account.password_hash)
    ):
        raise _refused()
    device = session.get(Device, device_id)
    if device is None:
        device = Device(
            id=device_id,
            agency_id=account.agency_id,
            name=body.device_name,
            registered_by=account.id,
        )
        session.add(device)
        session.flush()
    elif device.agency_id != account.agency_id or device.revoked:
        raise problem(
            403,
            "device",
            "此设备已停用或属于其他单位，请联系管理员",
            "This device is revoked or belongs to another agency; ask your administrator",
        )
    return issue_tokens(request, session, account, device)


@router.post("/refresh", response_model=TokenPair)
def refresh(body: RefreshRequest, request: Request, session: SessionDep) -> TokenPair:
    row = session.get(RefreshToken, hash_refresh_token(body.refresh_token))
    if row is None or row.used or row.expires_at < utcnow():
        raise problem(
            401, "refresh", "登录已过期，请重新登录", "The sign-in expired; sign in again"
        )
    account = session.get(Account, row.account_id)
    device = session.get(Device, row.device_id)
    if account is None or device is None or not account.active or device.revoked:
        raise problem(401, "refresh", "账号或设备已停用", "The account or device is disabled")
    row.used = True
    return issue_tokens(request, session, account, device)


@router.get("/me")
def me(principal: PrincipalDep, session: SessionDep) -> dict[str, str]:
    account = session.get(Account, principal.officer_id)
    assert account is not None
    return {
        "officer_id": str(account.id),
        "name": account.name,
        "certificate_no": account.certificate_no,
        "role": account.role,
        "agency_id": str(account.agency_id),
        "device_id": str(principal.device_id),
    }

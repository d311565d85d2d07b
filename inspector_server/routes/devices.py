"""The agency's registered devices; an administrator can revoke a lost laptop."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from sqlalchemy import select, update

from inspector_app.sync.protocol import Role
from inspector_server.deps import PrincipalDep, SessionDep
from inspector_server.errors import not_found
from inspector_server.models import Device, RefreshToken

router = APIRouter(prefix="/v1/devices", tags=["devices"])


@router.get("")
def list_devices(who: PrincipalDep, session: SessionDep) -> list[dict[str, Any]]:
    who.require(Role.ADMINISTRATOR)
    rows = session.scalars(select(Device).where(Device.agency_id == who.agency_id))
    return [
        {
            "id": str(d.id),
            "name": d.name,
            "registered_by": str(d.registered_by),
            "registered_at": d.registered_at.isoformat(),
            "last_seen_at": d.last_seen_at.isoformat(),
            "revoked": d.revoked,
        }
        for d in rows
    ]


@router.post("/{device_id}/revoke")
def revoke(device_id: uuid.UUID, who: PrincipalDep, session: SessionDep) -> dict[str, str]:
    """No new sign-in or token refresh from this device; its access token ends within minutes."""
    who.require(Role.ADMINISTRATOR)
    device = session.get(Device, device_id)
    if device is None or device.agency_id != who.agency_id:
        raise not_found("设备", "Device")
    device.revoked = True
    session.execute(
        update(RefreshToken).where(RefreshToken.device_id == device.id).values(used=True)
    )
    return {"id": str(device.id)}

"""FastAPI dependencies: the database session and the signed-in caller (``Principal``).

Every route that touches agency data takes a ``Principal`` and filters on
``principal.agency_id``; no route reads an agency id from the request body or the path.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from inspector_app.sync.protocol import PROTOCOL_VERSION, Role
from inspector_server.errors import forbidden_role, problem
from inspector_server.security import read_access_token

RANK = {Role.OFFICER: 0, Role.REVIEWER: 1, Role.ADMINISTRATOR: 2}


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions.begin() as session:
        yield session


# scope="function": commit before the response is sent.  With the default ("request") FastAPI
# would answer first and commit afterwards, so a device could be told "applied" for a change
# that a failed commit then lost, and its next request might not see its own write.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


@dataclass(frozen=True)
class Principal:
    officer_id: uuid.UUID
    agency_id: uuid.UUID
    role: Role
    device_id: uuid.UUID

    def require(self, role: Role) -> None:
        if RANK[self.role] < RANK[role]:
            raise forbidden_role(role.value)


def get_principal(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    x_sync_protocol: Annotated[int | None, Header()] = None,
) -> Principal:
    if x_sync_protocol is not None and x_sync_protocol != PROTOCOL_VERSION:
        raise problem(
            426,
            "protocol",
            f"服务器使用同步协议版本 {PROTOCOL_VERSION}，请更新本程序",
            f"The server speaks sync protocol {PROTOCOL_VERSION}; please update the app",
        )
    token = (authorization or "").removeprefix("Bearer ").strip()
    claims = read_access_token(request.app.state.secret, token) if token else None
    if claims is None:
        raise problem(401, "unauthorized", "登录已过期，请重新登录", "Not signed in, or expired")
    return Principal(
        officer_id=uuid.UUID(claims.officer_id),
        agency_id=uuid.UUID(claims.agency_id),
        role=Role(claims.role),
        device_id=uuid.UUID(claims.device_id),
    )


PrincipalDep = Annotated[Principal, Depends(get_principal)]

"""Evidence blobs: "which do you lack", then a tus-style resumable, verified upload.

The device asks for the received offset and sends the rest in chunks, each written only when it
arrived whole (a dropped connection loses at most the chunk in flight).  When the last byte is
in, the server hashes the whole file; a mismatch discards it and says so.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from starlette.requests import ClientDisconnect

from inspector_app.sync.protocol import (
    MissingRequest,
    MissingResponse,
    UploadStart,
    UploadState,
    check_sha256,
)
from inspector_server.deps import Principal, PrincipalDep, SessionDep
from inspector_server.errors import not_found, problem
from inspector_server.models import Blob, utcnow

router = APIRouter(prefix="/v1/blobs", tags=["blobs"])
MAX_CHUNK = 8 * 1024 * 1024
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def _sha(value: str) -> str:
    try:
        return check_sha256(value)
    except ValueError as exc:
        raise problem(422, "sha256", "文件摘要格式不正确", "Not a SHA-256 hex digest") from exc


def _key(who: Principal, sha256: str) -> str:
    return f"{who.agency_id.hex}-{sha256}"


def _state(request: Request, who: Principal, blob: Blob) -> UploadState:
    if blob.complete:
        return UploadState(sha256=blob.sha256, size=blob.size, offset=blob.size, complete=True)
    offset = request.app.state.blobs.received(_key(who, blob.sha256))
    return UploadState(sha256=blob.sha256, size=blob.size, offset=offset, complete=False)


@router.post("/missing", response_model=MissingResponse)
def missing(body: MissingRequest, who: PrincipalDep, session: SessionDep) -> MissingResponse:
    held = set(
        session.scalars(
            select(Blob.sha256).where(
                Blob.agency_id == who.agency_id,
                Blob.sha256.in_(body.hashes),
                Blob.complete.is_(True),
            )
        )
    )
    return MissingResponse(missing=[h for h in dict.fromkeys(body.hashes) if h not in held])


@router.post("/{sha256}/upload", response_model=UploadState)
def start_upload(
    sha256: str, body: UploadStart, request: Request, who: PrincipalDep, session: SessionDep
) -> UploadState:
    """Open (or re-open) an upload; the answer's ``offset`` is where the device continues."""
    sha256 = _sha(sha256)
    blob = session.get(Blob, (who.agency_id, sha256))
    if blob is None:
        blob = Blob(agency_id=who.agency_id, sha256=sha256, size=body.size, device_id=who.device_id)
        session.add(blob)
        session.flush()
    elif not blob.complete and blob.size != body.size:
        request.app.state.blobs.discard(_key(who, sha256))
        blob.size = body.size
    return _state(request, who, blob)


@router.get("/{sha256}/upload", response_model=UploadState)
def upload_state(
    sha256: str, request: Request, who: PrincipalDep, session: SessionDep
) -> UploadState:
    blob = session.get(Blob, (who.agency_id, _sha(sha256)))
    if blob is None:
        raise not_found("上传", "Upload")
    return _state(request, who, blob)


@router.patch("/{sha256}/upload", response_model=UploadState)
async def upload_chunk(
    sha256: str,
    request: Request,
    who: PrincipalDep,
    session: SessionDep,
    upload_offset: Annotated[int, Header(ge=0)],
    upload_chunk_sha256: Annotated[str | None, Header()] = None,
) -> UploadState:
    sha256 = _sha(sha256)
    try:
        data = await request.body()
    except ClientDisconnect:
        raise problem(400, "disconnected", "连接中断", "Connection dropped") from None
    if len(data) > MAX_CHUNK:
        raise problem(413, "chunk", "分块过大", f"A chunk may be at most {MAX_CHUNK} bytes")
    if upload_chunk_sha256 and hashlib.sha256(data).hexdigest() != upload_chunk_sha256:
        raise problem(422, "chunk_hash", "分块在传输中损坏，请重发", "Chunk damaged in transit")
    return await run_in_threadpool(_write, request, who, session, sha256, upload_offset, data)


def _write(
    request: Request, who: Principal, session: SessionDep, sha256: str, offset: int, data: bytes
) -> UploadState:
    storage = request.app.state.blobs
    key = _key(who, sha256)
    with _lock(key):
        blob = session.get(Blob, (who.agency_id, sha256))
        if blob is None:
            raise not_found("上传", "Upload")
        if blob.complete:
            return _state(request, who, blob)
        received = storage.received(key)
        if offset != received:
            raise problem(
                409,
                "offset",
                f"服务器已收到 {received} 字节，请从该处继续",
                f"The server holds {received} bytes; continue from there",
            )
        if offset + len(data) > blob.size:
            raise problem(422, "size", "上传超出声明的大小", "More bytes than the declared size")
        end = storage.append(key, offset, data)
        if end == blob.size:
            if not storage.finish(key, sha256):
                session.delete(blob)
                session.commit()
                raise problem(
                    422,
                    "tampered",
                    "文件内容与摘要不符，服务器已拒收",
                    "The file does not match its SHA-256; the server refused it",
                )
            blob.complete = True
            blob.completed_at = utcnow()
        return _state(request, who, blob)


@router.get("/{sha256}")
def download(sha256: str, request: Request, who: PrincipalDep, session: SessionDep):  # type: ignore[no-untyped-def]
    """A stored blob, for reviewers of the same agency."""
    blob = session.get(Blob, (who.agency_id, _sha(sha256)))
    if blob is None or not blob.complete:
        raise not_found("文件", "Blob")
    handle = request.app.state.blobs.open(sha256)
    return StreamingResponse(
        iter(lambda: handle.read(65536), b""), media_type="application/octet-stream"
    )

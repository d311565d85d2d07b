"""Evidence upload: which blobs the server lacks, then resumable, verified chunked upload.

The engine sees blobs only through ``BlobSource`` (given a hash, open the file), so the evidence
store decides where files live.  ``FolderBlobSource`` reads the content-addressed layout of
DESIGN.md (``blobs/ab/cdef…``).

Each chunk carries its own SHA-256 and is written by the server only when it arrived whole, so a
dropped connection costs at most the chunk in flight; the next attempt asks the server for its
offset and continues from there, in this run or after a restart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, Protocol

from inspector_app.i18n import Msg
from inspector_app.sync import errors
from inspector_app.sync.client import ServerClient
from inspector_app.sync.protocol import (
    CHUNK_SHA256_HEADER,
    DEFAULT_CHUNK_SIZE,
    OFFSET_HEADER,
    UploadState,
)


class BlobSource(Protocol):
    def hashes(self) -> Iterable[str]:
        """Every blob the device holds, by SHA-256."""
        ...

    def size(self, sha256: str) -> int: ...

    def open(self, sha256: str) -> BinaryIO: ...


class FolderBlobSource:
    """Blobs stored as ``root/ab/cdef…`` (first two hex digits, then the rest)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def hashes(self) -> Iterable[str]:
        if not self.root.is_dir():
            return []
        found = []
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                found += [
                    folder.name + f.name for f in sorted(folder.iterdir()) if len(f.name) == 62
                ]
        return found

    def size(self, sha256: str) -> int:
        return self._path(sha256).stat().st_size

    def open(self, sha256: str) -> BinaryIO:
        return self._path(sha256).open("rb")


def upload_blob(
    client: ServerClient,
    source: BlobSource,
    sha256: str,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    on_bytes: Callable[[int], None] | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> int:
    """Upload one blob from wherever the server stands; returns the bytes sent this time."""
    size = source.size(sha256)
    path = f"/v1/blobs/{sha256}/upload"
    state = UploadState.model_validate(client.call("POST", path, json={"size": size}).json())
    sent = 0
    with source.open(sha256) as fh:
        for _ in range(size // max(chunk_size, 1) + 20):  # bounded: no endless loop on a bug
            if state.complete:
                return sent
            if check_cancel is not None:
                check_cancel()
            fh.seek(state.offset)
            chunk = fh.read(chunk_size)
            headers = {
                OFFSET_HEADER: str(state.offset),
                CHUNK_SHA256_HEADER: hashlib.sha256(chunk).hexdigest(),
                "Content-Type": "application/offset+octet-stream",
            }
            response = client.call("PATCH", path, expect=(200, 409), content=chunk, headers=headers)
            if response.status_code == 409:  # we and the server disagree: ask where it stands
                state = UploadState.model_validate(client.call("GET", path).json())
                continue
            state = UploadState.model_validate(response.json())
            sent += len(chunk)
            if on_bytes is not None:
                on_bytes(len(chunk))
    raise errors.SyncError(
        Msg(f"文件 {sha256[:12]}… 上传未能完成", f"Upload of {sha256[:12]}… did not finish")
    )

"""Evidence blob storage behind a small interface; a folder by default.

A blob is written as ``incoming/<upload>.part`` at the offsets the device sends, then, once the
SHA-256 of the whole file matches its name, fsynced and renamed to ``ab/cdef…``.  The stored
file is never modified afterwards.  Another backend (S3, NAS) implements the same five methods.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import BinaryIO, Protocol


class BlobStorage(Protocol):
    def has(self, sha256: str) -> bool: ...

    def received(self, upload_key: str) -> int: ...

    def append(self, upload_key: str, offset: int, data: bytes) -> int: ...

    def finish(self, upload_key: str, sha256: str) -> bool: ...

    def open(self, sha256: str) -> BinaryIO: ...


class FolderBlobStorage:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.incoming = root / "incoming"
        self.incoming.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def _part(self, upload_key: str) -> Path:
        return self.incoming / f"{upload_key}.part"

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def received(self, upload_key: str) -> int:
        part = self._part(upload_key)
        return part.stat().st_size if part.exists() else 0

    def append(self, upload_key: str, offset: int, data: bytes) -> int:
        """Write ``data`` at ``offset`` (which the caller checked equals ``received``).

        Not fsynced per chunk: after a crash the file's size says what survived, the device
        continues from there, and the whole-file hash at the end catches any torn tail.
        """
        part = self._part(upload_key)
        with part.open("r+b" if part.exists() else "wb") as fh:
            fh.seek(offset)
            fh.write(data)
            fh.truncate()
        return offset + len(data)

    def finish(self, upload_key: str, sha256: str) -> bool:
        """Verify the whole file; on a match move it into place, else discard it."""
        part = self._part(upload_key)
        digest = hashlib.sha256()
        with part.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            part.unlink()
            return False
        with part.open("rb+") as fh:
            os.fsync(fh.fileno())  # durable before the database says "complete"
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, target)
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)  # and the rename itself
        finally:
            os.close(directory)
        return True

    def discard(self, upload_key: str) -> None:
        self._part(upload_key).unlink(missing_ok=True)

    def open(self, sha256: str) -> BinaryIO:
        return self.path(sha256).open("rb")

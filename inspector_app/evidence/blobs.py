"""The content-addressed, write-once store of original evidence bytes.

A file lives at ``blobs/ab/cdef…`` named by its SHA-256, so the same bytes are stored once and a
stored file can always be re-checked against its name.  Writing follows one order that a crash
cannot turn into a lie:

1. copy into ``blobs/tmp/<pid>-<token>.part`` while hashing, then fsync;
2. write an *intent* (``.intent``, the hash) so recovery knows this process placed the blob;
3. rename into place and fsync the folder: the blob now exists, complete;
4. the caller commits the database row, then calls :meth:`BlobStore.done`.

A process killed anywhere leaves either a ``.part`` (removed by :meth:`recover`) or an intent
whose blob has no row (the blob is removed: the transaction that would have recorded it never
committed).  Blobs are never opened for writing after step 3.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024
TMP_DIR = "tmp"
STALE_SECONDS_WITHOUT_PID_CHECK = 24 * 3600  # Windows: os.kill(pid, 0) would kill the process


class StagingCancelled(Exception):
    """The copy was stopped by the caller's cancel flag; the temp file is already removed."""


@dataclass(frozen=True)
class Staged:
    """A fully written, fsynced temporary copy and the hash of its bytes."""

    path: Path
    sha256: str
    size: int


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; not possible (and not needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pid_alive(pid: int, mtime: float) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return time.time() - mtime < STALE_SECONDS_WITHOUT_PID_CHECK
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class BlobStore:
    """Write-once storage of originals under ``root`` (the data folder's ``blobs``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / TMP_DIR
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def open(self, sha256: str) -> Iterator[bytes]:
        with self.path_for(sha256).open("rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk

    def hash_of(self, sha256: str) -> str:
        """Recompute the hash of the stored bytes (for verification)."""
        digest = hashlib.sha256()
        for chunk in self.open(sha256):
            digest.update(chunk)
        return digest.hexdigest()

    # -- writing ----------------------------------------------------------------------------
    def _temp_name(self) -> Path:
        return self.tmp / f"{os.getpid()}-{uuid.uuid4().hex}.part"

    def stage_file(self, source: Path, cancelled: Callable[[], bool] | None = None) -> Staged:
        """Copy ``source`` into a temp file while hashing it; raises OSError if unreadable.

        ``cancelled`` is asked between chunks, so cancelling a 4 GB recorder video does not
        wait for the copy to finish; it raises StagingCancelled and leaves nothing behind.
        """
        target = self._temp_name()
        digest = hashlib.sha256()
        size = 0
        try:
            with source.open("rb") as src, target.open("wb") as dst:
                while chunk := src.read(CHUNK):
                    if cancelled is not None and cancelled():
                        raise StagingCancelled(source)
                    digest.update(chunk)
                    dst.write(chunk)
                    size += len(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return Staged(target, digest.hexdigest(), size)

    def stage_bytes(self, data: bytes) -> Staged:
        target = self._temp_name()
        try:
            with target.open("wb") as dst:
                dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return Staged(target, hashlib.sha256(data).hexdigest(), len(data))

    def discard(self, staged: Staged) -> None:
        staged.path.unlink(missing_ok=True)

    def place(self, staged: Staged) -> Path | None:
        """Move a staged copy into place; returns the intent file to clear after the commit.

        Returns None when the blob already existed (same bytes stored once): the staged copy is
        dropped and nothing needs undoing if the caller's transaction fails.
        """
        final = self.path_for(staged.sha256)
        if final.is_file():
            self.discard(staged)
            return None
        intent = staged.path.with_suffix(".intent")
        with intent.open("w", encoding="ascii") as fh:
            fh.write(staged.sha256)
            fh.flush()
            os.fsync(fh.fileno())
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged.path, final)
        _fsync_dir(final.parent)
        return intent

    def done(self, intent: Path | None) -> None:
        """The row that records the blob has committed: forget the intent."""
        if intent is not None:
            intent.unlink(missing_ok=True)

    def undo(self, intent: Path | None) -> None:
        """The row was not committed: remove the blob this process just placed."""
        if intent is None:
            return
        sha = intent.read_text(encoding="ascii").strip()
        self.path_for(sha).unlink(missing_ok=True)
        intent.unlink(missing_ok=True)

    # -- recovery ---------------------------------------------------------------------------
    def recover(self, is_referenced: Callable[[str], bool]) -> list[str]:
        """Clean up after processes that died mid-write; returns what was removed.

        Temp copies of dead processes are deleted; a blob placed by a dead process whose row
        never committed (``is_referenced`` says no) is deleted too.  Live processes' files stay.
        """
        removed: list[str] = []
        for entry in sorted(self.tmp.iterdir()):
            pid_text = entry.name.split("-", 1)[0]
            if not pid_text.isdigit() or _pid_alive(int(pid_text), entry.stat().st_mtime):
                continue
            if entry.suffix == ".intent":
                sha = entry.read_text(encoding="ascii").strip()
                if len(sha) == 64 and not is_referenced(sha):
                    self.path_for(sha).unlink(missing_ok=True)
                    removed.append(f"blob {sha}")
            removed.append(entry.name)
            entry.unlink(missing_ok=True)
        return removed

    def all_hashes(self) -> Iterator[str]:
        """Every stored blob's name (its claimed hash)."""
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2 and folder.name != TMP_DIR:
                for blob in sorted(folder.iterdir()):
                    yield folder.name + blob.name

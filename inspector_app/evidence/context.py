"""Everything evidence work needs besides the database session, passed in (never global).

The UI builds one at start-up from the data folder and settings and hands it to its workers;
tests build one on a temporary folder.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from inspector_app.config import DataPaths, Settings
from inspector_app.evidence.blobs import BlobStore
from inspector_app.evidence.thumbs import ThumbnailCache

DEVICE_ID_FILE = "device-id"
MB = 1024 * 1024


def device_id(root: Path) -> str:
    """This installation's stable id, made once; evidence rows record where they were taken in."""
    path = root / DEVICE_ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    except OSError:
        pass
    root.mkdir(parents=True, exist_ok=True)
    value = str(uuid.uuid4())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(value, encoding="ascii")
    os.replace(tmp, path)
    return value


@dataclass(frozen=True)
class EvidenceContext:
    blobs: BlobStore
    thumbs: ThumbnailCache
    device_id: str = ""
    max_bytes: int = 2048 * MB
    # A fix vaguer than this is noted at import (evidence-and-sync.md §4.2 item 5; [U] default).
    gps_accuracy_warn_m: float = 50.0

    @classmethod
    def from_paths(cls, paths: DataPaths, settings: Settings | None = None) -> EvidenceContext:
        settings = settings or Settings()
        return cls(
            blobs=BlobStore(paths.blobs),
            thumbs=ThumbnailCache(paths.root / "cache" / "thumbnails"),
            device_id=device_id(paths.root),
            max_bytes=settings.max_evidence_file_mb * MB,
        )

"""Thumbnails: a cache beside the blobs, always rebuildable from the originals.

Nothing here is evidence.  A missing or damaged thumbnail is simply built again from the stored
original; deleting the whole cache folder is safe.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PIL import Image


class ThumbnailCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.jpg"

    def save(self, sha256: str, image: Image.Image) -> Path:
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{uuid.uuid4().hex}.tmp")
        image.save(tmp, "JPEG", quality=80)
        os.replace(tmp, target)
        return target

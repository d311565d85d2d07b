"""Helpers for the document tests: PDF text as a reader sees it, via poppler's pdftotext."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

PAGE_NUMBER = re.compile(r"第\d+页共\d+页$")


def pdf_text(pdf: bytes, drop: tuple[str, ...] = ()) -> str:
    """The text in content order (``-raw``) with page furniture removed and no whitespace.

    Header and footer lines are dropped (they interrupt a paragraph that runs over a page
    break), then all whitespace goes, so a value wrapped over two lines still matches.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.pdf"
        path.write_bytes(pdf)
        raw = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    dropped = {re.sub(r"\s+", "", d) for d in drop if d}
    kept = []
    for line in raw.splitlines():
        flat = PAGE_NUMBER.sub("", re.sub(r"\s+", "", line))
        if flat and flat not in dropped:
            kept.append(flat)
    return "".join(kept)

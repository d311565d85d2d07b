"""Shared test set-up: no real display, no real user folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: widgets render offscreen, no window ever appears.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder for this test; also what ``default_data_dir()`` returns."""
    path = tmp_path / "data"
    monkeypatch.setenv("INSPECTOR_DATA_DIR", str(path))
    return path

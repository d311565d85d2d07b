"""Where the officer's data lives and the few settings the app keeps.

The data folder comes from platformdirs (``~/.local/share/field-inspector`` on Linux,
``%LOCALAPPDATA%\\field-inspector`` on Windows) unless ``--data-dir`` or the
``INSPECTOR_DATA_DIR`` environment variable points elsewhere; tests always point it at a
temporary folder so they never touch a real officer's data.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "field-inspector"
DATABASE_FILE = "inspector.db"
SETTINGS_FILE = "settings.json"


def default_data_dir() -> Path:
    override = os.environ.get("INSPECTOR_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    """User-adjustable settings; unknown keys in the file are kept out, missing ones defaulted."""

    language: str = "zh"
    # Hours after an inspection ends before generating its record counts as back-filling
    # (reference.md T2 is [U]: a setting with this default, not a hard rule).
    backfill_warning_hours: int = 12
    max_evidence_file_mb: int = 2048
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / SETTINGS_FILE

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.blobs, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def load_settings(paths: DataPaths) -> Settings:
    try:
        raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return Settings(**known)


def save_settings(paths: DataPaths, settings: Settings) -> None:
    tmp = paths.settings_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, paths.settings_file)

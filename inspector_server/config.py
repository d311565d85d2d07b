"""Where the server keeps its data, from the environment.

``DATABASE_URL`` picks the database: unset means an SQLite file in the data folder (zero
set-up); ``postgresql+psycopg://user:pass@host/db`` (or plain ``postgresql://``) for production.
``INSPECTOR_SERVER_DATA`` is the data folder (default ``./inspector-server-data``), where the
SQLite file and the evidence blobs live unless ``INSPECTOR_SERVER_BLOBS`` points elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerConfig:
    database_url: str
    blob_dir: Path
    access_token_seconds: int = 15 * 60
    refresh_token_days: int = 30

    @classmethod
    def from_env(cls) -> ServerConfig:
        data = Path(os.environ.get("INSPECTOR_SERVER_DATA", "inspector-server-data")).resolve()
        url = os.environ.get("DATABASE_URL") or f"sqlite:///{data / 'server.db'}"
        blobs = Path(os.environ.get("INSPECTOR_SERVER_BLOBS") or data / "blobs")
        return cls(database_url=normalize_url(url), blob_dir=blobs)


def normalize_url(url: str) -> str:
    """Plain ``postgresql://`` (what most hosting hands out) means the psycopg 3 driver."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url

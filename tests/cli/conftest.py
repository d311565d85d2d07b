"""Fixtures: a migrated database in a temporary folder (never the user's data folder)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.store.engine import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "inspector.db", tmp_path / "backups")
    yield database
    database.close()

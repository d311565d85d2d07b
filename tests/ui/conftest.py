"""Fixtures for widget tests: a migrated database in the test's data folder, boxes switched off."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest

from inspector_app.store import Enterprise
from inspector_app.store.engine import Database, open_database
from inspector_app.ui import msgbox

TODAY = date(2026, 11, 20)
HERE = Path(__file__).parent
# The offscreen platform cannot resize native windows and says so on every show().
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Any Qt warning fails a widget test (until pyproject sets qt_log_level_fail globally)."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def no_message_boxes() -> Iterator[None]:
    """Message boxes are logged instead of shown, so no test ever blocks on a modal box."""
    msgbox.set_suppressed(True)
    yield
    msgbox.set_suppressed(False)


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    db = open_database(data_dir / "inspector.db", data_dir / "backups")
    yield db
    db.close()


AddEnterprises = Callable[..., list[Enterprise]]


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def add_enterprises(database: Database) -> AddEnterprises:
    """Add enterprises with unique made-up codes (the database does not validate them)."""
    counter = iter(range(1_000_000))

    def add(names: Iterable[str], **fields: object) -> list[Enterprise]:
        with database.session() as session:
            added = [
                Enterprise(credit_code=f"91620104TEST{next(counter):06d}", name=name, **fields)
                for name in names
            ]
            session.add_all(added)
        return added

    return add

"""Fixtures: the shipped catalogue and benchmark (read once), and a copy a test may break."""

import shutil
from pathlib import Path

import pytest

from inspector_app.law import default_catalogue, default_discretion
from inspector_app.law.loader import default_law_dir


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()


@pytest.fixture(scope="session")
def discretion_data():
    return default_discretion()


@pytest.fixture
def law_copy(tmp_path: Path) -> Path:
    """A private copy of resources/law that a test may edit."""
    target = tmp_path / "law"
    shutil.copytree(default_law_dir(), target)
    return target

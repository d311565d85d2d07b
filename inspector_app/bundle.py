"""Where the files shipped beside the code live: the source tree or a PyInstaller build.

Every module that reads something from ``resources/`` (checklists, law data, fonts,
translations) asks :func:`resources_dir` instead of counting parent folders of its own
``__file__``: in a frozen build the modules live in an archive inside ``_internal/`` and such a
count points outside the app.  Qt-free on purpose, so the core and the CLI can use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES = "resources"


def is_frozen() -> bool:
    """True inside a PyInstaller build (``sys.frozen`` and ``sys._MEIPASS`` are set there)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds ``resources/``: ``_internal`` of a build, else the repository."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """``resources/`` as shipped: ``<repo>/resources`` or ``<app>/_internal/resources``."""
    return bundle_root() / RESOURCES

"""Where the shipped resources live, and loading the bundled Chinese font.

In the source tree (and an editable install) ``resources/`` sits beside the package; in a
PyInstaller build it sits under ``sys._MEIPASS`` (``_internal/``).  The font is loaded from the
app's own folder so that Chinese never renders as boxes on a machine without a CJK system font.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector_app.bundle import resources_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# The sans face for the interface; the Song face beside it (uming) is for printed documents.
UI_FAMILIES = ("WenQuanYi Micro Hei",)


def resource_dir() -> Path:
    """``resources/`` of the source tree or the frozen build (see :mod:`inspector_app.bundle`)."""
    return resources_dir()


def load_fonts(folder: Path) -> list[str]:
    """Register every font file in ``folder``; return the families found, in file order."""
    families: list[str] = []
    if not folder.is_dir():
        log.warning("font folder %s is missing; Chinese may render as boxes", folder)
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def apply_bundled_font(app: QApplication, folder: Path) -> str | None:
    """Load the bundled fonts and make the UI face the application font; return its name.

    Without the preferred face, the first bundled proportional family is used.
    """
    families = load_fonts(folder)
    preferred = [f for f in UI_FAMILIES if f in families]
    proportional = [f for f in families if "mono" not in f.lower()]
    candidates = preferred or proportional
    chosen = candidates[0] if candidates else None
    if chosen is None:
        return None
    font = QFont(app.font())
    font.setFamilies([chosen])
    app.setFont(font)
    return chosen

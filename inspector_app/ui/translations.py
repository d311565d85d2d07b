"""Loading the app's translations and Qt's own, the way Picard does.

Source strings are Chinese (the officers' language).  English lives in
``resources/translations/inspector_en.ts``; the compiled ``.qm`` is not kept in git, so it is
built here with ``pyside6-lrelease`` whenever it is missing or older than the ``.ts``.  Without
lrelease the app still starts, in Chinese, and says why in the log.  Qt's own catalogue
(``qtbase_*.qm``: standard buttons, context menus) is loaded beside it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_app.bundle import is_frozen

log = logging.getLogger(__name__)

APP_CATALOGUE = "inspector"
QT_LOCALES = {"zh": "zh_CN", "en": "en"}


def find_lrelease() -> Path | None:
    """pyside6-lrelease on PATH, beside the running Python, or inside the PySide6 package."""
    exe_dir = Path(sys.executable).parent
    candidates: list[Path] = []
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            candidates.append(Path(found))
        candidates += [exe_dir / name, exe_dir / f"{name}.exe"]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / "lrelease", package / "lrelease.exe", package / "Qt/bin/lrelease"]
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        pass
    return next((c for c in candidates if c.is_file()), None)


def _writable_target(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    try:
        probe = ts.parent / ".write-probe"
        probe.touch()
        probe.unlink()
        return qm
    except OSError:
        cache = Path(tempfile.gettempdir()) / "field-inspector-translations"
        cache.mkdir(parents=True, exist_ok=True)
        return cache / qm.name


def ensure_qm(ts: Path) -> Path | None:
    """Return an up-to-date ``.qm`` for ``ts`` (compiling it if needed), or None."""
    qm = ts.with_suffix(".qm")
    if not ts.exists() or (is_frozen() and qm.exists()):
        # A frozen build ships the .qm compiled from its own .ts (copying them gives both new
        # times, so their order says nothing) and has no lrelease: use it as it is.
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    target = _writable_target(ts)
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("pyside6-lrelease not found; %s not compiled, showing Chinese", ts.name)
        return qm if qm.exists() else None
    try:
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("compiling %s failed (%s); showing Chinese", ts.name, exc)
        return qm if qm.exists() else None
    return target


def install_translators(app: QCoreApplication, lang: str, folder: Path) -> list[QTranslator]:
    """Install Qt's and the app's translators for ``lang``; keep the returned list alive."""
    QLocale.setDefault(QLocale(QT_LOCALES.get(lang, "zh_CN")))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{QT_LOCALES.get(lang, 'zh_CN')}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        log.info("no Qt translation for %s in %s", lang, qt_dir)
    if lang != "zh":  # Chinese is the source language: nothing to translate
        qm = ensure_qm(folder / f"{APP_CATALOGUE}_{lang}.ts")
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.warning("no %s translation for the app; showing Chinese", lang)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)

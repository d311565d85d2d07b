"""What the frozen build must carry besides code: one list for the spec and for the tests.

The app reads these files at run time through ``inspector_app.bundle.resources_dir()`` and
Alembic's script folder, so each lands at the same relative path inside ``_internal/`` as in the
repository.  Every folder under ``resources/`` is named here with the file kinds it ships; a
test fails when a new folder or file kind appears that this list does not cover, so a new kind
of resource cannot silently go missing from the build.  Plain Python, no PyInstaller import,
so tests can load it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# resources/<folder>: the glob patterns (searched recursively) of what ships from it.
RESOURCE_KINDS: dict[str, tuple[str, ...]] = {
    "checklists": ("*.yaml",),
    # The font licences travel with the fonts (Apache-2.0 and the Arphic licence require it).
    "fonts": ("*.ttc", "*.ttf", "*.otf", "LICENSE*", "README.md"),
    "law": ("*.yaml",),
    # .ts is the source; the .qm beside it is compiled at build time (it is not in git).
    "translations": ("*.ts", "*.qm"),
}

# Alembic reads env.py and versions/*.py as source files from the package folder at run time.
MIGRATIONS = "inspector_app/store/migrations"
MIGRATION_KINDS: tuple[str, ...] = ("env.py", "script.py.mako", "versions/*.py")

# Qt modules the app never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf and
# QtPdfWidgets): kept out of the build.  A test fails if the app starts importing one of them.
QT_EXCLUDES: tuple[str, ...] = tuple(
    "PySide6." + name
    for name in (
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
        "QtWebSockets", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest",
        "QtQmlFeatures", "QtMultimedia", "QtMultimediaWidgets", "Qt3DCore", "QtCharts",
        "QtDataVisualization", "QtDesigner", "QtHelp", "QtUiTools", "QtSql", "QtTest",
        "QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtXml", "QtConcurrent",
        "QtLabsStyleKit", "QtSvgWidgets", "QtBluetooth", "QtPositioning", "QtSerialPort",
        "QtRemoteObjects", "QtSensors",
    )
)  # fmt: skip

# Python packages installed in the venv for development or the server, never used by the app.
NOT_IN_APP: tuple[str, ...] = (
    "inspector_server", "fastapi", "uvicorn", "tkinter", "pytest", "pytestqt", "hypothesis",
    "mypy", "IPython", "matplotlib", "numpy", "importlinter", "grimp",
    # Optional pretty-printers that pydantic, mako and reportlab import only if asked to.
    "rich", "pygments",
)  # fmt: skip

# Made by the build itself (compile_translations), never copied from a developer's tree.
GENERATED_SUFFIXES = (".qm",)


def _matches(root: Path, patterns: tuple[str, ...]) -> Iterator[Path]:
    for pattern in patterns:
        for path in sorted(root.rglob(pattern) if "/" not in pattern else root.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                yield path


def bundled_files(root: Path = ROOT) -> list[Path]:
    """Every file the build copies, as paths in the repository."""
    files: list[Path] = []
    for folder, patterns in RESOURCE_KINDS.items():
        files.extend(_matches(root / "resources" / folder, patterns))
    files.extend(_matches(root / MIGRATIONS, MIGRATION_KINDS))
    return sorted(set(files))


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller's (source file, destination folder) pairs, mirroring the repository."""
    return [
        (str(path), str(path.parent.relative_to(root)))
        for path in bundled_files(root)
        if path.suffix not in GENERATED_SUFFIXES
    ]


def compile_translations(root: Path, out: Path, lrelease: Path) -> list[tuple[str, str]]:
    """Compile each ``.ts`` into ``out`` with lrelease; return datas pairs for the ``.qm`` files.

    The frozen app has no lrelease to compile them on first start, so a missing ``.qm`` would
    silently leave the English interface Chinese: any failure here stops the build.
    """
    out.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[str, str]] = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        pairs.append((str(qm), "resources/translations"))
    return pairs

"""The frozen build's data list covers every file the app loads at run time.

Building the app takes minutes, so ``make test`` does not; these checks instead read the same
list the spec uses (``packaging/bundle_data.py``) and fail when a new resource folder, a new file
kind or a Qt module the app starts using would be missing from ``make package``'s output.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from inspector_app import bundle
from inspector_app.checklists.loader import default_templates_dir
from inspector_app.forms.fonts import FONTS_DIR
from inspector_app.law.loader import default_law_dir

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "field-inspector.spec"


def load_bundle_data() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_data", ROOT / "packaging/bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle_data() -> ModuleType:
    return load_bundle_data()


def shipped(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def test_every_resource_folder_is_in_the_build(bundle_data: ModuleType) -> None:
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    missing = folders - set(bundle_data.RESOURCE_KINDS)
    assert not missing, f"add resources/{sorted(missing)} to RESOURCE_KINDS in bundle_data.py"


def test_every_resource_file_is_in_the_build(bundle_data: ModuleType) -> None:
    bundled = set(bundle_data.bundled_files(ROOT))
    left_out = [str(p.relative_to(ROOT)) for p in shipped(ROOT / "resources") if p not in bundled]
    assert not left_out, f"a new file kind: add its pattern to RESOURCE_KINDS: {left_out}"


def test_fonts_travel_with_their_licences(bundle_data: ModuleType) -> None:
    names = {p.name for p in bundle_data.bundled_files(ROOT)}
    assert {"wqy-microhei.ttc", "uming.ttc"} <= names
    assert {"LICENSE-wqy-microhei.txt", "LICENSE-arphic-uming.txt"} <= names


def test_alembic_scripts_are_in_the_build(bundle_data: ModuleType) -> None:
    migrations = ROOT / bundle_data.MIGRATIONS
    bundled = set(bundle_data.bundled_files(ROOT))
    versions = sorted((migrations / "versions").glob("*.py"))
    assert versions, "no migration scripts found"
    needed = [*versions, migrations / "env.py", migrations / "script.py.mako"]
    # Anything but a normal module (imported, so in the archive) is read as a file by Alembic.
    needed += [p for p in shipped(migrations) if p.suffix != ".py"]
    left_out = [str(p.relative_to(ROOT)) for p in needed if p not in bundled]
    assert not left_out


def test_files_land_where_the_app_looks_for_them(bundle_data: ModuleType) -> None:
    for source, destination in bundle_data.datas(ROOT):
        assert Path(source).parent == ROOT / destination
    # The compiled catalogue comes from the build, never a stale copy in a developer's tree.
    assert not [s for s, _ in bundle_data.datas(ROOT) if s.endswith(".qm")]
    resources = bundle.resources_dir()
    assert default_templates_dir() == resources / "checklists"
    assert default_law_dir() == resources / "law"
    assert resources / "fonts" == FONTS_DIR


def test_frozen_resources_are_under_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert not bundle.is_frozen()
    assert bundle.resources_dir() == ROOT / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert bundle.is_frozen()
    assert bundle.resources_dir() == tmp_path / "_internal" / "resources"


def test_no_module_finds_resources_by_itself() -> None:
    """Counting parents of ``__file__`` points outside a frozen app: use bundle.resources_dir."""
    offenders = []
    for path in (ROOT / "inspector_app").rglob("*.py"):
        if path.name == "bundle.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "__file__" in line and "resources" in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert not offenders


def test_qt_modules_the_app_imports_are_not_excluded(bundle_data: ModuleType) -> None:
    used = set()
    for path in (ROOT / "inspector_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt\w+", path.read_text(encoding="utf-8")))
    assert {"PySide6.QtWidgets", "PySide6.QtPdfWidgets"} <= used
    assert not used & set(bundle_data.QT_EXCLUDES)
    assert "PySide6.QtWebEngineCore" in bundle_data.QT_EXCLUDES


def test_the_spec_uses_this_list() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needle in ("bundle_data.datas(", "compile_translations(", "QT_EXCLUDES"):
        assert needle in text
    # Onedir: the programs leave their libraries to COLLECT instead of packing them inside.
    assert "exclude_binaries=True" in text and "COLLECT(" in text


def test_translations_compile_for_the_build(bundle_data: ModuleType, tmp_path: Path) -> None:
    from inspector_app.ui.translations import find_lrelease

    lrelease = find_lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    pairs = bundle_data.compile_translations(ROOT, tmp_path, lrelease)
    assert pairs == [(str(tmp_path / "inspector_en.qm"), "resources/translations")]
    assert (tmp_path / "inspector_en.qm").stat().st_size > 1000

"""Start-up: the display check, a corrupt database, demo data, and a whole run to a screenshot."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from sqlalchemy import func, select

from inspector_app import app
from inspector_app.config import DataPaths
from inspector_app.store import Enterprise


def test_without_display_prints_one_line_and_exits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    assert app.main(["--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "未找到图形显示" in err and "xvfb-run -a make run" in err
    assert not data_dir.exists()  # nothing created before a window could be shown
    assert app.main(["--data-dir", str(data_dir), "--lang", "en"]) == 1
    assert capsys.readouterr().err.startswith("No display found")


@pytest.mark.parametrize(
    ("lang", "expected"), [("zh", "数据库文件已损坏"), ("en", "The database file is damaged")]
)
def test_corrupt_database_is_reported_and_replaced(
    qapp, data_dir: Path, caplog: pytest.LogCaptureFixture, lang: str, expected: str
) -> None:
    paths = DataPaths(data_dir).ensure()
    paths.database.write_bytes(b"this is not a database, it is a shopping list" * 100)
    with caplog.at_level(logging.WARNING, logger="inspector_app.ui.msgbox"):
        database = app.open_database_reporting(paths, lang)
    try:
        shown = [r.getMessage() for r in caplog.records if r.name == "inspector_app.ui.msgbox"]
        assert len(shown) == 1 and expected in shown[0]
        moved = list(data_dir.glob("inspector.db.corrupt-*"))
        assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not")
        with database.session() as session:  # the fresh database works
            assert session.scalar(select(func.count()).select_from(Enterprise)) == 0
    finally:
        database.close()


def test_demo_is_seeded_only_into_an_empty_database(database) -> None:
    assert app.seed_demo_if_empty(database) is True
    assert app.seed_demo_if_empty(database) is False
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Enterprise)) == 60


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector_app", *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_whole_start_renders_a_screenshot(tmp_path: Path, lang: str) -> None:
    shot = tmp_path / "main.png"
    args = ["--data-dir", str(tmp_path / "data"), "--demo", "--screenshot", str(shot)]
    done = run_app(*args, "--lang", lang)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 760)
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data" / "logs" / "crash.log").exists()


def test_a_failed_start_is_logged_not_silent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "inspector.db").mkdir(parents=True)  # a folder where the database file should be
    done = run_app("--data-dir", str(data), "--no-err-windows")
    assert done.returncode == 1
    report = (data / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in report

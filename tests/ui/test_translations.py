"""The English catalogue: complete, placeholders intact, compiled on demand and used by widgets."""

from __future__ import annotations

import logging
import os
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from inspector_app.config import DataPaths
from inspector_app.store.engine import Database
from inspector_app.ui import translations
from inspector_app.ui.enterprise_model import permit_note
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.resources import resource_dir

TS = resource_dir() / "translations" / "inspector_en.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(c.findtext("name", ""), m) for c in root.iter("context") for m in c.iter("message")]


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    found = messages()
    assert len(found) > 50
    for context, message in found:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )


@pytest.fixture
def ts_copy(tmp_path: Path) -> Path:
    target = tmp_path / TS.name
    shutil.copy(TS, target)
    return target


def test_qm_is_compiled_when_missing_or_stale(ts_copy: Path) -> None:
    qm = translations.ensure_qm(ts_copy)
    assert qm == ts_copy.with_suffix(".qm") and qm.stat().st_size > 0
    built = qm.stat().st_mtime_ns
    assert translations.ensure_qm(ts_copy) == qm
    assert qm.stat().st_mtime_ns == built  # up to date: not rebuilt
    os.utime(ts_copy, ns=(built + 10**9, built + 10**9))
    translations.ensure_qm(ts_copy)
    assert qm.stat().st_mtime_ns > built


def test_without_lrelease_the_app_stays_chinese(
    ts_copy: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(translations, "find_lrelease", lambda: None)
    with caplog.at_level(logging.WARNING):
        assert translations.ensure_qm(ts_copy) is None
    assert "lrelease not found" in caplog.text


def test_english_main_window(qapp, qtbot, ts_copy: Path, database: Database, data_dir) -> None:
    locale = QLocale()
    installed = translations.install_translators(qapp, "en", ts_copy.parent)
    try:
        window = MainWindow(database, DataPaths(data_dir))
        qtbot.addWidget(window)
        assert window.windowTitle() == "Field Inspector"
        assert window.nav.item(1).text() == "Enterprises"
        assert window.connection_label.text() == "Offline"
        page = window.enterprises_page
        assert page.search_box.placeholderText() == "Name, pinyin initials or credit code"
        today = date(2026, 11, 20)
        assert permit_note(today - timedelta(days=1), today)[0] == "expired 1 day ago"
        assert permit_note(today + timedelta(days=3), today)[0] == "3 days left"
    finally:
        translations.remove_translators(qapp, installed)
        QLocale.setDefault(locale)

"""Samples on site: recorded, sealed, handed to the laboratory in that order, then printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.modeltest import ModelTester
from tests_support import start_scenario_one

from inspector_app.config import DataPaths
from inspector_app.evidence.context import EvidenceContext
from inspector_app.registry.demo import seed_demo
from inspector_app.store.engine import Database
from inspector_app.ui.samples_dialog import SamplesDialog


def test_a_sample_from_bottle_to_laboratory(
    qtbot, database: Database, data_dir: Path, tmp_path
) -> None:
    with database.session() as session:
        seed_demo(session)
    officer, inspection_id = start_scenario_one(database)
    ctx = EvidenceContext.from_paths(DataPaths(data_dir).ensure())
    dialog = SamplesDialog(database.sessions, lambda: ctx, inspection_id, officer.id, editable=True)
    qtbot.addWidget(dialog)

    dialog.number.setText("LZ-2026-0412-W1")
    dialog.medium.setText("废水")
    dialog.point.setText("总排口")
    dialog.parameters.setText("COD、氨氮，pH")
    dialog.container.setText("500 mL 棕色玻璃瓶")
    dialog.on_add()
    assert dialog.error.text() == ""
    ModelTester(None).check(dialog.model)
    sample = dialog.model.rows[0]
    assert sample.parameters == ["COD", "氨氮", "pH"]
    assert "待封存" in dialog.model.index(0, 5).data()

    assert not dialog.hand_over(sample.id, "甘肃省环境监测中心站", "刘工")  # not sealed yet
    assert dialog.error.text()  # the reason is shown; nothing changed
    assert "待封存" in dialog.model.index(0, 5).data()

    assert dialog.seal(sample.id, ["FT-0091", "FT-0092"])
    assert dialog.hand_over(sample.id, "甘肃省环境监测中心站", "刘工")
    assert "已送实验室" in dialog.model.index(0, 5).data()

    made = dialog.make_record()
    assert made is not None
    path = tmp_path / "samples.pdf"
    path.write_bytes(made[1])
    text = "".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )
    for expected in ("LZ-2026-0412-W1", "总排口", "FT-0091", "甘肃省环境监测中心站", "刘工"):
        assert expected in text, expected

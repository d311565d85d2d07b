"""Screenshots of the step dialogs with lists and legal limits, filled as an officer would.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/step_dialogs.py --out /tmp/shots [--lang en]

Writes ``steps-seal.png``, ``steps-daily_penalty.png``, ``steps-defer.png``,
``steps-criminal_transfer.png`` and ``steps-suspend.png`` (``-en`` before the extension for
English), to look at for clipped labels and readable hints.  The case header is a stand-in
with the values the real one carries (fine, case number, what earlier steps recorded).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from inspector_app.cases.machine import STEPS
from inspector_app.ui.resources import apply_bundled_font, resource_dir
from inspector_app.ui.step_dialog import StepDialog
from inspector_app.ui.translations import install_translators

ON = date(2026, 11, 24)


@dataclass
class Header:
    fine_fen: int = 550_000_00
    case_number: str = "兰环立〔2026〕8号"
    known: dict[str, Any] = field(
        default_factory=lambda: {
            "daily_days": 20,
            "daily_period": "2026年11月23日至2026年12月12日，共20日",
        }
    )


def seal(d: StepDialog) -> None:
    items = d.fields["items"]
    first = {"name": "烟气自动监测系统数据采集传输仪", "spec": "XC-2000", "quantity": "1"}
    for key, value in {**first, "unit": "台", "location": "脱硝车间CEMS小屋"}.items():
        items.set_cell(0, key, value)
    items.set_cell(0, "seal_no", "FT-2026-0031")
    items.add_row({"name": "氮氧化物分析仪控制单元", "quantity": "1", "unit": "套"})
    d.fields["custodian"].setText("王芳")


def defer(d: StepDialog) -> None:
    d.fields["mode"].setCurrentIndex(d.fields["mode"].findData("分期"))
    plan = d.fields["instalments"]
    plan.set_cell(0, "amount_fen", "300000.00")
    plan.add_row({"amount_fen": "250000.00"})


def criminal(d: StepDialog) -> None:
    persons = d.fields["persons"]
    for key, value in {"name": "孙某某", "id_number": "62010219800101001X"}.items():
        persons.set_cell(0, key, value)
    persons.set_cell(0, "position", "环保设施运维主管")
    for row, pages in enumerate(("6", "9", "12")):
        d.fields["materials"].set_cell(row, "pages", pages)


def suspend(d: StepDialog) -> None:
    ground = d.fields["ground_code"]
    ground.setCurrentIndex(ground.findData("须送请有权机关解释或确认"))
    d.fields["reason"].setPlainText("已就危险废物类别认定请示省生态环境厅。")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path.cwd())
    parser.add_argument("--lang", default="zh")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_bundled_font(app, resource_dir() / "fonts")
    keep = install_translators(app, args.lang, resource_dir() / "translations")
    suffix = "" if args.lang == "zh" else f"-{args.lang}"
    for code, fill in (
        ("seal", seal),
        ("daily_penalty", None),
        ("defer", defer),
        ("criminal_transfer", criminal),
        ("suspend", suspend),
    ):
        dialog = StepDialog(STEPS[code], Header(), None, ON)
        if fill is not None:
            fill(dialog)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out / f"steps-{code}{suffix}.png"))
        dialog.close()
    del keep
    return 0


if __name__ == "__main__":
    sys.exit(main())

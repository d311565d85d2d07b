"""How long the UI thread stalls while the app imports a card of photos and shows them.

The real path: ``EvidenceImport`` (a QThreadPool job with its progress dialog) ingests 100
twelve-megapixel JPEGs into an inspection, then the evidence strip loads their thumbnails.  A
5 ms QTimer in the event loop records the gap between its ticks; the longest gap is how long
an officer's click could go unanswered.  Offscreen Qt, so no window manager time is included.

    .venv/bin/python -m benchmarks.ui_stall_bench [--count 100]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.evidence_bench import make_photos, start_inspection
from inspector_app.config import DataPaths
from inspector_app.evidence.context import EvidenceContext
from inspector_app.store.engine import open_database
from inspector_app.ui import msgbox
from inspector_app.ui.evidence_import import EvidenceImport
from inspector_app.ui.evidence_strip import EvidenceStrip

TICK_MS = 5


class StallMeter:
    """Ticks every 5 ms; records how late each tick came."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.timer.start()

    def tick(self) -> None:
        self.gaps.append(self.clock.restart() / 1000 - TICK_MS / 1000)

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return gaps[-1], gaps[int(len(gaps) * 0.99) - 1] if len(gaps) > 100 else gaps[-1]


def run(count: int) -> str:
    app = QApplication.instance() or QApplication([])
    msgbox.set_suppressed(True)
    photos = make_photos(count)
    work = Path(tempfile.mkdtemp(prefix="uistall-"))
    try:
        paths = DataPaths(work).ensure()
        db = open_database(paths.database, paths.backups)
        ctx = EvidenceContext.from_paths(paths)
        with db.session() as s:
            inspection_id, officer_id = start_inspection(s)
        meter = StallMeter()
        loop = QEventLoop()

        importer = EvidenceImport(
            db.sessions, ctx, [photos], inspection_id, officer_id, show_report=False
        )
        importer.done.connect(loop.quit)
        meter.start()
        started = time.perf_counter()
        importer.start()
        loop.exec()
        import_s = time.perf_counter() - started
        import_max, import_p99 = meter.stop()

        strip = EvidenceStrip(db.sessions, lambda: ctx, officer_id, grid=True)
        strip.resize(1000, 700)
        strip.show()
        meter.start()
        started = time.perf_counter()
        strip.set_target(inspection_id, None, True)
        while len(strip.model.icons) < count and time.perf_counter() - started < 120:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        thumbs_s = time.perf_counter() - started
        thumbs_max, thumbs_p99 = meter.stop()
        db.close()
        report = importer.report
        stored = sum(1 for o in report.outcomes if o.evidence_id is not None) if report else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
    return "\n".join(
        [
            f"| phase ({count} × 12 MP JPEG) | wall time | longest UI stall | p99 stall |",
            "|---|---|---|---|",
            f"| import through EvidenceImport | {import_s:.2f} s "
            f"| {ms(import_max)} | {ms(import_p99)} |",
            f"| thumbnails into the gallery (built during import) | {thumbs_s:.2f} s "
            f"| {ms(thumbs_max)} | {ms(thumbs_p99)} |",
            f"\n{stored} files stored.",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args(argv)
    print(run(args.count))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

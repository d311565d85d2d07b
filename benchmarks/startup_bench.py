"""Cold start to first shown window: the real app against a bare PySide6 window.

Both run as new processes with ``QT_QPA_PLATFORM=offscreen`` and do the same visible work:
create the application, show the main window, grab it to a PNG and quit.  Two figures:

* the wall time of the whole process (``python -m inspector_app --screenshot``, exactly as
  the brief's smoke test runs it), which includes the app's fixed wait before its screenshot
  and the interpreter's exit, so the bare window is also run with the same wait;
* the time from spawning the process to the first grabbed frame, which is what an officer
  waits for.  For the app this uses a small harness that imports ``inspector_app.app``,
  sets the screenshot wait to zero and notes the time when ``save_screenshot`` has run; the
  app is otherwise untouched and quits by itself.

Each figure is the median of several runs after one unmeasured run (the OS file cache is
warm, as on a laptop used daily).  The app is measured on a fresh data folder (first start:
creates and migrates the database), on a reused one, and optionally on a copy of the
generated registry, to show whether start-up grows with the number of enterprises.
"""

from __future__ import annotations

import importlib.util
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import report

# argv: PNG path, delay in ms before the grab.  Prints SHOWN <epoch> once the frame is saved.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Field Inspector")
window.setCentralWidget(QLabel("bare window"))
window.resize(1280, 800)
window.show()
result = []
def shoot():
    result.append(window.grab().save(sys.argv[1]))
    print(f"SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(int(sys.argv[2]), shoot)
app.exec()
sys.exit(0 if result and result[0] else 1)
"""

# argv: the app's own arguments.  Same start-up as ``python -m inspector_app``, no wait.
APP_HARNESS = """
import sys, time
import inspector_app.app as app_module
app_module.SCREENSHOT_DELAY_MS = 0
save = app_module.save_screenshot
def save_and_note(window, path):
    ok = save(window, path)
    print(f"SHOWN {time.time():.6f}", flush=True)
    return ok
app_module.save_screenshot = save_and_note
sys.exit(app_module.main(sys.argv[1:]))
"""
TIMEOUT = 120


@dataclass
class StartupTiming:
    label: str
    runs: list[float] = field(default_factory=list)  # whole process, seconds
    shown: list[float] = field(default_factory=list)  # spawn to first saved frame, seconds
    skipped: str = ""


@dataclass
class Run:
    wall: float
    shown: float | None
    problem: str


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INSPECTOR_DATA_DIR", None)
    return env


def _run(command: list[str], png: Path) -> Run:
    """One process: wall time, time to first frame (when it reports one), and any failure."""
    png.unlink(missing_ok=True)
    spawned = time.time()
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, env=_env(), capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return Run(float(TIMEOUT), None, f"timed out after {TIMEOUT} s")
    wall = time.perf_counter() - started
    shown = next(
        (float(line.split()[1]) - spawned for line in done.stdout.splitlines() if "SHOWN" in line),
        None,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return Run(wall, shown, f"exit {done.returncode}: {' / '.join(tail)}")
    if not png.exists() or png.stat().st_size == 0:
        return Run(wall, shown, "no screenshot written")
    return Run(wall, shown, "")


def _repeat(label: str, command: Callable[[int], list[str]], png: Path, runs: int) -> StartupTiming:
    """``command(n)`` gives the n-th run's command line; run -1 warms the OS cache, unmeasured."""
    timing = StartupTiming(label)
    for n in range(-1, runs):
        result = _run(command(n), png)
        if result.problem:
            return StartupTiming(label, skipped=result.problem)
        if n >= 0:
            timing.runs.append(result.wall)
            if result.shown is not None:
                timing.shown.append(result.shown)
    return timing


def app_screenshot_delay() -> int:
    """The app's wait before its screenshot, so the bare window can wait as long (0 if unknown)."""
    try:
        from inspector_app.app import SCREENSHOT_DELAY_MS
    except ImportError:
        return 0
    return int(SCREENSHOT_DELAY_MS)


def app_available() -> str:
    """'' when ``python -m inspector_app`` can exist, else why the app rows are skipped."""
    if importlib.util.find_spec("inspector_app.__main__") is None:
        return "inspector_app/__main__.py does not exist yet"
    return ""


def measure(runs: int = 7, registry: Path | None = None) -> list[StartupTiming]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        root = Path(tmp)
        png = root / "shot.png"
        bare_script = root / "bare_window.py"
        bare_script.write_text(BARE_WINDOW)
        harness = root / "app_harness.py"
        harness.write_text(APP_HARNESS)
        py = sys.executable

        def bare(delay: int) -> Callable[[int], list[str]]:
            return lambda _n: [py, str(bare_script), str(png), str(delay)]

        def app(folder: Callable[[int], Path], script: list[str]) -> Callable[[int], list[str]]:
            return lambda n: [*script, "--data-dir", str(folder(n)), "--screenshot", str(png)]

        cli = [py, "-m", "inspector_app"]
        timings = [_repeat("bare QMainWindow, no wait", bare(0), png, runs)]
        missing = app_available()
        if missing:
            return [*timings, StartupTiming("app", skipped=missing)]
        delay = app_screenshot_delay()
        if delay:
            label = f"bare QMainWindow, {delay} ms wait (as the app)"
            timings.append(_repeat(label, bare(delay), png, runs))
        timings += [
            _repeat(
                "app, first start (new data folder each run)",
                app(lambda n: root / f"fresh-{n}", cli),
                png,
                runs,
            ),
            _repeat("app, later start", app(lambda _n: root / "reused", cli), png, runs),
            _repeat(
                "app harness, no wait, later start",
                app(lambda _n: root / "reused", [py, str(harness)]),
                png,
                runs,
            ),
        ]
        if registry is not None:
            data = root / "registry"
            data.mkdir()
            shutil.copyfile(registry, data / "inspector.db")
            if hasattr(os, "sync"):
                os.sync()  # else writing back the copy slows the runs (seen: +0.6 s a start)
            size = f"{registry.stat().st_size / 1e6:.0f} MB"
            label = f"app harness, no wait, registry copy ({size})"
            timings.append(_repeat(label, app(lambda _n: data, [py, str(harness)]), png, runs))
        return timings


def _median(samples: list[float]) -> float:
    return statistics.median(samples) if samples else math.nan


def render(timings: list[StartupTiming], runs: int) -> str:
    rows = []
    for t in timings:
        if t.skipped:
            rows.append((t.label, "skipped", "", "", "", t.skipped))
            continue
        shown = _median(t.shown)
        rows.append(
            (
                t.label,
                f"{_median(t.runs):.3f}",
                f"{min(t.runs):.3f}–{max(t.runs):.3f}",
                "" if math.isnan(shown) else f"{shown:.3f}",
                "" if math.isnan(shown) else f"{min(t.shown):.3f}–{max(t.shown):.3f}",
                "",
            )
        )
    header = (
        "process",
        "whole process, median s",
        "range",
        "to first frame, median s",
        "range",
        "note",
    )
    title = f"### Start-up (offscreen, {runs} runs each after one unmeasured)"
    return f"{title}\n\n{report.table(header, rows)}"


def run(runs: int, registry: Path | None) -> str:
    timings = measure(runs, registry)
    report.save(
        "startup",
        {
            "timings": [
                {"label": t.label, "runs": t.runs, "shown": t.shown, "skipped": t.skipped}
                for t in timings
            ]
        },
    )
    return render(timings, runs)

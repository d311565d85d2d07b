"""The frozen build (``make package``) against the source tree: build time, size, start-up.

``python -m benchmarks.frozen_bench [--build] [--runs 7]``.  With ``--build`` it first runs
PyInstaller on ``packaging/field-inspector.spec`` and times it.  Start-up is measured the same
way for ``dist/field-inspector/inspector-gui`` and ``python -m inspector_app``, because the
frozen program cannot be patched like ``startup_bench``'s harness: each process runs with
``--screenshot`` on the same data folder, and the time to first frame is the PNG's modification
time minus the spawn time minus the app's fixed wait before its screenshot.  CLI commands are
timed whole.  Medians after one unmeasured run (warm OS cache).  Prints Markdown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "field-inspector"
VENV_BIN = Path(sys.executable).parent
SCREENSHOT_DELAY_S = 0.4  # inspector_app.app.SCREENSHOT_DELAY_MS, not imported (no Qt here)


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INSPECTOR_DATA_DIR", None)
    return env


def build() -> float:
    started = time.perf_counter()
    paths = ["--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller")]
    subprocess.run(
        [str(VENV_BIN / "pyinstaller"), "--noconfirm", *paths, "packaging/field-inspector.spec"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def folder_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def gui_start(command: list[str], data: Path, runs: int) -> tuple[float, float]:
    """Median (whole process, to first frame) in seconds."""
    png = data / "shot.png"
    walls, frames = [], []
    for n in range(-1, runs):
        png.unlink(missing_ok=True)
        spawned = time.time()
        started = time.perf_counter()
        argv = [*command, "--data-dir", str(data), "--screenshot", str(png)]
        subprocess.run(argv, env=_env(), check=True, capture_output=True, timeout=120)
        wall = time.perf_counter() - started
        if n >= 0:
            walls.append(wall)
            frames.append(png.stat().st_mtime - spawned - SCREENSHOT_DELAY_S)
    return statistics.median(walls), statistics.median(frames)


def cli_time(command: list[str], runs: int) -> float:
    times = []
    for n in range(-1, runs):
        started = time.perf_counter()
        subprocess.run(command, env=_env(), check=True, capture_output=True, timeout=120)
        if n >= 0:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.frozen_bench")
    parser.add_argument("--build", action="store_true", help="run PyInstaller first and time it")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if args.build:
        print(f"Build (PyInstaller, warm cache): {build():.1f} s")
    if not (DIST / "inspector-gui").exists() and not (DIST / "inspector-gui.exe").exists():
        print(f"{DIST} is missing: run `make package` first", file=sys.stderr)
        return 1
    print(f"Size of {DIST.relative_to(ROOT)}: {folder_mb(DIST):.0f} MB\n")
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        data = Path(tmp) / "data"
        demo = [str(DIST / "inspector"), "demo", "--data-dir", str(data)]
        subprocess.run(demo, check=True, capture_output=True)
        print("| program | whole process, median s | to first frame, median s |")
        print("|---|---|---|")
        for label, command in (
            ("frozen `inspector-gui`", [str(DIST / "inspector-gui")]),
            ("source `python -m inspector_app`", [sys.executable, "-m", "inspector_app"]),
        ):
            wall, frame = gui_start(command, data, args.runs)
            print(f"| {label} | {wall:.3f} | {frame:.3f} |")
        print("\n| command | frozen, median s | source (.venv), median s |")
        print("|---|---|---|")
        d = ["--data-dir", str(data)]
        for words in (["--help"], ["search", "化工", *d], ["db", "check", *d]):
            frozen = cli_time([str(DIST / "inspector"), *words], args.runs)
            source = cli_time([str(VENV_BIN / "inspector"), *words], args.runs)
            shown = " ".join(w for w in words if w not in d)
            print(f"| `inspector {shown}` | {frozen:.3f} | {source:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

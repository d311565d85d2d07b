"""The frozen build (``make package``) against the source tree: build time, size, start-up.

``python -m benchmarks.frozen_bench [--build] [--runs 7]``.  With ``--build`` it first runs
PyInstaller on ``packaging/field-inspector.spec`` and times it.  Start-up is measured the same
way for ``dist/field-inspector/inspector-gui`` and ``python -m inspector_app``, because the
frozen program cannot be patched like ``startup_bench``'s harness: each process runs with
``--screenshot`` on the same data folder, and the time to first frame is the PNG's modification
time minus the spawn time minus the app's fixed wait before its screenshot.  CLI commands are
timed whole.  Frozen and source runs alternate; medians (and fastest) after one unmeasured
round (warm OS cache).  Prints Markdown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "field-inspector"
VENV_BIN = Path(sys.executable).parent
T = TypeVar("T")
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


def gui_run(command: list[str], data: Path) -> tuple[float, float]:
    """One start: (whole process, to first frame) in seconds."""
    png = data / "shot.png"
    png.unlink(missing_ok=True)
    spawned = time.time()
    started = time.perf_counter()
    argv = [*command, "--data-dir", str(data), "--screenshot", str(png)]
    subprocess.run(argv, env=_env(), check=True, capture_output=True, timeout=120)
    wall = time.perf_counter() - started
    return wall, png.stat().st_mtime - spawned - SCREENSHOT_DELAY_S


def cli_run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=_env(), check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def interleaved(runs: int, *measure: Callable[[], T]) -> list[list[T]]:
    """Run the variants in turn (a busy neighbour slows all alike); first round unmeasured."""
    results: list[list[T]] = [[] for _ in measure]
    for n in range(-1, runs):
        for i, one in enumerate(measure):
            value = one()
            if n >= 0:
                results[i].append(value)
    return results


def summary(samples: list[float]) -> str:
    return f"{statistics.median(samples):.3f} ({min(samples):.3f})"


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
        gui = [str(DIST / "inspector-gui")]
        source = [sys.executable, "-m", "inspector_app"]
        frozen_runs, source_runs = interleaved(
            args.runs, lambda: gui_run(gui, data), lambda: gui_run(source, data)
        )
        print("Median (fastest) of the runs, seconds.\n")
        print("| program | whole process | to first frame |")
        print("|---|---|---|")
        for label, runs in (
            ("frozen `inspector-gui`", frozen_runs),
            ("source `python -m inspector_app`", source_runs),
        ):
            walls, frames = [r[0] for r in runs], [r[1] for r in runs]
            print(f"| {label} | {summary(walls)} | {summary(frames)} |")
        print("\n| command | frozen | source (.venv) |")
        print("|---|---|---|")
        d = ["--data-dir", str(data)]
        for words in (["--help"], ["search", "化工", *d], ["db", "check", *d]):
            frozen, venv = interleaved(
                args.runs,
                lambda w=words: cli_run([str(DIST / "inspector"), *w]),
                lambda w=words: cli_run([str(VENV_BIN / "inspector"), *w]),
            )
            shown = " ".join(w for w in words if w not in d)
            print(f"| `inspector {shown}` | {summary(frozen)} | {summary(venv)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

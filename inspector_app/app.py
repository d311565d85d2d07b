"""Start-up of the desktop app: settings, fonts, translations, database, main window.

``inspector-gui`` and ``python -m inspector_app`` land in :func:`main`.  Order matters: the
display check comes before any QApplication (which would abort without one), translators are
installed before any widget is built, and the crash hook is in place before the first window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.config import DataPaths, default_data_dir, load_settings
from inspector_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, Msg
from inspector_app.store.engine import CorruptDatabaseError, Database, open_database
from inspector_app.ui import msgbox
from inspector_app.ui.crash import CrashHandler
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.resources import apply_bundled_font, resource_dir
from inspector_app.ui.translations import install_translators, remove_translators
from inspector_app.ui.workers import Job
from inspector_app.ui.workers import start as start_job

log = logging.getLogger(__name__)

APP_NAME = "field-inspector"
ORGANIZATION = "field-inspector"
NO_DISPLAY = Msg(
    "未找到图形显示：请在 Xvfb 下运行，例如 xvfb-run -a make run",
    "No display found: run under Xvfb, e.g. xvfb-run -a make run",
)
SCREENSHOT_DELAY_MS = 400
QUIT_WAIT_MS = 5_000


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inspector-gui", description="Field Inspector")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty database")
    parser.add_argument("--screenshot", type=Path, metavar="FILE", help="save a PNG, then quit")
    parser.add_argument(
        "--no-sign-in", action="store_true", help="open without asking an officer to sign in"
    )
    parser.add_argument(
        "--no-err-windows", action="store_true", help="log messages instead of showing boxes"
    )
    return parser.parse_args(argv)


def has_display() -> bool:
    """False on Linux when neither a Qt platform nor an X/Wayland display is set."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def configure_logging(logs: Path) -> None:
    root = logging.getLogger()
    if any(getattr(h, "inspector_log", False) for h in root.handlers):
        return
    handler = logging.FileHandler(logs / "inspector.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.inspector_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_database_reporting(paths: DataPaths, lang: str, parent: QWidget | None = None) -> Database:
    """Open the database; if it is corrupt, tell the officer where it went and start fresh."""
    try:
        return open_database(paths.database, paths.backups)
    except CorruptDatabaseError as exc:
        log.error("corrupt database moved to %s", exc.moved_to)
        title = QCoreApplication.translate("app", "数据库已损坏")
        msgbox.warning(parent, title, exc.render(lang))
        return open_database(paths.database, paths.backups)


def seed_demo_if_empty(database: Database) -> bool:
    """Fill an empty database with the demo registry; False when it already holds data."""
    try:
        from inspector_app.registry.demo import is_empty, seed_demo
    except ImportError:
        log.warning("demo data is not available in this build")
        return False
    with database.session() as session:
        if not is_empty(session):
            return False
        seed_demo(session)
    return True


def start_evidence_recovery(database: Database, window: MainWindow) -> Job:
    """Clear what a crash mid-import left behind (temp files, unreferenced blobs), off the UI
    thread, before the officer imports anything again."""
    from inspector_app.evidence.ingest import recover

    context = window.evidence_context()

    def work(_progress: object, _cancelled: object) -> list[str]:
        with database.session() as session:
            return recover(session, context)

    job = Job(work)

    def report(cleaned: object) -> None:
        if cleaned:
            log.warning("evidence recovery removed %s", cleaned)

    job.signals.finished.connect(report)
    return start_job(job)


def save_screenshot(window: QWidget, path: Path) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    if not ok:
        log.error("could not save screenshot to %s", path)
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = DataPaths(args.data_dir or default_data_dir())
    settings = load_settings(paths)
    lang = args.lang or (settings.language if settings.language in LANGUAGES else DEFAULT_LANGUAGE)
    if not has_display():
        line = NO_DISPLAY.en if lang == "en" else f"{NO_DISPLAY.zh} / {NO_DISPLAY.en}"
        print(line, file=sys.stderr)
        return 1
    paths.ensure()
    configure_logging(paths.logs)
    if args.no_err_windows or args.screenshot:
        msgbox.set_suppressed(True)

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else "inspector-gui"])
    )
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    resources = resource_dir()
    family = apply_bundled_font(app, resources / "fonts")
    log.info("starting; data %s, language %s, font %s", paths.root, lang, family)
    translators = install_translators(app, lang, resources / "translations")
    crash = CrashHandler(paths.logs, lang)
    crash.install()
    try:
        return run(app, args, paths, lang)
    except Exception:
        # Start-up failed before the event loop: report it the same way, never just vanish.
        crash.handle(*sys.exc_info())  # type: ignore[arg-type]
        return 1
    finally:
        crash.uninstall()
        remove_translators(app, translators)


def run(app: QApplication, args: argparse.Namespace, paths: DataPaths, lang: str) -> int:
    """Open the database and the main window, then run the event loop."""
    database = open_database_reporting(paths, lang)
    try:
        if args.demo and seed_demo_if_empty(database):
            log.info("demo data seeded")
        window = MainWindow(database, paths)
        window.show()
        recovery = start_evidence_recovery(database, window)
        result = {"code": 0}
        if not args.screenshot and not args.no_sign_in:
            QTimer.singleShot(0, window.sign_in)
        if args.screenshot:

            def shoot() -> None:
                result["code"] = 0 if save_screenshot(window, args.screenshot) else 1
                app.quit()

            QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)
        code = app.exec()
        recovery.cancel()
        window.stop_background_work()
        # Every job commits as it goes; what is cut short resumes next time (sync, import).
        QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)
        return code or result["code"]
    finally:
        database.close()

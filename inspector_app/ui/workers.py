"""The one way the app runs long work off the UI thread (after Picard's and Anki's helpers).

A :class:`Job` wraps a plain function that takes ``progress`` and ``cancelled`` callbacks; it
runs on a QThreadPool thread and reports through signals, which Qt delivers on the UI thread,
so widgets are only ever touched there.  The function must open its own database session: a
SQLAlchemy session belongs to one thread.

Signals of :class:`JobSignals`:
    progress(done, total, detail): from the worker, queued to the UI thread.
    finished(result): the function's return value.
    failed(error): the exception it raised.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int, object], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int, object)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it until finished/failed arrives

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self._report, self.cancelled)
        except Exception as error:  # reported to the UI thread, never lost in a thread
            log.exception("background job failed")
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)

    def _report(self, done: int, total: int, detail: object) -> None:
        self.signals.progress.emit(done, total, detail)


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    (pool or QThreadPool.globalInstance()).start(job)
    return job

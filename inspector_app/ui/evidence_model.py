"""A list model of evidence items with thumbnails loaded off the UI thread.

Rows are plain :class:`EvidenceRow` records read in one query.  Thumbnails are decoded by a
background job (cached ones in ~1 ms, a 12-megapixel JPEG's first one in ~50 ms at draft size)
and arrive as QImages; until then a row shows a neutral placeholder, so 500 photos scroll at
once and fill in as they come.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.evidence import service
from inspector_app.evidence.context import EvidenceContext
from inspector_app.store import EvidenceItem
from inspector_app.ui import workers
from inspector_app.ui.inspection_labels import local_time

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
THUMB = QSize(128, 96)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EvidenceRow:
    id: uuid.UUID
    sha256: str
    kind: str
    media_type: str
    original_name: str
    caption: str
    captured_at: datetime | None
    warning: str
    derived_from: str | None

    @classmethod
    def of(cls, item: EvidenceItem) -> EvidenceRow:
        return cls(
            item.id,
            item.sha256,
            item.kind,
            item.media_type,
            item.original_name,
            item.caption,
            item.captured_at,
            item.warning,
            item.derived_from,
        )


def _placeholder(kind: str) -> QPixmap:
    pixmap = QPixmap(THUMB)
    pixmap.fill(QColor("#e8e8e8"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#777"))
    label = {"photo": "…", "video": "▶", "audio": "♪"}.get(kind, "📄")
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


class EvidenceListModel(QAbstractListModel):
    """The evidence of one inspection, or of one checklist item of it."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        context: Callable[[], EvidenceContext],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.context = context
        self.rows: list[EvidenceRow] = []
        self.icons: dict[str, QIcon] = {}
        self.placeholders: dict[str, QIcon] = {}
        self.job: workers.Job | None = None
        self.inspection_id: uuid.UUID | None = None
        self.item: tuple[str, str] | None = None

    def load(self, inspection_id: uuid.UUID | None, item: tuple[str, str] | None = None) -> None:
        self.inspection_id, self.item = inspection_id, item
        self.refresh()

    def refresh(self) -> None:
        rows: list[EvidenceRow] = []
        if self.inspection_id is not None:
            with self.sessions() as session:
                found = service.list_evidence(session, self.inspection_id, self.item)
                rows = [EvidenceRow.of(i) for i in found]
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        self._load_thumbnails()

    def _load_thumbnails(self) -> None:
        if self.job is not None:
            self.job.cancel()
        wanted = [
            (r.sha256, r.kind)
            for r in self.rows
            if r.kind == "photo" and r.sha256 not in self.icons
        ]
        if not wanted:
            return
        ctx = self.context()

        def work(progress: workers.Progress, cancelled: Callable[[], bool]) -> None:
            for done, (sha, kind) in enumerate(wanted, 1):
                if cancelled():
                    return
                path = _thumbnail(ctx, sha, kind)
                image = QImage(str(path)) if path else QImage()
                progress(done, len(wanted), (sha, image))

        self.job = workers.Job(work)
        self.job.signals.progress.connect(self.on_thumbnail)
        workers.start(self.job)

    def on_thumbnail(self, _done: int, _total: int, detail: object) -> None:
        sha, image = detail if isinstance(detail, tuple) else ("", QImage())
        if image.isNull():
            return
        self.icons[sha] = QIcon(QPixmap.fromImage(image))
        for row, entry in enumerate(self.rows):
            if entry.sha256 == sha:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def wait_for_thumbnails(self, timeout_ms: int = 10_000) -> bool:
        """For tests and screenshots: block until the thumbnail job is done."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

        done = QThreadPool.globalInstance().waitForDone(QDeadlineTimer(timeout_ms))
        QCoreApplication.processEvents()
        return done

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.caption or row.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self.icons.get(row.sha256)
            if icon is None:
                icon = self.placeholders.setdefault(row.kind, QIcon(_placeholder(row.kind)))
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.original_name, local_time(row.captured_at), f"SHA-256 {row.sha256[:16]}…"]
            if row.warning:
                lines.append(row.warning)
            return "\n".join(line for line in lines if line)
        if role == ID_ROLE:
            return row.id
        return None


class _Item:
    """What ``service.thumbnail_path`` reads of an item: enough to build it in a worker."""

    def __init__(self, sha256: str, kind: str) -> None:
        self.sha256, self.kind = sha256, kind


def _thumbnail(ctx: EvidenceContext, sha: str, kind: str) -> Path | None:
    try:
        return service.thumbnail_path(ctx, _Item(sha, kind))  # type: ignore[arg-type]
    except OSError:
        return None

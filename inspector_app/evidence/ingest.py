"""Taking files in as evidence: one defined outcome per file, and the batch always goes on.

Each file is its own transaction (copy + hash + fsync + rename, then the row and its audit
event commit together), so a crash or a pulled battery loses at most the file being imported,
and a cancel keeps everything already done.  That is why :func:`ingest_files` commits the
session itself after every file.  It is meant to run on a worker thread with its own session;
``progress`` and ``cancelled`` are plain callables so the UI can wrap them in signals.
"""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.evidence.blobs import StagingCancelled
from inspector_app.evidence.context import MB, EvidenceContext
from inspector_app.evidence.media import MediaInfo, RefusedError, analyse
from inspector_app.evidence.service import item_template_id
from inspector_app.i18n import Msg, UserError
from inspector_app.store import EvidenceItem, EvidenceLink, Inspection, Officer
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

JUNK_NAMES = {"thumbs.db", "desktop.ini"}
CAPTURE_SLACK = timedelta(hours=1)  # camera clocks drift; an hour either side is not flagged


class Status(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # same bytes already in this inspection: skipped (and linked)
    STORED_AS_FILE = "stored_as_file"  # kept byte for byte but not interpreted: a warning
    REFUSED = "refused"


STATUS_LABELS = {
    Status.STORED: ("已保存", "stored"),
    Status.DUPLICATE: ("重复，已跳过", "duplicate, skipped"),
    Status.STORED_AS_FILE: ("已作为普通文件保存", "stored as a plain file"),
    Status.REFUSED: ("已拒绝", "refused"),
}


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: Status
    msg: Msg
    evidence_id: uuid.UUID | None = None
    sha256: str | None = None

    def line(self) -> Msg:
        """One summary line per file, as the CLI prints it and the UI lists it."""
        zh, en = STATUS_LABELS[self.status]
        return Msg(f"{zh}：{self.path.name} {self.msg.zh}", f"{en}: {self.path.name} {self.msg.en}")


@dataclass
class IngestReport:
    total: int
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    def summary(self) -> Msg:
        s, d, f, r = (self.count(x) for x in Status)
        rest = self.total - len(self.outcomes)
        zh = f"共 {self.total} 个文件：已保存 {s}，重复跳过 {d}，作为普通文件保存 {f}，拒绝 {r}"
        en = (
            f"{self.total} files: {s} stored, {d} duplicates skipped, "
            f"{f} stored as plain files, {r} refused"
        )
        if self.cancelled:
            zh += f"；已取消，{rest} 个未处理"
            en += f"; cancelled, {rest} not processed"
        return Msg(zh, en)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus every file under named folders (a camera card), sorted.

    Hidden files and the operating system's junk are skipped; broken links are kept so that
    they are reported as unreadable rather than silently ignored.
    """
    result: list[Path] = []
    for path in paths:
        if not path.is_dir():
            result.append(path)
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.lower() not in JUNK_NAMES:
                    result.append(Path(folder) / name)
    return result


def _resolve_item(
    session: Session, inspection: Inspection, item: tuple[str, str] | None
) -> tuple[uuid.UUID, str] | None:
    if item is None:
        return None
    return item_template_id(session, inspection, item[0], item[1]), item[1]


def _refused(path: Path, zh: str, en: str) -> FileOutcome:
    return FileOutcome(path, Status.REFUSED, Msg(zh, en))


def _precheck(path: Path, max_bytes: int) -> FileOutcome | None:
    try:
        info = path.stat()
    except OSError as exc:
        return _refused(path, f"无法读取（{exc.strerror}）", f"cannot be read ({exc.strerror})")
    if not stat.S_ISREG(info.st_mode):
        return _refused(path, "不是普通文件", "is not a regular file")
    if info.st_size == 0:
        return _refused(path, "是空文件（0 字节），没有可保存的内容", "is empty (0 bytes)")
    if info.st_size > max_bytes:
        size, limit = info.st_size / MB, max_bytes / MB
        return _refused(
            path,
            f"大小 {size:.0f} MB，超过设置的上限 {limit:.0f} MB",
            f"is {size:.0f} MB, over the limit of {limit:.0f} MB set in the settings",
        )
    return None


def _add_link(session: Session, evidence: EvidenceItem, link: tuple[uuid.UUID, str]) -> bool:
    if any((x.template_id, x.item_code) == link for x in evidence.links):
        return False
    evidence.links.append(EvidenceLink(template_id=link[0], item_code=link[1]))
    return True


def _new_item(
    session: Session,
    inspection: Inspection,
    source: Path,
    sha: str,
    size: int,
    info: MediaInfo,
    officer_id: uuid.UUID,
    device: str,
) -> EvidenceItem:
    seq = session.scalar(
        select(func.max(EvidenceItem.seq)).where(EvidenceItem.inspection_id == inspection.id)
    )
    photo = info.photo
    captured, source_label = photo.captured_at, photo.capture_source
    if captured is None and info.created_at is not None:
        captured, source_label = info.created_at, "mp4"
    return EvidenceItem(
        id=uuid.uuid4(),
        inspection_id=inspection.id,
        seq=(seq or 0) + 1,
        sha256=sha,
        size=size,
        media_type=info.media_type,
        kind=info.kind,
        original_name=source.name[:255],
        captured_at=captured,
        capture_source=source_label,
        gps_lat=photo.gps_lat,
        gps_lon=photo.gps_lon,
        gps_alt=photo.gps_alt,
        gps_accuracy_m=photo.gps_accuracy_m,
        camera_make=photo.camera_make,
        camera_model=photo.camera_model,
        width=photo.width,
        height=photo.height,
        duration_s=info.duration_s,
        imported_at=utcnow().replace(microsecond=0),
        imported_by=officer_id,
        device_id=device,
        caption="",
        warning=info.warning.zh if info.warning else "",
        derivation={},
    )


def _notes(item: EvidenceItem, inspection: Inspection, accuracy_limit: float) -> list[Msg]:
    """Facts a reviewer would question: a vague GPS fix, a photo taken outside the visit."""
    notes = []
    if item.gps_accuracy_m is not None and item.gps_accuracy_m > accuracy_limit:
        notes.append(
            Msg(
                f"定位精度 {item.gps_accuracy_m:.0f} 米，超过 {accuracy_limit:.0f} 米",
                f"GPS accuracy {item.gps_accuracy_m:.0f} m is worse than {accuracy_limit:.0f} m",
            )
        )
    if item.captured_at is not None:
        start = inspection.started_at - CAPTURE_SLACK
        end = (inspection.ended_at or item.imported_at) + CAPTURE_SLACK
        if not start <= item.captured_at <= end:
            notes.append(
                Msg(
                    "拍摄时间不在本次检查期间，请核实",
                    "the capture time is outside this inspection; check it",
                )
            )
    return notes


def _ingest_one(
    session: Session,
    ctx: EvidenceContext,
    inspection: Inspection,
    officer_id: uuid.UUID,
    source: Path,
    link: tuple[uuid.UUID, str] | None,
    item_label: str | None,
    cancelled: Callable[[], bool] | None = None,
) -> FileOutcome:
    problem = _precheck(source, ctx.max_bytes)
    if problem is not None:
        return problem
    try:
        staged = ctx.blobs.stage_file(source, cancelled)
    except OSError as exc:
        return _refused(source, f"无法读取（{exc.strerror}）", f"cannot be read ({exc.strerror})")
    try:
        existing = session.scalars(
            select(EvidenceItem).where(
                EvidenceItem.inspection_id == inspection.id,
                EvidenceItem.sha256 == staged.sha256,
                EvidenceItem.withdrawn_at.is_(None),
            )
        ).first()
        if existing is not None:
            linked = link is not None and _add_link(session, existing, link)
            if linked:
                append_event(
                    session,
                    "evidence.linked",
                    "evidence",
                    existing.id,
                    {"sha256": existing.sha256, "item": item_label},
                    officer_id=officer_id,
                )
            session.commit()
            note = f"，已关联到 {item_label}" if linked else ""
            note_en = f"; linked to {item_label}" if linked else ""
            return FileOutcome(
                source,
                Status.DUPLICATE,
                Msg(
                    f"与本次检查的第 {existing.seq} 号证据内容相同{note}",
                    f"same content as exhibit {existing.seq} of this inspection{note_en}",
                ),
                existing.id,
                existing.sha256,
            )
        try:
            info = analyse(staged.path, source.name)
        except RefusedError as refusal:
            return FileOutcome(source, Status.REFUSED, refusal.msg, sha256=staged.sha256)
        intent = ctx.blobs.place(staged)
        try:
            row = _new_item(
                session,
                inspection,
                source,
                staged.sha256,
                staged.size,
                info,
                officer_id,
                ctx.device_id,
            )
            if link is not None:
                row.links.append(EvidenceLink(template_id=link[0], item_code=link[1]))
            session.add(row)
            session.flush()
            payload: dict[str, object] = {
                "sha256": row.sha256,
                "size": row.size,
                "name": row.original_name,
                "kind": row.kind,
                "media_type": row.media_type,
                "inspection": str(inspection.id),
                "seq": row.seq,
                "device": ctx.device_id,
            }
            if item_label:
                payload["item"] = item_label
            if info.warning:
                payload["warning"] = info.warning.en
            notes = _notes(row, inspection, ctx.gps_accuracy_warn_m)
            if notes:
                payload["notes"] = [n.en for n in notes]
            append_event(session, "evidence.imported", "evidence", row.id, payload, officer_id)
            session.commit()
        except BaseException:
            session.rollback()
            ctx.blobs.undo(intent)
            raise
        ctx.blobs.done(intent)
        if info.photo.thumbnail is not None:
            with contextlib.suppress(OSError):  # only a cache: rebuilt on demand if missing
                ctx.thumbs.save(row.sha256, info.photo.thumbnail)
        status = Status.STORED_AS_FILE if info.warning else Status.STORED
        msg = info.warning or Msg(f"（第 {row.seq} 号证据）", f"(exhibit {row.seq})")
        for extra in notes:
            msg = Msg(f"{msg.zh}；{extra.zh}", f"{msg.en}; {extra.en}")
        return FileOutcome(source, status, msg, row.id, row.sha256)
    finally:
        ctx.blobs.discard(staged)


def ingest_files(
    session: Session,
    ctx: EvidenceContext,
    paths: Sequence[Path],
    inspection_id: uuid.UUID,
    officer_id: uuid.UUID,
    item: tuple[str, str] | None = None,
    progress: Callable[[int, int, FileOutcome], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IngestReport:
    """Import files (folders are walked) into an inspection; one outcome per file.

    ``item`` is (checklist code, item code) when the files were dropped onto a checklist item.
    Raises UserError only when the whole batch cannot start (unknown inspection or officer).
    """
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise UserError(Msg("找不到该检查", "Inspection not found"))
    if session.get(Officer, officer_id) is None:
        raise UserError(Msg("找不到该执法人员", "Officer not found"))
    link = _resolve_item(session, inspection, item)
    item_label = f"{item[0]}/{item[1]}" if item else None
    files = collect_files(paths)
    report = IngestReport(total=len(files))
    for index, source in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        try:
            outcome = _ingest_one(
                session, ctx, inspection, officer_id, source, link, item_label, cancelled
            )
        except StagingCancelled:
            report.cancelled = True
            break
        except Exception as exc:  # one bad file must never stop the batch
            session.rollback()
            outcome = _refused(source, f"导入时出错：{exc}", f"failed while importing: {exc}")
        report.outcomes.append(outcome)
        if progress is not None:
            progress(index, len(files), outcome)
    return report


def recover(session: Session, ctx: EvidenceContext) -> list[str]:
    """Start-up clean-up after a crash mid-import (see ``BlobStore.recover``)."""

    def referenced(sha: str) -> bool:
        query = select(EvidenceItem.id).where(EvidenceItem.sha256 == sha).limit(1)
        return session.scalar(query) is not None

    return ctx.blobs.recover(referenced)

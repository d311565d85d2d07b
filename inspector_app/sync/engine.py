"""The sync engine: push the outbox, upload evidence, pull what changed, in that order.

Plain Python, callable from a worker thread (the Qt Sync page runs it in a QThreadPool worker):
it opens its own short sessions, reports through a ``progress`` callback and stops at the next
safe point when ``cancel`` is set.  Every step commits as it goes, so a crash, a cancel or a
pulled cable at any point leaves a state the next run simply continues from:

- outbox entries stay until the server's answer is stored (a resend is a harmless duplicate);
- the last applied server sequence number is stored with the changes it covers;
- a blob upload continues from the offset the server reports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update

from inspector_app.i18n import Msg
from inspector_app.store.base import utcnow
from inspector_app.store.engine import Database
from inspector_app.store.outbox import pending_count
from inspector_app.store.sync_state import OutboxEntry, UploadedBlob
from inspector_app.sync import errors, state
from inspector_app.sync.apply import apply_change, store_number_block
from inspector_app.sync.blobs import BlobSource, upload_blob
from inspector_app.sync.client import ServerClient
from inspector_app.sync.errors import SyncCancelled, SyncError
from inspector_app.sync.protocol import (
    DEFAULT_CHUNK_SIZE,
    MAX_PUSH_BATCH,
    Change,
    LeaseRequest,
    MissingResponse,
    NumberBlock,
    PullResponse,
    PushRequest,
    PushResponse,
    TokenPair,
)


@dataclass(frozen=True)
class Progress:
    phase: str  # "push", "blobs", "pull"
    done: int
    total: int
    message: Msg


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: list[tuple[str, str, int]] = field(default_factory=list)
    blobs_uploaded: int = 0
    bytes_uploaded: int = 0
    blobs_refused: list[str] = field(default_factory=list)
    pulled: int = 0
    last_seq: int = 0
    finished_at: datetime | None = None


class SyncEngine:
    """One device's sync with one server.  Construct, ``login`` once, then ``run`` any time."""

    def __init__(
        self,
        db: Database,
        server_url: str | None = None,
        blobs: BlobSource | None = None,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        client_factory: Callable[..., ServerClient] = ServerClient,
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()
        self.chunk_size = chunk_size
        with db.session() as session:
            stored = state.get(session, state.SERVER_URL)
            if server_url and server_url != stored:
                state.put(session, state.SERVER_URL, server_url)
            self.device_id = state.device_id(session)
            refresh = state.get(session, state.REFRESH_TOKEN)
        url = server_url or stored
        if not url:
            raise SyncError(Msg("尚未设置服务器地址", "No server address is set"), retryable=False)
        self.client = client_factory(url, refresh_token=refresh, on_tokens=self._store_tokens)

    def close(self) -> None:
        self.client.close()

    def _store_tokens(self, pair: TokenPair) -> None:
        with self.db.session() as session:
            state.put(session, state.REFRESH_TOKEN, pair.refresh_token)
            state.put(session, state.OFFICER_ID, pair.officer_id)

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise SyncCancelled()

    def login(
        self, agency_code: str, certificate_no: str, password: str, device_name: str = ""
    ) -> TokenPair:
        """Sign in and register this device (its id was made with the database)."""
        return self.client.login(
            {
                "agency_code": agency_code,
                "certificate_no": certificate_no,
                "password": password,
                "device_id": self.device_id,
                "device_name": device_name,
            }
        )

    def server_reachable(self, timeout: float = 3.0) -> bool:
        """A cheap check for starting a sync by itself when the network comes back."""
        try:
            response = self.client.http.get("/health", timeout=timeout)
        except Exception:  # any transport failure means "not now"
            return False
        return response.status_code == 200

    # --- the three phases ---------------------------------------------------------------------

    def run(self) -> SyncReport:
        report = SyncReport()
        try:
            self.push(report)
            self.upload_blobs(report)
            self.pull(report)
        except SyncError as error:
            self._remember(error)
            raise
        except (OSError, ValueError) as exc:  # a local file, or an answer that is not ours
            stopped = errors.interrupted(exc)
            self._remember(stopped)
            raise stopped from exc
        report.finished_at = utcnow()
        with self.db.session() as session:
            state.put(session, state.LAST_SYNC_AT, report.finished_at.isoformat())
            state.put(session, state.LAST_ERROR, "")
        return report

    def _remember(self, error: SyncError) -> None:
        with self.db.session() as session:
            state.put(session, state.LAST_ERROR, f"{error.msg.zh}\n{error.msg.en}")

    def push(self, report: SyncReport) -> None:
        with self.db.session() as session:
            # Freeze everything pending in one write: from here each entry's payload is what the
            # server gets under its version, even if the officer edits on meanwhile.
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.acked_at.is_(None), OutboxEntry.attempted_at.is_(None))
                .values(attempted_at=utcnow())
            )
        done = 0
        while True:
            self._check_cancel()
            with self.db.session() as session:
                batch = list(
                    session.scalars(
                        select(OutboxEntry)
                        .where(
                            OutboxEntry.acked_at.is_(None), OutboxEntry.attempted_at.is_not(None)
                        )
                        .order_by(OutboxEntry.id)
                        .limit(MAX_PUSH_BATCH)
                    )
                )
                remaining = pending_count(session)
            if not batch:
                return
            body = PushRequest(
                changes=[
                    Change(
                        record_type=e.record_type,
                        record_id=e.record_id,
                        version=e.version,
                        payload=e.payload,
                    )
                    for e in batch
                ]
            )
            response = self.client.call("POST", "/v1/sync/push", json=body.model_dump(mode="json"))
            results = PushResponse.model_validate(response.json()).results
            grouped: dict[str, list[int]] = {}
            for entry, result in zip(batch, results, strict=True):
                grouped.setdefault(result.status.value, []).append(entry.id)
                if result.status == "conflict":
                    report.conflicts.append((entry.record_type, entry.record_id, entry.version))
                elif result.status == "duplicate":
                    report.duplicates += 1
                else:
                    report.pushed += 1
            with self.db.session() as session:
                now = utcnow()
                for status, ids in grouped.items():
                    session.execute(
                        update(OutboxEntry)
                        .where(OutboxEntry.id.in_(ids))
                        .values(acked_at=now, status=status)
                    )
            done += len(batch)
            self.progress(
                Progress(
                    "push",
                    done,
                    done + remaining - len(batch),
                    Msg(f"已上传 {done} 条记录", f"{done} records sent"),
                )
            )

    def upload_blobs(self, report: SyncReport) -> None:
        if self.blobs is None:
            return
        with self.db.session() as session:
            known = set(session.scalars(select(UploadedBlob.sha256)))
        candidates = [h for h in self.blobs.hashes() if h not in known]
        missing: list[str] = []
        for start in range(0, len(candidates), 1000):
            self._check_cancel()
            batch = candidates[start : start + 1000]
            answer = self.client.call("POST", "/v1/blobs/missing", json={"hashes": batch})
            lacking = set(MissingResponse.model_validate(answer.json()).missing)
            missing += [h for h in batch if h in lacking]
            self._mark_uploaded([h for h in batch if h not in lacking])
        for index, sha256 in enumerate(missing, 1):
            self._check_cancel()
            try:
                sent = upload_blob(
                    self.client,
                    self.blobs,
                    sha256,
                    self.chunk_size,
                    check_cancel=self._check_cancel,
                )
            except SyncError as error:
                if getattr(error, "retryable", True):
                    raise
                report.blobs_refused.append(sha256)  # e.g. the file no longer matches its hash
                continue
            report.blobs_uploaded += 1
            report.bytes_uploaded += sent
            self._mark_uploaded([sha256])
            self.progress(
                Progress(
                    "blobs",
                    index,
                    len(missing),
                    Msg(
                        f"已上传 {index}/{len(missing)} 个证据文件",
                        f"{index} of {len(missing)} evidence files sent",
                    ),
                )
            )

    def _mark_uploaded(self, hashes: list[str]) -> None:
        if not hashes:
            return
        with self.db.session() as session:
            for sha256 in hashes:
                if session.get(UploadedBlob, sha256) is None:
                    session.add(UploadedBlob(sha256=sha256))

    def pull(self, report: SyncReport) -> None:
        while True:
            self._check_cancel()
            with self.db.session() as session:
                since = state.last_seq(session)
            response = self.client.call("GET", "/v1/sync/pull", params={"since": since})
            page = PullResponse.model_validate(response.json())
            with self.db.session() as session:  # the changes and the new seq commit together
                for change in page.changes:
                    apply_change(session, change)
                state.put(session, state.LAST_SEQ, str(page.last_seq))
            report.pulled += len(page.changes)
            report.last_seq = page.last_seq
            self.progress(
                Progress(
                    "pull",
                    report.pulled,
                    report.pulled + (1 if page.more else 0),
                    Msg(f"已下载 {report.pulled} 项更新", f"{report.pulled} updates received"),
                )
            )
            if not page.more:
                return

    def lease_numbers(self, doc_type: str, year: int, size: int = 50) -> NumberBlock:
        """Ask for a block of document numbers; it is stored at once (and comes down in pulls).

        ``doc_type`` is a number kind (``penalty``) or a document type (``penalty_decision``);
        an unknown one is refused here, before the server hands out numbers nobody could use.
        """
        from inspector_app.cases.numbering import number_kind

        doc_type = number_kind(doc_type)
        body = LeaseRequest(doc_type=doc_type, year=year, size=size)
        response = self.client.call("POST", "/v1/number-blocks", json=body.model_dump())
        block = NumberBlock.model_validate(response.json())
        with self.db.session() as session:
            store_number_block(session, block.model_dump())
        return block

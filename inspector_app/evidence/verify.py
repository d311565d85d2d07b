"""Re-checking every stored original against the hash it was recorded under.

Courts ask whether each file's hash is unchanged since collection (evidence-and-sync.md §4.1);
this answers it for the whole store and names each missing or altered file with the exhibits
that rely on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.evidence.blobs import BlobStore
from inspector_app.i18n import Msg
from inspector_app.store import EvidenceItem


@dataclass(frozen=True)
class BlobProblem:
    sha256: str
    problem: str  # "missing" or "altered"
    exhibits: tuple[str, ...]  # "<inspection id prefix> #<seq> <original name>"

    def msg(self) -> Msg:
        names = "、".join(self.exhibits)
        if self.problem == "missing":
            return Msg(
                f"证据文件缺失：{self.sha256}（{names}）",
                f"Evidence file missing: {self.sha256} ({', '.join(self.exhibits)})",
            )
        return Msg(
            f"证据文件已被修改，哈希不符：{self.sha256}（{names}）",
            f"Evidence file altered, hash mismatch: {self.sha256} ({', '.join(self.exhibits)})",
        )


def verify_blobs(
    session: Session, blobs: BlobStore, progress: Callable[[int, int], None] | None = None
) -> tuple[int, list[BlobProblem]]:
    """Rehash every blob an evidence row refers to; returns (blobs checked, problems)."""
    exhibits: dict[str, list[str]] = {}
    rows = session.execute(
        select(
            EvidenceItem.sha256,
            EvidenceItem.inspection_id,
            EvidenceItem.seq,
            EvidenceItem.original_name,
        ).order_by(EvidenceItem.sha256, EvidenceItem.inspection_id, EvidenceItem.seq)
    )
    for sha, inspection_id, seq, name in rows:
        exhibits.setdefault(sha, []).append(f"{str(inspection_id)[:8]} #{seq} {name}")
    problems: list[BlobProblem] = []
    for index, (sha, names) in enumerate(exhibits.items(), start=1):
        if not blobs.exists(sha):
            problems.append(BlobProblem(sha, "missing", tuple(names)))
        elif blobs.hash_of(sha) != sha:
            problems.append(BlobProblem(sha, "altered", tuple(names)))
        if progress is not None:
            progress(index, len(exhibits))
    return len(exhibits), problems

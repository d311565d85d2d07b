"""A batch import killed with SIGKILL mid-way: after a restart there are no half-written rows,
no orphaned temp files or blobs, the chain verifies, and re-importing finishes the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from media_samples import jpeg_bytes
from sqlalchemy import select

from inspector_app.cli import main
from inspector_app.config import DataPaths
from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.ingest import recover
from inspector_app.store import EvidenceItem
from inspector_app.store.audit import verify_session_chain
from inspector_app.store.engine import open_database

FILES = 24


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_mid_batch_leaves_a_consistent_store(tmp_path: Path, capsys, monkeypatch) -> None:
    data_dir = tmp_path / "data"
    data = ["--data-dir", str(data_dir)]
    me = ["--officer", "62010001"]
    monkeypatch.setenv("INSPECTOR_PASSWORD", "lm-62010001")
    assert main([*data, "demo"]) == 0
    assert (
        main(
            [
                "inspections",
                "start",
                *data,
                *me,
                "--enterprise",
                "兰州某精细化工",
                "--checklists",
                "hw",
                "--with",
                "62010002",
            ]
        )
        == 0
    )
    inspection = capsys.readouterr().out.strip().splitlines()[-1]
    card = tmp_path / "card"
    card.mkdir()
    for n in range(FILES):
        # big enough that the kill lands while files are still being copied and hashed
        if n % 3 == 0:
            (card / f"IMG_{n:03d}.JPG").write_bytes(jpeg_bytes(color=(n, 0, 0)))
        else:
            (card / f"REC_{n:03d}.DAT").write_bytes(os.urandom(3 * 1024 * 1024))

    command = [
        sys.executable,
        "-m",
        "inspector_app.cli",
        "evidence",
        "import",
        *data,
        *me,
        inspection,
        str(card),
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        printed = [proc.stdout.readline() for _ in range(3)]
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert all(line.startswith("[") for line in printed), printed

    # restart: open the database, clean up, and check that store and database agree
    paths = DataPaths(data_dir)
    ctx = EvidenceContext.from_paths(paths)
    db = open_database(paths.database, paths.backups)
    try:
        with db.session() as s:
            recover(s, ctx)
            rows = s.scalars(select(EvidenceItem)).all()
            assert 3 <= len(rows) < FILES  # killed mid-way: some stored, not all
            assert verify_session_chain(s) is None
            assert {r.sha256 for r in rows} == set(ctx.blobs.all_hashes())
            assert all(ctx.blobs.hash_of(r.sha256) == r.sha256 for r in rows)
        assert list(ctx.blobs.tmp.iterdir()) == []
    finally:
        db.close()

    # running the import again finishes the batch without storing anything twice
    code = main(["evidence", "import", *data, *me, inspection, str(card)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"重复跳过 {len(rows)}" in out
    db = open_database(paths.database, paths.backups)
    try:
        with db.session() as s:
            assert len(s.scalars(select(EvidenceItem)).all()) == FILES
    finally:
        db.close()
    assert main(["verify", *data]) == 0

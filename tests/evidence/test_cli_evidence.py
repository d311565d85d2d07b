"""Evidence through `inspector`: import a card, `verify` catches a flipped byte and a deleted
audit row, and an exported package verifies with its own script and fails after tampering."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from media_samples import jpeg_bytes, mp4_bytes

from inspector_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def started(tmp_path: Path, capsys, monkeypatch) -> tuple[list[str], list[str], str]:
    data = ["--data-dir", str(tmp_path / "data")]
    me = ["--officer", "62010001"]
    monkeypatch.setenv("INSPECTOR_PASSWORD", "lm-62010001")
    run(capsys, *data, "demo")
    code, inspection_id, err = run(
        capsys,
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
    )
    assert code == 0, err
    return data, me, inspection_id


def card(tmp_path: Path) -> Path:
    folder = tmp_path / "card" / "DCIM"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(3):
        (folder / f"IMG_{n:04d}.JPG").write_bytes(jpeg_bytes(color=(n * 40, 90, 90)))
    (folder / "REC_0001.MP4").write_bytes(mp4_bytes(12))
    (folder / "broken.jpg").write_text("not a photo")
    return tmp_path / "card"


def test_import_then_verify_names_an_altered_blob(started, tmp_path: Path, capsys) -> None:
    data, me, inspection = started
    code, out, err = run(
        capsys,
        "evidence",
        "import",
        *data,
        *me,
        inspection[:8],
        str(card(tmp_path)),
        "--item",
        "hw/a2",
    )
    lines = out.splitlines()
    assert code == 1, err  # one file was refused
    assert len(lines) == 6 and lines[0].startswith("[1/5]")
    assert "已拒绝：broken.jpg" in out and "已保存：IMG_0000.JPG" in out
    assert "已保存 4" in lines[-1] and "拒绝 1" in lines[-1]
    code, out, _ = run(capsys, "evidence", "import", *data, *me, inspection, str(card(tmp_path)))
    assert "重复跳过 4" in out  # a second pass over the same card stores nothing twice
    code, out, err = run(capsys, "verify", *data)
    assert code == 0 and "4 个证据文件哈希一致" in out, err
    sheet = tmp_path / "photos.pdf"
    code, out, err = run(
        capsys, "evidence", "document", *data, *me, "photos", inspection, "-o", str(sheet)
    )
    assert code == 0 and sheet.read_bytes().startswith(b"%PDF"), err

    blob = next(p for p in (tmp_path / "data" / "blobs").rglob("*") if p.is_file())
    sha = blob.parent.name + blob.name
    raw = bytearray(blob.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    blob.write_bytes(bytes(raw))
    code, _, err = run(capsys, "--lang", "en", "verify", *data)
    assert code == 1
    assert f"Evidence file altered, hash mismatch: {sha}" in err
    assert "1 of 4 evidence files are missing or altered" in err
    blob.unlink()
    code, _, err = run(capsys, "--lang", "en", "verify", *data)
    assert code == 1 and f"Evidence file missing: {sha}" in err


def test_deleting_an_audit_row_breaks_the_chain(started, tmp_path: Path, capsys) -> None:
    data, me, inspection = started
    run(capsys, "evidence", "import", *data, *me, inspection, str(card(tmp_path)))
    with sqlite3.connect(tmp_path / "data" / "inspector.db") as conn:
        seq = conn.execute(
            "SELECT seq FROM audit_events WHERE action = 'evidence.imported' ORDER BY seq LIMIT 1"
        ).fetchone()[0]
        conn.execute("DELETE FROM audit_events WHERE seq = ?", (seq,))
    code, _, err = run(capsys, "verify", *data)
    assert code == 1 and f"审计日志第{seq}条缺失" in err


def check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(folder / "verify.py")], capture_output=True, text=True, cwd=folder
    )


def test_exported_package_verifies_without_the_app(started, tmp_path: Path, capsys) -> None:
    data, me, inspection = started
    run(
        capsys, "evidence", "import", *data, *me, inspection, str(card(tmp_path)), "--item", "hw/a2"
    )
    package = tmp_path / "package"
    code, out, err = run(capsys, "evidence", "export", *data, *me, inspection, str(package))
    assert code == 0 and "verify.py" in out, err
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["items"]) == 4
    photo = manifest["items"][0]
    assert photo["gps_lat"] and photo["captured_at"].startswith("2026-11-20T02:15:30")
    assert photo["officer"] == "李明" and photo["items"] == ["hw/a2"]
    csv_text = (package / "manifest.csv").read_text(encoding="utf-8-sig")
    assert photo["sha256"] in csv_text and "hw/a2" in csv_text
    result = check(package)
    assert result.returncode == 0, result.stdout
    assert "OK: 4 files match" in result.stdout

    # the verify script needs nothing of the app: it also runs from a copy elsewhere
    tampered = package / photo["file"]
    raw = bytearray(tampered.read_bytes())
    raw[-10] ^= 0xFF
    tampered.write_bytes(bytes(raw))
    result = check(package)
    assert (
        result.returncode == 1 and f"hash differs (file altered): {photo['file']}" in result.stdout
    )
    tampered.write_bytes(bytes(raw[:-10]) + bytes([raw[-10] ^ 0xFF]) + bytes(raw[-9:]))
    assert check(package).returncode == 0

    chain_file = package / "chain.json"
    chain = json.loads(chain_file.read_text(encoding="utf-8"))
    event = next(
        e for e in chain["events"] if e.get("body", {}).get("action") == "evidence.imported"
    )
    event["body"]["payload"]["name"] = "renamed.jpg"
    chain_file.write_text(json.dumps(chain, ensure_ascii=False), encoding="utf-8")
    result = check(package)
    assert result.returncode == 1 and f"audit event {event['seq']} was altered" in result.stdout

    code, _, err = run(capsys, "evidence", "export", *data, *me, inspection, str(package))
    assert code == 1 and "导出目录必须为空" in err

"""`inspector cases sign`: a party's PNG, then an officer's, on an inquiry record; a refusal
needs a witness and is printed with it."""

from __future__ import annotations

import io
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select

from inspector_app.cases.issuing import issue_document
from inspector_app.cli import main
from inspector_app.config import DataPaths
from inspector_app.forms.samples import sample
from inspector_app.store import Agency, Document
from inspector_app.store.engine import open_database


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def stroke(path: Path) -> Path:
    image = Image.new("RGB", (600, 240), "white")
    ImageDraw.Draw(image).line([(40, 180), (200, 60), (560, 150)], fill=(16, 32, 107), width=8)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_sign_from_the_command_line(tmp_path: Path, capsys, monkeypatch) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    me = ["--officer", "62010001"]
    monkeypatch.setenv("INSPECTOR_PASSWORD", "lm-62010001")
    assert run(capsys, *data, "demo")[0] == 0
    paths = DataPaths(tmp_path / "data")
    db = open_database(paths.database)
    with db.session() as s:
        agency = s.scalars(select(Agency)).first()
        assert agency is not None
        record = issue_document(
            s, agency.id, "inquiry_record", sample("inquiry_record"), date(2026, 11, 25)
        ).id
        notice = issue_document(
            s, agency.id, "sealing_list", sample("sealing_list"), date(2026, 11, 25)
        ).id
    db.close()
    png = stroke(tmp_path / "sig.png")
    sign = ["cases", "sign", *data, *me, "--on", "2026-11-26"]
    code, first, err = run(
        capsys,
        *sign,
        "--document",
        str(record),
        "--role",
        "party",
        "--name",
        "赵强",
        "--png",
        str(png),
    )
    assert code == 0, err
    pdf = tmp_path / "signed.pdf"
    code, second, err = run(
        capsys,
        *sign,
        "--document",
        first,
        "--role",
        "officer",
        "--name",
        "李明",
        "--png",
        str(png),
        "-o",
        str(pdf),
    )
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "赵强" in text and "李明" in text
    code, _, err = run(
        capsys,
        *sign,
        "--document",
        str(notice),
        "--role",
        "party",
        "--name",
        "周建国",
        "--refused",
    )
    assert code != 0 and "见证人" in err
    code, refused, err = run(
        capsys,
        *sign,
        "--document",
        str(notice),
        "--role",
        "party",
        "--name",
        "周建国",
        "--refused",
        "--witness",
        "孙某",
    )
    assert code == 0, err
    db = open_database(paths.database)
    with db.session() as s:
        signed = s.get(Document, uuid.UUID(second))
        assert signed is not None and signed.version == 3
        marks = s.get(Document, uuid.UUID(refused)).snapshot["signatures"]
        assert marks[0]["refused"] and marks[0]["witness"] == "孙某"
    db.close()

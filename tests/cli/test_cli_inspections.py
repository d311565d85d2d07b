"""A whole inspection scripted through `inspector`, and `inspector verify` catching tampering."""

import sqlite3
import subprocess
from pathlib import Path

import pytest

from inspector_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_scripted_inspection_and_verify(tmp_path: Path, capsys, monkeypatch) -> None:
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
        "--party",
        "赵强,EHS经理,11010519491231002X",
    )
    assert code == 0, err
    answers = {f"a{i}": "Y" for i in range(1, 15)} | {"a2": "N", "a9": "Y"}
    for item, value in answers.items():
        note = ["--note", "桶上无标签"] if value == "N" else []
        code, _, err = run(
            capsys,
            "inspections",
            "answer",
            *data,
            *me,
            inspection_id[:8],
            f"hw/{item}",
            value,
            *note,
        )
        assert code == 0, err
    code, _, err = run(capsys, "inspections", "finish", *data, *me, inspection_id)
    assert code == 0, err
    pdf = tmp_path / "record.pdf"
    code, out, err = run(capsys, "documents", "render", *data, *me, inspection_id, "-o", str(pdf))
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "桶上无标签" in "".join(text.split())
    code, out, _ = run(capsys, "verify", *data)
    assert code == 0 and "审计日志完整" in out

    with sqlite3.connect(tmp_path / "data" / "inspector.db") as conn:
        conn.execute(
            'UPDATE audit_events SET payload = \'{"new": "Y"}\' '
            "WHERE action = 'answer.changed' AND payload LIKE '%\"N\"%'"
        )
    code, _, err = run(capsys, "verify", *data)
    assert code == 1 and "审计日志第" in err and "内容被修改" in err


def test_wrong_password_is_refused(tmp_path: Path, capsys) -> None:
    data = ["--data-dir", str(tmp_path)]
    run(capsys, *data, "demo")
    code, _, err = run(
        capsys,
        "inspections",
        "start",
        *data,
        "--officer",
        "62010001",
        "--password",
        "nope",
        "--enterprise",
        "兰州某精细化工",
        "--checklists",
        "hw",
        "--with",
        "62010002",
    )
    assert code == 1 and err == "执法证号或密码不正确"

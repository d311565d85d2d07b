"""A case scripted through `inspector cases …`: open from an inspection, steps with their
documents, a refusal in the officer's language, what is due, and the case file."""

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from inspector_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_scripted_case(tmp_path: Path, capsys, monkeypatch) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    me = ["--officer", "62010001"]
    monkeypatch.setenv("INSPECTOR_PASSWORD", "lm-62010001")
    run(capsys, *data, "demo")
    admin = ["--officer", "62010006", "--password", "zl-62010006"]
    for code in ("filing_approval", "prior_notice", "penalty_decision"):
        for year in {date.today().year, (date.today() + timedelta(days=11)).year}:
            block = ["numbers", "add-block", *data, *admin, code, "--year", str(year)]
            assert run(capsys, *block, "--first", "1", "--last", "9")[0] == 0
    code, inspection, err = run(
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
    for i in range(1, 15):
        value, note = ("N", ["--note", "桶上无标签"]) if i == 2 else ("Y", [])
        run(capsys, "inspections", "answer", *data, *me, inspection, f"hw/a{i}", value, *note)
    assert run(capsys, "inspections", "finish", *data, *me, inspection)[0] == 0

    today = date.today()

    def on(days: int) -> list[str]:
        return ["--on", (today + timedelta(days=days)).isoformat()]

    code, case, err = run(
        capsys,
        "cases",
        "open",
        *data,
        *me,
        "--inspection",
        inspection,
        *on(1),
        "--evidence",
        "现场照片14张",
    )
    assert code == 0, err
    code, out, _ = run(capsys, "cases", "show", *data, case[:8])
    shown = json.loads(out)
    assert shown["violations"] == ["V24"] and shown["status"] == "opened"
    assert "file" in shown["next_steps"] and any(d["rule"] == "T4" for d in shown["deadlines"])

    def step(name: str, days: int, *extra: str) -> tuple[int, str, str]:
        return run(capsys, "cases", "step", *data, *me, case, name, *on(days), *extra)

    head = json.dumps({"head": {"text": "同意。", "signer": "赵磊", "on": str(today)}})
    code, _, err = step("file", 2, "--document", head)
    assert code == 0, err
    code, out, err = run(
        capsys,
        "cases",
        "repropose",
        *data,
        *me,
        case,
        "--factor",
        "V24:correction=eliminated",
        *on(2),
    )
    assert code == 0 and "lighter" in out, err
    assert step("report", 3)[0] == 0
    code, _, err = step("prior_notice", 4)
    assert code == 1 and "缺少必填项：联系电话" in err
    contact = json.dumps({"contact_phone": "0931-8888888", "agency_address": "兰州市雁滩路2号"})
    assert step("prior_notice", 4, "--document", contact)[0] == 0
    code, _, err = run(capsys, "--lang", "en", "cases", "step", *data, *me, case, "decide", *on(4))
    assert code == 1 and "prior notice has not been served" in err
    assert step("serve_notice", 4, "--document", '{"receiver": "赵强"}')[0] == 0
    assert step("waive", 5)[0] == 0
    assert step("decide", 5)[0] == 0
    code, out, _ = run(
        capsys, "cases", "due", *data, "--today", (today + timedelta(days=6)).isoformat()
    )
    assert "T14" in out and "送达处理决定书" in out
    assert step("serve", 6, "--document", '{"receiver": "赵强"}')[0] == 0
    assert step("pay", 10, "--data", '{"amount_fen": 8750000}')[0] == 0
    assert step("close", 11)[0] == 0
    code, out, _ = run(capsys, "cases", "list", *data, "--status", "closed")
    assert case in out
    pdf = tmp_path / "case.pdf"
    assert run(capsys, "cases", "file", *data, case, "-o", str(pdf))[0] == 0
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "卷内目录" in text and "行政处罚决定书" in text


def test_a_step_with_a_malformed_value_is_refused_not_a_traceback(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    me = ["--officer", "62010001"]
    monkeypatch.setenv("INSPECTOR_PASSWORD", "lm-62010001")
    run(capsys, *data, "demo")
    code, case, err = run(
        capsys,
        "cases",
        "open",
        *data,
        *me,
        "--enterprise",
        "兰州某精细化工",
        "--source",
        "clue",
        "--violations",
        "V18",
        "--violation-date",
        "2026-11-20",
        "--on",
        "2026-11-22",
        "--evidence",
        "现场照片2张",
    )
    assert code == 0, err
    step = ["cases", "step", *data, *me, case, "onsite_decide", "--on", "2026-11-22"]
    code, _, err = run(capsys, *step, "--data", '{"fine_fen": "abc"}', "--no-document")
    assert code == 1 and "步骤数据不正确" in err
    code, out, _ = run(capsys, "cases", "show", *data, case[:8])
    assert json.loads(out)["status"] == "opened"  # nothing changed

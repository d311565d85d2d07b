"""`inspector forms` and `inspector numbers`: preview, configure a block, issue, exhaust, void."""

import json
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.forms.samples import sample


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_preview_needs_no_database(tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "forms", "list", "--json")
    assert code == 0
    assert {
        "code": "order_to_correct",
        "title": "责令改正违法行为决定书",
        "number_kind": "order",
        "abbr": "责改",
    } in json.loads(out)
    pdf = tmp_path / "d.pdf"
    assert run(capsys, "forms", "sample", "penalty_decision", "-o", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = tmp_path / "bad.json"
    data = sample("order_to_correct")
    data["corrections"] = []
    bad.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    code, _, err = run(capsys, "forms", "render", "order_to_correct", str(bad), "-o", str(pdf))
    assert (code, err) == (1, "缺少必填项：改正要求")


def test_block_issue_exhaust_void(tmp_path: Path, capsys, monkeypatch) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    run(capsys, *data, "demo")
    admin = ["--officer", "62010006", "--password", "zl-62010006"]
    officer = ["--officer", "62010001", "--password", "lm-62010001"]
    block = [
        "numbers",
        "add-block",
        "prior_notice",
        "--year",
        "2026",
        "--first",
        "80",
        "--last",
        "80",
    ]
    code, _, err = run(capsys, *block, *data, *officer)
    assert code == 1 and "管理员" in err
    assert run(capsys, *block, *data, *admin)[0] == 0
    snapshot = sample("prior_notice")
    del snapshot["number"], snapshot["issued_on"]
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(snapshot, ensure_ascii=False, default=str), encoding="utf-8")
    issue = ["forms", "issue", "prior_notice", str(path), "--date", "2026-11-25", *data, *officer]
    code, out, err = run(capsys, *issue, "-o", str(tmp_path / "1.pdf"))
    assert code == 0, err
    assert "兰环罚告〔2026〕80号" in out
    code, _, err = run(capsys, *issue, "-o", str(tmp_path / "2.pdf"), "--lang", "en")
    assert code == 1 and "used up" in err
    void = ["numbers", "void", "兰环罚告〔2026〕80号", "--reason", "打印错误", *data, *officer]
    assert run(capsys, *void)[0] == 0
    code, out, _ = run(capsys, "numbers", "list", *data)
    assert "next 81" in out and "left 0" in out
    assert run(capsys, "verify", *data)[0] == 0

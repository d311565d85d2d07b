"""The `inspector` command as an administrator or a script uses it: exit codes and output."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "demo")
    assert code == 0
    assert "60 家企业" in out and "李明" in out and "lm-62010001" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", "化工")
    assert code == 0
    assert "兰州某精细化工有限公司" in out
    assert all("化工" in line for line in out.splitlines())
    code, out, _ = run(capsys, "search", "lzhg", "--data-dir", str(tmp_path))
    assert code == 0 and "兰州某精细化工有限公司" in out


def test_demo_twice_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--data-dir", str(tmp_path), "demo")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "demo")
    assert code == 0 and "60 家企业" in out


def test_no_match_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "--lang", "en", "search", "不存在")
    assert code == 1 and "No enterprise matches" in out


def test_import_with_bad_rows_reports_each_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reg.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["统一社会信用代码", "单位名称", "重点排污单位"])
        writer.writerow(["91110000600037341L", "北京某公司", "是"])
        writer.writerow(["91110000600037341X", "校验位错公司", "否"])
        writer.writerow(["91110000600037341L", "重复公司", "否"])
        writer.writerow(["", "空代码公司", "也许"])
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "import", "enterprises", str(path), "--check")
    assert code == 1 and "仅检查" in out
    code, out, _ = run(capsys, "--data-dir", data, "search", "北京")
    assert code == 1  # --check imported nothing
    code, out, _ = run(capsys, "--data-dir", data, "import", "enterprises", str(path))
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("第3行") and "校验位" in lines[0]
    assert lines[1].startswith("第4行") and "重复" in lines[1]
    assert lines[2].startswith("第5行") and "18位" in lines[2]
    assert "新增 1 条" in lines[-1]
    code, out, _ = run(capsys, "--data-dir", data, "search", "北京")
    assert code == 0 and "北京某公司" in out


def test_export_and_db_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "demo")
    code, out, _ = run(
        capsys, "--data-dir", data, "export", "enterprises", str(tmp_path / "out.xlsx")
    )
    assert code == 0 and "60" in out
    code, out, _ = run(capsys, "--data-dir", data, "db", "check")
    assert code == 0 and "完好" in out
    code, out, _ = run(capsys, "--data-dir", data, "--lang", "en", "db", "upgrade")
    assert code == 0 and "latest revision" in out


def test_missing_file_is_a_one_line_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "import", "officers", "nope.csv")
    assert code == 1 and err.strip() == "找不到文件：nope.csv"


def test_wrong_usage_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "inspector_app.cli", "frobnicate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2

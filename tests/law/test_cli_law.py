"""`inspector law …` and `inspector discretion …` as an officer or administrator runs them."""

import json
from pathlib import Path

import pytest

from inspector_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_law_show_prints_provisions_and_fine(capsys) -> None:
    code, out, _ = run(
        capsys, "law", "show", "V24", "--date", "2026-03-01", "--decision-date", "2026-03-02"
    )
    assert code == 0
    assert "《固体废物污染环境防治法》第七十七条" in out
    assert "《固体废物污染环境防治法》第一百一十二条第一款第（一）项" in out
    assert "100,000元以上1,000,000元以下" in out
    assert "责令改正（应当）" in out


def test_law_show_after_the_code_in_english_labels(capsys) -> None:
    code, out, _ = run(capsys, "--lang", "en", "law", "show", "v1", "--date", "2026-09-01")
    assert code == 0
    assert "Penalty provisions:" in out and "《生态环境法典》第一千一百零七条" in out


def test_law_show_json_is_a_snapshot(capsys) -> None:
    code, out, _ = run(
        capsys,
        "law",
        "show",
        "V24",
        "--date",
        "2026-03-01",
        "--decision-date",
        "2026-09-01",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["regime"] == "code" and data["issuable"] is True
    assert data["fine"]["min"] == 50_000 and data["fine"]["max"] == 200_000
    assert data["penalizing"][0]["text_zh"].startswith("未按照规定设置危险废物识别标志")
    assert "从旧兼从轻" in data["reason_zh"]


def test_law_show_warns_when_the_code_article_is_pending(capsys) -> None:
    code, out, _ = run(capsys, "law", "show", "V22", "--date", "2026-09-01")
    assert code == 0
    assert "⚠" in out and "管理员" in out


def test_law_list(capsys) -> None:
    code, out, _ = run(capsys, "law", "list")
    assert code == 0 and len(out.splitlines()) == 36 and out.startswith("V1 ")


def test_discretion_prints_outcome_amount_and_explanation(capsys) -> None:
    code, out, _ = run(
        capsys,
        "discretion",
        "V1",
        "--date",
        "2026-03-01",
        "--decision-date",
        "2026-03-01",
        "--factor",
        "pollutant_class=b",
        "--factor",
        "exceedance=lt3",
    )
    assert code == 0
    assert "裁量结果：一般处罚" in out
    assert "200,000 元（贰拾万元整）" in out
    assert "合计20%" in out


def test_discretion_json(capsys) -> None:
    code, out, _ = run(
        capsys,
        "discretion",
        "V6",
        "--date",
        "2026-03-01",
        "--json",
        "--factor",
        "control_measures=partial",
        "--factor",
        "storage_volume=lt50",
    )
    assert code == 0
    data = json.loads(out)
    assert data["amount"] == 38_000 and data["outcome"] == "normal"
    assert data["table_code"] == "gs_dust_example"
    assert "情节较重" in data["explanation_zh"]


def test_discretion_with_base_and_no_penalty(capsys) -> None:
    code, out, _ = run(capsys, "discretion", "V30", "--date", "2026-03-01", "--base", "300000")
    assert code == 0 and "1,200,000 元" in out
    code, out, _ = run(
        capsys,
        "discretion",
        "V20",
        "--date",
        "2026-03-01",
        "--factor",
        "correction=corrected",
        "--factor",
        "consequences=minor",
    )
    assert code == 0 and "不予行政处罚" in out


def test_discretion_counts_repeats_from_the_database(tmp_path: Path, capsys) -> None:
    from sqlalchemy import select

    from inspector_app.store import Enterprise
    from inspector_app.store.engine import open_database

    data = ["--data-dir", str(tmp_path / "d")]
    run(capsys, *data, "demo")
    db = open_database(tmp_path / "d" / "inspector.db", tmp_path / "d" / "backups")
    with db.session() as s:
        credit = s.scalars(select(Enterprise.credit_code).limit(1)).one()
    db.close()
    code, out, _ = run(
        capsys, *data, "discretion", "V1", "--enterprise", credit, "--factor", "pollutant_class=b"
    )
    assert code == 0 and "1次 0%" in out  # no earlier finding: this is the first time
    code, _, err = run(capsys, *data, "discretion", "V1", "--enterprise", "91000000000000000X")
    assert code == 1 and "找不到统一社会信用代码" in err


@pytest.mark.parametrize(
    ("args", "phrase", "lang"),
    [
        (["law", "show", "V99", "--date", "2026-01-01"], "没有违法类型 V99", "zh"),
        (["law", "show", "V99", "--date", "2026-01-01"], "no violation type V99", "en"),
        (["law", "show", "V1", "--date", "2026-13-01"], "YYYY-MM-DD", "zh"),
        (["discretion", "V1", "--factor", "area"], "名称=取值", "zh"),
        (["discretion", "V1", "--factor", "area=moon"], "cannot be 'moon'", "en"),
        (["discretion", "V30", "--date", "2026-03-01"], "--base", "zh"),
    ],
)
def test_user_errors_exit_1_with_one_bilingual_line(capsys, args, phrase, lang) -> None:
    code, _, err = run(capsys, "--lang", lang, *args)
    assert code == 1
    assert phrase in err and len(err.strip().splitlines()) == 1


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["law", "show", "V1"])  # --date is required
    assert caught.value.code == 2
    capsys.readouterr()


def test_law_check_names_the_broken_file_and_field(law_copy: Path, capsys) -> None:
    code, out, _ = run(capsys, "law", "check", str(law_copy))
    assert code == 0 and "36 个违法类型" in out
    path = law_copy / "violations.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("max: 1000000}", "max: lots}", 1), encoding="utf-8"
    )
    code, _, err = run(capsys, "law", "check", str(law_copy))
    assert code == 1
    assert "violations.yaml" in err and "（V1）" in err and "bases.0.fine.max" in err
    code, _, err = run(
        capsys, "law", "show", "V1", "--date", "2026-01-01", "--law-dir", str(law_copy)
    )
    assert code == 1 and "bases.0.fine.max" in err


def test_law_show_variant(capsys) -> None:
    code, out, _ = run(
        capsys,
        "law",
        "show",
        "V27",
        "--date",
        "2026-03-01",
        "--decision-date",
        "2026-09-01",
        "--variant",
        "unapproved_transfer",
    )
    assert code == 0 and "情形：未经批准擅自转移危险废物的" in out
    assert "《固体废物污染环境防治法》第一百一十二条第一款第（五）项" in out

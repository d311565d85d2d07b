"""`inspector-server init | officer | import`: an agency set up from the command line."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from inspector_app.registry.tables import write_table
from inspector_server.cli import main
from inspector_server.pytest_plugin import credit_code


@pytest.fixture
def server_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INSPECTOR_SERVER_DATA", str(tmp_path / "srv"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("INSPECTOR_SERVER_PASSWORD", raising=False)
    return tmp_path / "srv"


def rows(data: Path, sql: str) -> list[tuple]:
    engine = create_engine(f"sqlite:///{data / 'server.db'}")
    with engine.connect() as conn:
        result = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return result


def test_init_officer_and_import(server_data: Path, tmp_path: Path, capsys) -> None:
    base = ["--agency-code", "LZ"]
    assert (
        main(
            [
                "init",
                *base,
                "--agency-name",
                "兰州市生态环境局",
                "--admin-certificate",
                "62000000",
                "--admin-name",
                "赵管理",
                "--password",
                "admin-pass-1",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "officer",
                *base,
                "--certificate",
                "62010001",
                "--name",
                "李明",
                "--password",
                "officer-pass",
            ]
        )
        == 0
    )
    table = tmp_path / "registry.csv"
    write_table(
        table,
        ["统一社会信用代码", "单位名称", "正面清单"],
        [[credit_code(1), "兰州某化工有限公司", "是"], ["bad", "无效代码公司", "否"]],
    )
    assert main(["import", *base, str(table)]) == 1  # one bad row: reported, the good one in
    output = capsys.readouterr().out
    assert '"created": 1' in output and '"row": 3' in output

    assert rows(server_data, "SELECT certificate_no, role FROM accounts ORDER BY 1") == [
        ("62000000", "administrator"),
        ("62010001", "officer"),
    ]
    assert main(["templates", *base]) == 0
    assert "hw v1: created" in capsys.readouterr().out
    assert main(["templates", *base]) == 0  # publishing again changes nothing
    assert "hw v1: unchanged" in capsys.readouterr().out
    assert rows(server_data, "SELECT name, positive_list FROM enterprises") == [
        ("兰州某化工有限公司", 1)
    ]
    assert (
        main(
            [
                "init",
                *base,
                "--agency-name",
                "x",
                "--admin-certificate",
                "1",
                "--admin-name",
                "y",
                "--password",
                "short",
            ]
        )
        == 1
    )
    assert "至少8位" in capsys.readouterr().err

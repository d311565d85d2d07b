"""Registry import: good rows in, bad rows reported by number, re-import changes nothing."""

import csv
import random
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from inspector_app.i18n import UserError
from inspector_app.registry.demo import make_credit_code, seed_demo
from inspector_app.registry.importer import export_enterprises, import_enterprises, import_officers
from inspector_app.store import AuditEvent, Enterprise, Officer, Role
from inspector_app.store.engine import Database
from inspector_app.store.search import search

HEADER = [
    "统一社会信用代码",
    "单位名称",
    "法定代表人",
    "地址",
    "行政区划代码",
    "行业",
    "排污许可证编号",
    "许可证有效期至",
    "重点排污单位",
    "正面清单",
    "联系人",
    "联系电话",
    "经度",
    "纬度",
]
rng = random.Random(7)
CODE_A, CODE_B, CODE_C = (make_credit_code("620104", rng) for _ in range(3))


def good_rows() -> list[list[str]]:
    return [
        [
            CODE_A,
            "兰州甲化工有限公司",
            "张三",
            "西固区1号",
            "620104",
            "化工",
            "P-1",
            "2027-06-30",
            "是",
            "否",
            "李四",
            "13900000001",
            "103.6",
            "36.1",
        ],
        [
            CODE_B,
            "兰州乙水泥有限公司",
            "王五",
            "七里河区2号",
            "620103",
            "建材",
            "",
            "2026年12月1日",
            "否",
            "是",
            "",
            "",
            "",
            "",
        ],
    ]


def write_csv(
    path: Path, rows: list[list[str]], header: list[str] = HEADER, encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_good_file_imports_and_is_searchable(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "reg.csv", good_rows())
    with db.session() as s:
        report = import_enterprises(s, path)
    assert (report.created, report.updated, report.errors) == (2, 0, [])
    with db.session() as s:
        ent = s.scalars(select(Enterprise).where(Enterprise.credit_code == CODE_A)).one()
        assert ent.key_discharge_unit and not ent.positive_list
        assert ent.permit_valid_to.isoformat() == "2027-06-30"
        assert [h.enterprise.name for h in search(s, "乙水泥")] == ["兰州乙水泥有限公司"]


def test_bad_rows_are_reported_by_row_number_and_good_rows_still_import(
    db: Database, tmp_path: Path
) -> None:
    rows = good_rows()
    bad_code = CODE_C[:-1] + ("0" if CODE_C[-1] != "0" else "1")
    rows.insert(1, [bad_code, "坏校验位公司", *[""] * 12])  # row 3
    rows.append([CODE_C, "", *[""] * 12])  # row 5: no name
    rows.append([CODE_A, "重复的公司", *[""] * 12])  # row 6: duplicate
    rows.append(
        [
            make_credit_code("620104", rng),
            "日期错",
            "",
            "",
            "",
            "",
            "",
            "明年",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )  # row 7
    rows.append([make_credit_code("620104", rng), "经度错", *[""] * 10, "999", ""])  # row 8
    path = write_csv(tmp_path / "bad.csv", rows)
    with db.session() as s:
        report = import_enterprises(s, path)
    messages = {e.row: e.msg.zh for e in report.errors}
    assert sorted(messages) == [3, 5, 6, 7, 8]
    assert "校验位" in messages[3]
    assert "名称为空" in messages[5]
    assert "第2行" in messages[6]
    assert "明年" in messages[7]
    assert "经度" in messages[8]
    assert report.created == 2
    assert count(db, Enterprise) == 2


def test_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "reg.csv", good_rows())
    with db.session() as s:
        import_enterprises(s, path)
    with db.session() as s:
        before = {e.credit_code: e.updated_at for e in s.scalars(select(Enterprise))}
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    with db.session() as s:
        report = import_enterprises(s, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    with db.session() as s:
        assert {e.credit_code: e.updated_at for e in s.scalars(select(Enterprise))} == before
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events


def test_changed_row_updates_in_place(db: Database, tmp_path: Path) -> None:
    rows = good_rows()
    with db.session() as s:
        import_enterprises(s, write_csv(tmp_path / "a.csv", rows))
    rows[0][1] = "兰州甲化工集团有限公司"
    with db.session() as s:
        report = import_enterprises(s, write_csv(tmp_path / "b.csv", rows))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    with db.session() as s:
        assert [h.enterprise.name for h in search(s, "集团")] == ["兰州甲化工集团有限公司"]
        assert search(s, "甲化工有") == []


def test_gbk_csv_and_english_headers(db: Database, tmp_path: Path) -> None:
    english = [
        "Credit code",
        "Name",
        "Legal representative",
        "Address",
        "Region code",
        "Industry",
        "Permit number",
        "Permit valid to",
        "Key discharge unit",
        "Positive list",
        "Contact person",
        "Contact phone",
        "Longitude",
        "Latitude",
    ]
    path = write_csv(tmp_path / "gbk.csv", good_rows(), header=english, encoding="gb18030")
    with db.session() as s:
        report = import_enterprises(s, path)
    assert report.created == 2 and not report.errors


def test_xlsx_import_and_export_round_trip(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in good_rows():
        sheet.append(row)
    book.save(tmp_path / "reg.xlsx")
    with db.session() as s:
        assert import_enterprises(s, tmp_path / "reg.xlsx").created == 2
    with db.session() as s:
        assert export_enterprises(s, tmp_path / "out.xlsx") == 2
        assert export_enterprises(s, tmp_path / "out.csv") == 2
    exported = load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert [c.value for c in next(exported.iter_rows())] == HEADER
    for name in ("out.xlsx", "out.csv"):
        with db.session() as s:
            report = import_enterprises(s, tmp_path / name)
        assert (report.created, report.updated, report.unchanged) == (0, 0, 2), name


def test_missing_required_column_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["a", "b"]], header=["单位名称", "地址"])
    with db.session() as s, pytest.raises(UserError, match="统一社会信用代码"):
        import_enterprises(s, path)


def test_damaged_xlsx_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with db.session() as s, pytest.raises(UserError, match=r"broken\.xlsx"):
        import_enterprises(s, path)


def test_officers_import(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        seed_demo(s)
    rows = [
        ["孙七", "62010099", "620100", "执法人员"],
        ["周八", "62010098", "兰州市生态环境局", "审核人员"],
        ["吴九", "62010097", "不存在的局", "执法人员"],
        ["郑十", "62010096", "620100", "局长"],
    ]
    path = write_csv(tmp_path / "off.csv", rows, header=["姓名", "执法证号", "所属机构", "角色"])
    with db.session() as s:
        report = import_officers(s, path)
    assert report.created == 2
    assert [(e.row, "不存在" in e.msg.zh or "角色" in e.msg.zh) for e in report.errors] == [
        (4, True),
        (5, True),
    ]
    with db.session() as s:
        assert (
            s.scalars(select(Officer).where(Officer.certificate_no == "62010098")).one().role
            is Role.REVIEWER
        )
    with db.session() as s:
        again = import_officers(s, path)
    assert (again.created, again.unchanged) == (0, 2)

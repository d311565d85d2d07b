"""Reading and writing the spreadsheets agencies actually use: CSV (UTF-8 or GBK) and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from inspector_app.i18n import Msg, UserError

Row = tuple[int, list[object]]  # (spreadsheet row number, cells); the header is row 1


def _unreadable(path: Path, why: str) -> UserError:
    return UserError(Msg(f"无法读取文件 {path.name}：{why}", f"Cannot read {path.name}: {why}"))


def _decode(data: bytes) -> str:
    # Excel on a Chinese Windows saves "CSV" as GBK; everything else as UTF-8 (maybe with BOM).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("unknown text encoding")


def read_table(path: Path) -> tuple[list[object], Iterator[Row]]:
    """Header cells and an iterator of data rows (blank rows skipped, numbers kept)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        if suffix in (".csv", ".txt"):
            return _read_csv(path)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from exc
    except (BadZipFile, InvalidFileException, ValueError, KeyError) as exc:
        raise _unreadable(path, "文件已损坏或格式不对 / damaged or not a spreadsheet") from exc
    raise UserError(
        Msg(
            f"不支持的文件类型 {path.suffix}：请使用 .csv 或 .xlsx",
            f"Unsupported file type {path.suffix}: use .csv or .xlsx",
        )
    )


def _read_csv(path: Path) -> tuple[list[object], Iterator[Row]]:
    text = _decode(path.read_bytes())
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return [], iter(())
    data = ((n, list[object](cells)) for n, cells in enumerate(rows[1:], start=2) if any(cells))
    return list(rows[0]), data


def _read_xlsx(path: Path) -> tuple[list[object], Iterator[Row]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        workbook.close()
        return [], iter(())

    def data() -> Iterator[Row]:
        try:
            for n, cells in enumerate(rows, start=2):
                if any(c not in (None, "") for c in cells):
                    yield n, list(cells)
        finally:
            workbook.close()

    return list(header), data()


def write_table(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Write CSV (UTF-8 with BOM, so Excel opens Chinese correctly) or XLSX by extension."""
    if path.suffix.lower() == ".xlsx":
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("企业名录")
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
        workbook.save(path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)

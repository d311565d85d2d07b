"""Import and export of the enterprise and officer registries.

The rules officers rely on: every bad row is reported with its spreadsheet row number and the
reason; the good rows go in together in one transaction (or not at all if something fails
half-way); importing the same file twice changes nothing, because rows upsert by their natural
key (credit code, certificate number) and an unchanged row is not touched.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.i18n import Msg, UserError
from inspector_app.registry import columns as col
from inspector_app.registry.tables import read_table, write_table
from inspector_app.registry.validators import check_credit_code
from inspector_app.store import Agency, Enterprise, Officer, Role
from inspector_app.store.audit import append_event


@dataclass(frozen=True)
class RowError:
    row: int
    msg: Msg


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.created + self.updated

    def summary(self) -> Msg:
        return Msg(
            f"新增 {self.created} 条，更新 {self.updated} 条，未变 {self.unchanged} 条，"
            f"错误 {len(self.errors)} 行",
            f"{self.created} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.errors)} rows with errors",
        )


UPSERT_CHUNK = 500


class RowProblem(Exception):
    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.zh)
        self.msg = msg


def _missing_columns(
    found: dict[str, int], required: tuple[str, ...], columns: dict[str, tuple[str, ...]]
) -> None:
    missing = [columns[f][0] for f in required if f not in found]
    if missing:
        names = "、".join(missing)
        raise UserError(
            Msg(
                f"文件缺少必需的列：{names}",
                f"The file lacks required columns: {', '.join(missing)}",
            )
        )


def _text(cells: list[object], found: dict[str, int], name: str) -> str:
    index = found.get(name)
    return col.cell_text(cells[index]) if index is not None and index < len(cells) else ""


def _raw(cells: list[object], found: dict[str, int], name: str) -> object:
    index = found.get(name)
    return cells[index] if index is not None and index < len(cells) else None


def _enterprise_fields(cells: list[object], found: dict[str, int]) -> dict[str, Any]:
    checked = check_credit_code(_text(cells, found, "credit_code"))
    if not checked.ok:
        assert checked.problem is not None
        raise RowProblem(checked.problem)
    name = _text(cells, found, "name")
    if not name:
        raise RowProblem(Msg("单位名称为空", "The enterprise name is empty"))
    values: dict[str, Any] = {"credit_code": checked.value, "name": name}
    for key in (
        "legal_representative",
        "address",
        "industry",
        "permit_no",
        "contact_person",
        "contact_phone",
    ):
        values[key] = _text(cells, found, key)
    region = _text(cells, found, "region_code")
    if region and not (region.isdigit() and len(region) in (6, 9, 12)):
        raise RowProblem(
            Msg(
                f"行政区划代码“{region}”应为6、9或12位数字",
                f"Region code '{region}' must be 6, 9 or 12 digits",
            )
        )
    values["region_code"] = region
    expiry = col.parse_date(_raw(cells, found, "permit_valid_to"))
    if isinstance(expiry, str):
        raise RowProblem(
            Msg(
                f"许可证有效期“{expiry}”不是日期（例如 2027-06-30）",
                f"Permit expiry '{expiry}' is not a date (e.g. 2027-06-30)",
            )
        )
    values["permit_valid_to"] = expiry
    for key, label_zh, label_en in (
        ("key_discharge_unit", "重点排污单位", "key discharge unit"),
        ("positive_list", "正面清单", "positive list"),
    ):
        flag = col.parse_bool(_raw(cells, found, key))
        if flag is None:
            bad = _text(cells, found, key)
            raise RowProblem(
                Msg(
                    f"“{label_zh}”应填“是”或“否”，现为“{bad}”",
                    f"'{label_en}' must be yes or no, not '{bad}'",
                )
            )
        values[key] = flag
    for key, low, high, zh in (
        ("longitude", -180.0, 180.0, "经度"),
        ("latitude", -90.0, 90.0, "纬度"),
    ):
        text = _text(cells, found, key)
        if not text:
            values[key] = None
            continue
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise RowProblem(
                Msg(
                    f"{zh}“{text}”应为 {low:g} 到 {high:g} 之间的数字",
                    f"{key.capitalize()} '{text}' must be a number between {low:g} and {high:g}",
                )
            )
        values[key] = number
    # A column the file does not have leaves that field alone instead of blanking it.
    return {key: value for key, value in values.items() if key in found}


def _apply(obj: object, values: dict[str, Any]) -> bool:
    """Set changed attributes only; True when anything changed (so unchanged rows stay put)."""
    changed = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run_import(
    session: Session,
    path: Path,
    columns: dict[str, tuple[str, ...]],
    required: tuple[str, ...],
    parse: Callable[[list[object], dict[str, int]], dict[str, Any]],
    key: str,
    model: type[Enterprise] | type[Officer],
    entity: str,
    officer_id: uuid.UUID | None = None,
) -> ImportReport:
    """Validate every row, then upsert the good ones in the caller's transaction."""
    header, rows = read_table(path)
    found = col.map_headers(header, columns)
    _missing_columns(found, required, columns)
    report = ImportReport()
    good: dict[str, dict[str, Any]] = {}
    first_row_of: dict[str, int] = {}
    for number, cells in rows:
        try:
            values = parse(cells, found)
        except RowProblem as problem:
            report.errors.append(RowError(number, problem.msg))
            continue
        natural_key = values[key]
        if natural_key in first_row_of:
            report.errors.append(
                RowError(
                    number,
                    Msg(
                        f"与第{first_row_of[natural_key]}行重复（{natural_key}）",
                        f"Duplicate of row {first_row_of[natural_key]} ({natural_key})",
                    ),
                )
            )
            continue
        first_row_of[natural_key] = number
        good[natural_key] = values
    _upsert(session, model, key, good, report)
    if report.imported:
        append_event(
            session,
            f"registry.import_{entity}",
            "file",
            path.name,
            {
                "sha256": file_digest(path),
                "created": report.created,
                "updated": report.updated,
                "errors": len(report.errors),
            },
            officer_id=officer_id,
        )
    session.flush()
    return report


def _upsert(
    session: Session,
    model: type[Enterprise] | type[Officer],
    key: str,
    rows: dict[str, dict[str, Any]],
    report: ImportReport,
) -> None:
    """Insert new rows, update changed ones, leave equal ones untouched (looked up in chunks)."""
    keys = list(rows)
    column = getattr(model, key)
    for start in range(0, len(keys), UPSERT_CHUNK):
        chunk = keys[start : start + UPSERT_CHUNK]
        existing = {
            getattr(o, key): o for o in session.scalars(select(model).where(column.in_(chunk)))
        }
        for natural_key in chunk:
            values = rows[natural_key]
            current = existing.get(natural_key)
            if current is None:
                session.add(model(**values))
                report.created += 1
            elif _apply(current, values):
                report.updated += 1
            else:
                report.unchanged += 1
        session.flush()


def import_enterprises(
    session: Session, path: Path, officer_id: uuid.UUID | None = None
) -> ImportReport:
    return _run_import(
        session,
        path,
        col.ENTERPRISE_COLUMNS,
        col.REQUIRED_ENTERPRISE,
        _enterprise_fields,
        "credit_code",
        Enterprise,
        "enterprises",
        officer_id,
    )


def _role(text: str) -> Role | None:
    lowered = text.lower()
    for role, words in col.ROLE_WORDS.items():
        if lowered in words:
            return Role(role)
    return None


def import_officers(
    session: Session, path: Path, officer_id: uuid.UUID | None = None
) -> ImportReport:
    agencies = list(session.scalars(select(Agency)))
    by_name = {a.code: a for a in agencies} | {a.name: a for a in agencies}

    def parse(cells: list[object], found: dict[str, int]) -> dict[str, Any]:
        name = _text(cells, found, "name")
        number = _text(cells, found, "certificate_no").upper()
        if not name:
            raise RowProblem(Msg("姓名为空", "The name is empty"))
        if not number or not number.isalnum():
            raise RowProblem(
                Msg(
                    f"执法证号“{number}”为空或含有非法字符",
                    f"Certificate number '{number}' is empty or has invalid characters",
                )
            )
        agency_text = _text(cells, found, "agency")
        agency = by_name.get(agency_text)
        if agency is None:
            raise RowProblem(
                Msg(
                    f"所属机构“{agency_text}”不存在，请先建立该机构",
                    f"Agency '{agency_text}' does not exist; create it first",
                )
            )
        role_text = _text(cells, found, "role")
        role = _role(role_text)
        if role is None:
            raise RowProblem(
                Msg(
                    f"角色“{role_text}”应为 执法人员、审核人员 或 管理员",
                    f"Role '{role_text}' must be officer, reviewer or administrator",
                )
            )
        return {"name": name, "certificate_no": number, "agency_id": agency.id, "role": role}

    return _run_import(
        session,
        path,
        col.OFFICER_COLUMNS,
        col.REQUIRED_OFFICER,
        parse,
        "certificate_no",
        Officer,
        "officers",
        officer_id,
    )


EXPORT_FIELDS = (
    "credit_code",
    "name",
    "legal_representative",
    "address",
    "region_code",
    "industry",
    "permit_no",
    "permit_valid_to",
    "key_discharge_unit",
    "positive_list",
    "contact_person",
    "contact_phone",
    "longitude",
    "latitude",
)


def export_enterprises(session: Session, path: Path) -> int:
    """Write the registry in the import format (first header alias of each field)."""
    header = [col.ENTERPRISE_COLUMNS[f][0] for f in EXPORT_FIELDS]
    rows: list[list[object]] = []
    for ent in session.scalars(select(Enterprise).order_by(Enterprise.credit_code)):
        row: list[object] = []
        for name in EXPORT_FIELDS:
            value = getattr(ent, name)
            if isinstance(value, bool):
                value = col.format_bool(value)
            elif value is None:
                value = ""
            elif name == "permit_valid_to":
                value = value.isoformat()
            row.append(value)
        rows.append(row)
    write_table(path, header, rows)
    return len(rows)

"""The column headers of an agency's registry spreadsheets, and how to read their cells.

Agencies keep their registries in Excel with Chinese headers that vary a little (单位名称 or
企业名称); each field lists the headers we accept, Chinese and English.  The first header of
each field is the one an export writes, so an exported file imports back unchanged.
"""

from __future__ import annotations

import re
from datetime import date, datetime

ENTERPRISE_COLUMNS: dict[str, tuple[str, ...]] = {
    "credit_code": ("统一社会信用代码", "信用代码", "credit code", "unified social credit code"),
    "name": ("单位名称", "企业名称", "name", "enterprise name"),
    "legal_representative": ("法定代表人", "法人代表", "legal representative"),
    "address": ("地址", "单位地址", "address"),
    "region_code": ("行政区划代码", "区划代码", "region code"),
    "industry": ("行业", "行业类别", "industry"),
    "permit_no": ("排污许可证编号", "许可证编号", "permit number", "permit no"),
    "permit_valid_to": ("许可证有效期至", "有效期至", "permit valid to", "permit expiry"),
    "key_discharge_unit": ("重点排污单位", "key discharge unit"),
    "positive_list": ("正面清单", "positive list"),
    "contact_person": ("联系人", "contact person"),
    "contact_phone": ("联系电话", "contact phone", "phone"),
    "longitude": ("经度", "longitude"),
    "latitude": ("纬度", "latitude"),
}

OFFICER_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "name"),
    "certificate_no": ("执法证号", "执法证编号", "certificate number", "certificate no"),
    "agency": ("所属机构", "机构", "agency"),
    "role": ("角色", "role"),
}

REQUIRED_ENTERPRISE = ("credit_code", "name")
REQUIRED_OFFICER = ("name", "certificate_no", "agency")

ROLE_WORDS = {
    "officer": ("执法人员", "执法员", "officer", ""),
    "reviewer": ("审核人员", "审核", "法制审核", "reviewer"),
    "administrator": ("管理员", "administrator", "admin"),
}

_TRUE = {"是", "y", "yes", "true", "1", "√", "重点"}
_FALSE = {"否", "n", "no", "false", "0", "", "×"}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def header_key(text: str) -> str:
    return "".join(str(text).split()).lower().replace("_", "")


def map_headers(headers: list[object], columns: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Field name -> column index for the headers we recognise; unknown columns are ignored."""
    lookup = {header_key(alias): field for field, aliases in columns.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = lookup.get(header_key(str(header or "")))
        if field and field not in found:
            found[field] = index
    return found


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_bool(value: object) -> bool | None:
    text = cell_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def parse_date(value: object) -> date | str | None:
    """A date, None for an empty cell, or the offending text when it cannot be read."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return text
    return text


def format_bool(value: bool) -> str:
    return "是" if value else "否"

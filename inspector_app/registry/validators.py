"""Validators for the two identifiers officers type most: credit codes and ID numbers.

A wrong digit on a penalty decision can void it, so each failure says *what* is wrong (length,
a character, the check character, the birth date) instead of a bare "invalid".  Algorithms from
GB 32100-2015 and GB 11643-1999 as written down in shared/domain/reference.md §6.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector_app.i18n import Msg

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class Checked:
    """The normalised value, and the problem if there is one (``ok`` when ``problem`` is None)."""

    value: str
    problem: Msg | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _clean(raw: str) -> str:
    return "".join(raw.split()).replace("-", "").upper()


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def check_credit_code(raw: str) -> Checked:
    """统一社会信用代码: 18 characters, positions 3–8 digits, check character last."""
    code = _clean(raw)
    if len(code) != 18:
        return Checked(
            code,
            Msg(
                f"统一社会信用代码应为18位，现为{len(code)}位",
                f"A unified social credit code has 18 characters, this one has {len(code)}",
            ),
        )
    for pos, ch in enumerate(code, start=1):
        if ch not in USCC_ALPHABET:
            return Checked(
                code,
                Msg(
                    f"统一社会信用代码第{pos}位“{ch}”不是允许的字符（不含 I、O、S、V、Z）",
                    f"Character {pos} ('{ch}') is not allowed in a credit code (no I, O, S, V, Z)",
                ),
            )
    for pos in range(3, 9):
        if not code[pos - 1].isdigit():
            return Checked(
                code,
                Msg(
                    f"统一社会信用代码第{pos}位应为数字（第3–8位是行政区划代码）",
                    f"Character {pos} must be a digit (characters 3–8 are the region code)",
                ),
            )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        return Checked(
            code,
            Msg(
                f"统一社会信用代码校验位错误：第18位应为“{expected}”，现为“{code[17]}”，"
                "请核对前17位是否有误",
                f"Wrong check character: the 18th character should be '{expected}', not "
                f"'{code[17]}'; check the first 17 characters for a typo",
            ),
        )
    return Checked(code)


def id_check_char(first17: str) -> str:
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def check_id_number(raw: str) -> Checked:
    """居民身份证号码: 18 characters, a real birth date, ISO 7064 MOD 11-2 check character."""
    number = _clean(raw)
    if len(number) == 15 and number.isdigit():
        return Checked(
            number,
            Msg(
                "这是15位旧版身份证号码，请核对并填写18位号码",
                "This is a legacy 15-digit ID number; please enter the 18-digit number",
            ),
        )
    if len(number) != 18:
        return Checked(
            number,
            Msg(
                f"身份证号码应为18位，现为{len(number)}位",
                f"An ID number has 18 characters, this one has {len(number)}",
            ),
        )
    for pos, ch in enumerate(number[:17], start=1):
        if not ch.isdigit():
            return Checked(
                number,
                Msg(
                    f"身份证号码第{pos}位“{ch}”应为数字",
                    f"Character {pos} ('{ch}') of the ID number must be a digit",
                ),
            )
    if not (number[17].isdigit() or number[17] == "X"):
        return Checked(
            number,
            Msg(
                "身份证号码第18位应为数字或X",
                "The 18th character of an ID number must be a digit or X",
            ),
        )
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        born = None
    if born is None or born.year < 1900 or born > date.today():
        return Checked(
            number,
            Msg(
                f"身份证号码第7–14位出生日期“{number[6:14]}”不是有效日期",
                f"Characters 7–14 ('{number[6:14]}') are not a valid birth date",
            ),
        )
    expected = id_check_char(number[:17])
    if number[17] != expected:
        return Checked(
            number,
            Msg(
                f"身份证号码校验位错误：第18位应为“{expected}”，现为“{number[17]}”，"
                "请核对前17位是否有误",
                f"Wrong check character: the 18th character should be '{expected}', not "
                f"'{number[17]}'; check the first 17 digits for a typo",
            ),
        )
    return Checked(number)

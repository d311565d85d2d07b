"""Capital Chinese amounts: known values from published decisions and the writing rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.forms.amounts import (
    MAX_FEN,
    amount_text,
    arabic_amount,
    capital_amount,
    yuan_to_fen,
)

KNOWN = [
    ("123000", "壹拾贰万叁仟元整"),
    ("50000", "伍万元整"),
    ("545", "伍佰肆拾伍元整"),
    ("10", "壹拾元整"),
    ("200000", "贰拾万元整"),
    ("1000000", "壹佰万元整"),
    ("10005", "壹万零伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("101000", "壹拾万零壹仟元整"),
    ("1000100", "壹佰万零壹佰元整"),
    ("100000000", "壹亿元整"),
    ("100010000", "壹亿零壹万元整"),
    ("0", "零元整"),
    ("0.5", "伍角整"),
    ("0.05", "伍分"),
    ("123.45", "壹佰贰拾叁元肆角伍分"),
    ("123.05", "壹佰贰拾叁元零伍分"),
    ("100.5", "壹佰元伍角整"),
]


@pytest.mark.parametrize(("yuan", "words"), KNOWN)
def test_known_values(yuan: str, words: str) -> None:
    assert capital_amount(yuan_to_fen(yuan)) == words


def test_printed_form_has_both() -> None:
    assert amount_text(545_00) == "伍佰肆拾伍元整（¥545元）"
    assert arabic_amount(545_50) == "¥545.50元"


@pytest.mark.parametrize("bad", [-1, MAX_FEN + 1])
def test_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        capital_amount(bad)


def test_sub_fen_and_floats_refused() -> None:
    with pytest.raises(ValueError):
        yuan_to_fen("1.005")
    with pytest.raises(TypeError):
        capital_amount(1.5)  # type: ignore[arg-type]


DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def parse(words: str) -> int:
    """An independent reader of capital amounts (back to fen), to check the writer."""
    body = words.removesuffix("整")
    yuan_part, _, rest = body.rpartition("元") if "元" in body else ("", "", body)
    fen = 0
    if rest:
        jiao = re.search(r"(.)角", rest)
        cents = re.search(r"(.)分", rest)
        fen += DIGIT[jiao.group(1)] * 10 if jiao else 0
        fen += DIGIT[cents.group(1)] if cents else 0
    total = section = number = 0
    for char in yuan_part.replace("零", ""):
        if char in DIGIT:
            number = DIGIT[char]
        elif char in SMALL:
            section += number * SMALL[char]
            number = 0
        elif char == "万":
            total += (section + number) * 10_000
            section = number = 0
        elif char == "亿":
            total = (total + section + number) * 100_000_000
            section = number = 0
    return (total + section + number) * 100 + fen


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_round_trip(fen: int) -> None:
    assert parse(capital_amount(fen)) == fen


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_writing_rules(fen: int) -> None:
    words = capital_amount(fen)
    if fen == 0:
        assert words == "零元整"
        return
    assert set(words) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
    assert "零零" not in words  # a run of zeros is one 零
    assert not re.search(r"零[元万亿整]", words)  # no zero before a unit or the end
    assert words.endswith(("整", "分"))
    assert words.endswith("分") == (fen % 10 != 0)
    if fen >= 100:
        assert not words.startswith("零") and "元" in words
    assert not re.search(r"(^|[^壹贰叁肆伍陆柒捌玖])拾", words)  # 壹拾, never a bare 拾

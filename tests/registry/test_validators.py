"""Credit codes (GB 32100-2015) and ID numbers (GB 11643-1999): known cases and properties."""

import random
import string
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from inspector_app.registry.validators import (
    USCC_ALPHABET,
    check_credit_code,
    check_id_number,
    id_check_char,
    uscc_check_char,
)

credit_body = st.tuples(
    st.text(alphabet=USCC_ALPHABET, min_size=2, max_size=2),
    st.text(alphabet=string.digits, min_size=6, max_size=6),
    st.text(alphabet=USCC_ALPHABET, min_size=9, max_size=9),
).map("".join)


def test_known_valid_credit_code() -> None:
    assert check_credit_code("91110000600037341L").ok
    assert check_credit_code(" 9111 0000-6000 3734 1l ").value == "91110000600037341L"


def test_credit_code_messages_say_what_is_wrong() -> None:
    wrong_check = check_credit_code("91110000600037341M").problem
    assert wrong_check is not None and "应为“L”" in wrong_check.zh and "'L'" in wrong_check.en
    short = check_credit_code("9111000060003734").problem
    assert short is not None and "现为16位" in short.zh
    letter_o = check_credit_code("9111000060003734OL").problem
    assert letter_o is not None and "第17位“O”" in letter_o.zh
    region = check_credit_code("911A0000600037341L").problem
    assert region is not None and "第4位应为数字" in region.zh


@given(credit_body)
def test_any_body_with_its_check_char_is_valid(body: str) -> None:
    assert check_credit_code(body + uscc_check_char(body)).ok


@given(credit_body, st.integers(min_value=0, max_value=16), st.sampled_from(USCC_ALPHABET))
def test_a_single_changed_character_is_caught(body: str, pos: int, new: str) -> None:
    code = body + uscc_check_char(body)
    if new == code[pos] or (2 <= pos < 8 and not new.isdigit()):
        return
    altered = code[:pos] + new + code[pos + 1 :]
    # Weights are powers of 3 mod the prime 31, so every single substitution changes the sum.
    assert not check_credit_code(altered).ok


def test_known_id_numbers() -> None:
    assert check_id_number("360426199101010071").ok
    assert check_id_number("11010519491231002x").value == "11010519491231002X"
    assert check_id_number("11010519491231002x").ok


def test_id_number_messages() -> None:
    digit = check_id_number("360426199101010072").problem
    assert digit is not None and "应为“1”" in digit.zh
    birth = check_id_number("110105194913310021").problem
    assert birth is not None and "出生日期" in birth.zh and "19491331" in birth.zh
    legacy = check_id_number("110105491231002").problem
    assert legacy is not None and "15位" in legacy.zh
    letter = check_id_number("3604261991010100A1").problem
    assert letter is not None and "第17位" in letter.zh


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    st.text(alphabet=string.digits, min_size=6, max_size=6),
    st.text(alphabet=string.digits, min_size=3, max_size=3),
)
def test_id_with_real_birth_date_and_check_is_valid(born: date, area: str, seq: str) -> None:
    body = f"{area}{born:%Y%m%d}{seq}"
    assert check_id_number(body + id_check_char(body)).ok


@given(st.integers(min_value=0, max_value=16), st.integers(min_value=1, max_value=9))
def test_id_single_digit_error_is_caught(pos: int, delta: int) -> None:
    body = "36042619910101007"
    altered = body[:pos] + str((int(body[pos]) + delta) % 10) + body[pos + 1 :]
    result = check_id_number(altered + id_check_char(body))
    assert not result.ok


def test_random_strings_are_rejected_not_crashing() -> None:
    rng = random.Random(1)
    for _ in range(500):
        junk = "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 25)))
        check_credit_code(junk)
        check_id_number(junk)

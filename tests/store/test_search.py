"""Enterprise search as an officer types: Chinese substrings, pinyin initials, code prefixes."""

import random

import pytest

from inspector_app.registry.demo import make_credit_code
from inspector_app.store import Enterprise
from inspector_app.store.engine import Database
from inspector_app.store.search import search

NAMES = [
    "兰州某精细化工有限公司",
    "重庆长江化工厂",
    "兰州新区水泥有限公司",
    "甘肃陇原制药股份有限公司",
    "兰州化学工业公司",
    "白银有色金属有限公司",
    "ＡＢＣ包装（兰州）有限公司",
]


@pytest.fixture
def filled(db: Database) -> Database:
    rng = random.Random(3)
    with db.session() as s:
        for i, name in enumerate(NAMES):
            region = "500000" if "重庆" in name else "620104"
            s.add(
                Enterprise(
                    credit_code=make_credit_code(region, rng),
                    name=name,
                    region_code=region,
                    key_discharge_unit=i % 2 == 0,
                )
            )
    return db


def names(db: Database, query: str) -> list[str]:
    with db.session() as s:
        return [h.enterprise.name for h in search(s, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("化工", ["重庆长江化工厂", "兰州某精细化工有限公司"]),  # earlier match position first
        ("精细化工", ["兰州某精细化工有限公司"]),
        ("兰州新区", ["兰州新区水泥有限公司"]),
        ("陇原制药", ["甘肃陇原制药股份有限公司"]),
        ("兰州水泥", ["兰州新区水泥有限公司"]),  # two runs with a gap, in order
        ("水泥兰州", []),  # ...but not out of order
        ("abc包装", ["ＡＢＣ包装（兰州）有限公司"]),  # full-width letters fold
    ],
)
def test_chinese_substrings(filled: Database, query: str, expected: list[str]) -> None:
    assert names(filled, query) == expected


def test_single_character_query(filled: Database) -> None:
    assert set(names(filled, "泥")) == {"兰州新区水泥有限公司"}
    assert len(names(filled, "兰")) == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cqcj", ["重庆长江化工厂"]),  # 重庆 is cq (phrase-aware), not zq
        ("lzhg", ["兰州某精细化工有限公司"]),  # 兰州…化工: initials with a gap
        ("gslyzy", ["甘肃陇原制药股份有限公司"]),
        ("LZXQ", ["兰州新区水泥有限公司"]),
    ],
)
def test_pinyin_initials(filled: Database, query: str, expected: list[str]) -> None:
    assert names(filled, query) == expected


def test_exact_and_prefix_rank_first(filled: Database) -> None:
    assert names(filled, "兰州化学工业公司")[0] == "兰州化学工业公司"
    assert names(filled, "兰州")[0].startswith("兰州")


def test_credit_code_prefix(filled: Database) -> None:
    with filled.session() as s:
        hits = search(s, "915000")
    assert [(h.enterprise.name, h.matched) for h in hits] == [("重庆长江化工厂", "code")]


def test_results_are_limited_and_empty_query_finds_nothing(filled: Database) -> None:
    with filled.session() as s:
        assert len(search(s, "公司", limit=2)) == 2
        assert search(s, "   ") == []
        assert search(s, "!!!") == []
        assert search(s, '"化工" OR *') is not None  # FTS syntax in input is not an injection


def test_deleted_enterprise_leaves_the_index(filled: Database) -> None:
    with filled.session() as s:
        target = search(s, "白银")[0].enterprise
        s.delete(target)
    assert names(filled, "白银") == []

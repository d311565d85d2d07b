"""The discretion calculator against the worked examples of reference.md §3.3–3.5."""

from datetime import date

import pytest

from inspector_app.i18n import UserError
from inspector_app.law import calculate

DAY = date(2026, 3, 1)
B_FIRST = {"pollutant_count": "1", "pollutant_class": "b", "area": "general", "period": "normal"}
MINOR_FIRST = {"correction": "corrected", "consequences": "minor"}

# (id, violation, factors, base, outcome, amount, phrases the explanation must contain)
CASES = [
    # §3.4 Guangdong weighted sum, 大气法 99(2): 10+0+8+0+0+2+0 = 20 % of 100万.
    (
        "gd-worked-example",
        "V1",
        {**B_FIRST, "exceedance": "lt3"},
        None,
        "normal",
        200_000,
        ["合计20%", "贰拾万元整"],
    ),
    (
        "gd-second-time",
        "V1",
        {**B_FIRST, "exceedance": "lt3", "repeats": 1},
        None,
        "normal",
        240_000,
        ["2次 4%", "合计24%"],
    ),
    (
        "gd-all-maximal",
        "V1",
        {
            "pollutant_count": "3+",
            "pollutant_class": "a",
            "area": "sensitive",
            "period": "alert",
            "exceedance": "ge20",
            "repeats": 3,
        },
        None,
        "normal",
        1_000_000,
        ["合计100%"],
    ),
    (
        "gd-numeric-exceedance",
        "V1",
        {**B_FIRST, "exceedance": "5"},
        None,
        "normal",
        260_000,
        ["超标3倍以上8倍以下"],
    ),
    (
        "gd-unknown-is-lowest",
        "V1",
        {"pollutant_class": "vocs"},
        None,
        "normal",
        150_000,
        ["未提供，按最低档"],
    ),
    (
        "gd-apology-30",
        "V1",
        {"pollutant_class": "vocs", "public_apology": "yes", "correction": "corrected"},
        None,
        "normal",
        105_000,
        ["减少30%"],
    ),
    (
        "gd-apology-clamped",
        "V1",
        {
            "pollutant_class": "vocs",
            "public_apology": "yes",
            "correction": "corrected",
            "apology_percent": 50,
        },
        None,
        "normal",
        100_000,
        ["减少50%", "按法定最低额100,000元确定"],
    ),
    (
        "gd-apology-refused-for-repeat",
        "V1",
        {
            "pollutant_class": "vocs",
            "public_apology": "yes",
            "correction": "corrected",
            "repeats": 1,
        },
        None,
        "normal",
        190_000,
        ["不予减轻"],
    ),
    (
        "gd-lighter-below-middle",
        "V1",
        {
            "pollutant_class": "a",
            "area": "sensitive",
            "exceedance": "ge20",
            "cooperation": "meritorious",
        },
        None,
        "lighter",
        325_000,
        ["低于法定幅度中间值"],
    ),
    # §3.4 default placement (Guangdong Art. 12).
    ("range-normal-midpoint", "V5", {}, None, "normal", 110_000, ["取中间值"]),
    ("range-heavier", "V5", {"fault": "intentional"}, None, "heavier", 155_000, ["从重情节：故意"]),
    ("range-lighter", "V5", {"cooperation": "confessed"}, None, "lighter", 65_000, ["第三十二条"]),
    (
        "range-both-cancel",
        "V5",
        {"cooperation": "confessed", "fault": "intentional"},
        None,
        "normal",
        110_000,
        ["综合考虑按一般处罚"],
    ),
    ("repeat-is-aggravating", "V5", {"repeats": 2}, None, "heavier", 155_000, ["不含本次）：2"]),
    ("long-duration", "V5", {"duration_days": 120}, None, "heavier", 155_000, ["持续天数"]),
    ("multiple-middle", "V30", {}, 300_000, "normal", 1_200_000, ["900,000元至1,500,000元"]),
    ("multiple-min-base", "V30", {}, 100_000, "normal", 800_000, ["按200,000元计"]),
    ("max-only-normal", "V18", {}, None, "normal", 25_000, ["最高额的50%"]),
    (
        "max-only-lighter",
        "V18",
        {"correction": "eliminated"},
        None,
        "lighter",
        10_000,
        ["最高额的20%"],
    ),
    ("per-instance", "V17", {"instances": 3}, None, "normal", 37_500, ["3次"]),
    # §3.3 Gansu-style tiers: the Lanzhou 2024 decision (情节较重 → 38 000 元).
    (
        "gs-lanzhou",
        "V6",
        {"control_measures": "partial", "storage_volume": "lt50"},
        None,
        "normal",
        38_000,
        ["裁量认定：情节较重", "叁万捌仟元整"],
    ),
    (
        "gs-numeric-volume",
        "V6",
        {"control_measures": "full", "storage_volume": "30"},
        None,
        "normal",
        25_000,
        ["情节一般"],
    ),
    (
        "gs-lighter-low-end",
        "V6",
        {"control_measures": "partial", "cooperation": "confessed"},
        None,
        "lighter",
        30_000,
        ["档内0%"],
    ),
    (
        "gs-two-repeats-top",
        "V6",
        {"control_measures": "partial", "repeats": 2},
        None,
        "normal",
        46_000,
        ["在档内从高确定"],
    ),
    (
        "gs-three-repeats-tier-up",
        "V6",
        {"control_measures": "partial", "repeats": 3},
        None,
        "normal",
        100_000,
        ["上调1档", "情节严重"],
    ),
    # §3.5 no penalty for a minor first violation corrected in time.
    (
        "np-air-excess",
        "V1",
        {**B_FIRST, **MINOR_FIRST, "exceed_multiple": 0.05},
        None,
        "no_penalty",
        None,
        ["初次违法", "第三十三条第一款"],
    ),
    (
        "np-hw-signs",
        "V24",
        {**MINOR_FIRST, "first_in_year": "yes"},
        None,
        "no_penalty",
        None,
        ["危险废物识别标志"],
    ),
    ("np-eia-registration", "V20", MINOR_FIRST, None, "no_penalty", None, ["登记表"]),
    (
        "np-water-ph",
        "V8",
        {**MINOR_FIRST, "pollutant_count": "1", "pollutant_class": "ph", "ph_value": 9},
        None,
        "no_penalty",
        None,
        ["pH"],
    ),
    (
        "np-minor-harmless",
        "V11",
        {"minor": "yes", "correction": "corrected", "consequences": "none"},
        None,
        "no_penalty",
        None,
        ["没有造成危害后果", "不予行政处罚"],
    ),
    ("np-no-fault", "V5", {"fault": "none"}, None, "no_penalty", None, ["没有主观过错"]),
    # ... and what disqualifies it, said in the explanation.
    (
        "np-repeat-disqualifies",
        "V1",
        {**B_FIRST, **MINOR_FIRST, "exceed_multiple": 0.05, "repeats": 1},
        None,
        "normal",
        240_000,
        ["两年内已有同类违法行为1次", "不适用首违不罚"],
    ),
    (
        "np-first-claimed-but-repeat",
        "V24",
        {**MINOR_FIRST, "first_in_year": "yes", "first_violation": "yes", "repeats": 2},
        None,
        "heavier",
        775_000,
        ["不属于初次违法", "不适用首违不罚"],
    ),
    (
        "np-protected-zone",
        "V24",
        {**MINOR_FIRST, "first_in_year": "yes", "circumstances": "sensitive_area"},
        None,
        "heavier",
        775_000,
        ["饮用水水源保护区"],
    ),
    (
        "np-too-much-hw",
        "V28",
        {**MINOR_FIRST, "quantity_t": 0.2, "hazardous_kind": "ordinary"},
        None,
        "normal",
        550_000,
        ["超过0.1"],
    ),
    (
        "np-repeat-said-even-without-list-facts",
        "V24",
        {**MINOR_FIRST, "repeats": 1},
        None,
        "heavier",
        775_000,
        ["已有同类违法行为1次，不属于初次违法，不适用首违不罚"],
    ),
    ("unspecified-amount", "V36", {}, None, "normal", None, ["法律未规定罚款幅度"]),
]


@pytest.mark.parametrize(
    ("violation", "factors", "base", "outcome", "amount", "phrases"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_worked_examples(
    catalogue, discretion_data, violation, factors, base, outcome, amount, phrases
) -> None:
    result = calculate(
        catalogue,
        discretion_data,
        violation,
        factors,
        violation_date=DAY,
        decision_date=DAY,
        base_amount=base,
    )
    assert (result.outcome, result.amount) == (outcome, amount), result.explanation_zh
    for phrase in phrases:
        assert phrase in result.explanation_zh, result.explanation_zh
    if amount is not None:
        assert (result.legal_min or 0) <= amount
        assert result.legal_max is None or amount <= result.legal_max


def test_explanation_cites_the_provisions_for_the_decision(catalogue, discretion_data) -> None:
    result = calculate(catalogue, discretion_data, "V5", {}, violation_date=DAY, decision_date=DAY)
    text = result.explanation_zh
    assert "违反了《大气污染防治法》第四十五条、第四十六条、第四十七条的规定" in text
    assert "依据《大气污染防治法》第一百零八条" in text
    assert text.endswith("处罚款人民币壹拾壹万元整（110,000元）。")
    assert result.to_dict()["rule"]["violation_code"] == "V5"


def test_the_code_regime_is_used_for_later_acts(catalogue, discretion_data) -> None:
    later = date(2026, 9, 1)
    result = calculate(
        catalogue, discretion_data, "V24", {}, violation_date=later, decision_date=later
    )
    assert result.rule.regime == "code" and result.amount == 125_000


def test_pending_code_article_is_warned_in_the_explanation(catalogue, discretion_data) -> None:
    later = date(2026, 9, 1)
    result = calculate(
        catalogue, discretion_data, "V22", {}, violation_date=later, decision_date=later
    )
    assert result.warnings and "不能依据法典制发" in result.explanation_zh


@pytest.mark.parametrize(
    ("factors", "base", "message"),
    [
        ({"nonsense": "1"}, None, "没有裁量因素 nonsense"),
        ({"area": "moon"}, None, "取值“moon”无效"),
        ({"repeats": "-1"}, None, "不能小于 0"),
        ({"repeats": "many"}, None, "应为数字"),
        ({"times_in_window": "2"}, None, "没有裁量因素"),
    ],
)
def test_bad_factors_are_refused(catalogue, discretion_data, factors, base, message) -> None:
    with pytest.raises(UserError, match=message):
        calculate(catalogue, discretion_data, "V1", factors, violation_date=DAY, base_amount=base)


def test_a_base_is_required_for_multiples(catalogue, discretion_data) -> None:
    with pytest.raises(UserError, match="--base"):
        calculate(catalogue, discretion_data, "V30", {}, violation_date=DAY, decision_date=DAY)


@pytest.mark.parametrize(("factors", "amount"), [({}, 40_000), ({"fault": "intentional"}, 100_000)])
def test_minimum_only_fines_use_multiples_of_the_minimum(law_copy, factors, amount) -> None:
    """Guangdong Art. 12: only a minimum given → normal 2 × minimum, heavier 5 × minimum."""
    from inspector_app.law import load_catalogue, load_discretion

    path = law_copy / "violations.yaml"
    text = path.read_text(encoding="utf-8")
    old = "penalizing: [apl-108]\n        fine: {kind: range, min: 20000, max: 200000}"
    assert old in text
    path.write_text(text.replace(old, old.replace(", max: 200000", "")), encoding="utf-8")
    result = calculate(
        load_catalogue(law_copy),
        load_discretion(law_copy / "discretion"),
        "V5",
        factors,
        violation_date=DAY,
        decision_date=DAY,
    )
    assert result.amount == amount and "20,000元以上" in result.explanation_zh
    assert "最低罚款额" in result.explanation_zh


def test_one_provinces_benchmark_is_not_applied_to_another_provinces_agency(
    catalogue, discretion_data
) -> None:
    """A Lanzhou agency (620100) must not print 'according to Guangdong's benchmark', nor the
    Gansu structure example's placeholder amounts; a Guangzhou agency uses its table."""
    factors = {**B_FIRST, "exceedance": "lt3"}
    args = {"violation_date": DAY, "decision_date": DAY}
    guangzhou = calculate(catalogue, discretion_data, "V1", factors, province="440100", **args)
    assert "广东省" in guangzhou.explanation_zh and guangzhou.amount == 200_000
    lanzhou = calculate(catalogue, discretion_data, "V1", {}, province="620100", **args)
    assert "广东" not in lanzhou.explanation_zh and lanzhou.amount
    dust = calculate(catalogue, discretion_data, "V6", {}, province="620100", **args)
    assert "示例" not in dust.explanation_zh and "占位" not in dust.explanation_zh


def test_without_a_provincial_list_the_laws_first_violation_rule_applies(
    catalogue, discretion_data
) -> None:
    """Art. 33 ¶1 is national law: a province without a no-penalty list still has it; a
    province with a list keeps to its list."""
    args = {"violation_date": DAY, "decision_date": DAY}
    factors = {**MINOR_FIRST, "repeats": 0}
    lanzhou = calculate(catalogue, discretion_data, "V24", factors, province="620100", **args)
    assert lanzhou.outcome == "no_penalty"
    assert "《行政处罚法》第三十三条第一款" in lanzhou.explanation_zh
    assert "广东" not in lanzhou.explanation_zh
    guangzhou = calculate(catalogue, discretion_data, "V24", factors, province="440100", **args)
    assert guangzhou.outcome != "no_penalty"  # V24 is not on Guangdong's list
    again = calculate(
        catalogue, discretion_data, "V24", {**MINOR_FIRST, "repeats": 1}, province="62", **args
    )
    assert again.outcome != "no_penalty" and "不属于初次违法" in again.explanation_zh

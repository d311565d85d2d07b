"""Which law applies around 2026-08-15 (行政处罚法第三十七条; continuing acts)."""

from datetime import date

import pytest

from inspector_app.i18n import UserError

CODE_DAY = date(2026, 8, 15)


def test_act_and_decision_before_the_code_use_the_old_law(catalogue) -> None:
    rule = catalogue.applicable("V1", date(2026, 3, 1), decision_date=date(2026, 5, 1))
    assert rule.regime == "pre_code"
    assert rule.penalizing[0].citation_zh == "《大气污染防治法》第九十九条第（二）项"
    assert (rule.fine.min, rule.fine.max) == (100_000, 1_000_000)
    assert "2026年3月1日" in rule.reason_zh and "大气污染防治法" in rule.reason_zh


def test_act_on_the_effective_day_uses_the_code(catalogue) -> None:
    rule = catalogue.applicable("V1", CODE_DAY, decision_date=CODE_DAY)
    assert rule.regime == "code"
    assert rule.penalizing[0].citation_zh == "《生态环境法典》第一千一百零七条"
    assert rule.prohibiting[0].citation_zh == "《生态环境法典》第一百五十一条"


def test_act_the_day_before_decided_later_keeps_the_old_law_when_not_lighter(catalogue) -> None:
    # Obstruction: the Code raises the floor from 2万 to 5万, so the old law stays.
    rule = catalogue.applicable("V7", date(2026, 8, 14), decision_date=date(2026, 9, 1))
    assert rule.regime == "pre_code"
    assert rule.compared_regime == "code"
    assert "不轻于原规定" in rule.reason_zh and "第三十七条" in rule.reason_zh


def test_lighter_new_rule_applies_to_an_old_act(catalogue) -> None:
    # HW signs: 10万–100万 before, 5万–20万 under Code Art. 1175(一).
    rule = catalogue.applicable("V24", date(2026, 3, 1), decision_date=date(2026, 9, 1))
    assert rule.regime == "code"
    assert (rule.fine.min, rule.fine.max) == (50_000, 200_000)
    assert "新规定处罚较轻" in rule.reason_zh and "从旧兼从轻" in rule.reason_zh


def test_fine_only_on_refusal_counts_as_lighter(catalogue) -> None:
    # Industrial solid-waste ledger: same range, but the Code fines only after a refusal.
    rule = catalogue.applicable("V32", date(2026, 3, 1), decision_date=date(2026, 9, 1))
    assert rule.regime == "code" and rule.fine.on_refusal_only


def test_mandatory_detention_makes_the_new_rule_heavier(catalogue) -> None:
    # Evasion: same fine, but the Code makes restriction and detention mandatory.
    rule = catalogue.applicable("V2", date(2026, 3, 1), decision_date=date(2026, 9, 1))
    assert rule.regime == "pre_code"


def test_a_continuing_act_past_the_effective_date_falls_under_the_code(catalogue) -> None:
    rule = catalogue.applicable(
        "V7", date(2026, 7, 1), continuing_until=date(2026, 8, 20), decision_date=date(2026, 9, 1)
    )
    assert rule.regime == "code"
    assert rule.act_date == date(2026, 8, 20)
    assert "持续" in rule.reason_zh and "继续状态" in rule.reason_zh


def test_a_continuing_act_that_ended_before_stays_under_the_old_law(catalogue) -> None:
    rule = catalogue.applicable(
        "V7", date(2026, 7, 1), continuing_until=date(2026, 8, 14), decision_date=date(2026, 8, 14)
    )
    assert rule.regime == "pre_code"


def test_investment_percentage_needs_the_base_to_compare(catalogue) -> None:
    old = date(2026, 3, 1)
    later = date(2026, 9, 1)
    unknown = catalogue.applicable("V19", old, decision_date=later)
    assert unknown.regime == "pre_code" and unknown.fine.needs_base
    assert "总投资额" in unknown.reason_zh
    # 1 000 万 invested: 10万–50万 before, 20万–100万 under the Code → the old law.
    small = catalogue.applicable("V19", old, decision_date=later, base_amount=10_000_000)
    assert small.regime == "pre_code" and (small.fine.min, small.fine.max) == (100_000, 500_000)
    # 1 亿 invested: 100万–500万 before → the Code's 20万–100万 is lighter.
    large = catalogue.applicable("V19", old, decision_date=later, base_amount=100_000_000)
    assert large.regime == "code" and (large.fine.min, large.fine.max) == (200_000, 1_000_000)


def test_multiple_of_disposal_cost_uses_the_minimum_base(catalogue) -> None:
    rule = catalogue.applicable(
        "V30", date(2026, 3, 1), decision_date=date(2026, 3, 1), base_amount=50_000
    )
    assert (rule.fine.min, rule.fine.max) == (600_000, 1_000_000)
    rule = catalogue.applicable(
        "V30", date(2026, 3, 1), decision_date=date(2026, 3, 1), base_amount=300_000
    )
    assert (rule.fine.min, rule.fine.max) == (900_000, 1_500_000)


def test_per_instance_fine_multiplies(catalogue) -> None:
    rule = catalogue.applicable(
        "V17", date(2026, 3, 1), decision_date=date(2026, 3, 1), instances=3
    )
    assert (rule.fine.min, rule.fine.max) == (15_000, 60_000)


def test_dates_the_catalogue_does_not_cover_are_refused(catalogue) -> None:
    with pytest.raises(UserError, match="只收录"):
        catalogue.applicable("V24", date(2019, 5, 1), decision_date=date(2019, 6, 1))
    with pytest.raises(UserError, match="终了日期不能早于"):
        catalogue.applicable("V1", date(2026, 5, 1), continuing_until=date(2026, 4, 1))
    with pytest.raises(UserError, match="V99"):
        catalogue.applicable("V99", date(2026, 5, 1))


def test_a_variant_compares_like_with_like(catalogue) -> None:
    old, later = date(2026, 3, 1), date(2026, 9, 1)
    # Manifest breaches: 5万–20万 under the Code is lighter.
    assert catalogue.applicable("V27", old, decision_date=later).regime == "code"
    # Unapproved transfer: 20万–200万 under the Code is heavier, so the old law stays.
    rule = catalogue.applicable("V27", old, decision_date=later, variant="unapproved_transfer")
    assert rule.regime == "pre_code" and rule.variant == "unapproved_transfer"
    assert "20万" not in rule.reason_zh and "200,000元以上2,000,000元以下" in rule.reason_zh
    # Unlicensed collection/storage: the Code's 20万–100万 is lighter than 100万–500万.
    rule = catalogue.applicable("V31", old, decision_date=later, variant="collect_store")
    assert rule.regime == "code" and (rule.fine.min, rule.fine.max) == (200_000, 1_000_000)
    assert rule.penalizing[0].citation_zh == "《生态环境法典》第一千一百七十八条第一款"
    with pytest.raises(UserError, match="没有情形 nope"):
        catalogue.applicable("V31", old, variant="nope")

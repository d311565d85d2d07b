"""The discretion calculator: from a violation and its circumstances to a proposed outcome.

It applies, in this order (reference.md §3): no penalty without fault or for a minor first
violation corrected in time (行政处罚法第三十三条, the province's list); otherwise the province's
table for the violation (weighted sum, or factor → tier → band) or, without one, the default
placement inside the legal range; lighter / heavier circumstances (Art. 32 and the benchmark's
aggravating list) move the amount below / above the middle; the public-apology reduction; and
finally the clamp to the legal range.  The result carries every step in Chinese so the prior
notice and the decision can print the reasoning (说理式执法).  Nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from inspector_app.i18n import Msg, UserError
from inspector_app.law.applicable import ApplicableRule, join_citations
from inspector_app.law.catalogue import Catalogue
from inspector_app.law.citation import capital_yuan, yuan
from inspector_app.law.discretion_data import DiscretionData, Factor, Table, TiersTable
from inspector_app.law.discretion_rules import (
    Circumstances,
    FactorValue,
    Outcome,
    ParsedFactors,
    no_penalty_reason,
    parse_factors,
)

OUTCOME_ZH = {
    "no_penalty": "不予行政处罚",
    "lighter": "从轻处罚",
    "normal": "一般处罚",
    "heavier": "从重处罚",
}


@dataclass(frozen=True)
class DiscretionResult:
    """A proposal for the officer, with the reasons to print in the prior notice and decision."""

    violation_code: str
    outcome: Outcome
    outcome_zh: str
    amount: int | None
    amount_capital_zh: str | None
    legal_min: int | None
    legal_max: int | None
    table_code: str | None
    table_title_zh: str | None
    factors: tuple[FactorValue, ...]
    steps: tuple[str, ...]
    explanation_zh: str
    clamped: bool
    rule: ApplicableRule
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rule"] = self.rule.to_dict()
        return data


def calculate(
    catalogue: Catalogue,
    data: DiscretionData,
    violation_code: str,
    factors: Mapping[str, str | float | int],
    *,
    violation_date: date,
    continuing_until: date | None = None,
    decision_date: date | None = None,
    base_amount: float | None = None,
    province: str | None = None,
    variant: str | None = None,
) -> DiscretionResult:
    """Propose an outcome; ``factors`` maps factor names to values (``repeats`` is the number
    of earlier same violations in the window: see :func:`.history.count_prior_violations`)."""
    violation = catalogue.violation(violation_code)
    tables = data.tables_for(violation.code, province)
    table = tables[0] if tables else None
    parsed = parse_factors(data, violation.code, table, factors, province)
    instances = int(parsed.numbers.get("instances", 1))
    rule = catalogue.applicable(
        violation.code,
        violation_date,
        continuing_until,
        decision_date=decision_date,
        base_amount=base_amount,
        instances=instances,
        variant=variant,
    )
    steps: list[str] = []
    circ = parsed.circumstances
    reason = no_penalty_reason(data, violation.code, parsed, steps, province)
    if reason is not None:
        return _result(rule, "no_penalty", None, table, parsed, steps, reason, False)
    fine = rule.fine
    if fine.needs_base:
        raise UserError(
            Msg(
                f"{violation.code} 的罚款按{fine.base_zh}计算，请提供计罚基数（--base）",
                f"The fine of {violation.code} is computed from a base amount: give --base",
            )
        )
    outcome = circ.outcome()
    steps.extend(circ.describe())
    if fine.kind == "unspecified":
        steps.append("法律未规定罚款幅度，由执法人员依地方性法规或者规章确定罚款数额。")
        return _result(rule, outcome, None, table, parsed, steps, None, False)
    low, high = fine.min or 0, fine.max
    if isinstance(table, TiersTable):
        amount = _tiers(table, parsed, outcome, steps)
    elif table is not None:
        amount = _weights(table, parsed, high, steps)
        amount = _shift(data, amount, low, high, outcome, steps)
    else:
        amount = _default_placement(data, low, high, outcome, steps)
    amount = _apology(data, violation.code, rule, parsed, outcome, amount, steps)
    clamped = False
    if amount < low:
        steps.append(f"计算结果{yuan(amount)}低于法定最低罚款额，按法定最低额{yuan(low)}确定。")
        amount, clamped = low, True
    if high is not None and amount > high:
        steps.append(f"计算结果{yuan(amount)}高于法定最高罚款额，按法定最高额{yuan(high)}确定。")
        amount, clamped = high, True
    return _result(rule, outcome, round(amount), table, parsed, steps, None, clamped)


def _weights(table: Table, parsed: ParsedFactors, high: float | None, steps: list[str]) -> float:
    assert table.mode == "weights" and high is not None
    total = table.start_percent
    parts = [f"裁量起点{table.start_percent:g}%"]
    for factor in table.factors:
        chosen = parsed.table_values[factor.name]
        weight = chosen.weight or 0
        total += weight
        note = "（未提供，按最低档）" if chosen.assumed else ""
        parts.append(f"{factor.label_zh}：{chosen.value_label_zh}{note} {weight:g}%")
    capped = min(total, table.cap_percent)
    steps.append(f"依据{table.title_zh}（{table.source_zh}），权重累加：" + "；".join(parts) + "。")
    cap_note = f"，超过上限按{table.cap_percent:g}%计" if total > table.cap_percent else ""
    amount = capped / 100 * high
    steps.append(f"合计{total:g}%{cap_note}，乘以法定最高罚款额{yuan(high)}，得{yuan(amount)}。")
    return amount


def _tiers(table: TiersTable, parsed: ParsedFactors, outcome: str, steps: list[str]) -> float:
    level = 0
    parts = []
    for factor in table.factors:
        chosen = parsed.table_values[factor.name]
        level = max(level, chosen.tier or 1)
        note = "（未提供，按最低档）" if chosen.assumed else ""
        parts.append(f"{factor.label_zh}：{chosen.value_label_zh}{note}")
    repeats = parsed.numbers.get("repeats", 0)
    point = table.placement.model_dump()[outcome]
    for rule in sorted(table.repeat_rules, key=lambda r: r.at_least):
        if repeats >= rule.at_least:
            if rule.tier_up:
                level += rule.tier_up
                steps.append(f"两年内同类违法{repeats:g}次，裁量档次上调{rule.tier_up}档。")
            if rule.placement is not None:
                point = max(point, rule.placement)
                steps.append(f"两年内同类违法{repeats:g}次，在档内从高确定。")
    tier = table.tier(level)
    steps.append(f"依据{table.title_zh}：" + "；".join(parts) + f"；裁量认定：{tier.name_zh}。")
    amount = tier.min + point * (tier.max - tier.min)
    steps.append(
        f"{tier.name_zh}档罚款幅度为{yuan(tier.min)}至{yuan(tier.max)}，"
        f"{OUTCOME_ZH[outcome]}按档内{point:.0%}位置确定，为{yuan(amount)}。"
    )
    return amount


def _shift(
    data: DiscretionData,
    amount: float,
    low: float,
    high: float | None,
    outcome: str,
    steps: list[str],
) -> float:
    """Lighter stays below, heavier at or above the middle of the legal range (Art. 12)."""
    if high is None or outcome == "normal":
        return amount
    middle = low + (high - low) / 2
    if outcome == "lighter" and amount >= middle:
        point = data.general.placement.range.lighter
        shifted = low + point * (high - low)
        steps.append(f"有从轻情节，罚款应低于法定幅度中间值{yuan(middle)}，调整为{yuan(shifted)}。")
        return shifted
    if outcome == "heavier" and amount < middle:
        steps.append(f"有从重情节，罚款不低于法定幅度中间值，调整为{yuan(middle)}。")
        return middle
    return amount


def _default_placement(
    data: DiscretionData, low: float, high: float | None, outcome: str, steps: list[str]
) -> float:
    rules = data.general.placement
    label = OUTCOME_ZH[outcome]
    if high is None:
        factor = getattr(rules.min_only, outcome)
        steps.append(f"法律仅规定最低罚款额，{label}按最低额的{factor:g}倍确定。")
        return low * factor
    if not low:
        share = getattr(rules.max_only, outcome)
        steps.append(f"法律仅规定最高罚款额，{label}按最高额的{share:.0%}确定。")
        return high * share
    point = getattr(rules.range, outcome)
    where = {"lighter": "低于中间值", "normal": "取中间值", "heavier": "不低于中间值"}[outcome]
    steps.append(
        f"无专项裁量基准，按默认规则在法定幅度{yuan(low)}至{yuan(high)}内{where}，"
        f"即幅度的{point:.0%}位置。"
    )
    return low + point * (high - low)


def _apology(
    data: DiscretionData,
    code: str,
    rule: ApplicableRule,
    parsed: ParsedFactors,
    outcome: str,
    amount: float,
    steps: list[str],
) -> float:
    circ = parsed.circumstances
    if "apology" not in circ.flags:
        return amount
    policy = data.general.public_apology
    blockers = []
    if "corrected" not in circ.flags:
        blockers.append("尚未改正")
    if parsed.numbers.get("repeats", 0) > 0:
        blockers.append("两年内有同类违法行为")
    if code in policy.excluded_violations:
        blockers.append("该类违法行为不适用")
    if any(
        m.kind in ("detention_transfer", "criminal_transfer") and m.when == "always"
        for m in rule.measures
    ):
        blockers.append("涉及行政拘留或者刑事移送")
    if outcome == "heavier":
        blockers.append("有从重情节")
    if blockers:
        steps.append("当事人公开道歉并承诺守法，但" + "、".join(blockers) + "，不予减轻。")
        return amount
    percent = parsed.numbers.get("apology_percent") or policy.reduction_percent
    if not policy.reduction_percent <= percent <= policy.max_reduction_percent:
        raise UserError(
            Msg(
                f"公开道歉减少的比例应在{policy.reduction_percent:g}%至"
                f"{policy.max_reduction_percent:g}%之间",
                f"apology_percent must be between {policy.reduction_percent:g} and "
                f"{policy.max_reduction_percent:g}",
            )
        )
    reduced = amount * (1 - percent / 100)
    steps.append(
        f"当事人在决定作出前已改正并公开道歉、承诺守法，罚款减少{percent:g}%，"
        f"为{yuan(reduced)}（不低于法定最低额）。"
    )
    return reduced


def _result(
    rule: ApplicableRule,
    outcome: Outcome,
    amount: int | None,
    table: Table | None,
    parsed: ParsedFactors,
    steps: list[str],
    no_penalty: str | None,
    clamped: bool,
) -> DiscretionResult:
    fine_text = (
        "应当处以罚款（法律未规定罚款幅度）"
        if rule.fine.kind == "unspecified"
        else f"应处{rule.fine.description_zh}的罚款"
    )
    head = (
        f"当事人的行为属于“{rule.title_zh}”，违反了{join_citations(rule.prohibiting)}的规定，"
        f"依据{join_citations(rule.penalizing)}，{fine_text}。"
    )
    if no_penalty is not None:
        tail = no_penalty
    elif amount is None:
        tail = f"综上，拟{OUTCOME_ZH[outcome]}，罚款数额待定。"
    else:
        tail = (
            f"综上，拟{OUTCOME_ZH[outcome]}，处罚款人民币{capital_yuan(amount)}（{yuan(amount)}）。"
        )
    warnings = [rule.pending_zh] if rule.pending_zh else []
    text = "\n".join([rule.reason_zh, head, *steps, tail, *warnings])
    return DiscretionResult(
        violation_code=rule.violation_code,
        outcome=outcome,
        outcome_zh=OUTCOME_ZH[outcome],
        amount=amount,
        amount_capital_zh=capital_yuan(amount) if amount is not None else None,
        legal_min=rule.fine.min,
        legal_max=rule.fine.max,
        table_code=table.code if table is not None else None,
        table_title_zh=table.title_zh if table is not None else None,
        factors=parsed.values,
        steps=tuple(steps),
        explanation_zh=text,
        clamped=clamped,
        rule=rule,
        warnings=tuple(warnings),
    )


__all__ = ["OUTCOME_ZH", "Circumstances", "DiscretionResult", "Factor", "calculate"]

"""Reading the officer's factor values and the no-penalty rules (行政处罚法第三十二、三十三条).

Kept apart from the amount arithmetic in :mod:`.discretion` because these are the legal
judgements an officer must be able to read back: which values were given, which were assumed
(an unknown value takes the lowest level, Guangdong Art. 5), which circumstances are lighter or
heavier, and why a first violation does or does not go unpunished.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from inspector_app.i18n import Msg, UserError
from inspector_app.law.discretion_data import (
    ConditionFactor,
    DiscretionData,
    Factor,
    NoPenaltyCondition,
    Option,
    Table,
    binds,
)

Outcome = Literal["no_penalty", "lighter", "normal", "heavier"]


@dataclass(frozen=True)
class FactorValue:
    name: str
    label_zh: str
    value: str
    value_label_zh: str
    effect: str = "neutral"
    weight: float | None = None
    tier: int | None = None
    assumed: bool = False


@dataclass
class Circumstances:
    mitigating: list[str] = field(default_factory=list)
    aggravating: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def outcome(self) -> Outcome:
        if self.aggravating and not self.mitigating:
            return "heavier"
        if self.mitigating and not self.aggravating:
            return "lighter"
        return "normal"

    def describe(self) -> list[str]:
        out = list(self.notes)
        if self.mitigating:
            out.append("从轻情节：" + "；".join(self.mitigating) + "（《行政处罚法》第三十二条）。")
        if self.aggravating:
            out.append("从重情节：" + "；".join(self.aggravating) + "。")
        if self.mitigating and self.aggravating:
            out.append("同时具有从轻和从重情节，综合考虑按一般处罚裁量。")
        if not self.mitigating and not self.aggravating:
            out.append("无法定从轻、从重情节。")
        return out


@dataclass
class ParsedFactors:
    values: tuple[FactorValue, ...]
    table_values: dict[str, FactorValue]
    choices: dict[str, str]
    numbers: dict[str, float]
    circumstances: Circumstances


def parse_factors(
    data: DiscretionData,
    code: str,
    table: Table | None,
    raw: Mapping[str, str | float | int],
    region: str | None = None,
) -> ParsedFactors:
    """Validate the given values against every factor known for ``code``; fill in defaults."""
    general = data.general
    common = {f.name: f for f in general.common_factors}
    numeric = {f.name: f for f in general.numeric_factors}
    table_factors = {f.name: f for f in table.factors} if table is not None else {}
    conditions: dict[str, ConditionFactor] = {}
    for lst, entry in data.entries_for(code, region):
        used = {c.factor for c in entry.conditions}
        for cf in lst.factors:
            if cf.name in used:
                conditions.setdefault(cf.name, cf)
    settable = [n for n, f in table_factors.items() if not f.from_repeats]
    known = list(dict.fromkeys([*common, *numeric, *settable, *conditions]))
    names = "、".join(known)
    given: dict[str, str] = {}
    for name, value in raw.items():
        key = name.strip().lower()
        if key not in known:
            raise UserError(
                Msg(
                    f"{code} 没有裁量因素 {name}；可用：{names}",
                    f"{code} has no factor {name}; known factors: {', '.join(known)}",
                )
            )
        given[key] = str(value).strip()
    numbers = {name: f.default for name, f in numeric.items()}
    for name in numeric:
        if name in given:
            numbers[name] = _number(name, given[name], minimum=1 if name == "instances" else 0)
    values: list[FactorValue] = []
    choices: dict[str, str] = {}
    circ = Circumstances()
    repeats = int(numbers.get("repeats", 0))
    includes = set(table.includes) if table is not None else set()
    for name, factor in common.items():
        chosen: str | None = given.get(name, factor.default)
        if name == "first_violation":
            if chosen == "yes" and repeats > 0:
                circ.notes.append(f"当事人两年内已有同类违法行为{repeats}次，不属于初次违法。")
                chosen = "no"
            chosen = chosen or ("yes" if repeats == 0 else "no")
        option = _option(code, factor, chosen or "")
        choices[name] = option.value
        values.append(_value(factor, option, assumed=name not in given))
        circ.flags.update(option.flags)
        if option.effect == "mitigating":
            circ.mitigating.append(f"{option.label_zh}")
        elif option.effect == "aggravating":
            circ.aggravating.append(f"{option.label_zh}")
        elif option.effect == "no_fault":
            circ.flags.add("no_fault")
    for name, nf in numeric.items():
        amount = numbers[name]
        if nf.aggravating_at_least is not None and amount >= nf.aggravating_at_least:
            if name in includes:
                continue  # the table already weighs it; counting it again would double it
            circ.aggravating.append(f"{nf.label_zh}：{amount:g}")
    table_values: dict[str, FactorValue] = {}
    for name, factor in table_factors.items():
        if factor.from_repeats:
            option = factor.banded(repeats + 1) or _lowest(factor)
            fv = _value(factor, option, assumed=False)
        elif name in given:
            fv = _value(factor, _option(code, factor, given[name]), assumed=False)
        else:
            fv = _value(factor, _lowest(factor), assumed=True)
        table_values[name] = fv
        values.append(fv)
        choices[name] = fv.value
    for name, cf in conditions.items():
        if name in table_factors or name not in given:
            continue
        if cf.numeric:
            numbers[name] = _number(name, given[name], minimum=None)
        elif given[name] not in cf.options:
            raise UserError(
                Msg(
                    f"因素 {name} 的取值应为：{'、'.join(cf.options)}",
                    f"factor {name} must be one of: {', '.join(cf.options)}",
                )
            )
        else:
            choices[name] = given[name]
        values.append(FactorValue(name, cf.label_zh, given[name], given[name]))
    return ParsedFactors(tuple(values), table_values, choices, numbers, circ)


def no_penalty_reason(
    data: DiscretionData,
    code: str,
    parsed: ParsedFactors,
    steps: list[str],
    region: str | None = None,
) -> str | None:
    """The printed reason not to punish, or None; notes why a near miss does not qualify."""
    flags = parsed.circumstances.flags
    if "no_fault" in flags:
        return (
            "当事人有证据足以证明没有主观过错，依据《行政处罚法》第三十三条第二款，拟不予行政处罚"
            "（法律、行政法规另有规定的除外；法典施行后适用过错推定，须有充分证据）。"
        )
    corrected = "corrected" in flags
    if {"minor_act", "corrected", "harmless"} <= flags:
        return (
            "当事人违法行为轻微并及时改正，没有造成危害后果，依据《行政处罚法》第三十三条第一款，"
            "不予行政处罚，责令改正并对当事人进行教育。"
        )
    repeats = int(parsed.numbers.get("repeats", 0))
    entries = data.entries_for(code, region)
    blockers = []
    if "first" not in flags:
        blockers.append(
            f"当事人两年内已有同类违法行为{repeats}次，不属于初次违法"
            if repeats
            else "当事人不属于初次违法"
        )
    if not corrected:
        blockers.append("未在责令改正期限内改正")
    if "minor_harm" not in flags:
        blockers.append("危害后果不属于轻微")
    if "protected_zone" in flags:
        blockers.append("违法行为发生在自然保护地、风景名胜区或者饮用水水源保护区等区域内")
    matched = []
    for lst, entry in entries:
        listed = f"{lst.title_zh}“{entry.title_zh}”"
        unmet = [why for c in entry.conditions if (why := _unmet(c, lst.factors, parsed))]
        if unmet:
            if not blockers:
                steps.append(f"不符合{listed}的条件：" + "；".join(unmet) + "。")
            continue
        if not blockers:
            return (
                f"当事人初次违法、危害后果轻微并在责令改正期限内改正，符合{listed}的情形，"
                "依据《行政处罚法》第三十三条第一款，可以不予行政处罚，责令改正并对当事人进行教育。"
            )
        matched.append(listed)
    own_list = region is None or any(binds(lst.region, region) for lst in data.no_penalty)
    if not own_list and not blockers:
        # The agency's province has no list here: the Law's own first-violation rule applies.
        return (
            "当事人初次违法、危害后果轻微并在责令改正期限内改正，依据《行政处罚法》第三十三条"
            "第一款，可以不予行政处罚，责令改正并对当事人进行教育。"
        )
    # Say why not only when the officer's facts point that way (corrected, minor harm).
    if (entries or not own_list) and blockers and corrected and "minor_harm" in flags:
        head = f"虽属{matched[0]}所列情形，但" if matched else ""
        steps.append(head + "，".join(blockers) + "，不适用首违不罚。")
    return None


def _unmet(cond: NoPenaltyCondition, declared: list[ConditionFactor], parsed: ParsedFactors) -> str:
    label = next((f.label_zh for f in declared if f.name == cond.factor), cond.factor)
    if cond.in_ is not None:
        value = parsed.choices.get(cond.factor)
        if value is None:
            return f"未提供{label}"
        return "" if value in cond.in_ else f"{label}为{value}"
    number = parsed.numbers.get(cond.factor)
    if number is None:
        return f"未提供{label}"
    if cond.min is not None and number < cond.min:
        return f"{label}{number:g}低于{cond.min:g}"
    if cond.max is not None and number > cond.max:
        return f"{label}{number:g}超过{cond.max:g}"
    return ""


def _option(code: str, factor: Factor, value: str) -> Option:
    option = factor.option(value)
    if option is None and factor.options[0].at_least is not None:
        try:
            option = factor.banded(float(value))
        except ValueError:
            option = None
    if option is None:
        allowed = "、".join(o.value for o in factor.options)
        raise UserError(
            Msg(
                f"{code} 的因素 {factor.name}（{factor.label_zh}）取值“{value}”无效，"
                f"应为：{allowed}",
                f"{code}: factor {factor.name} cannot be '{value}'; use one of: "
                + ", ".join(o.value for o in factor.options),
            )
        )
    return option


def _lowest(factor: Factor) -> Option:
    return min(factor.options, key=lambda o: (o.weight or 0, o.tier or 0))


def _value(factor: Factor, option: Option, *, assumed: bool) -> FactorValue:
    return FactorValue(
        factor.name,
        factor.label_zh,
        option.value,
        option.label_zh,
        option.effect,
        option.weight,
        option.tier,
        assumed,
    )


def _number(name: str, text: str, minimum: float | None) -> float:
    try:
        number = float(text)
    except ValueError:
        raise UserError(
            Msg(f"因素 {name} 应为数字：{text}", f"factor {name} must be a number: {text}")
        ) from None
    if minimum is not None and number < minimum:
        raise UserError(
            Msg(f"因素 {name} 不能小于 {minimum:g}", f"factor {name} must be at least {minimum:g}")
        )
    return number

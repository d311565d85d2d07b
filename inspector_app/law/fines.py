"""Fine rules turned into amounts: a range, a multiple of a base, a percentage, per instance.

Kept apart so the catalogue's comparison of old and new rules and the discretion calculator use
the same arithmetic and the same Chinese wording of the range.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.law.citation import cn_number, yuan
from inspector_app.law.schema import FineRule


@dataclass(frozen=True)
class FineRange:
    """A fine as the law allows it; ``min``/``max`` in yuan (None: no bound / not computable)."""

    kind: str
    min: int | None
    max: int | None
    description_zh: str
    needs_base: bool = False
    on_refusal_only: bool = False
    base_zh: str | None = None
    note_zh: str | None = None


def fine_range(rule: FineRule, base: float | None, instances: int = 1) -> FineRange:
    """The fine in yuan for a rule, given the base (disposal cost, investment) when it needs one."""
    note = rule.note_zh
    if rule.kind == "range":
        low, high = _int(rule.min), _int(rule.max)
        if high is None:
            text = f"{yuan(low)}以上"
        elif low:
            text = f"{yuan(low)}以上{yuan(high)}以下"
        else:
            text = f"{yuan(high)}以下"
        if rule.on_refusal_only:
            text = f"责令改正后拒不改正的，处{text}"
        return FineRange(
            "range", low, high, text, on_refusal_only=rule.on_refusal_only, note_zh=note
        )
    if rule.kind == "per_instance":
        low, high = _int(rule.min * instances), _int(rule.max * instances)  # type: ignore[operator]
        text = f"每次{yuan(rule.min)}以上{yuan(rule.max)}以下"
        if instances > 1:
            text += f"（{instances}次，合计{yuan(low)}以上{yuan(high)}以下）"
        return FineRange("per_instance", low, high, text, note_zh=note)
    if rule.kind == "multiple":
        assert rule.min_multiple is not None and rule.max_multiple is not None
        rule_text = f"{rule.base_zh}{_num(rule.min_multiple)}倍以上{_num(rule.max_multiple)}倍以下"
        if rule.min_base:
            rule_text += (
                f"（{rule.base_zh}不足{yuan(rule.min_base)}的，按{yuan(rule.min_base)}计算）"
            )
        if base is None:
            low = _int(rule.min_multiple * rule.min_base) if rule.min_base else None
            return FineRange(
                "multiple",
                low,
                None,
                rule_text,
                needs_base=True,
                base_zh=rule.base_zh,
                note_zh=note,
            )
        counted = max(base, rule.min_base or 0)
        low, high = _int(counted * rule.min_multiple), _int(counted * rule.max_multiple)
        text = f"{rule_text}：按{yuan(counted)}计，为{yuan(low)}以上{yuan(high)}以下"
        return FineRange("multiple", low, high, text, base_zh=rule.base_zh, note_zh=note)
    if rule.kind == "percentage":
        assert rule.min_percent is not None and rule.max_percent is not None
        rule_text = (
            f"{rule.base_zh}百分之{_num(rule.min_percent)}以上百分之{_num(rule.max_percent)}以下"
        )
        if base is None:
            return FineRange(
                "percentage",
                None,
                None,
                rule_text,
                needs_base=True,
                base_zh=rule.base_zh,
                note_zh=note,
            )
        low = _int(base * rule.min_percent / 100)
        high = _int(base * rule.max_percent / 100)
        text = f"{rule_text}：{rule.base_zh}{yuan(base)}，为{yuan(low)}以上{yuan(high)}以下"
        return FineRange("percentage", low, high, text, base_zh=rule.base_zh, note_zh=note)
    return FineRange("unspecified", None, None, rule.note_zh or "罚款数额未规定", note_zh=note)


def _int(value: float | None) -> int | None:
    return None if value is None else round(value)


def _num(value: float) -> str:
    """3 → 三 (as in 三倍, 百分之五); fractions stay in figures."""
    return cn_number(int(value)) if value == int(value) and 0 < value < 10000 else f"{value:g}"

"""Discretion benchmarks as data (``resources/law/discretion/*.yaml``), validated on load.

Provinces publish their own 裁量基准; DESIGN.md wants one to be swapped in by replacing a file.
Four kinds of file, told apart by their keys: ``general.yaml`` (factors every violation shares,
default placement, public-apology reduction), weighted-sum tables (``mode: weights``, the
Guangdong mode), tier tables (``mode: tiers``, the Gansu mode) and no-penalty lists (``entries``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from inspector_app.checklists.schema import rule_error
from inspector_app.i18n import Msg
from inspector_app.law.loader import LawDataError, default_law_dir, problem, read_yaml, validate
from inspector_app.law.schema import Code, Text, ViolationCode

Effect = Literal["neutral", "mitigating", "aggravating", "no_fault"]
Flag = Literal[
    "harmless", "minor_harm", "corrected", "protected_zone", "minor_act", "first", "apology"
]
Placement = Literal["lighter", "normal", "heavier"]
Share = Annotated[float, Field(ge=0, le=1)]


# The province a benchmark belongs to: the first two digits of GB/T 2260 (44 广东, 62 甘肃).
Region = Annotated[str, Field(pattern=r"^[0-9]{2}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Option(_Model):
    value: Annotated[str, Field(min_length=1, max_length=32)]
    label_zh: Text
    effect: Effect = "neutral"
    flags: list[Flag] = []
    weight: float | None = None
    tier: int | None = Field(default=None, ge=1)
    at_least: float | None = None


class Factor(_Model):
    name: Code
    label_zh: Text
    default: str | None = None
    from_repeats: bool = False
    options: list[Option] = Field(min_length=1)

    @model_validator(mode="after")
    def _values(self) -> Factor:
        values = [o.value for o in self.options]
        if len(set(values)) != len(values):
            raise rule_error("选项取值重复", "an option value is used twice", at="options")
        if self.default is not None and self.default not in values:
            raise rule_error(
                "默认值不在选项中", "the default is not one of the options", at="default"
            )
        return self

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def banded(self, number: float) -> Option | None:
        """The option whose ``at_least`` band holds ``number`` (numeric input for a band)."""
        fitting = [o for o in self.options if o.at_least is not None and o.at_least <= number]
        return max(fitting, key=lambda o: o.at_least or 0) if fitting else None


class NumericFactor(_Model):
    name: Code
    label_zh: Text
    default: float = 0
    aggravating_at_least: float | None = None


class PlacementPoints(_Model):
    lighter: float
    normal: float
    heavier: float


class PlacementRules(_Model):
    range: PlacementPoints
    max_only: PlacementPoints
    min_only: PlacementPoints


class ApologyRule(_Model):
    reduction_percent: float = Field(gt=0, le=100)
    max_reduction_percent: float = Field(gt=0, le=100)
    excluded_violations: list[ViolationCode] = []


class General(_Model):
    window_days: int = Field(ge=1)
    placement: PlacementRules
    public_apology: ApologyRule
    common_factors: list[Factor] = Field(min_length=1)
    numeric_factors: list[NumericFactor] = []


class WeightsTable(_Model):
    code: Code
    mode: Literal["weights"]
    province_zh: Text
    region: Region
    example: bool = False  # a structure example with placeholder amounts: never applied to a case
    title_zh: Text
    source_zh: Text
    violations: list[ViolationCode] = Field(min_length=1)
    start_percent: float = Field(ge=0, le=100)
    cap_percent: float = Field(gt=0, le=100)
    includes: list[Code] = []
    factors: list[Factor] = Field(min_length=1)

    @model_validator(mode="after")
    def _weights(self) -> WeightsTable:
        for f_index, factor in enumerate(self.factors):
            for o_index, option in enumerate(factor.options):
                if option.weight is None:
                    raise rule_error(
                        "权重累加模式的每个选项都需要 weight",
                        "every option of a weights table needs a weight",
                        at=f"factors.{f_index}.options.{o_index}.weight",
                    )
        return self


class Tier(_Model):
    level: int = Field(ge=1)
    name_zh: Text
    min: float = Field(ge=0)
    max: float = Field(ge=0)


class RepeatRule(_Model):
    at_least: int = Field(ge=1)
    placement: Share | None = None
    tier_up: int | None = Field(default=None, ge=1)


class TiersTable(_Model):
    code: Code
    mode: Literal["tiers"]
    province_zh: Text
    region: Region
    example: bool = False  # a structure example with placeholder amounts: never applied to a case
    title_zh: Text
    source_zh: Text
    violations: list[ViolationCode] = Field(min_length=1)
    includes: list[Code] = []
    combine: Literal["max"] = "max"
    factors: list[Factor] = Field(min_length=1)
    tiers: list[Tier] = Field(min_length=1)
    placement: PlacementPoints
    repeat_rules: list[RepeatRule] = []

    @model_validator(mode="after")
    def _tiers(self) -> TiersTable:
        levels = {t.level for t in self.tiers}
        for t_index, tier in enumerate(self.tiers):
            if tier.min > tier.max:
                raise rule_error(
                    "档位下限大于上限", "tier min is above max", at=f"tiers.{t_index}.min"
                )
        for f_index, factor in enumerate(self.factors):
            for o_index, option in enumerate(factor.options):
                if option.tier not in levels:
                    raise rule_error(
                        "选项的 tier 必须是已定义的档位",
                        "an option's tier must be one of the tiers",
                        at=f"factors.{f_index}.options.{o_index}.tier",
                    )
        return self

    def tier(self, level: int) -> Tier:
        return min(
            (t for t in self.tiers if t.level >= level),
            key=lambda t: t.level,
            default=max(self.tiers, key=lambda t: t.level),
        )


class ConditionFactor(_Model):
    name: Code
    label_zh: Text
    numeric: bool = False
    options: list[str] = []


class NoPenaltyCondition(_Model):
    factor: Code
    in_: list[str] | None = Field(default=None, alias="in")
    min: float | None = None
    max: float | None = None


class NoPenaltyEntry(_Model):
    code: Code
    violations: list[ViolationCode] = Field(min_length=1)
    title_zh: Text
    conditions: list[NoPenaltyCondition] = []


class NoPenaltyList(_Model):
    code: Code
    province_zh: Text
    region: Region
    title_zh: Text
    factors: list[ConditionFactor] = []
    entries: list[NoPenaltyEntry] = Field(min_length=1)


Table = WeightsTable | TiersTable


@dataclass(frozen=True)
class DiscretionData:
    general: General
    tables: tuple[Table, ...]
    no_penalty: tuple[NoPenaltyList, ...]

    def tables_for(self, violation: str, region: str | None = None) -> list[Table]:
        """Tables for ``violation``; with ``region`` (an agency's GB/T 2260 code) only its own
        province's, since one province's benchmark does not bind another's agencies, and never
        a structure example (its amounts are placeholders; the CLI shows it without a region)."""
        return [
            t
            for t in self.tables
            if violation in t.violations
            and binds(t.region, region)
            and not (t.example and region is not None)
        ]

    def entries_for(
        self, violation: str, region: str | None = None
    ) -> list[tuple[NoPenaltyList, NoPenaltyEntry]]:
        return [
            (lst, e)
            for lst in self.no_penalty
            for e in lst.entries
            if violation in e.violations and binds(lst.region, region)
        ]


def binds(own: str, region: str | None) -> bool:
    """Whether a benchmark or list of province ``own`` binds an agency of ``region`` (its GB/T
    2260 code; None: any agency, as the CLI asks).  One province's benchmark does not bind
    another's agencies, so every lookup by region goes through here."""
    return region is None or region[:2] == own


def load_discretion(directory: str | Path | None = None) -> DiscretionData:
    """Read ``general.yaml`` and every table / list file of ``directory``."""
    root = Path(directory) if directory is not None else default_law_dir() / "discretion"
    general = validate(root / "general.yaml", General)
    tables: list[Table] = []
    lists: list[NoPenaltyList] = []
    codes: dict[str, Path] = {}
    for path in sorted(root.glob("*.yaml")):
        if path.name == "general.yaml":
            continue
        raw = read_yaml(path)
        parsed: Table | NoPenaltyList
        if "entries" in raw:
            parsed = validate(path, NoPenaltyList, raw)
            _check_conditions(path, raw, parsed)
            lists.append(parsed)
        elif raw.get("mode") == "tiers":
            parsed = validate(path, TiersTable, raw)
            tables.append(parsed)
        elif raw.get("mode") == "weights":
            parsed = validate(path, WeightsTable, raw)
            tables.append(parsed)
        else:
            raise LawDataError(
                path,
                [
                    Msg(
                        "无法识别的裁量文件：应有 mode: weights / mode: tiers 或 entries",
                        "unknown discretion file: needs mode: weights / mode: tiers or entries",
                    )
                ],
            )
        if parsed.code in codes:
            raise LawDataError(
                path,
                [
                    problem(
                        ["code"],
                        raw,
                        f"代码已在 {codes[parsed.code].name} 中使用",
                        "duplicate code",
                    )
                ],
            )
        codes[parsed.code] = path
    return DiscretionData(general, tuple(tables), tuple(lists))


@functools.cache
def default_discretion() -> DiscretionData:
    return load_discretion()


def _check_conditions(path: Path, raw: dict[str, object], parsed: NoPenaltyList) -> None:
    declared = {f.name: f for f in parsed.factors}
    problems = []
    for e_index, entry in enumerate(parsed.entries):
        for c_index, cond in enumerate(entry.conditions):
            at: list[str | int] = ["entries", e_index, "conditions", c_index, "factor"]
            factor = declared.get(cond.factor)
            if factor is None:
                problems.append(
                    problem(
                        at, raw, f"条件因素 {cond.factor} 未在 factors 中声明", "undeclared factor"
                    )
                )
            elif factor.numeric == (cond.in_ is not None):
                problems.append(
                    problem(
                        at,
                        raw,
                        "数值因素用 min/max，选项因素用 in",
                        "numeric factors take min/max, choice factors take in",
                    )
                )
    if problems:
        raise LawDataError(path, problems)

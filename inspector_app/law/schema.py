"""The shape of the law catalogue's data files (``resources/law``), checked when they are loaded.

The catalogue is written by people (developers now, an agency administrator or the central
server later), and a wrong article or fine range ends up on a legal document, so every rule an
author can break is checked here, once, when the files are read.  Models forbid unknown keys so
a typo such as ``penalising`` fails loudly instead of silently dropping a provision.  Rules that
span several files (a basis citing a provision that does not exist) are checked by the loader.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from inspector_app.checklists.schema import VIOLATION_PATTERN, rule_error

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,31}$")]
ProvisionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,63}$")]
ViolationCode = Annotated[str, StringConstraints(pattern=VIOLATION_PATTERN)]
Money = Annotated[float, Field(ge=0, allow_inf_nan=False)]

FineKind = Literal["range", "multiple", "percentage", "per_instance", "unspecified"]
MeasureKind = Literal[
    "order_to_correct",
    "restrict_production",
    "suspend_production",
    "close",
    "revoke_permit",
    "stop_construction",
    "restore",
    "forced_removal",
    "announcement",
    "daily_penalty",
    "sealing_seizure",
    "detention_transfer",
    "criminal_transfer",
    "persons_fine",
]
When = Literal["always", "may", "serious", "refusal", "overdue", "conditional"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class LawVersion(_Model):
    """One version of a law: in force from ``effective`` (inclusive) to ``repealed`` (exclusive)."""

    version: Text
    title_zh: Text
    effective: date
    repealed: date | None = None

    @model_validator(mode="after")
    def _order(self) -> LawVersion:
        if self.repealed is not None and self.repealed <= self.effective:
            raise rule_error(
                "废止日期必须晚于施行日期", "repealed must be after effective", at="repealed"
            )
        return self

    def in_force(self, day: date) -> bool:
        return self.effective <= day and (self.repealed is None or day < self.repealed)


class Law(_Model):
    code: Code
    title_zh: Text
    short_zh: Text
    kind: Literal["law", "regulation"] = "law"
    versions: list[LawVersion] = Field(min_length=1)


class Regime(_Model):
    """A period with one basis per violation (before / after the Ecological Environment Code)."""

    code: Code
    title_zh: Text
    from_: date | None = Field(default=None, alias="from")
    until: date | None = None

    def in_force(self, day: date) -> bool:
        return (self.from_ is None or self.from_ <= day) and (
            self.until is None or day < self.until
        )


class LawsFile(_Model):
    regimes: list[Regime] = Field(min_length=1)
    laws: list[Law] = Field(min_length=1)


class Provision(_Model):
    """An article (paragraph, item) with a short text; ``pending`` marks an unknown number."""

    id: ProvisionId
    article: int | None = Field(ge=1)
    paragraph: int | None = Field(default=None, ge=1)
    item: int | None = Field(default=None, ge=1)
    text_zh: Text
    pending: bool = False

    @model_validator(mode="after")
    def _pending(self) -> Provision:
        if self.article is None and not self.pending:
            raise rule_error(
                "条文号为空时必须写 pending: true（表示待管理员补充）",
                "an empty article needs pending: true (to be supplied by an administrator)",
                at="article",
            )
        if self.article is not None and self.pending:
            raise rule_error(
                "已填写条文号的条文不能标记为 pending",
                "a provision with an article number cannot be pending",
                at="pending",
            )
        return self


class ProvisionsFile(_Model):
    law: Code
    version: Text
    provisions: list[Provision] = Field(min_length=1)


class FineRule(_Model):
    """How the fine is set: see ``resources/law/violations.yaml`` for the kinds."""

    kind: FineKind
    min: Money | None = None
    max: Money | None = None
    base_zh: Text | None = None
    min_multiple: Annotated[float, Field(gt=0)] | None = None
    max_multiple: Annotated[float, Field(gt=0)] | None = None
    min_base: Money | None = None
    min_percent: Annotated[float, Field(gt=0, le=100)] | None = None
    max_percent: Annotated[float, Field(gt=0, le=100)] | None = None
    on_refusal_only: bool = False
    note_zh: Text | None = None

    @model_validator(mode="after")
    def _per_kind(self) -> FineRule:
        needed = {
            "range": (),
            "per_instance": ("min", "max"),
            "multiple": ("base_zh", "min_multiple", "max_multiple"),
            "percentage": ("base_zh", "min_percent", "max_percent"),
            "unspecified": ("note_zh",),
        }[self.kind]
        if self.kind == "range" and self.min is None and self.max is None:
            raise rule_error(
                "range 类罚款至少需要 min 或 max", "a range fine needs min or max", at="max"
            )
        for name in needed:
            if getattr(self, name) is None:
                raise rule_error(
                    f"{self.kind} 类罚款必须填写 {name}",
                    f"a {self.kind} fine needs {name}",
                    at=name,
                )
        pairs = (("min", "max"), ("min_multiple", "max_multiple"), ("min_percent", "max_percent"))
        for low, high in pairs:
            lo, hi = getattr(self, low), getattr(self, high)
            if lo is not None and hi is not None and lo > hi:
                raise rule_error(f"{low} 不能大于 {high}", f"{low} is above {high}", at=low)
        return self


class OtherFine(_Model):
    """A further fine of the same basis: when serious, on refusal, for the persons responsible."""

    when_zh: Text
    provision: ProvisionId | None = None
    fine: FineRule
    #: Names a distinct act within the row (e.g. unapproved transfer within V27): asking for it
    #: makes this the main fine and provision, in every regime that has it.
    variant: Code | None = None


class Measure(_Model):
    kind: MeasureKind
    when: When = "always"
    provision: ProvisionId | None = None
    rule: Code | None = None
    note_zh: Text | None = None
    # A key discharger doing this act meets a crime threshold by itself (法释〔2023〕7号
    # Art. 1 (7): tampering with automatic monitoring data), so the case flags the transfer.
    key_discharger: bool = False


class Basis(_Model):
    """The legal basis of one violation type under one regime."""

    regime: Code
    prohibiting: list[ProvisionId] = Field(min_length=1)
    penalizing: list[ProvisionId] = Field(min_length=1)
    fine: FineRule
    other_fines: list[OtherFine] = []
    measures: list[Measure] = []

    @model_validator(mode="after")
    def _unique_variants(self) -> Basis:
        seen: set[str] = set()
        for index, other in enumerate(self.other_fines):
            if other.variant is not None:
                if other.variant in seen:
                    raise rule_error(
                        f"情形代码 {other.variant} 重复",
                        f"variant {other.variant} is used twice",
                        at=f"other_fines.{index}.variant",
                    )
                seen.add(other.variant)
        return self

    def main(self, variant: str | None) -> tuple[FineRule, list[str], str | None]:
        """(fine, penalizing provisions, description) for the act, or for one variant of it."""
        other = next((o for o in self.other_fines if variant and o.variant == variant), None)
        if other is None:
            return self.fine, self.penalizing, None
        return other.fine, [other.provision] if other.provision else self.penalizing, other.when_zh


class ViolationType(_Model):
    code: ViolationCode
    title_zh: Text
    title_en: Text
    bases: list[Basis] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_per_regime(self) -> ViolationType:
        seen: set[str] = set()
        for index, basis in enumerate(self.bases):
            if basis.regime in seen:
                raise rule_error(
                    f"同一时期（{basis.regime}）只能有一个法律依据",
                    f"only one basis per regime ({basis.regime})",
                    at=f"bases.{index}.regime",
                )
            seen.add(basis.regime)
        return self

    def variants(self) -> dict[str, str]:
        """Variant code → description, over all regimes."""
        return {
            o.variant: o.when_zh for b in self.bases for o in b.other_fines if o.variant is not None
        }


class ViolationsFile(_Model):
    violations: list[ViolationType] = Field(min_length=1)


class Rule(_Model):
    """A cross-cutting rule (detention, sealing, crime, daily penalty) for one regime or all."""

    code: Code
    regime: Code | None = None
    title_zh: Text
    provisions: list[ProvisionId] = []
    items: list[Text] = Field(min_length=1)
    note_zh: Text | None = None


class RulesFile(_Model):
    rules: list[Rule] = Field(min_length=1)

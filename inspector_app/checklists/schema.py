"""The shape of a checklist template (清单式执法 检查表), checked when it is loaded.

Templates are data written by people (``resources/checklists/*.yaml``, later also pushed from the
server), so every rule an author can break is checked here, once, at load time: the engine and the
UI may then trust a template without re-checking it.  Models forbid unknown keys so that a typo
such as ``limt_max`` fails loudly instead of silently dropping a limit.

Rules that span several fields raise :func:`rule_error`, which carries the message in both
languages and the place it concerns, so the loader can tell the officer (or the template author)
exactly which item and field is wrong.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

ItemKind = Literal["yes_no_na", "number", "choice", "text", "photo"]
Severity = Literal["low", "medium", "high", "critical"]

#: Item, section, choice and template codes: short, lower-case, stable (stored with answers).
CODE_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"
Code = Annotated[str, StringConstraints(pattern=CODE_PATTERN)]
#: A violation type of the law catalogue: "V" + the row number of reference.md §2 (V1, V2, ...).
VIOLATION_PATTERN = r"^V[1-9][0-9]*$"
ViolationId = Annotated[str, StringConstraints(pattern=VIOLATION_PATTERN)]
#: Text shown to people: never empty, surrounding blanks removed.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
#: A value a show_if condition compares with: a string ("Y", a choice code, text) or a number.
ConditionValue = str | float

#: Answer values that the engine understands per kind (numbers and text are open-ended).
YES_NO_NA_VALUES = ("Y", "N", "A")
PHOTO_VALUES = ("Y", "N")

#: Kinds whose answer records information and can never be non-compliant.
INFO_KINDS = frozenset({"text", "photo"})


def rule_error(zh: str, en: str, at: str = "") -> PydanticCustomError:
    """A validation error with its message in both languages.

    ``at`` is a dotted path relative to the model that raises the error (e.g. ``"unit"`` or
    ``"sections.0.items.3.show_if.0.item"``); the loader appends it to pydantic's location so the
    message can name the item and field even for rules checked on a parent model.
    """
    return PydanticCustomError("template_rule", "{en}", {"zh": zh, "en": en, "at": at})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_pair(zh: str | None, en: str | None, field: str) -> None:
    """Bilingual texts come in pairs: an officer reading English must not see a blank."""
    if (zh is None) != (en is None):
        missing = f"{field}_en" if en is None else f"{field}_zh"
        raise rule_error(
            f"{field}_zh 与 {field}_en 必须同时填写",
            f"{field}_zh and {field}_en go together",
            at=missing,
        )


class Condition(_Model):
    """Show an item only when an earlier item has a given answer.

    Exactly one of ``equals`` (one value) or ``one_of`` (a list of values) is given, for example
    ``{item: a8, one_of: ["Y", "N"]}``: show the item only when transfers happened at all.
    """

    item: Code
    equals: ConditionValue | None = None
    one_of: list[ConditionValue] | None = Field(default=None, min_length=1)

    @field_validator("equals", "one_of", mode="before")
    @classmethod
    def _plain_values(cls, value: Any) -> Any:
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, bool):
                # YAML reads an unquoted yes/no/true/false as a boolean, which no answer equals.
                raise rule_error(
                    '条件取值不能是布尔值：请写带引号的 "Y" / "N" / "A" 或选项代码',
                    'condition value must not be a boolean: write a quoted "Y" / "N" / "A" or '
                    "a choice code",
                )
            if v is not None and not isinstance(v, str | int | float):
                raise rule_error(
                    "条件取值应为文本或数字", "a condition value must be text or a number"
                )
        return value

    @model_validator(mode="after")
    def _exactly_one(self) -> Condition:
        if (self.equals is None) == (self.one_of is None):
            raise rule_error(
                "条件必须且只能填写 equals 或 one_of 之一",
                "a condition needs exactly one of equals or one_of",
            )
        return self

    @property
    def values(self) -> tuple[ConditionValue, ...]:
        """The accepted answers, whichever form the author used."""
        return (self.equals,) if self.equals is not None else tuple(self.one_of or ())


class Choice(_Model):
    """One option of a ``choice`` item; ``compliant`` decides the outcome when it is picked."""

    code: Code
    label_zh: Text
    label_en: Text
    compliant: bool


class Item(_Model):
    """One check the officer answers on site.

    ``basis`` is the legal basis shown next to the question (prohibiting article; penalty
    article); ``violations`` names the violation types of the law catalogue that a
    non-compliant answer may establish (empty for score items without a direct penalty).
    """

    code: Code
    kind: ItemKind
    text_zh: Text
    text_en: Text
    basis: Text
    violations: list[ViolationId] = []
    evidence_required: bool = False
    severity: Severity
    required: bool = True
    show_if: list[Condition] = []
    unit: Text | None = None
    limit_max: Annotated[float, Field(allow_inf_nan=False)] | None = None
    limit_min: Annotated[float, Field(allow_inf_nan=False)] | None = None
    choices: list[Choice] = []
    hint_zh: Text | None = None
    hint_en: Text | None = None

    @model_validator(mode="after")
    def _kind_rules(self) -> Item:
        _check_pair(self.hint_zh, self.hint_en, "hint")
        if len(set(self.violations)) != len(self.violations):
            raise rule_error("违法类型重复", "a violation type is listed twice", at="violations")
        if self.kind == "number":
            if self.unit is None:
                raise rule_error("数值型条目必须填写单位", "a number item needs a unit", at="unit")
            if self.limit_max is None and self.limit_min is None:
                raise rule_error(
                    "数值型条目至少需要 limit_max 或 limit_min 之一",
                    "a number item needs limit_max or limit_min",
                    at="limit_max",
                )
            if (
                self.limit_max is not None
                and self.limit_min is not None
                and self.limit_min > self.limit_max
            ):
                raise rule_error(
                    "limit_min 不能大于 limit_max", "limit_min is above limit_max", at="limit_min"
                )
        else:
            for field in ("unit", "limit_max", "limit_min"):
                if getattr(self, field) is not None:
                    raise rule_error(
                        f"只有数值型（number）条目可以填写 {field}",
                        f"only number items may have {field}",
                        at=field,
                    )
        if self.kind == "choice":
            if not self.choices:
                raise rule_error(
                    "选择型条目至少需要一个选项", "a choice item needs choices", at="choices"
                )
            codes = [c.code for c in self.choices]
            for index, code in enumerate(codes):
                if code in codes[:index]:
                    raise rule_error(
                        f"选项代码 {code} 重复",
                        f"choice code {code} is used twice",
                        at=f"choices.{index}.code",
                    )
        elif self.choices:
            raise rule_error(
                "只有选择型（choice）条目可以填写 choices",
                "only choice items may have choices",
                at="choices",
            )
        if self.kind in INFO_KINDS:
            # Text and photo answers are information; they can never be a finding.
            if self.violations:
                raise rule_error(
                    f"{self.kind} 型条目只记录信息，不能关联违法类型",
                    f"a {self.kind} item only records information and cannot name violations",
                    at="violations",
                )
            if self.evidence_required:
                raise rule_error(
                    f"{self.kind} 型条目不会不合规，evidence_required 必须为 false",
                    f"a {self.kind} item is never non-compliant: evidence_required must be false",
                    at="evidence_required",
                )
        return self

    def accepts_condition_value(self, value: ConditionValue) -> bool:
        """Whether ``value`` is an answer this item can ever have (used to check show_if)."""
        if self.kind == "yes_no_na":
            return value in YES_NO_NA_VALUES
        if self.kind == "photo":
            return value in PHOTO_VALUES
        if self.kind == "choice":
            return any(value == c.code for c in self.choices)
        if self.kind == "number":
            return isinstance(value, float | int) and math.isfinite(value)
        return isinstance(value, str)


class Section(_Model):
    """A group of items shown together (and counted together for progress)."""

    code: Code
    title_zh: Text
    title_en: Text
    items: list[Item] = Field(min_length=1)


class ChecklistTemplate(_Model):
    """A whole checklist for one inspection area (hazardous waste, permit, ...).

    ``version`` is raised whenever the content changes; the store also records
    :func:`inspector_app.checklists.loader.content_hash`, so an inspection always shows the exact
    questions that were answered, even after the template was updated.
    """

    code: Code
    version: int = Field(ge=1)
    title_zh: Text
    title_en: Text
    description_zh: Text | None = None
    description_en: Text | None = None
    basis: Text
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _cross_item_rules(self) -> ChecklistTemplate:
        _check_pair(self.description_zh, self.description_en, "description")
        section_codes: set[str] = set()
        seen: dict[str, Item] = {}
        for s_index, section in enumerate(self.sections):
            if section.code in section_codes:
                raise rule_error(
                    f"分组代码 {section.code} 重复",
                    f"section code {section.code} is used twice",
                    at=f"sections.{s_index}.code",
                )
            section_codes.add(section.code)
            for i_index, item in enumerate(section.items):
                at = f"sections.{s_index}.items.{i_index}"
                if item.code in seen:
                    raise rule_error(
                        f"条目代码 {item.code} 重复",
                        f"item code {item.code} is used twice",
                        at=f"{at}.code",
                    )
                for c_index, condition in enumerate(item.show_if):
                    _check_condition(condition, seen, f"{at}.show_if.{c_index}")
                seen[item.code] = item
        return self

    def iter_items(self) -> Iterator[Item]:
        """All items in template order, across sections."""
        for section in self.sections:
            yield from section.items

    def item(self, code: str) -> Item:
        """The item with ``code``; ``KeyError`` if there is none."""
        for item in self.iter_items():
            if item.code == code:
                return item
        raise KeyError(code)


def _check_condition(condition: Condition, earlier: dict[str, Item], at: str) -> None:
    """A condition may only look back, so visibility is decided in one pass in template order."""
    target = earlier.get(condition.item)
    if target is None:
        raise rule_error(
            f"show_if 引用的条目 {condition.item} 不存在或不在本条目之前",
            f"show_if refers to item {condition.item}, which does not exist or does not come "
            "earlier",
            at=f"{at}.item",
        )
    for value in condition.values:
        if not target.accepts_condition_value(value):
            raise rule_error(
                f"show_if 的取值 {value!r} 不可能是条目 {target.code}（{target.kind}）的答案",
                f"show_if value {value!r} can never be an answer of item {target.code} "
                f"({target.kind})",
                at=f"{at}.{'equals' if condition.equals is not None else 'one_of'}",
            )

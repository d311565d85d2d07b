"""What every enforcement document's snapshot shares, and how a missing field is refused.

A court can throw out a document that lacks a mandatory item (reference.md §1.3), so a snapshot
is validated before anything is rendered: every mandatory text must be non-blank, every
mandatory list non-empty.  Each field carries its Chinese label (pydantic ``title``) so the
refusal names the field as printed on the form: ``缺少必填项：违法事实``.

Cross-field rules (a legal representative for an organisation, a hearing date at least seven
days ahead…) raise :func:`missing` or :func:`invalid` inside model validators, which carry
the Chinese wording through pydantic to the same bilingual :class:`UserError`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from inspector_app.forms.signed import Signable
from inspector_app.i18n import Msg, UserError

# A mandatory text: surrounding blanks are dropped and an empty value is refused.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Fen = Annotated[int, Field(ge=0)]  # money in fen (分): never a float


def F(label: str, default: Any = ..., **kwargs: Any) -> Any:
    """A field with its Chinese label, used in refusals; ``...`` (the default) = mandatory."""
    return Field(default, title=label, **kwargs)


def missing(label: str) -> PydanticCustomError:
    """Raise inside a validator when a conditionally mandatory field is empty."""
    return PydanticCustomError("mandatory", "缺少必填项：{label}", {"label": label})


def invalid(zh: str, en: str) -> PydanticCustomError:
    return PydanticCustomError("form_rule", "{zh}", {"zh": zh, "en": en})


class MissingFieldError(UserError):
    """A snapshot was refused; ``label`` is the Chinese name of the first bad field."""

    def __init__(self, msg: Msg, label: str) -> None:
        super().__init__(msg)
        self.label = label


class Snap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @classmethod
    def checked(cls, data: dict[str, Any] | None = None, **fields: Any) -> Self:
        """Validate like the constructor, but refuse with a bilingual message naming the field."""
        try:
            return cls.model_validate({**(data or {}), **fields})
        except ValidationError as exc:
            raise refusal(cls, exc) from None


def _label(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    """Chinese label for an error location, e.g. ('items', 2, 'name') → 物品清单第3项名称."""
    parts: list[str] = []
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            parts.append(f"第{step + 1}项")
            continue
        fields = getattr(current, "model_fields", {})
        info = fields.get(step)
        if info is None:
            parts.append(str(step))
            break
        parts.append(info.title or step)
        current = _inner_model(info.annotation)
    return "".join(parts)


def _inner_model(annotation: Any) -> Any:
    """The pydantic model inside ``Model``, ``list[Model]`` or ``Model | None``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


# Why a value was refused, in the officer's words; the English side keeps pydantic's text.
_REASONS_ZH = {
    "greater_than": "应大于{gt}",
    "greater_than_equal": "不能小于{ge}",
    "less_than_equal": "不能大于{le}",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "date_parsing": "日期格式不正确",
    "date_from_datetime_parsing": "日期格式不正确",
    "date_type": "日期格式不正确",
    "literal_error": "应为以下之一：{expected}",
    "extra_forbidden": "不是此文书的栏目",
    "bool_parsing": "应为是或否",
}
MISSING_TYPES = {"missing", "string_too_short", "too_short", "mandatory"}


def refusal(model: type[BaseModel], exc: ValidationError) -> MissingFieldError:
    error = exc.errors(include_url=False)[0]
    loc = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    label = _label(model, loc) if loc else ""
    if error["type"] == "form_rule":
        return MissingFieldError(Msg(str(ctx["zh"]), str(ctx["en"])), label)
    if error["type"] == "mandatory":  # raised by a model validator: loc names the model
        label += str(ctx["label"])
    path = f" ({'.'.join(str(p) for p in loc)})" if loc else ""
    if error["type"] in MISSING_TYPES:
        return MissingFieldError(
            Msg(f"缺少必填项：{label}", f"Mandatory field missing: {label}{path}"), label
        )
    reason = _REASONS_ZH.get(error["type"], "格式不正确").format(**ctx)
    return MissingFieldError(
        Msg(
            f"填写有误：{label}（{reason}）",
            f"Invalid value for {label}{path}: {error['msg']}",
        ),
        label,
    )


class Party(Snap):
    """The common party block (reference.md §1.4): an organisation or an individual."""

    kind: Literal["organisation", "individual"] = F("类型", "organisation")
    name: Text = F("名称")
    code: Text = F("统一社会信用代码（身份证号码）")
    address: Text = F("地址")
    legal_representative: str = F("法定代表人（负责人）", "")
    position: str = F("职务", "")
    phone: str = F("联系电话", "")
    postcode: str = F("邮政编码", "")
    # Published copies hide part of the number (reference.md §1.4: 91620104091190****).
    mask_code: bool = F("隐去部分号码", False)

    @property
    def printed_code(self) -> str:
        return self.code[:-4] + "****" if self.mask_code and len(self.code) > 8 else self.code

    @property
    def you(self) -> str:
        """How a letter addresses the party: 你单位 (organisation) or 你 (individual)."""
        return "你单位" if self.kind == "organisation" else "你"

    @property
    def code_label(self) -> str:
        return "统一社会信用代码" if self.kind == "organisation" else "居民身份证号码"

    @model_validator(mode="after")
    def _organisation_has_representative(self) -> Self:
        if self.kind == "organisation" and not self.legal_representative:
            raise missing("法定代表人（负责人）")
        return self


class Officer(Snap):
    name: Text = F("执法人员姓名")
    certificate_no: Text = F("执法证号")


class Appeal(Snap):
    """Where and how long to challenge a decision (reference.md T18, T19)."""

    review_body: Text = F("复议机关")
    court: Text = F("管辖人民法院")
    review_days: int = F("复议期限（日）", 60)
    litigation_months: int = F("诉讼期限（月）", 6)


class Form(Snap, Signable):
    """An internal form or record: the agency heads it, no number is drawn for it."""

    agency_name: Text = F("执法机关名称")
    agency_short: Text = F("机关简称", "我局")  # how the text refers to the agency


class Letter(Form):
    """A document issued in the agency's name: numbered, dated and sealed."""

    number: Text = F("文书编号")
    issued_on: date = F("文书日期")


CHINA_TIME = timezone(timedelta(hours=8), "CST")  # one zone, no daylight saving


def china_day(moment: datetime) -> date:
    """The day in China of a stored moment (UTC; a naive one is read as UTC): an inspection at
    00:30 on the 23rd is on the 23rd, not on the UTC day before."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(CHINA_TIME).date()


def cn_date(value: date | None) -> str:
    """``2026年11月24日``; GB/T 9704-2012 writes the date of an official document in Arabic."""
    return f"{value.year}年{value.month}月{value.day}日" if value else "    年  月  日"

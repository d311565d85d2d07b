"""Evaluating answers against a checklist template: visibility, outcomes, findings, progress.

Everything here is a pure function of (template, answers), so the UI, the inspection use cases,
the printed record and the tests all reach the same verdict from the same data, and nothing has
to be stored that can be recomputed.

Answers are a mapping from item code to value:

* ``yes_no_na``: ``"Y"`` (compliant), ``"N"`` (non-compliant), ``"A"`` (not applicable)
* ``number``: a float (an int is accepted and treated as a float)
* ``choice``: the code of one of the item's choices
* ``text``: a string
* ``photo``: ``"Y"`` / ``"N"`` (photo taken or not)

A missing key, ``None`` and blank text all mean "not answered yet".  Answers of hidden items are
ignored but not deleted by these functions: if the officer flips a8 back, the answer to a9
reappears instead of being lost.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum

from inspector_app.checklists.schema import (
    PHOTO_VALUES,
    YES_NO_NA_VALUES,
    ChecklistTemplate,
    Condition,
    Item,
)
from inspector_app.i18n import Msg, UserError

#: A normalised answer: None (unanswered), a string code/text, or a float.
AnswerValue = str | float | None


class Outcome(StrEnum):
    """The verdict on one item; the string values are stable and may be stored."""

    COMPLIANT = "compliant"
    NON_COMPLIANT = "non_compliant"
    NOT_APPLICABLE = "not_applicable"
    UNANSWERED = "unanswered"
    INFO = "info"  # text or photo: recorded, never judged


class AnswerError(UserError):
    """An answer that the item cannot have (e.g. "X" for a yes/no item, a word for a number)."""

    def __init__(self, item: Item, msg: Msg) -> None:
        super().__init__(msg)
        self.item_code = item.code


def normalize_answer(item: Item, value: object) -> AnswerValue:
    """Check ``value`` against the item's kind and return it in canonical form.

    Canonical means: ``None`` for "not answered" (including blank text), floats for numbers,
    stripped text.  A value of the wrong type raises :class:`AnswerError` rather than being
    silently judged, because a wrong verdict on a legal finding is worse than an error message.
    """
    if value is None:
        return None
    kind = item.kind
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(item, "应为数字", "must be a number", value)
        number = float(value)
        if not math.isfinite(number):
            raise _bad(item, "应为有限数字", "must be a finite number", value)
        return number
    if not isinstance(value, str):
        raise _bad(item, "应为文本代码", "must be a text code", value)
    if kind == "text":
        text = value.strip()
        return text or None
    if kind == "yes_no_na":
        allowed: tuple[str, ...] = YES_NO_NA_VALUES
    elif kind == "photo":
        allowed = PHOTO_VALUES
    else:
        allowed = tuple(choice.code for choice in item.choices)
    if value not in allowed:
        listed = " / ".join(allowed)
        raise _bad(item, f"应为 {listed} 之一", f"must be one of {listed}", value)
    return value


def outcome(item: Item, value: object) -> Outcome:
    """The verdict for one answer.

    Limits are inclusive: a value equal to ``limit_max`` or ``limit_min`` is still compliant,
    as emission standards are written as "不超过" (not more than).
    """
    answer = normalize_answer(item, value)
    if answer is None:
        return Outcome.UNANSWERED
    if item.kind in ("text", "photo"):
        return Outcome.INFO
    if item.kind == "yes_no_na":
        return {
            "Y": Outcome.COMPLIANT,
            "N": Outcome.NON_COMPLIANT,
            "A": Outcome.NOT_APPLICABLE,
        }[str(answer)]
    if item.kind == "number":
        assert isinstance(answer, float)
        too_high = item.limit_max is not None and answer > item.limit_max
        too_low = item.limit_min is not None and answer < item.limit_min
        return Outcome.NON_COMPLIANT if too_high or too_low else Outcome.COMPLIANT
    choice = next(c for c in item.choices if c.code == answer)
    return Outcome.COMPLIANT if choice.compliant else Outcome.NON_COMPLIANT


def visible_items(template: ChecklistTemplate, answers: Mapping[str, object]) -> list[Item]:
    """The items the officer should see now, in template order.

    An item is visible when all of its show_if conditions hold.  A condition on an item that is
    itself hidden never holds, so a chain (a8 → a9 → ...) collapses as a whole; this is decided in
    one pass because conditions may only refer to earlier items (checked by the schema).
    """
    shown: dict[str, Item] = {}
    for item in template.iter_items():
        if all(_holds(condition, shown, answers) for condition in item.show_if):
            shown[item.code] = item
    return list(shown.values())


def missing_required(template: ChecklistTemplate, answers: Mapping[str, object]) -> list[Item]:
    """Visible required items that have no answer yet: what blocks finishing the inspection."""
    return [
        item
        for item in visible_items(template, answers)
        if item.required and outcome(item, answers.get(item.code)) is Outcome.UNANSWERED
    ]


def findings(template: ChecklistTemplate, answers: Mapping[str, object]) -> list[Item]:
    """Visible items answered non-compliant: the candidates for the record and the case."""
    return [
        item
        for item in visible_items(template, answers)
        if outcome(item, answers.get(item.code)) is Outcome.NON_COMPLIANT
    ]


def progress(
    template: ChecklistTemplate, answers: Mapping[str, object]
) -> dict[str, tuple[int, int]]:
    """Per section code: (answered, visible) item counts, optional items included.

    Every section appears, in template order, even when all of its items are hidden (0, 0), so
    the UI can list sections without special cases.
    """
    visible = {item.code for item in visible_items(template, answers)}
    result: dict[str, tuple[int, int]] = {}
    for section in template.sections:
        shown = [item for item in section.items if item.code in visible]
        answered = sum(
            outcome(item, answers.get(item.code)) is not Outcome.UNANSWERED for item in shown
        )
        result[section.code] = (answered, len(shown))
    return result


def _holds(condition: Condition, shown: Mapping[str, Item], answers: Mapping[str, object]) -> bool:
    target = shown.get(condition.item)
    if target is None:
        return False
    answer = normalize_answer(target, answers.get(condition.item))
    return answer is not None and answer in condition.values


def _bad(item: Item, zh: str, en: str, value: object) -> AnswerError:
    return AnswerError(
        item,
        Msg(
            f"条目 {item.code} 的答案 {value!r} 无效：{zh}",
            f"item {item.code}: answer {value!r} {en}",
        ),
    )

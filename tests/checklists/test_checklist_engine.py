"""The answer engine: visibility, outcomes, required items, findings and progress."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.checklists import (
    AnswerError,
    ChecklistTemplate,
    Outcome,
    default_templates_dir,
    findings,
    load_template,
    missing_required,
    normalize_answer,
    outcome,
    progress,
    visible_items,
)
from inspector_app.checklists.schema import Item

# Module-level (not a fixture) so that hypothesis tests can use it too.
TEMPLATE = load_template(Path(__file__).parent / "data" / "demo.yaml")


def _codes(items: list[Item]) -> list[str]:
    return [item.code for item in items]


# --- visibility --------------------------------------------------------------------------------


def test_show_if_hides_until_the_condition_holds(small_template: ChecklistTemplate) -> None:
    hidden = _codes(visible_items(small_template, {}))
    assert "a3" not in hidden and "a4" not in hidden
    assert _codes(visible_items(small_template, {"a2": "A"})) == hidden
    shown = _codes(visible_items(small_template, {"a2": "N"}))
    assert shown == ["a1", "a2", "a3", "b1", "b2", "b3", "b4"]


def test_show_if_chain_collapses(small_template: ChecklistTemplate) -> None:
    answers: dict[str, object] = {"a2": "Y", "a3": "Y"}
    assert "a4" in _codes(visible_items(small_template, answers))
    # a3 keeps its stale "Y", but a3 is hidden now, so a4 goes too.
    answers["a2"] = "A"
    codes = _codes(visible_items(small_template, answers))
    assert "a3" not in codes and "a4" not in codes


def test_visible_items_keep_template_order(small_template: ChecklistTemplate) -> None:
    all_codes = [item.code for item in small_template.iter_items()]
    shown = _codes(visible_items(small_template, {"a2": "Y", "a3": "Y"}))
    assert shown == all_codes


def test_shipped_receiver_licence_follows_transfers() -> None:
    hw = load_template(default_templates_dir() / "hazardous_waste.yaml")
    assert "a9" not in _codes(visible_items(hw, {}))
    assert "a9" not in _codes(visible_items(hw, {"a8": "A"}))  # no transfers in the period
    assert "a9" in _codes(visible_items(hw, {"a8": "Y"}))
    assert "a9" in _codes(visible_items(hw, {"a8": "N"}))


# --- outcomes ----------------------------------------------------------------------------------


def test_yes_no_na_outcomes() -> None:
    item = TEMPLATE.item("a1")
    assert outcome(item, "Y") is Outcome.COMPLIANT
    assert outcome(item, "N") is Outcome.NON_COMPLIANT
    assert outcome(item, "A") is Outcome.NOT_APPLICABLE
    assert outcome(item, None) is Outcome.UNANSWERED


def test_number_over_limit_is_non_compliant() -> None:
    item = TEMPLATE.item("b2")  # limit_max 10
    assert outcome(item, 10.5) is Outcome.NON_COMPLIANT
    assert outcome(item, 10) is Outcome.COMPLIANT  # the limit itself is allowed
    assert outcome(item, 3.2) is Outcome.COMPLIANT


def test_number_under_limit_min_is_non_compliant() -> None:
    item = TEMPLATE.item("b3")  # pH 6..9
    assert outcome(item, 5.9) is Outcome.NON_COMPLIANT
    assert outcome(item, 9.1) is Outcome.NON_COMPLIANT
    assert outcome(item, 6) is Outcome.COMPLIANT
    assert outcome(item, 7.4) is Outcome.COMPLIANT


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_number_outcome_matches_the_limits(value: float) -> None:
    item = TEMPLATE.item("b3")
    expected = Outcome.COMPLIANT if 6 <= value <= 9 else Outcome.NON_COMPLIANT
    assert outcome(item, value) is expected


def test_choice_outcome_follows_the_compliant_flag() -> None:
    item = TEMPLATE.item("b1")
    assert outcome(item, "valid") is Outcome.COMPLIANT
    assert outcome(item, "expired") is Outcome.NON_COMPLIANT


def test_text_and_photo_are_information() -> None:
    assert outcome(TEMPLATE.item("b4"), "现场有异味") is Outcome.INFO
    assert outcome(TEMPLATE.item("b4"), "   ") is Outcome.UNANSWERED
    assert outcome(TEMPLATE.item("a4"), "N") is Outcome.INFO
    assert outcome(TEMPLATE.item("a4"), "Y") is Outcome.INFO


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("a1", "yes"),
        ("a1", True),
        ("a4", "A"),  # a photo is taken or not; it cannot be "not applicable"
        ("b1", "revoked"),
        ("b2", "12"),
        ("b2", True),
        ("b2", math.nan),
        ("b2", math.inf),
        ("b4", 3),
    ],
)
def test_impossible_answers_are_refused(code: str, value: Any) -> None:
    item = TEMPLATE.item(code)
    with pytest.raises(AnswerError) as info:
        outcome(item, value)
    assert info.value.item_code == code
    assert code in info.value.render("zh") and code in info.value.render("en")


def test_normalize_answer() -> None:
    assert normalize_answer(TEMPLATE.item("b2"), 7) == 7.0
    assert isinstance(normalize_answer(TEMPLATE.item("b2"), 7), float)
    assert normalize_answer(TEMPLATE.item("b4"), "  note ") == "note"
    assert normalize_answer(TEMPLATE.item("b4"), "") is None


# --- whole-template views ----------------------------------------------------------------------


def test_missing_required_lists_visible_required_unanswered(
    small_template: ChecklistTemplate,
) -> None:
    # b3, b4 are optional; a3 and a4 hidden.
    assert _codes(missing_required(small_template, {})) == ["a1", "a2", "b1", "b2"]
    answers: dict[str, object] = {"a1": "Y", "a2": "N", "b1": "valid"}
    # a3 appears (transfers happened) and is required; a4 is optional and still hidden.
    assert _codes(missing_required(small_template, answers)) == ["a3", "b2"]
    answers.update({"a3": "A", "b2": 4.0})
    assert missing_required(small_template, answers) == []


def test_not_applicable_counts_as_answered(small_template: ChecklistTemplate) -> None:
    answers = {"a1": "A", "a2": "A", "b1": "valid", "b2": 1.0}
    assert missing_required(small_template, answers) == []


def test_findings_are_visible_non_compliant_items(small_template: ChecklistTemplate) -> None:
    answers: dict[str, object] = {
        "a1": "N",
        "a2": "Y",
        "a3": "N",
        "b1": "expired",
        "b2": 12.5,
        "b3": 7.0,
        "b4": "记录",
    }
    assert _codes(findings(small_template, answers)) == ["a1", "a3", "b1", "b2"]
    # When a2 is set to "not applicable", the hidden a3's stale "N" is no longer a finding.
    answers["a2"] = "A"
    assert _codes(findings(small_template, answers)) == ["a1", "b1", "b2"]


def test_findings_empty_when_all_compliant(small_template: ChecklistTemplate) -> None:
    answers = {"a1": "Y", "a2": "Y", "a3": "Y", "a4": "Y", "b1": "valid", "b2": 2.0}
    assert findings(small_template, answers) == []


def test_progress_counts_answered_and_visible(small_template: ChecklistTemplate) -> None:
    assert progress(small_template, {}) == {"first": (0, 2), "second": (0, 4)}
    answers: dict[str, object] = {"a1": "Y", "a2": "Y", "b2": 3.0, "b4": ""}
    assert progress(small_template, answers) == {"first": (2, 3), "second": (1, 4)}
    answers.update({"a3": "Y"})
    assert progress(small_template, answers) == {"first": (3, 4), "second": (1, 4)}


def test_progress_lists_every_section_in_order() -> None:
    hw = load_template(default_templates_dir() / "hazardous_waste.yaml")
    result = progress(hw, {})
    assert list(result) == [section.code for section in hw.sections]
    assert result["transfer"] == (0, 1)  # a9 hidden until a8 is answered


def test_scenario_one_findings() -> None:
    """SCENARIOS.md §1: missing labels (a2) and a ledger gap (a4); the rest compliant or N/A."""
    hw = load_template(default_templates_dir() / "hazardous_waste.yaml")
    answers: dict[str, object] = {item.code: "Y" for item in hw.iter_items()}
    answers.update({"a2": "N", "a4": "N", "a12": "A", "a8": "A"})
    assert _codes(findings(hw, answers)) == ["a2", "a4"]
    assert missing_required(hw, answers) == []
    assert [v for item in findings(hw, answers) for v in item.violations] == ["V24", "V26"]


@given(
    st.dictionaries(
        st.sampled_from([item.code for item in TEMPLATE.iter_items() if item.kind == "yes_no_na"]),
        st.sampled_from(["Y", "N", "A"]),
    )
)
def test_views_agree(answers: dict[str, str]) -> None:
    """Findings and missing items are always visible; progress adds up to the visible items."""
    visible = _codes(visible_items(TEMPLATE, answers))
    assert set(_codes(findings(TEMPLATE, answers))) <= set(visible)
    assert set(_codes(missing_required(TEMPLATE, answers))) <= set(visible)
    counts = progress(TEMPLATE, answers)
    assert sum(total for _, total in counts.values()) == len(visible)
    assert all(0 <= done <= total for done, total in counts.values())

"""A case opened before the Ecological Environment Code took effect (2026-08-15) and decided
after it: where the Code is lighter, the decision must apply it (行政处罚法 Art. 37 compares at
the time of the decision).  HW signs (V24): 固废法 100,000–1,000,000 yuan before, Code
50,000–200,000 after."""

from __future__ import annotations

from datetime import date

import pytest
from casehelpers import SETTINGS, World, open_clue_case, steps

from inspector_app.cases.service import get_case, perform, repropose
from inspector_app.i18n import UserError

D = date


def refused(world: World, case_id, code: str, day: date) -> UserError:
    with world.db.session() as s, pytest.raises(UserError) as caught:
        perform(s, case_id, code, day, world.li, None, settings=SETTINGS, issue=False)
    return caught.value


def test_a_decision_after_the_code_applies_the_lighter_code(world: World) -> None:
    case_id = open_clue_case(world, ["V24"], violation_day=D(2026, 8, 1), opened_on=D(2026, 8, 3))
    with world.db.session() as s:
        assert get_case(s, case_id).rules[0]["regime"] == "pre_code"
    steps(
        world,
        case_id,
        ("file", D(2026, 8, 4)),
        ("report", D(2026, 8, 10)),
        ("prior_notice", D(2026, 8, 12)),
        ("serve_notice", D(2026, 8, 12)),
        ("waive", D(2026, 8, 12)),
        ("legal_review", D(2026, 8, 13)),
        ("collective_discussion", D(2026, 8, 13)),
    )
    error = refused(world, case_id, "decide", D(2026, 9, 20))
    assert "V24 按新规定处罚较轻" in error.msg.zh and "Art. 37" in error.msg.en

    with world.db.session() as s:
        case = repropose(s, case_id, {}, world.li, D(2026, 9, 20))
        assert case.status == "reported"  # notify again, under the Code
        assert case.rules[0]["regime"] == "code"
        assert case.fine_fen is not None and case.fine_fen <= 200_000_00
    steps(
        world,
        case_id,
        ("prior_notice", D(2026, 9, 21)),
        ("serve_notice", D(2026, 9, 21)),
        ("waive", D(2026, 9, 21)),
        ("decide", D(2026, 9, 22)),
    )


def test_a_case_opened_before_the_code_is_notified_under_the_lighter_code(world: World) -> None:
    case_id = open_clue_case(world, ["V24"], violation_day=D(2026, 8, 1), opened_on=D(2026, 8, 3))
    steps(world, case_id, ("file", D(2026, 8, 4)), ("report", D(2026, 8, 10)))
    assert "按新规定处罚较轻" in refused(world, case_id, "prior_notice", D(2026, 9, 1)).msg.zh
    # Where the Code is not lighter (air excess V1: 100,000–1,000,000 both), nothing changes.
    other = open_clue_case(world, ["V1"], violation_day=D(2026, 8, 1), opened_on=D(2026, 8, 3))
    steps(
        world,
        other,
        ("file", D(2026, 8, 4)),
        ("report", D(2026, 8, 10)),
        ("prior_notice", D(2026, 9, 1)),
    )

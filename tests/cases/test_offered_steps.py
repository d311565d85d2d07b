"""The case view offers only steps whose precondition holds: no "release sealing" button when
nothing is sealed, no re-check without an order, no reminder with nothing due."""

from __future__ import annotations

import uuid
from datetime import date as D

from casehelpers import World, open_clue_case, steps

from inspector_app.cases.offer import offered_steps
from inspector_app.cases.records import case_view
from inspector_app.cases.service import get_case


def offered(world: World, case_id: uuid.UUID) -> set[str]:
    with world.db.session() as s:
        return {step.code for step in offered_steps(case_view(s, get_case(s, case_id)))}


def test_steps_that_need_an_earlier_one_appear_once_it_is_taken(world: World) -> None:
    case_id = open_clue_case(world, ["V2"])
    first = offered(world, case_id)
    assert {"file", "seal", "preserve", "order_to_correct"} <= first
    assert not first & {"seal_release", "seal_extend", "preserve_decide", "onsite_report"}
    steps(world, case_id, ("seal", D(2026, 11, 23)), ("preserve", D(2026, 11, 23)))
    assert {"seal_release", "seal_extend", "preserve_decide"} <= offered(world, case_id)
    steps(world, case_id, ("seal_release", D(2026, 11, 24)))
    assert "seal_release" not in offered(world, case_id)


def test_a_filed_case_offers_no_recheck_until_an_order_is_served(world: World) -> None:
    case_id = open_clue_case(world, ["V2"])
    steps(world, case_id, ("file", D(2026, 11, 23)))
    assert "recheck" not in offered(world, case_id)
    assert "suspend" in offered(world, case_id)
    steps(world, case_id, ("order_to_correct", D(2026, 11, 24)))
    assert "recheck" in offered(world, case_id)


def test_the_on_the_spot_penalty_is_offered_only_where_the_law_allows_a_small_fine(
    world: World,
) -> None:
    # V2's minimum is 100,000 yuan; V18's fine starts low enough for the summary procedure.
    assert "onsite_decide" not in offered(world, open_clue_case(world, ["V2"]))
    assert "onsite_decide" in offered(world, open_clue_case(world, ["V18"]))

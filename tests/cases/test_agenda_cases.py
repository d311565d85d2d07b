"""The Today page's agenda carries every open case's statutory time limits, overdue first."""

from __future__ import annotations

from datetime import date

from casehelpers import World, open_clue_case, steps

from inspector_app.agenda import agenda


def test_case_deadlines_reach_the_agenda_and_go_when_met(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", date(2026, 11, 23)))
    with world.db.session() as s:
        due = [e for e in agenda(s, date(2026, 11, 24)) if e.kind == "case"]
    assert due, "an open case has time limits"
    assert all(e.target == case_id and "兰州某精细化工有限公司" in e.title for e in due)
    assert due == sorted(due, key=lambda e: (not e.overdue, e.due))

    with world.db.session() as s:  # long after: the decision limit has passed unmet
        late = [e for e in agenda(s, date(2027, 12, 1)) if e.kind == "case"]
    assert any(e.overdue for e in late)
    assert "T" in late[0].detail.zh  # the rule number of reference.md §1.1 is named

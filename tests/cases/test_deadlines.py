"""Every statutory time limit of reference.md §1.1, computed from the recorded dates."""

from __future__ import annotations

from datetime import date

import pytest
from casehelpers import SETTINGS, World, limits, open_clue_case, steps

from inspector_app.cases.deadlines import due_items
from inspector_app.cases.overview import case_rows
from inspector_app.cases.view import add_months, add_working_days, surcharge_fen
from inspector_app.i18n import UserError

D = date


def to_decision(world: World, case_id, *, heavy: bool = False) -> None:
    """Filed 11-23, reported 11-25, notice served 11-26, statement waived; the decision 12-02."""
    steps(
        world,
        case_id,
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
        ("waive", D(2026, 11, 27)),
    )
    if heavy:
        steps(
            world,
            case_id,
            ("legal_review", D(2026, 12, 1)),
            ("collective_discussion", D(2026, 12, 1)),
        )
    steps(world, case_id, ("decide", D(2026, 12, 2)))


def test_filing_limit_t4_is_a_setting_and_shows_overdue(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    assert limits(world, case_id)["T4"] == [(D(2026, 12, 7), None)]  # 15 days [U]
    with world.db.session() as s:
        items = due_items(s, D(2026, 12, 8), SETTINGS)
    t4 = [i for i in items if i.rule == "T4"]
    assert t4 and t4[0].overdue and t4[0].days_left == -1
    with world.db.session() as s:
        row = case_rows(s, D(2026, 12, 8), SETTINGS)[0]
    assert (row.status_zh, row.next_title_zh, row.overdue) == ("待立案", "立案审批", True)
    steps(world, case_id, ("file", D(2026, 11, 23)))
    assert limits(world, case_id)["T4"] == [(D(2026, 12, 7), D(2026, 11, 23))]


def test_limitation_t3_refuses_a_case_discovered_too_late(world: World) -> None:
    with pytest.raises(UserError, match="2年内未被发现"):
        open_clue_case(world, ["V24"], violation_day=D(2024, 11, 1), opened_on=D(2026, 11, 2))


def test_preservation_t5_seven_days(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("preserve", D(2026, 11, 22)))
    # Seven working days (行政处罚法 Arts. 56, 85) from Sunday 22 Nov: Tuesday 1 Dec.
    assert limits(world, case_id)["T5"] == [(D(2026, 12, 1), None)]
    steps(world, case_id, ("preserve_decide", D(2026, 11, 27)))
    assert limits(world, case_id)["T5"] == [(D(2026, 12, 1), D(2026, 11, 27))]


def test_decision_t6_ninety_days_extensions_and_hearing_time(world: World) -> None:
    case_id = open_clue_case(world, ["V24", "V26"])  # 250,000 yuan: hearing right
    steps(world, case_id, ("file", D(2026, 11, 23)))
    assert limits(world, case_id)["T6"] == [(D(2027, 2, 21), None)]
    steps(world, case_id, ("extend", D(2027, 2, 1)))
    assert limits(world, case_id)["T6"] == [(D(2027, 3, 23), None)]  # +30 [U]
    with pytest.raises(UserError, match="集体讨论"):
        steps(world, case_id, ("extend", D(2027, 2, 2)))
    with pytest.raises(UserError, match="1至60日"):
        steps(world, case_id, ("extend", D(2027, 2, 2), {"collective": True, "days": 365}))
    steps(world, case_id, ("extend", D(2027, 2, 2), {"collective": True, "days": 20}))
    assert limits(world, case_id)["T6"] == [(D(2027, 4, 12), None)]
    with pytest.raises(UserError, match="两次"):
        steps(world, case_id, ("extend", D(2027, 2, 3), {"collective": True}))
    # Hearing time (request to hearing held) is not counted: 14 more days.
    steps(
        world,
        case_id,
        ("report", D(2027, 2, 3)),
        ("prior_notice", D(2027, 2, 4)),
        ("serve_notice", D(2027, 2, 4)),
        ("hearing_request", D(2027, 2, 6)),
        ("hearing_notice", D(2027, 2, 8), {"hearing_date": "2027-02-20"}),
        ("hearing_record", D(2027, 2, 20)),
    )
    assert limits(world, case_id)["T6"] == [(D(2027, 4, 26), None)]
    assert limits(world, case_id)["T10"] == [(D(2027, 2, 20), D(2027, 2, 20))]


def test_statement_t8_and_hearing_request_t9_periods(world: World) -> None:
    case_id = open_clue_case(world, ["V24", "V26"])
    steps(
        world,
        case_id,
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
    )
    got = limits(world, case_id)
    # Five working days from Thursday 26 Nov (Art. 85): the weekend does not count.
    assert got["T8"] == [(D(2026, 12, 3), None)]  # 5 days [U]
    assert got["T9"] == [(D(2026, 12, 3), None)]  # 5 days [V-law]
    with world.db.session() as s:
        running = [i.rule for i in due_items(s, D(2026, 12, 3), SETTINGS)]
        over = [i.rule for i in due_items(s, D(2026, 12, 4), SETTINGS)]
    assert {"T8", "T9"} <= set(running)
    assert not {"T8", "T9"} & set(over)  # the party's time is over: nothing to wait for


def test_hearing_notice_t10_seven_days_ahead(world: World) -> None:
    case_id = open_clue_case(world, ["V24", "V26"])
    steps(
        world,
        case_id,
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
        ("hearing_request", D(2026, 11, 28)),
    )
    # Seven working days from Monday 30 Nov: Wednesday 9 Dec at the earliest.
    with pytest.raises(UserError, match="不得早于2026-12-09"):
        steps(world, case_id, ("hearing_notice", D(2026, 11, 30), {"hearing_date": "2026-12-08"}))
    steps(world, case_id, ("hearing_notice", D(2026, 11, 30), {"hearing_date": "2026-12-09"}))


def test_onsite_penalty_report_t13(world: World) -> None:
    case_id = open_clue_case(world, ["V18"])  # fine up to 50,000 yuan
    steps(world, case_id, ("onsite_decide", D(2026, 11, 22), {"fine_fen": 2_000_00}))
    assert limits(world, case_id)["T13"] == [(D(2026, 11, 25), None)]
    got = limits(world, case_id)
    assert "T14" not in got and "T6" not in got  # summary procedure
    assert "T4" not in got  # never filed: no filing decision falls due


def test_service_payment_appeal_t14_t15_t18_t19(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    to_decision(world, case_id)
    assert limits(world, case_id)["T14"] == [(D(2026, 12, 11), None)]  # 7 working days
    steps(world, case_id, ("serve", D(2026, 12, 3)))
    got = limits(world, case_id)
    assert got["T14"] == [(D(2026, 12, 11), D(2026, 12, 3))]
    assert got["T15"] == [(D(2026, 12, 18), None)]
    assert got["T18"] == [(D(2027, 2, 1), None)]
    assert got["T19"] == [(D(2027, 6, 3), None)]


def test_surcharge_t16_three_percent_a_day_capped_at_the_fine() -> None:
    due = D(2026, 12, 18)
    assert surcharge_fen(100_000_00, due, due) == 0
    assert surcharge_fen(100_000_00, due, D(2026, 12, 19)) == 3_000_00
    assert surcharge_fen(100_000_00, due, D(2026, 12, 28)) == 30_000_00
    assert surcharge_fen(100_000_00, due, D(2027, 3, 1)) == 100_000_00  # capped


def test_deferral_t17_moves_the_payment_due_date(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    to_decision(world, case_id)
    instalments = [{"due_on": "2027-01-15", "amount_fen": 1}, {"due_on": "2027-02-15"}]
    steps(
        world,
        case_id,
        ("serve", D(2026, 12, 3)),
        ("defer", D(2026, 12, 10), {"instalments": instalments}),
    )
    assert limits(world, case_id)["T15"] == [(D(2027, 2, 15), None)]


def test_court_enforcement_t21_reminder_ten_days_and_three_months(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    to_decision(world, case_id)
    steps(world, case_id, ("serve", D(2026, 12, 3)))
    with pytest.raises(UserError, match="期满未缴纳方可催告"):
        steps(world, case_id, ("remind", D(2026, 12, 18)))
    steps(world, case_id, ("remind", D(2026, 12, 19)))
    assert limits(world, case_id)["T21"] == [(D(2027, 9, 3), None)]
    with pytest.raises(UserError, match="复议、诉讼期限至2027-06-03"):
        steps(world, case_id, ("enforce", D(2027, 1, 5)))
    with pytest.raises(UserError, match="已于2027-09-03届满"):
        steps(world, case_id, ("enforce", D(2027, 9, 4)))
    steps(world, case_id, ("enforce", D(2027, 6, 10)))
    assert limits(world, case_id)["T21"] == [(D(2027, 9, 3), D(2027, 6, 10))]


def test_reminder_ten_day_wait_before_enforcement(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    to_decision(world, case_id)
    steps(world, case_id, ("serve", D(2026, 12, 3)), ("remind", D(2027, 6, 1)))
    # Ten working days (行政强制法 Arts. 54, 69) from Tuesday 1 June 2027: Tuesday 15 June.
    with pytest.raises(UserError, match="2027-06-15起"):
        steps(world, case_id, ("enforce", D(2027, 6, 14)))


def test_sealing_t22_thirty_days_plus_one_extension(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    with pytest.raises(UserError, match="最迟至2026-12-22"):
        steps(world, case_id, ("seal", D(2026, 11, 23), {"end_on": "2026-12-23"}))
    steps(world, case_id, ("seal", D(2026, 11, 23)))
    assert limits(world, case_id)["T22"] == [(D(2026, 12, 22), None)]  # 30 days with the first
    # The extension is at most 30 days more (23 Dec – 21 Jan), never 31.
    with pytest.raises(UserError, match="最迟至2027-01-21"):
        steps(world, case_id, ("seal_extend", D(2026, 12, 20), {"new_end_on": "2027-01-22"}))
    steps(world, case_id, ("seal_extend", D(2026, 12, 20), {"new_end_on": "2027-01-21"}))
    assert limits(world, case_id)["T22"] == [(D(2027, 1, 21), None)]
    with pytest.raises(UserError, match="只能延长一次"):
        steps(world, case_id, ("seal_extend", D(2026, 12, 21)))
    steps(world, case_id, ("seal_release", D(2027, 1, 10)))
    assert limits(world, case_id)["T22"] == [(D(2027, 1, 21), D(2027, 1, 10))]


def test_recheck_t23_within_thirty_days_of_the_order(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("order_to_correct", D(2026, 11, 22), {"served_on": "2026-11-22"}))
    assert limits(world, case_id)["T23"] == [(D(2026, 12, 22), None)]
    steps(
        world, case_id, ("file", D(2026, 11, 23)), ("recheck", D(2026, 12, 5), {"corrected": True})
    )
    assert limits(world, case_id)["T23"] == [(D(2026, 12, 22), D(2026, 12, 5))]


def test_production_order_t24_seven_working_days(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    data = {"approved_on": "2026-11-27", "end_on": "2027-02-27"}  # a Friday
    steps(world, case_id, ("file", D(2026, 11, 23)), ("production_order", D(2026, 11, 27), data))
    got = limits(world, case_id)["T24"]
    assert (D(2026, 12, 8), None) in got and (D(2027, 2, 27), None) in got
    assert add_working_days(D(2026, 11, 27), 7) == D(2026, 12, 8)


def test_detention_transfer_t25_three_days(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)))
    with pytest.raises(UserError, match="须先经审批"):
        steps(world, case_id, ("detention_send", D(2026, 11, 24)))
    steps(world, case_id, ("detention_approve", D(2026, 11, 24)))
    assert limits(world, case_id)["T25"] == [(D(2026, 11, 27), None)]
    steps(world, case_id, ("detention_send", D(2026, 11, 26)))
    assert limits(world, case_id)["T25"] == [(D(2026, 11, 27), D(2026, 11, 26))]


def test_months_are_clipped_to_the_month_end() -> None:
    assert add_months(D(2026, 8, 31), 6) == D(2027, 2, 28)


def test_closed_case_has_nothing_due(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("withdraw", D(2026, 11, 23), {"reason": "证据不足"}))
    with world.db.session() as s:
        assert [
            i for i in due_items(s, D(2026, 12, 31), SETTINGS) if i.case_id == str(case_id)
        ] == []


def test_unverified_values_are_settings_read_from_the_settings_file() -> None:
    from inspector_app.cases.settings import CaseSettings

    settings = CaseSettings.from_extra({"cases": {"statement_days": 3, "unknown": 1}})
    assert settings.statement_days == 3 and settings.filing_days == 15
    assert CaseSettings.from_extra(None) == CaseSettings()


def test_the_notice_period_printed_is_the_one_counted(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)), ("report", D(2026, 11, 25)))
    from inspector_app.cases.service import perform

    with world.db.session() as s:
        perform(
            s,
            case_id,
            "prior_notice",
            D(2026, 11, 26),
            world.li,
            document={"statement_days": 7},
            settings=SETTINGS,
        )
    steps(world, case_id, ("serve_notice", D(2026, 11, 26)))
    assert limits(world, case_id)["T8"] == [(D(2026, 12, 7), None)]  # 7 working days


def test_working_days_skip_the_holidays_the_agency_lists() -> None:
    """A notice served the day before National Day: the party's five days start after the
    holiday, and the Saturday worked instead (调休) counts."""
    from inspector_app.cases.settings import CaseSettings

    week = [f"2026-10-0{n}" for n in range(1, 8)]
    settings = CaseSettings.from_extra(
        {"cases": {"holidays": week, "extra_workdays": ["2026-10-10"]}}
    )
    assert settings.holidays == tuple(week)
    assert add_working_days(D(2026, 9, 30), 5, settings) == D(2026, 10, 13)
    assert add_working_days(D(2026, 9, 30), 5) == D(2026, 10, 7)  # nothing listed: weekends only


def test_an_unpaid_fine_shows_up_once_overdue_until_reminded(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    to_decision(world, case_id)
    steps(world, case_id, ("serve", D(2026, 12, 3)))

    def rules(today: date) -> list[str]:
        with world.db.session() as s:
            return [i.rule for i in due_items(s, today, SETTINGS) if i.case_id == str(case_id)]

    assert "T16" not in rules(D(2026, 12, 18)) and "T15" in rules(D(2026, 12, 18))
    assert "T16" in rules(D(2026, 12, 19)) and "T15" not in rules(D(2026, 12, 19))
    steps(world, case_id, ("remind", D(2026, 12, 20)))
    assert "T16" not in rules(D(2026, 12, 21))

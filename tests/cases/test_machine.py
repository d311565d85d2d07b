"""The state machine refuses impossible steps, with the reason in both languages, and a refused
step changes nothing: no status, no number, no audit event."""

from __future__ import annotations

from datetime import date

import pytest
from casehelpers import SETTINGS, World, open_clue_case, steps
from sqlalchemy import func, select

from inspector_app.cases.machine import STATUSES, STEPS
from inspector_app.cases.service import get_case, open_case, perform
from inspector_app.forms.registry import DOCUMENT_TYPES
from inspector_app.i18n import UserError
from inspector_app.store import IssuedNumber
from inspector_app.store.audit import event_count

D = date


def refused(world: World, case_id, code: str, day: date, data=None, issue=False) -> UserError:
    with world.db.session() as s, pytest.raises(UserError) as caught:
        perform(s, case_id, code, day, world.li, data, settings=SETTINGS, issue=issue)
    return caught.value


def test_the_table_is_consistent() -> None:
    for step in STEPS.values():
        assert step.sources <= set(STATUSES), step.code
        assert step.target is None or step.target in STATUSES
        assert step.document is None or step.document in DOCUMENT_TYPES


def test_unknown_step_and_wrong_status_are_refused_in_both_languages(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    error = refused(world, case_id, "fly", D(2026, 11, 23))
    assert "没有这个办案步骤" in error.msg.zh and "Unknown case step" in error.msg.en
    error = refused(world, case_id, "serve", D(2026, 11, 23))
    assert error.msg.zh == "案件处于“待立案”状态，不能进行“送达处理决定”"
    assert "awaiting filing" in error.msg.en


def test_a_refused_step_changes_nothing(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)), ("report", D(2026, 11, 25)))
    with world.db.session() as s:
        before = (event_count(s), s.scalar(select(func.count()).select_from(IssuedNumber)))
    # A penalty decision without a prior notice, asked with its document: refused before any
    # number is drawn.
    error = refused(world, case_id, "decide", D(2026, 11, 26), issue=True)
    assert "必须事先告知" in error.msg.zh and "prior notice" in error.msg.en
    with world.db.session() as s:
        after = (event_count(s), s.scalar(select(func.count()).select_from(IssuedNumber)))
        assert get_case(s, case_id).status == "reported"
    assert after == before


def test_each_step_appends_to_the_audit_log(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    with world.db.session() as s:
        before = event_count(s)
    steps(world, case_id, ("file", D(2026, 11, 23)))
    with world.db.session() as s:
        assert event_count(s) == before + 1


def test_steps_must_keep_date_order(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)))
    error = refused(world, case_id, "report", D(2026, 11, 21))
    assert "早于上一步骤的日期" in error.msg.zh


def test_decision_waits_for_statement_hearing_and_reviews(world: World) -> None:
    case_id = open_clue_case(world, ["V24", "V26"])  # 250,000 yuan: hearing, review, discussion
    steps(
        world,
        case_id,
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
    )
    assert "尚未送达" in refused(world, case_id, "statement", D(2026, 11, 27)).msg.zh
    steps(world, case_id, ("serve_notice", D(2026, 11, 26)))
    assert "陈述申辩期限" in refused(world, case_id, "decide", D(2026, 11, 30)).msg.zh
    # Five working days from Thursday 26 Nov (Arts. 64, 85): the request period ends 3 Dec.
    assert (
        "听证申请期限已于2026-12-03届满"
        in refused(world, case_id, "hearing_request", D(2026, 12, 4)).msg.zh
    )
    steps(world, case_id, ("hearing_request", D(2026, 11, 30)))
    assert "不能进行“作出处理决定”" in refused(world, case_id, "decide", D(2026, 12, 2)).msg.zh
    steps(world, case_id, ("hearing_notice", D(2026, 12, 1), {"hearing_date": "2026-12-10"}))
    assert "不能提前记录" in refused(world, case_id, "hearing_record", D(2026, 12, 9)).msg.zh
    steps(world, case_id, ("hearing_record", D(2026, 12, 10)))
    assert "法制审核" in refused(world, case_id, "decide", D(2026, 12, 11)).msg.zh
    steps(world, case_id, ("legal_review", D(2026, 12, 11)))
    assert "集体讨论" in refused(world, case_id, "decide", D(2026, 12, 11)).msg.zh
    steps(world, case_id, ("collective_discussion", D(2026, 12, 14)), ("decide", D(2026, 12, 14)))


def test_a_statement_does_not_cut_short_the_hearing_request_period(world: World) -> None:
    # 250,000 yuan gives a right to a hearing: the party may still ask for one within five days
    # of the notice even after making a statement, so no decision can come before then.
    case_id = open_clue_case(world, ["V24", "V26"])
    steps(
        world,
        case_id,
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
        ("statement", D(2026, 11, 27)),
        ("legal_review", D(2026, 11, 27)),
        ("collective_discussion", D(2026, 11, 27)),
    )
    error = refused(world, case_id, "decide", D(2026, 12, 1))
    assert "听证申请期限至" in error.msg.zh and "hearing request period" in error.msg.en
    steps(world, case_id, ("decide", D(2026, 12, 10)))


def test_no_hearing_right_for_a_small_fine(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(
        world,
        case_id,
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
    )
    assert "不属于听证范围" in refused(world, case_id, "hearing_request", D(2026, 11, 27)).msg.zh


def test_closing_needs_payment_recheck_and_release(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    steps(
        world,
        case_id,
        ("order_to_correct", D(2026, 11, 22)),
        ("seal", D(2026, 11, 22)),
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
        ("waive", D(2026, 11, 27)),
        ("decide", D(2026, 11, 27)),
    )
    assert "尚未送达" in refused(world, case_id, "close", D(2026, 11, 28)).msg.zh
    steps(world, case_id, ("serve", D(2026, 11, 28)))
    assert "罚款尚未缴清" in refused(world, case_id, "close", D(2026, 11, 29)).msg.zh
    assert "请填写缴款金额" in refused(world, case_id, "pay", D(2026, 11, 29)).msg.zh
    steps(world, case_id, ("pay", D(2026, 12, 1), {"amount_fen": 100_00}))
    with world.db.session() as s:
        assert get_case(s, case_id).status == "executing"  # partly paid
    steps(world, case_id, ("pay", D(2026, 12, 2), {"amount_fen": 125_000_00}))
    assert "复查确认改正" in refused(world, case_id, "close", D(2026, 12, 3)).msg.zh
    steps(world, case_id, ("recheck", D(2026, 12, 3), {"corrected": True}))
    assert "查封、扣押尚未解除" in refused(world, case_id, "close", D(2026, 12, 4)).msg.zh
    steps(world, case_id, ("seal_release", D(2026, 12, 4)), ("close", D(2026, 12, 5)))
    assert "已结案" in refused(world, case_id, "pay", D(2026, 12, 6), {"amount_fen": 1}).msg.zh


def test_daily_penalty_needs_a_recheck_that_found_refusal(world: World) -> None:
    case_id = open_clue_case(world, ["V2"])
    steps(world, case_id, ("file", D(2026, 11, 23)))
    assert "没有责令改正决定" in refused(world, case_id, "recheck", D(2026, 11, 23)).msg.zh
    steps(
        world,
        case_id,
        ("order_to_correct", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
        ("waive", D(2026, 11, 26)),
        ("legal_review", D(2026, 11, 26)),
        ("collective_discussion", D(2026, 11, 26)),
        ("decide", D(2026, 11, 27)),
        ("serve", D(2026, 11, 27)),
    )
    assert "拒不改正" in refused(world, case_id, "daily_penalty", D(2026, 12, 1)).msg.zh
    assert "复查结果" in refused(world, case_id, "recheck", D(2026, 12, 1)).msg.zh
    steps(
        world,
        case_id,
        ("recheck", D(2026, 12, 10), {"corrected": False}),
        ("daily_penalty", D(2026, 12, 12)),
    )
    with world.db.session() as s:
        case = get_case(s, case_id)
        assert case.branches == ["daily_penalty"] and case.status == "executing"


def test_daily_penalty_only_where_the_law_provides_it(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    error = refused(world, case_id, "daily_penalty", D(2026, 11, 22))
    assert "不能进行" in error.msg.zh  # status first
    steps(
        world,
        case_id,
        ("order_to_correct", D(2026, 11, 22)),
        ("file", D(2026, 11, 23)),
        ("report", D(2026, 11, 25)),
        ("prior_notice", D(2026, 11, 26)),
        ("serve_notice", D(2026, 11, 26)),
        ("waive", D(2026, 11, 26)),
        ("decide", D(2026, 11, 27)),
        ("serve", D(2026, 11, 27)),
        ("recheck", D(2026, 12, 10), {"corrected": False}),
    )
    assert "不适用按日连续处罚" in refused(world, case_id, "daily_penalty", D(2026, 12, 12)).msg.zh


def test_onsite_penalty_limit(world: World) -> None:
    case_id = open_clue_case(world, ["V24"])
    assert (
        "不得超过3000元"
        in refused(world, case_id, "onsite_decide", D(2026, 11, 22), {"fine_fen": 3_000_01}).msg.zh
    )


def test_onsite_fine_must_be_within_the_legal_range(world: World) -> None:
    # HW signs (V24): 50,000–200,000 yuan under the Code, so a 2,000-yuan on-the-spot fine is
    # below the legal minimum and the case cannot take the summary procedure.
    case_id = open_clue_case(world, ["V24"])
    error = refused(world, case_id, "onsite_decide", D(2026, 11, 22), {"fine_fen": 2_000_00})
    assert "低于法定最低数额50000元" in error.msg.zh and "legal minimum" in error.msg.en
    # Registration form not filed (V18): up to 50,000 yuan, so 2,000 yuan on the spot is lawful.
    minor = open_clue_case(world, ["V18"])
    steps(world, minor, ("onsite_decide", D(2026, 11, 22), {"fine_fen": 2_000_00}))


def test_a_case_needs_a_finished_inspection_with_findings(world: World) -> None:
    clean = world.inspect("hw", {}, D(2026, 11, 20))
    with world.db.session() as s, pytest.raises(UserError, match="没有发现违法行为"):
        open_case(s, by=world.li, opened_on=D(2026, 11, 21), inspection_id=clean)
    found = world.inspect("hw", {"a2": "无标志"}, D(2026, 11, 20))
    with world.db.session() as s:
        open_case(s, by=world.li, opened_on=D(2026, 11, 21), inspection_id=found)
    with world.db.session() as s, pytest.raises(UserError, match="已经建立了案件"):
        open_case(s, by=world.li, opened_on=D(2026, 11, 21), inspection_id=found)


def test_the_proposal_can_change_until_the_prior_notice(world: World) -> None:
    from inspector_app.cases.service import repropose

    case_id = open_clue_case(world, ["V24"])
    steps(world, case_id, ("file", D(2026, 11, 23)))
    with world.db.session() as s:
        assert get_case(s, case_id).fine_fen == 125_000_00
        case = repropose(
            s, case_id, {"V24": {"correction": "eliminated"}}, world.li, D(2026, 11, 24)
        )
        assert (case.outcome, case.fine_fen) == ("lighter", 87_500_00)
        assert "从轻" in case.explanation_zh
    steps(world, case_id, ("report", D(2026, 11, 25)), ("prior_notice", D(2026, 11, 26)))
    with world.db.session() as s, pytest.raises(UserError, match="不能再修改拟处罚意见"):
        repropose(s, case_id, {}, world.li, D(2026, 11, 27))

"""The legal rules the documents carry: section order, hearing rights, limits, computed sums."""

from __future__ import annotations

from datetime import date

import pytest
from pdftext import pdf_text

from inspector_app.cases.numbering import parse_number
from inspector_app.forms.execution import surcharge_fen
from inspector_app.forms.registry import DOCUMENT_TYPES, build_snapshot, render_document
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError


def text_of(code: str, data: dict | None = None) -> str:
    return pdf_text(render_document(code, data or sample(code)))


def test_decision_sections_in_the_statutory_order() -> None:
    text = text_of("penalty_decision")
    order = [
        "当事人：兰州某精细化工有限公司",
        "统一社会信用代码：91620104MA7C3K2X1D",
        "地址：",
        "法定代表人（负责人）：周建国",
        "一、环境违法事实和证据",
        "以上事实，有以下证据为证",
        "《行政处罚事先告知书》（兰环罚告〔2026〕80号）",
        "二、行政处罚的依据、种类",
        "罚款壹拾贰万叁仟元整（¥123000元）",
        "三、履行方式和期限",
        "百分之三加处罚款",
        "四、申请复议或者提起诉讼的途径和期限",
        "六十日内向兰州市人民政府申请行政复议",
        "六个月内直接向兰州铁路运输法院提起行政诉讼",
        "（印章）兰州市生态环境局2026年12月12日",
    ]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [p for p, i in zip(order, positions, strict=True) if i < 0]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("kind", "fine_yuan", "hearing"),
    [
        ("organisation", 123_000, False),
        ("organisation", 200_000, False),  # "more than 20万": 20万 itself does not qualify
        ("organisation", 200_001, True),
        ("individual", 5_000, True),
        ("individual", 4_999, False),
    ],
)
def test_prior_notice_offers_a_hearing_when_the_fine_qualifies(kind, fine_yuan, hearing) -> None:
    data = sample("prior_notice")
    data["fine_fen"] = fine_yuan * 100
    if kind == "individual":
        data["party"] = {
            "kind": "individual",
            "name": "马某",
            "code": "11010519491231002X",
            "address": "兰州市城关区某路1号",
        }
    text = text_of("prior_notice", data)
    assert ("行政处罚事先（听证）告知书" in text) is hearing
    assert ("有权要求举行听证" in text) is hearing
    assert "五日内" in text if hearing else "五日内" not in text
    assert "陈述和申辩" in text


def test_hearing_for_a_qualifying_measure_or_when_told_so() -> None:
    data = sample("prior_notice")
    data["hearing_measure"] = True  # e.g. 责令停产整治
    assert "有权要求举行听证" in text_of("prior_notice", data)
    data = sample("prior_notice")
    data["hearing_right"] = True
    assert "有权要求举行听证" in text_of("prior_notice", data)


def test_on_the_spot_fine_above_the_limit_is_refused() -> None:
    data = sample("onsite_penalty")
    data["fine_fen"] = 3_001_00
    with pytest.raises(UserError, match="不得超过3000元"):
        build_snapshot("onsite_penalty", data)
    assert "罚款贰仟元整（¥2000元）" in text_of("onsite_penalty")


def test_hearing_notice_seven_days_ahead() -> None:
    data = sample("hearing_notice")
    data["hearing_date"] = date(2026, 12, 4)  # six days after the notice
    with pytest.raises(UserError, match="七日前"):
        build_snapshot("hearing_notice", data)


def test_daily_penalty_counts_days_and_total() -> None:
    text = text_of("daily_penalty")
    # served 1 Dec → counted from 2 Dec to the re-check on 20 Dec: 19 days × 20万
    assert "自2026年12月2日起至2026年12月20日止，共计19日" in text
    assert "罚款总额为叁佰捌拾万元整（¥3800000元）" in text


def test_sealing_period_and_extension_limits() -> None:
    data = sample("sealing_decision")
    data["end_on"] = date(2026, 12, 23)  # 31 days
    with pytest.raises(UserError, match="不得超过30日"):
        build_snapshot("sealing_decision", data)
    data = sample("sealing_extension")
    data["new_end_on"] = date(2027, 1, 22)
    with pytest.raises(UserError, match="延长期限不得超过30日"):
        build_snapshot("sealing_extension", data)


def test_production_order_cannot_end_before_it_starts() -> None:
    data = sample("production_order")
    data["end_on"] = date(2026, 11, 1)  # the sample starts on 26 November
    with pytest.raises(UserError, match="截止日期不能早于起始日期"):
        build_snapshot("production_order", data)


def test_instalments_must_add_up_to_the_fine() -> None:
    data = sample("payment_deferral")
    data["instalments"][1]["amount_fen"] = 60_000_00
    with pytest.raises(UserError, match="各期金额合计"):
        build_snapshot("payment_deferral", data)
    data = sample("payment_deferral")
    data.update(mode="延期", instalments=[])
    with pytest.raises(UserError, match="缺少必填项：延期缴纳期限"):
        build_snapshot("payment_deferral", data)


def test_surcharge_is_three_percent_a_day_capped_at_the_fine() -> None:
    assert surcharge_fen(100_00, date(2027, 1, 1), date(2027, 1, 11)) == 30_00
    assert surcharge_fen(100_00, date(2027, 1, 1), date(2027, 3, 1)) == 100_00
    assert surcharge_fen(100_00, date(2027, 1, 1), date(2026, 12, 1)) == 0
    text = text_of("payment_reminder")  # due 28 Dec, reminder 7 Jan: 10 days = 30 %
    assert "加处罚款叁万陆仟玖佰元整（¥36900元）" in text


def test_enforcement_needs_ten_days_after_the_reminder() -> None:
    data = sample("enforcement_application")
    data["issued_on"] = date(2027, 1, 15)
    with pytest.raises(UserError, match="满十日"):
        build_snapshot("enforcement_application", data)


def test_leaving_service_needs_a_witness() -> None:
    data = sample("proof_of_service")
    data["method"] = "留置送达"
    with pytest.raises(UserError, match="缺少必填项：见证人（留置送达）"):
        build_snapshot("proof_of_service", data)


def test_electronic_service_needs_an_address() -> None:
    data = sample("address_confirmation")
    data["email"] = ""
    with pytest.raises(UserError, match="电子送达地址"):
        build_snapshot("address_confirmation", data)


@pytest.mark.parametrize("code", [c for c, t in DOCUMENT_TYPES.items() if t.number_kind])
def test_sample_numbers_match_the_format(code: str) -> None:
    parsed = parse_number(sample(code)["number"])
    assert parsed.prefix.startswith("兰环")


def test_published_copy_masks_the_code() -> None:
    data = sample("penalty_decision")
    data["party"]["mask_code"] = True
    text = text_of("penalty_decision", data)
    assert "统一社会信用代码：91620104MA7C3K****" in text
    assert "91620104MA7C3K2X1D" not in text


def test_a_warning_only_decision_needs_no_payment_route() -> None:
    data = sample("penalty_decision")
    data.update(fine_fen=None, other_penalties=["警告"], payment="")
    text = text_of("penalty_decision", data)
    assert "1.警告" in text and "罚款" not in text.split("三、履行方式和期限")[1]
    data = sample("penalty_decision")
    data["payment"] = ""
    with pytest.raises(UserError, match="缺少必填项：缴款方式"):
        build_snapshot("penalty_decision", data)

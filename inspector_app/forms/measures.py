"""Coercive measures and orders: daily penalty, restriction/suspension, sealing with its papers.

Dates and amounts that the law fixes are computed here from the snapshot, not typed by hand:
a daily penalty counts the days from the day after the order to correct was served to the day
the re-check found the violation continuing, at the original fine per day (MEE Order 28
Art. 17–19); sealing lasts at most 30 days and one extension adds at most 30 more
(行政强制法 Art. 25, reference.md T22).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal, Self

from pydantic import model_validator
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from inspector_app.forms.common import (
    Appeal,
    F,
    Fen,
    Letter,
    Officer,
    Party,
    Snap,
    Text,
    cn_date,
    invalid,
)
from inspector_app.forms.layout import FormRenderer

SEALING_MAX_DAYS = 30


class DailyPenaltySnapshot(Letter):
    party: Party = F("当事人")
    original_decision_number: Text = F("原处罚决定书文号")
    original_facts: Text = F("原违法行为")
    daily_fen: Fen = F("按日连续处罚每日罚款数额", gt=0)
    order_number: Text = F("责令改正决定书文号")
    order_served_on: date = F("责令改正决定书送达日期")
    recheck_on: date = F("复查日期")
    refusal_facts: Text = F("拒不改正的事实")
    evidence: list[Text] = F("证据", min_length=1)
    basis: Text = F("按日连续处罚依据")
    payment: Text = F("缴款方式")
    appeal: Appeal = F("复议诉讼途径")

    @model_validator(mode="after")
    def _recheck_after_service(self) -> Self:
        if self.recheck_on <= self.order_served_on:
            raise invalid(
                "复查日期应晚于责令改正决定书送达日期",
                "The re-check must come after the order to correct was served",
            )
        return self

    @property
    def start_on(self) -> date:
        return self.order_served_on + timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.recheck_on - self.start_on).days + 1

    @property
    def total_fen(self) -> int:
        return self.daily_fen * self.days


class DailyPenaltyRenderer(FormRenderer):
    code = "daily_penalty"
    title = "按日连续处罚决定书"
    renderer_id = "daily_penalty/1"

    def story(self, s: DailyPenaltySnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.section(
            "一、原违法行为及处理情况",
            f"{you}{s.original_facts}，{we}已作出《行政处罚决定书》（{s.original_decision_number}），"
            f"并以《责令改正违法行为决定书》（{s.order_number}）责令{you}改正，"
            f"该决定书于{cn_date(s.order_served_on)}送达。",
        )
        out += self.section("二、拒不改正的事实和证据", s.refusal_facts)
        out += self.numbered(s.evidence)
        out += self.section(
            "三、按日连续处罚的依据、起止日期和数额",
            f"依据{s.basis}的规定，{we}决定对{you}实施按日连续处罚。计罚日期自"
            f"{cn_date(s.start_on)}起至{cn_date(s.recheck_on)}止，共计{s.days}日；"
            f"每日罚款数额为原处罚数额{self.money(s.daily_fen)}，"
            f"罚款总额为{self.money(s.total_fen)}。",
        )
        out += self.section(
            "四、履行方式和期限",
            f"限{you}自收到本决定书之日起十五日内，将罚款缴至{s.payment}。逾期不缴纳的，"
            f"{we}可以每日按罚款数额的百分之三加处罚款。",
        )
        out += self.section("五、申请复议或者提起诉讼的途径和期限", [])
        out += self.appeal(s.appeal)
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class ProductionOrderSnapshot(Letter):
    measure: Literal["限制生产", "停产整治"] = F("措施种类")
    party: Party = F("当事人")
    facts: Text = F("违法事实")
    evidence: list[Text] = F("证据", min_length=1)
    violated_provision: Text = F("违反的法律条款")
    basis: Text = F("责令依据")
    start_on: date = F("措施起始日期")
    end_on: date = F("措施截止日期")
    corrections: list[Text] = F("整改要求", min_length=1)
    duties: Text = F("当事人义务")
    appeal: Appeal = F("复议诉讼途径")

    @model_validator(mode="after")
    def _period(self) -> Self:
        if self.end_on < self.start_on:
            raise invalid(
                "措施截止日期不能早于起始日期",
                "The measure cannot end before it starts",
            )
        return self


class ProductionOrderRenderer(FormRenderer):
    code = "production_order"
    title = "责令限制生产（停产整治）决定书"
    renderer_id = "production_order/1"

    def doc_title(self, snapshot: ProductionOrderSnapshot) -> str:
        return f"责令{snapshot.measure}决定书"

    def story(self, s: ProductionOrderSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.section("一、环境违法事实和证据", s.facts)
        out += self.numbered(s.evidence)
        out += self.section(
            f"二、责令{s.measure}的依据和期限",
            f"{you}的上述行为违反了{s.violated_provision}的规定。依据{s.basis}的规定，{we}决定责令"
            f"{you}自{cn_date(s.start_on)}起至{cn_date(s.end_on)}止{s.measure}。",
        )
        out += self.section("三、整改要求", [])
        out += self.numbered(s.corrections)
        out += self.section("四、当事人义务", s.duties)
        out += self.section("五、申请复议或者提起诉讼的途径和期限", [])
        out += self.appeal(s.appeal)
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class SealedItem(Snap):
    name: Text = F("物品名称")
    spec: str = F("规格型号", "")
    quantity: Text = F("数量")
    location: Text = F("存放地点")
    seal_no: str = F("封条编号", "")


def _items_table(r: FormRenderer, items: list[SealedItem]) -> Table:
    rows: list[list[object]] = [["序号", "名称", "规格型号", "数量", "存放地点", "封条编号"]]
    rows += [
        [str(n), i.name, i.spec, i.quantity, i.location, i.seal_no] for n, i in enumerate(items, 1)
    ]
    widths = [11 * mm, 38 * mm, 30 * mm, 18 * mm, 44 * mm]
    widths.append(r.content_width - sum(widths))
    return r.grid(rows, widths, header=True)


def _check_period(start: date, end: date, limit: int, label: str) -> None:
    if end < start or (end - start).days + 1 > limit:
        raise invalid(
            f"{label}不得超过{limit}日（《中华人民共和国行政强制法》第二十五条）",
            f"{label}: at most {limit} days (Administrative Coercion Law Art. 25)",
        )


class SealingDecisionSnapshot(Letter):
    measure: Literal["查封", "扣押"] = F("措施种类", "查封")
    party: Party = F("当事人")
    facts: Text = F("查封（扣押）理由")
    basis: Text = F("查封（扣押）依据")
    items: list[SealedItem] = F("查封（扣押）物品", min_length=1)
    start_on: date = F("查封（扣押）起始日期")
    end_on: date = F("查封（扣押）截止日期")
    custodian: str = F("保管人", "")
    appeal: Appeal = F("复议诉讼途径")

    @model_validator(mode="after")
    def _period(self) -> Self:
        _check_period(self.start_on, self.end_on, SEALING_MAX_DAYS, "查封、扣押期限")
        return self


class SealingDecisionRenderer(FormRenderer):
    code = "sealing_decision"
    title = "查封（扣押）决定书"
    renderer_id = "sealing_decision/1"

    def doc_title(self, snapshot: SealingDecisionSnapshot) -> str:
        return f"{snapshot.measure}决定书"

    def story(self, s: SealingDecisionSnapshot) -> list[Flowable]:
        you, we, m = s.party.you, s.agency_short, s.measure
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.section(f"一、{m}的理由和依据", s.facts)
        out += self.para(f"依据{s.basis}的规定，{we}决定对{you}的下列设施、设备（物品）实施{m}：")
        out += self.spaced(_items_table(self, s.items))
        out += self.section(
            f"二、{m}期限",
            f"自{cn_date(s.start_on)}起至{cn_date(s.end_on)}止。情况复杂的，经{we}负责人批准，"
            f"可以延长，但延长期限不超过三十日。"
            + (f"{m}物品由{s.custodian}保管。" if s.custodian else ""),
        )
        out += self.section(
            "三、当事人义务",
            f"{m}期间，{you}不得擅自启封、转移、使用、毁损{m}的设施、设备（物品）。"
            f"具体物品见《查封、扣押清单》。",
        )
        out += self.section("四、申请复议或者提起诉讼的途径和期限", [])
        out += self.appeal(s.appeal)
        out.append(self.seal(s.agency_name, s.issued_on, receipt=True))
        return out


class SealingListSnapshot(Letter):
    party: Party = F("当事人")
    decision_number: Text = F("查封（扣押）决定书文号")
    place: Text = F("实施地点")
    items: list[SealedItem] = F("查封（扣押）物品", min_length=1)
    officers: list[Officer] = F("执法人员", min_length=2)
    number: str = F("文书编号", "")  # the list carries the decision's number, not its own


class SealingListRenderer(FormRenderer):
    code = "sealing_list"
    title = "查封、扣押清单"
    renderer_id = "sealing_list/1"

    def footer_text(self, snapshot: SealingListSnapshot) -> str:
        return f"附于：{snapshot.decision_number}"

    def story(self, s: SealingListSnapshot) -> list[Flowable]:
        out = [*self.head(s)]
        out.append(
            self.kv(
                [
                    *self.party_rows(s.party),
                    ("决定书文号", s.decision_number),
                    ("实施地点", s.place),
                    ("执法人员", self.officer_text(s.officers)),
                ]
            )
        )
        out += self.spaced(_items_table(self, s.items))
        out += self.para("本清单一式两份，当事人和执法机关各执一份。", "small")
        out.append(self.signatures(["当事人", "执法人员", "执法人员", "见证人", "保管人"]))
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class SealingExtensionSnapshot(Letter):
    party: Party = F("当事人")
    decision_number: Text = F("原查封（扣押）决定书文号")
    decision_issued_on: date = F("原查封（扣押）决定日期")
    original_end_on: date = F("原查封（扣押）截止日期")
    new_end_on: date = F("延长后截止日期")
    reason: Text = F("延期理由")

    @model_validator(mode="after")
    def _extension(self) -> Self:
        start = self.original_end_on + timedelta(days=1)
        _check_period(start, self.new_end_on, SEALING_MAX_DAYS, "延长期限")
        return self


class SealingExtensionRenderer(FormRenderer):
    code = "sealing_extension"
    title = "查封（扣押）延期通知书"
    renderer_id = "sealing_extension/1"

    def story(self, s: SealingExtensionSnapshot) -> list[Flowable]:
        we = s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"{we}于{cn_date(s.decision_issued_on)}作出《查封（扣押）决定书》（{s.decision_number}），查封（扣押）期限至"
            f"{cn_date(s.original_end_on)}止。因{s.reason}，经{we}负责人批准，依据《中华人民共和国"
            f"行政强制法》第二十五条的规定，决定将查封（扣押）期限延长至{cn_date(s.new_end_on)}。"
        )
        out.append(self.seal(s.agency_name, s.issued_on, receipt=True))
        return out


class SealingReleaseSnapshot(Letter):
    party: Party = F("当事人")
    decision_number: Text = F("原查封（扣押）决定书文号")
    reason: Text = F("解除理由")
    items: list[SealedItem] = F("解除查封（扣押）物品", min_length=1)
    released_on: date = F("解除日期")


class SealingReleaseRenderer(FormRenderer):
    code = "sealing_release"
    title = "解除查封（扣押）决定书"
    renderer_id = "sealing_release/1"

    def story(self, s: SealingReleaseSnapshot) -> list[Flowable]:
        we = s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"{we}以《查封（扣押）决定书》（{s.decision_number}）对下列设施、设备（物品）实施了"
            f"查封（扣押）。因{s.reason}，依据《中华人民共和国行政强制法》第二十八条的规定，"
            f"{we}决定自{cn_date(s.released_on)}起解除查封（扣押）："
        )
        out += self.spaced(_items_table(self, s.items))
        out.append(self.seal(s.agency_name, s.issued_on, receipt=True))
        return out

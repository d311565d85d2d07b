"""The penalty documents: prior notice, penalty decision, no-penalty and on-the-spot decisions.

Provisions arrive as printed text (the case stores the text it applied, so a later catalogue
update never changes an issued document) and fines as integers in fen.  Wording follows the
published decisions reference.md §1.3 (a) names; section order is fixed by the same paragraph.
"""

from __future__ import annotations

from datetime import date
from typing import Self

from pydantic import model_validator
from reportlab.platypus import Flowable

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
    missing,
)
from inspector_app.forms.layout import FormRenderer

LAW = "《中华人民共和国行政处罚法》"
# 较大数额罚款 that gives a right to a hearing (reference.md T11a): more than 200,000 yuan for an
# organisation (MEE Order 30 of 2023 Art. 89 [S]); the individual threshold is [U], so the old
# 5,000-yuan rule is the default and the case code may pass ``hearing_right`` explicitly.
HEARING_THRESHOLD_FEN = {"organisation": 200_000_00, "individual": 5_000_00}
# Summary procedure limits (行政处罚法 Art. 51, reference.md T13).
ONSITE_LIMIT_FEN = {"organisation": 3_000_00, "individual": 200_00}


def hearing_applies(party: Party, fine_fen: int | None, measure: bool = False) -> bool:
    """True when the proposed fine or measure gives the party a right to a hearing (Art. 63)."""
    if measure:
        return True
    if fine_fen is None:
        return False
    threshold = HEARING_THRESHOLD_FEN[party.kind]
    return fine_fen > threshold if party.kind == "organisation" else fine_fen >= threshold


class CaseFacts(Snap):
    """Facts, evidence and legal basis: the core every penalty-type document repeats."""

    party: Party = F("当事人")
    facts: Text = F("违法事实")
    evidence: list[Text] = F("证据", min_length=1)
    violated_provision: Text = F("违反的法律条款")
    penalty_provision: Text = F("处罚依据")
    discretion: Text = F("裁量理由")


class Penalties(Snap):
    fine_fen: Fen | None = F("罚款金额", None)
    other_penalties: list[Text] = F("其他处罚种类", default_factory=list)

    @model_validator(mode="after")
    def _some_penalty(self) -> Self:
        if not self.fine_fen and not self.other_penalties:
            raise missing("处罚种类和金额")
        return self

    def penalty_lines(self) -> list[str]:
        from inspector_app.forms.amounts import amount_text

        lines = list(self.other_penalties)
        if self.fine_fen:
            lines.append(f"罚款{amount_text(self.fine_fen)}")
        return lines


def _clause(text: str) -> str:
    """The discretion reasons end in a full stop, but the documents continue the sentence with
    "，我局…作出如下行政处罚": drop the stop so the print does not read "。，"."""
    return text.rstrip().rstrip("。；;.")


def _intro_evidence(r: FormRenderer, s: CaseFacts) -> list[Flowable]:
    out = r.para(s.facts)
    out += r.para("以上事实，有以下证据为证：")
    out += r.numbered(s.evidence)
    return out


class PriorNoticeSnapshot(Letter, CaseFacts, Penalties):
    statement_days: int = F("陈述申辩期限（日）", 3, ge=1)  # reference.md T8 is [U]
    hearing_right: bool | None = F("听证权利", None)  # None: decided from the fine
    hearing_measure: bool = F("拟处罚种类属听证范围", False)  # e.g. 责令停产停业
    contact_person: Text = F("联系人")
    contact_phone: Text = F("联系电话")
    agency_address: Text = F("机关地址")

    @property
    def with_hearing(self) -> bool:
        if self.hearing_right is not None:
            return self.hearing_right
        return hearing_applies(self.party, self.fine_fen, self.hearing_measure)


class PriorNoticeRenderer(FormRenderer):
    code = "prior_notice"
    title = "行政处罚事先告知书"
    renderer_id = "prior_notice/1"

    def doc_title(self, snapshot: PriorNoticeSnapshot) -> str:
        return "行政处罚事先（听证）告知书" if snapshot.with_hearing else self.title

    def story(self, s: PriorNoticeSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += _intro_evidence(self, s)
        out += self.para(
            f"{you}的上述行为违反了{s.violated_provision}的规定。依据{s.penalty_provision}的规定，"
            f"{_clause(s.discretion)}，{we}拟对{you}作出如下行政处罚："
        )
        out += self.numbered(s.penalty_lines())
        out += self.para(
            f"根据{LAW}第四十四条、第四十五条的规定，{you}有权进行陈述和申辩。"
            f"{you}可以在收到本告知书之日起{s.statement_days}日内向{we}提出陈述、申辩意见，"
            f"逾期未提出的，视为放弃陈述和申辩的权利。"
        )
        if s.with_hearing:
            out += self.para(
                f"根据{LAW}第六十三条、第六十四条的规定，{you}有权要求举行听证。"
                f"要求听证的，应当在收到本告知书之日起五日内向{we}提出，逾期未提出的，视为放弃听证权利。"
            )
        out += self.para(
            f"联系人：{s.contact_person}    联系电话：{s.contact_phone}\n地址：{s.agency_address}"
        )
        out.append(self.seal(s.agency_name, s.issued_on, receipt=True))
        return out


class PenaltyDecisionSnapshot(Letter, CaseFacts, Penalties):
    prior_notice_number: Text = F("事先告知书文号")
    prior_notice_served_on: date = F("事先告知书送达日期")
    party_response: Text = F("陈述申辩及听证情况")
    payment: str = F("缴款方式（银行、账户或电子缴款）", "")
    appeal: Appeal = F("复议诉讼途径")

    @model_validator(mode="after")
    def _payment_for_a_fine(self) -> Self:
        if self.fine_fen and not self.payment:
            raise missing("缴款方式（银行、账户或电子缴款）")
        return self


class PenaltyDecisionRenderer(FormRenderer):
    """Section order of reference.md §1.3 (a); amounts in capital numerals and figures."""

    code = "penalty_decision"
    title = "行政处罚决定书"
    renderer_id = "penalty_decision/1"

    def story(self, s: PenaltyDecisionSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.section("一、环境违法事实和证据", [])
        out += _intro_evidence(self, s)
        out += self.para(
            f"{we}于{cn_date(s.prior_notice_served_on)}以《行政处罚事先告知书》"
            f"（{s.prior_notice_number}）告知{you}拟作出行政处罚的事实、理由、依据及{you}依法享有的"
            f"陈述、申辩等权利。{s.party_response}"
        )
        out += self.section("二、行政处罚的依据、种类", [])
        out += self.para(
            f"{you}的上述行为违反了{s.violated_provision}的规定。依据{s.penalty_provision}的规定，"
            f"{_clause(s.discretion)}，{we}决定对{you}作出如下行政处罚："
        )
        out += self.numbered(s.penalty_lines())
        if s.fine_fen:
            performance = (
                f"限{you}自收到本决定书之日起十五日内，将罚款缴至{s.payment}。到期不缴纳罚款的，"
                f"{we}可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。"
            )
        else:
            performance = f"本决定自送达之日起生效，{you}应当自收到本决定书之日起履行。"
        out += self.section("三、履行方式和期限", performance)
        out += self.section("四、申请复议或者提起诉讼的途径和期限", [])
        out += self.appeal(s.appeal)
        out += self.para(
            "申请行政复议或者提起行政诉讼，不停止本决定的执行。逾期不申请行政复议、不提起行政诉讼，"
            f"又不履行本决定的，{we}将依法申请人民法院强制执行。"
        )
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class NoPenaltySnapshot(Letter):
    party: Party = F("当事人")
    facts: Text = F("违法事实")
    evidence: list[Text] = F("证据", min_length=1)
    violated_provision: Text = F("违反的法律条款")
    no_penalty_basis: Text = F("不予处罚依据")
    reason: Text = F("不予处罚理由")
    correction: Text = F("责令改正要求")
    appeal: Appeal = F("复议诉讼途径")


class NoPenaltyRenderer(FormRenderer):
    code = "no_penalty_decision"
    title = "不予行政处罚决定书"
    renderer_id = "no_penalty_decision/1"

    def story(self, s: NoPenaltySnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.section("一、违法事实和证据", s.facts)
        out += self.para("以上事实，有以下证据为证：")
        out += self.numbered(s.evidence)
        out += self.section(
            "二、不予行政处罚的理由和依据",
            f"{you}的上述行为违反了{s.violated_provision}的规定。鉴于{_clause(s.reason)}，"
            f"依据{s.no_penalty_basis}的规定，{we}决定对{you}不予行政处罚。",
        )
        out += self.section("三、改正要求", s.correction)
        out += self.para(f"{we}对{you}进行了教育，请{you}引以为戒，依法守法。")
        out += self.section("四、申请复议或者提起诉讼的途径和期限", [])
        out += self.appeal(s.appeal)
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class OnsitePenaltySnapshot(Letter, Penalties):
    party: Party = F("当事人")
    occurred: Text = F("违法时间")
    place: Text = F("违法地点")
    facts: Text = F("违法行为")
    violated_provision: Text = F("违反的法律条款")
    penalty_provision: Text = F("处罚依据")
    payment: Text = F("缴款方式")
    appeal: Appeal = F("复议诉讼途径")
    officers: list[Officer] = F("执法人员", min_length=2)

    @model_validator(mode="after")
    def _within_summary_limit(self) -> Self:
        limit = ONSITE_LIMIT_FEN[self.party.kind]
        if self.fine_fen and self.fine_fen > limit:
            raise invalid(
                f"当场处罚的罚款不得超过{limit // 100}元（《行政处罚法》第五十一条），"
                "请适用普通程序",
                f"An on-the-spot fine may not exceed {limit // 100} yuan (Administrative Penalty "
                "Law Art. 51); use the ordinary procedure",
            )
        return self


class OnsitePenaltyRenderer(FormRenderer):
    code = "onsite_penalty"
    title = "当场行政处罚决定书"
    renderer_id = "onsite_penalty/1"

    def story(self, s: OnsitePenaltySnapshot) -> list[Flowable]:
        you = s.party.you
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"{you}于{s.occurred}在{s.place}{s.facts}，违反了{s.violated_provision}的规定。"
            f"依据{s.penalty_provision}的规定，适用简易程序，当场作出如下行政处罚："
        )
        out += self.numbered(s.penalty_lines())
        out += self.para(f"履行方式和期限：{s.payment}")
        out += self.para(
            f"如不服本决定，应当先在收到本决定书之日起六十日内向{s.appeal.review_body}申请行政复议；"
            f"对复议决定不服的，可以在收到复议决定书之日起十五日内向{s.appeal.court}提起行政诉讼。"
        )
        out += self.para(f"执法人员：{self.officer_text(s.officers)}")
        out.append(self.signatures(["执法人员签名", "执法人员签名", "当事人签名"]))
        out.append(self.seal(s.agency_name, s.issued_on))
        return out

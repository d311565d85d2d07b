"""责令改正违法行为决定书: the order to correct (an administrative order, not a penalty).

It is often printed on site (Scenario 1) and is the pre-condition of a daily continuous
penalty, so its contents follow MEE Order 28 (2014) Art. 9 (reference.md §1.3 (c)): party
basics, facts and evidence, the violated article and the basis of the order, the concrete
correction and its deadline, the consequence of refusing, the appeal route, agency, seal, date.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from inspector_app.forms.common import Appeal, F, Letter, Party, Text, cn_date
from inspector_app.forms.layout import FormRenderer

DEFAULT_CONSEQUENCE = (
    "逾期拒不改正的，{we}将依法予以处罚；属于可以实施按日连续处罚情形的，"
    "{we}将依法按照原处罚数额按日连续处罚。"
)


class OrderToCorrectSnapshot(Letter):
    party: Party = F("当事人")
    facts: Text = F("违法事实")
    evidence: list[Text] = F("证据", min_length=1)
    violated_provision: Text = F("违反的法律条款")
    order_basis: Text = F("责令改正依据")
    corrections: list[Text] = F("改正要求", min_length=1)
    deadline: date = F("改正期限")
    consequence: str = F("拒不改正的后果", "")  # empty: the standard wording above
    appeal: Appeal = F("复议诉讼途径")


class OrderToCorrectRenderer(FormRenderer):
    code = "order_to_correct"
    title = "责令改正违法行为决定书"
    renderer_id = "order_to_correct/1"

    def story(self, s: OrderToCorrectSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.section("一、环境违法事实和证据", s.facts)
        out += self.para("以上事实，有以下证据为证：")
        out += self.numbered(s.evidence)
        out += self.section(
            "二、责令改正的依据和内容",
            f"{you}的上述行为违反了{s.violated_provision}的规定。依据{s.order_basis}的规定，"
            f"{we}责令{you}于{cn_date(s.deadline)}前改正上述违法行为，具体要求如下：",
        )
        out += self.numbered(s.corrections)
        out += self.para(s.consequence or DEFAULT_CONSEQUENCE.format(we=we))
        out += self.section("三、申请复议或者提起诉讼的途径和期限", [])
        out += self.appeal(s.appeal)
        out.append(self.seal(s.agency_name, s.issued_on, receipt=True))
        return out

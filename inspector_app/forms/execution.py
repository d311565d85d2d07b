"""Execution of a fine: postponement/instalments, the payment reminder, the court application.

The figures a court will check are computed from the snapshot: instalments must add up to the
fine; the late-payment surcharge is 3 % of the unpaid fine per day, never more than the fine
(行政处罚法 Art. 72, 行政强制法 Art. 45); an enforcement application needs a reminder served
at least ten days earlier (行政强制法 Art. 54, reference.md T16, T21).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal, Self

from pydantic import model_validator
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from inspector_app.forms.common import F, Fen, Letter, Party, Snap, Text, cn_date, invalid, missing
from inspector_app.forms.layout import FormRenderer

SURCHARGE_PERCENT_PER_DAY = 3
REMINDER_WAIT_DAYS = 10


def surcharge_fen(unpaid_fen: int, due_on: date, on: date) -> int:
    """Surcharge accrued by ``on`` for a fine due on ``due_on``: 3 %/day, capped at the fine."""
    days = max(0, (on - due_on).days)
    return min(unpaid_fen * SURCHARGE_PERCENT_PER_DAY * days // 100, unpaid_fen)


class Instalment(Snap):
    due_on: date = F("缴纳期限")
    amount_fen: Fen = F("缴纳金额", gt=0)


class DeferralSnapshot(Letter):
    mode: Literal["延期", "分期"] = F("缴纳方式")
    party: Party = F("当事人")
    decision_number: Text = F("处罚决定书文号")
    fine_fen: Fen = F("罚款金额", gt=0)
    applied_on: date = F("申请日期")
    reason: Text = F("同意理由")
    deferred_to: date | None = F("延期缴纳期限", None)
    instalments: list[Instalment] = F("分期缴纳计划", default_factory=list)
    payment: Text = F("缴款方式")

    @model_validator(mode="after")
    def _plan(self) -> Self:
        if self.mode == "延期" and self.deferred_to is None:
            raise missing("延期缴纳期限")
        if self.mode == "分期":
            if not self.instalments:
                raise missing("分期缴纳计划")
            total = sum(i.amount_fen for i in self.instalments)
            if total != self.fine_fen:
                raise invalid(
                    f"各期金额合计（{total / 100:.2f}元）"
                    f"与罚款金额（{self.fine_fen / 100:.2f}元）不一致",
                    f"The instalments add up to {total / 100:.2f} yuan, "
                    f"the fine is {self.fine_fen / 100:.2f} yuan",
                )
        return self


class DeferralRenderer(FormRenderer):
    code = "payment_deferral"
    title = "同意分期（延期）缴纳罚款通知书"
    renderer_id = "payment_deferral/1"

    def doc_title(self, snapshot: DeferralSnapshot) -> str:
        return f"同意{snapshot.mode}缴纳罚款通知书"

    def story(self, s: DeferralSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"{you}于{cn_date(s.applied_on)}提出{s.mode}缴纳《行政处罚决定书》"
            f"（{s.decision_number}）所处罚款{self.money(s.fine_fen)}的申请。经审查，{s.reason}，"
            f"依据《中华人民共和国行政处罚法》第六十六条第二款的规定，{we}同意{you}{s.mode}缴纳罚款。"
        )
        if s.mode == "延期" and s.deferred_to:
            out += self.para(f"请{you}于{cn_date(s.deferred_to)}前缴纳全部罚款。")
        else:
            rows: list[list[object]] = [["期次", "缴纳期限", "缴纳金额"]]
            rows += [
                [f"第{n}期", cn_date(i.due_on), self.money(i.amount_fen)]
                for n, i in enumerate(s.instalments, 1)
            ]
            w = self.content_width
            out += self.spaced(self.grid(rows, [20 * mm, 50 * mm, w - 70 * mm], header=True))
        out += self.para(
            f"缴款方式：{s.payment}。逾期未缴纳的，{we}将依法加处罚款并申请人民法院强制执行。"
        )
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class _Execution(Letter):
    party: Party = F("当事人")
    decision_number: Text = F("处罚决定书文号")
    decision_served_on: date = F("处罚决定书送达日期")
    fine_fen: Fen = F("罚款金额", gt=0)
    paid_fen: Fen = F("已缴纳金额", 0)
    due_on: date = F("缴纳期限届满日期")

    @property
    def unpaid_fen(self) -> int:
        return max(0, self.fine_fen - self.paid_fen)

    @property
    def surcharge_fen(self) -> int:
        return surcharge_fen(self.unpaid_fen, self.due_on, self.issued_on)


class ReminderSnapshot(_Execution):
    payment: Text = F("缴款方式")


class ReminderRenderer(FormRenderer):
    code = "payment_reminder"
    title = "履行行政处罚决定催告书"
    renderer_id = "payment_reminder/1"

    def story(self, s: ReminderSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"{we}于{cn_date(s.decision_served_on)}向{you}送达《行政处罚决定书》"
            f"（{s.decision_number}），对{you}处以罚款{self.money(s.fine_fen)}，缴纳期限于"
            f"{cn_date(s.due_on)}届满。截至本催告书作出之日，{you}尚有罚款"
            f"{self.money(s.unpaid_fen)}未缴纳，依法加处罚款{self.money(s.surcharge_fen)}"
            f"（每日按罚款数额的百分之三计算，加处罚款的数额不超过罚款的数额）。"
        )
        out += self.para(
            f"依据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告{you}自收到本催告书"
            f"之日起十日内缴纳上述罚款及加处罚款，缴款方式：{s.payment}。"
        )
        out += self.para(
            f"{you}有权进行陈述和申辩，可以在收到本催告书之日起三日内向{we}提出。"
            f"逾期仍不履行的，{we}将依法申请人民法院强制执行。"
        )
        out.append(self.seal(s.agency_name, s.issued_on))
        return out


class EnforcementSnapshot(_Execution):
    court: Text = F("受理申请的人民法院")
    reminder_number: Text = F("催告书文号")
    reminder_served_on: date = F("催告书送达日期")
    non_performance: Text = F("不履行情况")
    attachments: list[Text] = F("附件", min_length=1)

    @model_validator(mode="after")
    def _waited(self) -> Self:
        if self.issued_on < self.reminder_served_on + timedelta(days=REMINDER_WAIT_DAYS):
            raise invalid(
                "催告书送达满十日后方可申请强制执行（《中华人民共和国行政强制法》第五十四条）",
                "Court enforcement may be applied for only ten days after the reminder was "
                "served (Administrative Coercion Law Art. 54)",
            )
        return self


class EnforcementRenderer(FormRenderer):
    code = "enforcement_application"
    title = "强制执行申请书"
    renderer_id = "enforcement_application/1"

    def story(self, s: EnforcementSnapshot) -> list[Flowable]:
        you = "被申请人"
        out = [*self.head(s), self.addressee(s.court)]
        out += self.para(f"申请人：{s.agency_name}", "flush")
        out += self.party_lines(s.party, "被申请人")
        out += self.section(
            "申请事项",
            f"请求依法强制执行《行政处罚决定书》（{s.decision_number}）确定的罚款"
            f"{self.money(s.unpaid_fen)}及加处罚款{self.money(s.surcharge_fen)}。",
        )
        out += self.section(
            "事实和理由",
            f"申请人于{cn_date(s.decision_served_on)}向{you}送达上述决定书，缴纳期限于"
            f"{cn_date(s.due_on)}届满，{you}{s.non_performance}。"
            f"申请人于{cn_date(s.reminder_served_on)}送达《履行行政处罚决定催告书》"
            f"（{s.reminder_number}），催告期满{you}仍未履行，且在法定期限内未申请行政复议或者提起"
            f"行政诉讼。依据《中华人民共和国行政强制法》第五十三条、第五十四条的规定，特申请强制执行。",
        )
        out += self.section("附件", [])
        out += self.numbered(s.attachments)
        out.append(self.seal(s.agency_name, s.issued_on))
        return out

"""Serving documents: 送达回证 (proof of service) and 送达地址确认书 (address confirmation).

Service starts the party's time limits (payment in 15 days, appeal in 60 days), so the proof
records what was served, how, when and who received it; service by leaving the document
(留置送达) needs a witness, and electronic service needs the party's prior consent, which the
address confirmation records (行政处罚法 Art. 61, reference.md T14).
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Self

from pydantic import model_validator
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from inspector_app.forms.common import F, Form, Party, Snap, Text, cn_date, missing
from inspector_app.forms.layout import BLANK, FormRenderer

METHODS = ("直接送达", "留置送达", "委托送达", "邮寄送达", "公告送达", "电子送达")
Method = Literal["直接送达", "留置送达", "委托送达", "邮寄送达", "公告送达", "电子送达"]


class ServedDocument(Snap):
    title: Text = F("送达文书名称")
    number: Text = F("送达文书文号")


class ProofOfServiceSnapshot(Form):
    documents: list[ServedDocument] = F("送达文书", min_length=1)
    addressee: Text = F("受送达人")
    address: Text = F("送达地点")
    method: Method = F("送达方式")
    served_at: Text = F("送达时间")  # e.g. 2026年11月24日 10时30分
    servers: list[Text] = F("送达人", min_length=1)
    receiver: str = F("签收人", "")
    witness: str = F("见证人", "")
    remarks: str = F("备注", "")

    @model_validator(mode="after")
    def _witness_for_leaving(self) -> Self:
        if self.method == "留置送达" and not self.witness:
            raise missing("见证人（留置送达）")
        return self


class ProofOfServiceRenderer(FormRenderer):
    code = "proof_of_service"
    title = "送达回证"
    renderer_id = "proof_of_service/1"

    def story(self, s: ProofOfServiceSnapshot) -> list[Flowable]:
        docs = "\n".join(f"《{d.title}》（{d.number}）" for d in s.documents)
        rows: list[tuple[str, object]] = [
            ("送达文书名称及文号", docs),
            ("受送达人", s.addressee),
            ("送达地点", s.address),
            ("送达方式", s.method),
            ("送达时间", s.served_at),
            self._signable("送达人", "、".join(s.servers), f"送达人签名：{BLANK}  {BLANK}"),
            self._signable("受送达人签收", s.receiver, f"签名：{BLANK}    签收日期：{BLANK}"),
            self._signable("见证人", s.witness, f"签名：{BLANK}    日期：{BLANK}"),
            ("备注", s.remarks or "（留置送达的，注明拒收事由及留置情况）"),
        ]
        return [*self.head(s), self.kv(rows, 40 * mm)]

    def _signable(self, label: str, names: str, blank: str) -> tuple[str, object]:
        """A row with the names printed and, below them, the blank line or the signatures."""
        marks = self.take(label)
        if not marks:
            return (label, f"{names}\n{blank}")
        width = self.content_width - 40 * mm - 6
        return (label, [self.cell(names), self.signed(marks, self.styles["cell"], width)])


class AddressConfirmationSnapshot(Form):
    party: Party = F("受送达人")
    case_name: Text = F("案由")
    postal_address: Text = F("送达地址")
    recipient: Text = F("代收人")
    recipient_phone: Text = F("联系电话")
    electronic_consent: bool = F("同意电子送达", False)
    email: str = F("电子邮箱", "")
    fax: str = F("传真号码", "")
    confirmed_on: date | None = F("确认日期", None)

    @model_validator(mode="after")
    def _electronic_needs_address(self) -> Self:
        if self.electronic_consent and not (self.email or self.fax):
            raise missing("电子送达地址（电子邮箱或传真）")
        return self


class AddressConfirmationRenderer(FormRenderer):
    code = "address_confirmation"
    title = "送达地址确认书"
    renderer_id = "address_confirmation/1"

    def story(self, s: AddressConfirmationSnapshot) -> list[Flowable]:
        electronic = "同意" if s.electronic_consent else "不同意"
        rows: list[tuple[str, object]] = [
            ("案由", s.case_name),
            *self.party_rows(s.party),
            ("送达地址", s.postal_address),
            ("代收人及电话", f"{s.recipient}  {s.recipient_phone}"),
            ("是否同意电子送达", electronic),
            ("电子邮箱 / 传真", f"{s.email or '—'} / {s.fax or '—'}"),
        ]
        out: list[Flowable] = [*self.head(s), self.kv(rows, 40 * mm), Spacer(1, 3 * mm)]
        out += self.para(
            "告知事项：1. 受送达人应当如实提供确切的送达地址；"
            "送达地址变更的，应当及时书面告知本机关。"
            "2. 因提供的地址不准确、变更未告知或者拒不签收，致使文书未能被实际接收的，"
            "文书退回之日视为送达之日。3. 同意电子送达的，文书到达上述电子地址之日视为送达之日。",
            "flush",
        )
        out += self.para(
            f"受送达人确认：以上送达地址真实有效。    签名（盖章）：{BLANK}    "
            f"{cn_date(s.confirmed_on) if s.confirmed_on else '日期：' + BLANK}",
            "flush",
        )
        return out

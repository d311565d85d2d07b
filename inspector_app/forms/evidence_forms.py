"""Evidence forms: 采样取证登记单 (sampling record) and 先行登记保存证据通知书.

A sample is only evidence if its chain of custody is on paper: who took it where and when,
in what container, how it was preserved and sealed, and to whom it was handed over.  Evidence
preserved by registration must be decided on within seven days (行政处罚法 Art. 56,
reference.md T5), which the notice states with its date.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from inspector_app.forms.common import F, Form, Letter, Officer, Party, Snap, Text, cn_date
from inspector_app.forms.layout import FormRenderer

PRESERVATION_DAYS = 7


class Sample(Snap):
    sample_id: Text = F("样品编号")
    point: Text = F("采样点位")
    taken_at: Text = F("采样时间")
    item: Text = F("监测项目")
    container: Text = F("容器")
    preservation: Text = F("保存方式")
    seal_no: str = F("封条编号", "")


class SamplingRecordSnapshot(Form):
    party: Party = F("被采样单位")
    place: Text = F("采样地点")
    samplers: list[Officer] = F("采样人员", min_length=2)
    samples: list[Sample] = F("样品", min_length=1)
    handed_to: Text = F("样品移交接收单位")
    remarks: str = F("备注", "")


class SamplingRecordRenderer(FormRenderer):
    code = "sampling_record"
    title = "采样取证登记单"
    renderer_id = "sampling_record/1"

    def story(self, s: SamplingRecordSnapshot) -> list[Flowable]:
        w = self.content_width
        head = [*self.party_rows(s.party), ("采样地点", s.place)]
        head.append(("采样人员", self.officer_text(s.samplers)))
        rows: list[list[object]] = [
            ["样品编号", "采样点位", "采样时间", "监测项目", "容器", "保存方式", "封条编号"]
        ]
        rows += [
            [x.sample_id, x.point, x.taken_at, x.item, x.container, x.preservation, x.seal_no]
            for x in s.samples
        ]
        widths = [27 * mm, 22 * mm, 27 * mm, 24 * mm, 20 * mm, 23 * mm]
        widths.append(w - sum(widths))
        out = [*self.head(s), self.kv(head), Spacer(1, 2 * mm), self.grid(rows, widths, True)]
        out += [Spacer(1, 2 * mm), self.kv([("样品移交", s.handed_to), ("备注", s.remarks)])]
        out.append(self.signatures(["采样人", "采样人", "被采样单位人员", "样品接收人"]))
        return out


class PreservedItem(Snap):
    name: Text = F("物品名称")
    spec: str = F("规格型号", "")
    quantity: Text = F("数量")
    note: str = F("备注", "")


class PreservationSnapshot(Letter):
    party: Party = F("当事人")
    reason: Text = F("登记保存理由")
    items: list[PreservedItem] = F("登记保存物品", min_length=1)
    storage_place: Text = F("保存地点")
    custodian: Text = F("保存人")


class PreservationRenderer(FormRenderer):
    code = "evidence_preservation"
    title = "先行登记保存证据通知书"
    renderer_id = "evidence_preservation/1"

    def story(self, s: PreservationSnapshot) -> list[Flowable]:
        you, we = s.party.you, s.agency_short
        until = s.issued_on + timedelta(days=PRESERVATION_DAYS)
        out = [*self.head(s), *self.party_lines(s.party)]
        out += self.para(
            f"因{s.reason}，在证据可能灭失或者以后难以取得的情况下，依据《中华人民共和国行政处罚法》"
            f"第五十六条的规定，经{we}负责人批准，{we}对下列物品予以先行登记保存："
        )
        rows: list[list[object]] = [["序号", "物品名称", "规格型号", "数量", "备注"]]
        rows += [[str(n), i.name, i.spec, i.quantity, i.note] for n, i in enumerate(s.items, 1)]
        w = self.content_width
        out += self.spaced(
            self.grid(rows, [12 * mm, 50 * mm, 40 * mm, 25 * mm, w - 127 * mm], True)
        )
        out += self.para(
            f"保存地点：{s.storage_place}；保存人：{s.custodian}。在登记保存期间，{you}及有关人员"
            f"不得销毁或者转移上述物品。{we}将在七日内（{cn_date(until)}前）依法作出处理决定。"
        )
        out.append(self.seal(s.agency_name, s.issued_on, receipt=True))
        return out

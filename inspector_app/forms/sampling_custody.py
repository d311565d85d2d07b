"""采样取证登记单 built from the recorded samples, with each sample's custody steps.

(reference.md §1.2, row A.)  The generic, hand-filled form of the document set is
``forms/evidence_forms.py``; this one is generated from ``store.Sample`` and prints the custody
chain too.

Fields: sample number, medium, point, time, parameters, container and preservation, sampler and
seal numbers; then each sample's custody steps (taken → sealed → handed to the laboratory) with
who and when; signatures of the samplers and the party, a witness line for a refusal.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspector_app.forms.base import DocumentRenderer, esc


class _Snap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CustodyLine(_Snap):
    step: str  # 采样 / 封存 / 送检（交实验室）
    actor: str
    time: str
    note: str = ""


class SampleLine(_Snap):
    number: str
    medium: str
    point: str
    time: str
    parameters: str
    container: str
    sampler: str
    seals: str
    custody: list[CustodyLine]


class SamplingCustodySnapshot(_Snap):
    agency_name: str
    inspection_id: str
    enterprise_name: str
    enterprise_address: str
    place: str
    inspected: str
    samples: list[SampleLine]


class SamplingCustodyRenderer(DocumentRenderer):
    title: ClassVar[str] = "采样取证登记单"
    renderer_id: ClassVar[str] = "evidence_sampling_record/1"

    def header_text(self, snapshot: SamplingCustodySnapshot) -> str:
        return f"{snapshot.agency_name}  采样取证登记单  {snapshot.enterprise_name}"

    def footer_text(self, snapshot: SamplingCustodySnapshot) -> str:
        return "采样人签字：____________    被检查单位现场负责人签字：____________"

    def story(self, snapshot: SamplingCustodySnapshot) -> list[Flowable]:
        s = snapshot
        w = self.content_width
        out: list[Flowable] = [
            self.p(esc(s.agency_name), "agency"),
            self.p("采样取证登记单", "title"),
            self.grid(
                [
                    ["被采样单位", s.enterprise_name],
                    ["单位地址", s.enterprise_address],
                    ["采样地点", s.place],
                    ["检查时间", s.inspected],
                ],
                [28 * mm, w - 28 * mm],
            ),
            self.p("样品情况", "heading"),
        ]
        rows: list[list[object]] = [
            [
                "样品编号",
                "样品类别",
                "采样点位",
                "采样时间",
                "监测项目",
                "容器及保存方式",
                "采样人",
                "封条编号",
            ]
        ]
        rows += [
            [x.number, x.medium, x.point, x.time, x.parameters, x.container, x.sampler, x.seals]
            for x in s.samples
        ]
        if not s.samples:
            rows.append(["（无）", "", "", "", "", "", "", ""])
        widths = [28 * mm, 12 * mm, 0.0, 22 * mm, 24 * mm, 25 * mm, 13 * mm, 20 * mm]
        widths[2] = w - sum(widths)
        out.append(self.grid(rows, widths, header=True, style="small"))
        out.append(self.p("样品流转记录", "heading"))
        custody: list[list[object]] = [["样品编号", "环节", "经手人", "时间", "备注"]]
        for x in s.samples:
            custody += [[x.number, c.step, c.actor, c.time, c.note] for c in x.custody]
        out.append(
            self.grid(
                custody,
                [28 * mm, 30 * mm, 22 * mm, 34 * mm, w - 114 * mm],
                header=True,
                style="small",
            )
        )
        line = "________________"
        signatures = self.grid(
            [
                ["被检查单位意见", "以上样品系在本单位现场采集，采样过程及封存情况属实。"],
                ["被检查单位现场负责人签字", f"{line}    日期：{line}"],
                ["采样人签字", f"{line}    {line}    日期：{line}"],
                ["拒绝签字情况", line * 2],
                ["见证人签字", f"{line}    日期：{line}"],
            ],
            [45 * mm, w - 45 * mm],
        )
        out.append(KeepTogether([Spacer(1, 4 * mm), self.p("签字确认", "heading"), signatures]))
        return out

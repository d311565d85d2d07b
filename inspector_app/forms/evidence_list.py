"""电子数据证据清单: the list that goes with collected electronic data.

The 2016 electronic-data rules (evidence-and-sync.md §4.1, CN9 Art. 14) ask for a list giving
each item's category, file format and integrity check value (完整性校验值), signed by the
collecting officer and the holder, with a witness where the holder refuses.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspector_app.forms.base import DocumentRenderer, esc


class _Snap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DataLine(_Snap):
    seq: int
    name: str
    category: str  # 照片 / 视频 / 音频 / 文档 / 其他电子数据
    file_format: str  # JPEG / MP4 / PDF …
    size: str
    sha256: str
    collected: str  # when it was copied into the app
    note: str = ""


class EvidenceListSnapshot(_Snap):
    agency_name: str
    inspection_id: str
    enterprise_name: str
    place: str
    collected_by: str  # officers with certificate numbers
    method: str
    items: list[DataLine]


class EvidenceListRenderer(DocumentRenderer):
    title: ClassVar[str] = "电子数据证据清单"
    renderer_id: ClassVar[str] = "evidence_data_list/1"

    def header_text(self, snapshot: EvidenceListSnapshot) -> str:
        return f"{snapshot.agency_name}  电子数据证据清单  {snapshot.enterprise_name}"

    def story(self, snapshot: EvidenceListSnapshot) -> list[Flowable]:
        s = snapshot
        w = self.content_width
        out: list[Flowable] = [
            self.p(esc(s.agency_name), "agency"),
            self.p("电子数据证据清单", "title"),
            self.grid(
                [
                    ["被检查单位", s.enterprise_name],
                    ["提取地点", s.place],
                    ["提取人", s.collected_by],
                    ["提取方法", s.method],
                ],
                [28 * mm, w - 28 * mm],
            ),
            Spacer(1, 4 * mm),
        ]
        rows: list[list[object]] = [
            ["序号", "名称", "类别", "格式", "大小", "完整性校验值（SHA-256）", "提取时间", "备注"]
        ]
        rows += [
            [str(i.seq), i.name, i.category, i.file_format, i.size, i.sha256, i.collected, i.note]
            for i in s.items
        ]
        widths = [9 * mm, 28 * mm, 10 * mm, 11 * mm, 15 * mm, 0.0, 24 * mm, 18 * mm]
        widths[5] = w - sum(widths)
        out.append(self.grid(rows, widths, header=True, style="small"))
        out.append(Spacer(1, 3 * mm))
        out.append(
            self.p(
                f"以上电子数据共 {len(s.items)} 项，系执法人员现场复制原始文件取得，"
                "已逐项计算 SHA-256 完整性校验值；原始文件逐字节保存，未作任何修改。",
            )
        )
        line = "________________"
        signatures = self.grid(
            [
                ["提取人签字", f"{line}    {line}    日期：{line}"],
                ["电子数据持有人签字", f"{line}    日期：{line}"],
                ["持有人拒绝签字情况", line * 2],
                ["见证人签字", f"{line}    日期：{line}"],
            ],
            [40 * mm, w - 40 * mm],
        )
        out.append(KeepTogether([Spacer(1, 4 * mm), self.p("签字确认", "heading"), signatures]))
        return out
